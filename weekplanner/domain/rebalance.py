"""Re-balancing (灵活调整): spread a missed day's shortfall over the days still to come."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.progress import DayCounts
from weekplanner.domain.week import Week


class RebalanceProposal(NamedTuple):
    """The new plan, and per type what was missed, moved and could not be placed."""

    plan: WeekPlan
    shortfall: dict[str, int]
    moved: dict[str, int]
    unplaced: dict[str, int]

    @property
    def changes_anything(self) -> bool:
        return any(self.moved.values())


def shortfalls(plan: WeekPlan, counts: DayCounts, week: Week, before: date) -> dict[str, int]:
    """Per type, how far the days before ``before`` fell below their quotas."""
    missing: dict[str, int] = {}
    for day in week.days:
        if day >= before:
            continue
        for activity_type, quota in plan.quotas.get(day.weekday(), {}).items():
            gap = quota - counts.get(day, {}).get(activity_type, 0)
            if gap > 0:
                missing[activity_type] = missing.get(activity_type, 0) + gap
    return missing


def day_cap(quota: int, cap: Decimal) -> int:
    """Extra a day may take: ``cap`` of its quota, rounded up so a quota of 1 can take one more."""
    return math.ceil(quota * cap) if quota > 0 else 0


def rebalance(
    plan: WeekPlan,
    counts: DayCounts,
    week: Week,
    workdays: frozenset[int],
    from_day: date,
    cap: Decimal = Decimal("0.5"),
) -> RebalanceProposal:
    """Move what was missed before ``from_day`` onto the workdays from ``from_day`` on.

    Each day takes at most ``cap`` × its normal quota extra; the shortfall is
    spread evenly, the remainder to the earliest days; what does not fit is
    reported as unplaced rather than piled onto the last day.
    """
    missing = shortfalls(plan, counts, week, from_day)
    remaining = [d for d in week.workdays(workdays) if d >= from_day]
    new_plan = plan
    moved: dict[str, int] = {}
    unplaced: dict[str, int] = {}
    for activity_type, gap in missing.items():
        room = {d: day_cap(plan.quota(d, activity_type), cap) for d in remaining}
        extra = {d: 0 for d in remaining}
        left = gap
        while left > 0 and any(extra[d] < room[d] for d in remaining):
            for day in remaining:
                if left == 0:
                    break
                if extra[day] < room[day]:
                    extra[day] += 1
                    left -= 1
        for day, n in extra.items():
            if n:
                new_plan = new_plan.with_quota(day, activity_type, plan.quota(day, activity_type) + n)
        moved[activity_type] = gap - left
        if left:
            unplaced[activity_type] = left
    return RebalanceProposal(new_plan, missing, moved, unplaced)
