"""Re-balancing (灵活调整): spread what earlier days missed over the workdays still to come.

Missed work that a re-balance moved is *moved*, not added: the week still
commits to what was planned (60 calls stay 60 when 15 missed calls move from
Monday and Tuesday to Wednesday–Friday), and the same shortfall is never moved
twice. What was moved is read back from the re-balances themselves (each adds
exactly the work it moved), so records written before this rule existed give
the same answer.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from decimal import Decimal
from typing import Mapping, NamedTuple

from weekplanner.domain.plan import KIND_REBALANCE, Adjustment, WeekPlan, moved_work
from weekplanner.domain.progress import DayCounts
from weekplanner.domain.record import WeekRecord
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


def _gaps(plan: WeekPlan, counts: DayCounts, week: Week, before: date) -> list[tuple[date, str, int]]:
    """(day, type, how far below quota) for each day before ``before``, in day order."""
    found = []
    for day in week.days:
        if day >= before:
            continue
        for activity_type, quota in plan.quotas.get(day.weekday(), {}).items():
            gap = quota - counts.get(day, {}).get(activity_type, 0)
            if gap > 0:
                found.append((day, activity_type, gap))
    return found


def shortfalls(
    plan: WeekPlan, counts: DayCounts, week: Week, before: date, moved: Mapping[str, int] | None = None
) -> dict[str, int]:
    """Per type, how far the days before ``before`` fell below their quotas, less what was already moved."""
    missing: dict[str, int] = {}
    for _day, activity_type, gap in _gaps(plan, counts, week, before):
        missing[activity_type] = missing.get(activity_type, 0) + gap
    for activity_type, n in (moved or {}).items():
        if activity_type in missing:
            missing[activity_type] -= n
    return {t: n for t, n in missing.items() if n > 0}


def normal_plan(record: WeekRecord) -> WeekPlan:
    """The plan without what its re-balances added (hand edits kept): the quotas a day's cap is measured from."""
    rows = record.plan.as_dict()
    for adjustment in record.adjustments:
        if adjustment.kind != KIND_REBALANCE:
            continue
        for weekday, row in adjustment.after.quotas.items():
            for activity_type, n in row.items():
                extra = n - adjustment.before.quota(weekday, activity_type)
                if extra > 0 and weekday in rows:
                    rows[weekday][activity_type] = max(rows[weekday].get(activity_type, 0) - extra, 0)
    return WeekPlan(rows)


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
    *,
    moved: Mapping[str, int] | None = None,
    normal: WeekPlan | None = None,
) -> RebalanceProposal:
    """Move what was missed before ``from_day`` (less what was ``moved`` already) onto the workdays from ``from_day`` on.

    Each day takes at most ``cap`` × its ``normal`` quota (the plan before any
    re-balance) above that normal quota, however many re-balances there are;
    the shortfall is spread evenly, the remainder to the earliest days; what does
    not fit is reported as unplaced rather than piled onto the last day.
    """
    normal = normal or plan
    missing = shortfalls(plan, counts, week, from_day, moved)
    remaining = [d for d in week.workdays(workdays) if d >= from_day]
    new_plan = plan
    placed: dict[str, int] = {}
    unplaced: dict[str, int] = {}
    for activity_type, gap in missing.items():
        room = {}
        for day in remaining:
            usual = normal.quota(day, activity_type)
            room[day] = max(usual + day_cap(usual, cap) - plan.quota(day, activity_type), 0)
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
        placed[activity_type] = gap - left
        if left:
            unplaced[activity_type] = left
    return RebalanceProposal(new_plan, missing, placed, unplaced)


def rebalance_days(week: Week, workdays: frozenset[int], now: datetime, day_end_hour: int) -> list[date]:
    """The workdays a re-balance made ``now`` can still fill: today until its working hours end, and later ones."""
    today = now.date()
    days = [d for d in week.workdays(workdays) if d > today]
    if today in week and today.weekday() in workdays and now < datetime.combine(today, time(day_end_hour)):
        days.insert(0, today)
    return days


def propose_rebalance(
    record: WeekRecord, counts: DayCounts, week: Week, workdays: frozenset[int], now: datetime,
    cap: Decimal, day_end_hour: int = 18,
) -> RebalanceProposal:
    """The re-balance the rep is offered ``now``: this week's shortfall so far onto the days left.

    Empty (``changes_anything`` false) outside the week, after its last working
    hour, and once the shortfall has been moved: offering it again would move it twice.
    """
    days = rebalance_days(week, workdays, now, day_end_hour)
    if now.date() not in week or not days:
        return RebalanceProposal(record.plan, {}, {}, {})
    return rebalance(record.plan, counts, week, frozenset(d.weekday() for d in days), days[0], cap,
                     moved=moved_work(record.adjustments), normal=normal_plan(record))


def apply_rebalance(record: WeekRecord, proposal: RebalanceProposal, reason: str, now: datetime) -> WeekRecord:
    """The record with the proposal's plan and the re-balance kept (with its reason) among its adjustments."""
    adjustment = Adjustment(at=now, reason=reason.strip(), before=record.plan, after=proposal.plan,
                            kind=KIND_REBALANCE)
    return record.with_changes(plan=proposal.plan, adjustments=record.adjustments + (adjustment,))
