"""One line of history per week: what the history screen, trends and streaks read.

Summaries are derived from a week's record and activities; the storage layer
caches them (``index.json``) so five years of history open without reading
every week file.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Iterable, Mapping, NamedTuple

from weekplanner.domain.activity import Activity
from weekplanner.domain.progress import achieved, day_counts, day_met, settled
from weekplanner.domain.plan import moved_work
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import percent
from weekplanner.domain.week import Week
from weekplanner.i18n import _


class WeekSummary(NamedTuple):
    label: str
    start: date
    target_value: Decimal | None
    target_metric: str | None
    target_unit: str
    currency: str
    achieved: Decimal
    percent: Decimal | None
    planned: Mapping[str, int] = MappingProxyType({})
    done: Mapping[str, int] = MappingProxyType({})
    rating: int | None = None
    reviewed: bool = False
    review_skipped: bool = False
    tags: tuple[str, ...] = ()
    #: (day, all quotas met?) for each day with a quota, for streaks and best/worst days.
    days_met: tuple[tuple[date, bool], ...] = ()
    #: Counts by outcome (deal_won, new_client …), for conversion ratios.
    outcomes: Mapping[str, int] = MappingProxyType({})
    #: Missed work re-balances moved to later days, per type (``planned`` counts it once).
    moved: Mapping[str, int] = MappingProxyType({})
    #: The week under way (set by :func:`as_of`): its numbers are not final.
    in_progress: bool = False

    @property
    def planned_total(self) -> int:
        return sum(self.planned.values())

    @property
    def done_total(self) -> int:
        return sum(self.done.values())


def summarise(week: Week, record: WeekRecord, activities: Iterable[Activity]) -> WeekSummary:
    """The week's facts, every planned day included; read them at a date with :func:`as_of`."""
    items = [a for a in activities if a.day in week]
    counts = day_counts(items)
    value = achieved(items)
    target = record.target
    moved = moved_work(record.adjustments)
    planned = {t: max(record.plan.week_total(t) - moved.get(t, 0), 0) for t in record.plan.types()}
    done: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    for a in items:
        done[a.type] = done.get(a.type, 0) + a.count
        if a.outcome:
            outcomes[a.outcome] = outcomes.get(a.outcome, 0) + 1
    met = tuple(
        (d, bool(m)) for d in week.days if (m := day_met(record.plan, counts, d)) is not None
    )
    review = record.review
    return WeekSummary(
        label=week.label,
        start=week.start,
        target_value=target.value if target else None,
        target_metric=target.metric.value if target else None,
        target_unit=target.unit if target else "",
        currency=target.currency if target else "",
        achieved=value,
        percent=percent(value, target.value) if target else None,
        planned=planned,
        done=done,
        rating=review.rating if review else None,
        reviewed=review is not None and not review.skipped,
        review_skipped=bool(review and review.skipped),
        tags=review.tags if review else (),
        days_met=met,
        outcomes=outcomes,
        moved={t: n for t, n in moved.items() if n},
    )


def week_state(start: date, today: date) -> str:
    """``finished``, ``in_progress`` or ``future``: where a week starting ``start`` stands on ``today``."""
    if today < start:
        return "future"
    return "in_progress" if (today - start).days < 7 else "finished"


def as_of(summaries: Iterable[WeekSummary], today: date) -> list[WeekSummary]:
    """The history a rep has lived by ``today``: weeks to come left out, days to come not yet met or missed.

    History, trends, weekday rates, ratios and review facts all read summaries
    through this, so a target set for next week is not a finished 0% week and a
    Thursday still ahead is not a missed one.
    """
    lived = []
    for summary in summaries:
        state = week_state(summary.start, today)
        if state == "future":
            continue
        if state == "in_progress":
            summary = summary._replace(days_met=tuple(settled(summary.days_met, today)), in_progress=True)
        lived.append(summary)
    return lived


def finished(summaries: Iterable[WeekSummary]) -> list[WeekSummary]:
    """The weeks whose numbers are final: what averages, trends and recurring lessons are drawn from."""
    return [s for s in summaries if not s.in_progress]


def review_state(summary: WeekSummary) -> str:
    """The review column of a history row: reviewed, skipped, in progress (the week under way) or –."""
    if summary.reviewed:
        return _("reviewed")
    if summary.review_skipped:
        return _("skipped")
    return _("in progress") if summary.in_progress else "–"
