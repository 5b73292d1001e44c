"""What past weeks say about this one: comparison with history, trends, conversion, weekdays.

Pure functions over :class:`~weekplanner.domain.summary.WeekSummary` rows (the
cached one-line history of each week), so the history screen, the target form and the CLI all read the same numbers.
Nothing here reads files or knows about screens. Review tags are in
:mod:`~weekplanner.domain.review_tags`, the search of reviews in
:mod:`~weekplanner.domain.review_search`.

Order conventions: functions accept summaries in any order; series come back
oldest → newest (what a chart draws left to right); lists of weeks come
back newest first (what a history table shows first).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, NamedTuple, Sequence

from weekplanner.domain.summary import WeekSummary, finished
from weekplanner.i18n import _

#: A target more than this many times the best week ever achieved is flagged (warned, not blocked).
FAR_ABOVE_FACTOR = Decimal("1.5")
#: The outcome that counts as a deal in conversion ratios.
DEAL_OUTCOME = "deal_won"

_ONE_DECIMAL = Decimal("0.1")


def _pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percent of ``whole`` to one decimal; None when ``whole`` is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def newest_first(summaries: Iterable[WeekSummary]) -> list[WeekSummary]:
    return sorted(summaries, key=lambda s: s.start, reverse=True)


def last_weeks(summaries: Iterable[WeekSummary], n: int) -> list[WeekSummary]:
    """The ``n`` most recent summaries, oldest → newest (the x axis of a trend)."""
    if n <= 0:
        return []
    ordered = sorted(summaries, key=lambda s: s.start)
    return ordered[-n:]


def has_data(summary: WeekSummary) -> bool:
    """A week counts as history once it had a target or achieved something.

    Weeks the rep never touched (no target, nothing achieved) would drag the
    average toward zero without saying anything about what they can do.
    """
    return summary.target_value is not None or summary.achieved > 0


# --------------------------------------------------------------------------- against history


class HistoryComparison(NamedTuple):
    """A proposed value (usually a new target) against what the rep achieved before.

    ``weeks`` is how many weeks went into ``average`` (0 when there is no
    history; then every other number is None and ``far_above`` is False).
    ``change_percent`` is ``value`` relative to ``average``: ``18.0`` means
    18% above it, ``-12.5`` 12.5% below. ``best`` is the best week achieved
    among all the summaries given, labelled ``best_label``.
    """

    value: Decimal
    weeks: int
    average: Decimal | None
    best: Decimal | None
    best_label: str | None
    change_percent: Decimal | None
    far_above: bool

    @property
    def has_history(self) -> bool:
        return self.weeks > 0


def against_history(
    value: Decimal,
    recent: Sequence[WeekSummary],
    weeks: int = 4,
    *,
    metric: str | None = None,
    before: date | None = None,
) -> HistoryComparison:
    """Compare ``value`` with the average of the last ``weeks`` weeks that had data.

    - Only weeks with data count (see :func:`has_data`); with ``metric``
      (``"revenue"``/``"count"``) only weeks whose target had that metric, so
      a revenue target is never compared with a count of clients; with
      ``before`` only weeks starting before that date (leave out the week
      being planned).
    - ``far_above`` rule: ``value > 1.5 × best`` where ``best`` is the highest
      achieved among all given weeks with data. It is a warning to show next
      to the field, never a reason to refuse the value. With no history, or a
      best of zero, there is no basis and the flag stays False.
    """
    value = Decimal(value)
    pool = [
        s for s in finished(recent)
        if has_data(s)
        and (metric is None or s.target_metric == metric)
        and (before is None or s.start < before)
    ]
    window = newest_first(pool)[: max(weeks, 0)]
    if not window:
        return HistoryComparison(value, 0, None, None, None, None, False)
    average = (sum((s.achieved for s in window), Decimal(0)) / len(window)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    best_week = max(pool, key=lambda s: (s.achieved, s.start))
    best = best_week.achieved
    change = None
    if average > 0:
        change = ((value - average) * 100 / average).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
    far_above = best > 0 and value > best * FAR_ABOVE_FACTOR
    return HistoryComparison(value, len(window), average, best, best_week.label, change, far_above)


def describe_comparison(comparison: HistoryComparison) -> str:
    """``+18% over your 4-week average`` / ``12% below your 4-week average`` (translated).

    Empty when there is nothing to compare with.
    """
    change = comparison.change_percent
    if change is None:
        return ""
    amount = _format_share(abs(change))
    if change > 0:
        return _("+{percent} over your {weeks}-week average").format(percent=amount, weeks=comparison.weeks)
    if change < 0:
        return _("{percent} below your {weeks}-week average").format(percent=amount, weeks=comparison.weeks)
    return _("the same as your {weeks}-week average").format(weeks=comparison.weeks)


def _format_share(value: Decimal) -> str:
    # Imported lazily: formatting is a sibling module and this keeps the import graph flat.
    from weekplanner.domain.formatting import format_percent

    return format_percent(value)


# --------------------------------------------------------------------------- conversion


class ConversionPoint(NamedTuple):
    """Calls → visits → deals of one week (or of a span, see :func:`overall_conversion`).

    Ratios are percents to one decimal: ``call_to_visit`` = visits per 100
    calls, ``visit_to_deal`` = deals per 100 visits; None when the base is zero.
    """

    label: str
    calls: int
    visits: int
    deals: int
    call_to_visit: Decimal | None
    visit_to_deal: Decimal | None


def _conversion(label: str, calls: int, visits: int, deals: int) -> ConversionPoint:
    return ConversionPoint(label, calls, visits, deals, _pct(visits, calls), _pct(deals, visits))


def conversion_ratios(summaries: Iterable[WeekSummary]) -> list[ConversionPoint]:
    """Per week, oldest → newest: calls and visits done, deals won, and the ratios between them.

    Deals are activities logged with the ``deal_won`` outcome.
    """
    return [
        _conversion(s.label, s.done.get("call", 0), s.done.get("visit", 0), s.outcomes.get(DEAL_OUTCOME, 0))
        for s in sorted(summaries, key=lambda s: s.start)
    ]


def overall_conversion(summaries: Iterable[WeekSummary], label: str = "") -> ConversionPoint:
    """The same ratios over all the given weeks together (totals, not an average of ratios)."""
    points = conversion_ratios(summaries)
    return _conversion(
        label,
        sum(p.calls for p in points),
        sum(p.visits for p in points),
        sum(p.deals for p in points),
    )


# --------------------------------------------------------------------------- weekdays


class WeekdayStat(NamedTuple):
    """How often one weekday (Monday = 0) had all its quotas met."""

    weekday: int
    met: int
    total: int

    @property
    def share(self) -> Decimal:
        """Percent of the days met, to one decimal."""
        return _pct(self.met, self.total) or Decimal(0)


class WeekdayPerformance(NamedTuple):
    """Per weekday with any quota, the share of days met; the best and the worst weekday.

    ``best``/``worst`` are weekday numbers, or None when fewer than two
    weekdays have data or all share the same rate (nothing stands out).
    Ties go to the earlier weekday.
    """

    stats: tuple[WeekdayStat, ...]
    best: int | None
    worst: int | None


def weekday_performance(summaries: Iterable[WeekSummary]) -> WeekdayPerformance:
    """Which weekdays the rep usually meets their quotas on, and which they do not."""
    met: dict[int, int] = {}
    total: dict[int, int] = {}
    for summary in summaries:
        for day, was_met in summary.days_met:
            weekday = day.weekday()
            total[weekday] = total.get(weekday, 0) + 1
            met[weekday] = met.get(weekday, 0) + (1 if was_met else 0)
    stats = tuple(WeekdayStat(d, met[d], total[d]) for d in sorted(total))
    rates = {s.weekday: Decimal(s.met) / s.total for s in stats}
    if len(stats) < 2 or len(set(rates.values())) == 1:
        return WeekdayPerformance(stats, None, None)
    best = max(sorted(rates), key=lambda d: rates[d])
    worst = min(sorted(rates), key=lambda d: rates[d])
    return WeekdayPerformance(stats, best, worst)
