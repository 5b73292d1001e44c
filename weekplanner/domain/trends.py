"""The history's trend charts, one point per week: the last finished weeks, then the week under way.

A chart shows the week under way so the rep sees where it stands, but marked: its
numbers are not final, so every "latest" figure is read from the newest finished
week (:func:`latest_finished`), never from a Monday morning's 14%.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, NamedTuple, Sequence

from weekplanner.domain.insights import conversion_ratios, last_weeks
from weekplanner.domain.summary import WeekSummary, finished


class TrendWeek(NamedTuple):
    """One week on the charts: achievement, activities done of planned, conversion ratios."""

    label: str
    #: Achievement of the week's target in percent; None when the week had no target.
    percent: Decimal | None
    done: int
    planned: int
    #: Visits per 100 calls, deals per 100 visits (see :func:`~weekplanner.domain.insights.conversion_ratios`).
    call_to_visit: Decimal | None
    visit_to_deal: Decimal | None
    #: The week under way: drawn, but marked and left out of "latest".
    in_progress: bool = False


def recent_finished(summaries: Iterable[WeekSummary], n: int) -> list[WeekSummary]:
    """The last ``n`` finished weeks, oldest → newest: what a trend's figures and its heading count."""
    return last_weeks(finished(summaries), n)


def trend_weeks(summaries: Iterable[WeekSummary], n: int) -> list[TrendWeek]:
    """The last ``n`` finished weeks, oldest → newest, then the week under way if there is one.

    ``summaries`` are read as lived (:func:`~weekplanner.domain.summary.as_of`), so
    the week under way is the one marked ``in_progress``; weeks to come are not in them.
    """
    summaries = list(summaries)
    weeks = recent_finished(summaries, n)
    under_way = sorted((s for s in summaries if s.in_progress), key=lambda s: s.start)
    weeks += under_way[-1:]
    ratios = {p.label: p for p in conversion_ratios(weeks)}
    return [
        TrendWeek(
            label=s.label,
            percent=s.percent,
            done=s.done_total,
            planned=s.planned_total,
            call_to_visit=ratios[s.label].call_to_visit,
            visit_to_deal=ratios[s.label].visit_to_deal,
            in_progress=s.in_progress,
        )
        for s in weeks
    ]


def latest_finished(points: Sequence[TrendWeek]) -> TrendWeek | None:
    """The newest finished week of the points: what "latest" means on a trend."""
    return next((p for p in reversed(points) if not p.in_progress), None)
