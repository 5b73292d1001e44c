"""What target to offer a week that has none: one key on the empty target panel accepts it.

The goal cascade's share when a yearly goal is set (it is the plan the year
asks for), else last week's target, else the average achieved over the last
four finished weeks. The week screen shows it on the empty target panel and
``T`` saves it as the week's target.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, NamedTuple

from weekplanner.domain.cascade import cascade
from weekplanner.domain.insights import against_history, newest_first
from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import WeekSummary, finished
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _

FROM_GOAL = "goal"
FROM_LAST_WEEK = "last_week"
FROM_AVERAGE = "average"

SOURCE_LABELS = {
    FROM_GOAL: N_("the yearly goal's share for this week"),
    FROM_LAST_WEEK: N_("last week's target"),
    FROM_AVERAGE: N_("your 4-week average"),
}


class TargetSuggestion(NamedTuple):
    target: Target
    source: str

    @property
    def label(self) -> str:
        """Where the number comes from, in the UI language."""
        return _(SOURCE_LABELS[self.source])


def suggest_target(
    week: Week, last_week_target: Target | None, summaries: Iterable[WeekSummary], settings: Settings
) -> TargetSuggestion | None:
    """The target to offer ``week`` (None when there is nothing to go on)."""
    history = [s for s in summaries if s.start < week.start]
    if settings.yearly_goal is not None and settings.yearly_goal > 0:
        metric = Metric(settings.yearly_goal_metric)
        share = cascade(settings.yearly_goal, history, week, metric.value).suggested
        unit = "" if metric is Metric.REVENUE else _unit_from(history, last_week_target)
        if share > 0 and (metric is Metric.REVENUE or unit):
            return TargetSuggestion(Target(metric, share, currency=settings.currency, unit=unit), FROM_GOAL)
    if last_week_target is not None:
        return TargetSuggestion(
            last_week_target._replace(changes=()), FROM_LAST_WEEK)
    done = [s for s in newest_first(finished(history)) if s.target_metric in (None, Metric.REVENUE.value)]
    average = against_history(Decimal(0), done, 4, metric=None, before=week.start).average
    if average is not None and average > 0:
        value = average.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return TargetSuggestion(Target(Metric.REVENUE, value, currency=settings.currency), FROM_AVERAGE)
    return None


def _unit_from(history: list[WeekSummary], last: Target | None) -> str:
    """The unit of the latest count target, for a count goal's share."""
    if last is not None and not last.is_revenue:
        return last.unit
    for summary in newest_first(history):
        if summary.target_metric == Metric.COUNT.value and summary.target_unit:
            return summary.target_unit
    return ""
