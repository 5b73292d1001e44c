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
from weekplanner.domain.progress import achieved, day_counts, day_met
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import percent
from weekplanner.domain.week import Week


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

    @property
    def planned_total(self) -> int:
        return sum(self.planned.values())

    @property
    def done_total(self) -> int:
        return sum(self.done.values())


def summarise(week: Week, record: WeekRecord, activities: Iterable[Activity]) -> WeekSummary:
    items = [a for a in activities if a.day in week]
    counts = day_counts(items)
    value = achieved(items)
    target = record.target
    planned = {t: record.plan.week_total(t) for t in record.plan.types()}
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
    )
