"""When a change to a week is planning and when it is an adjustment (灵活调整) with a reason.

Until the first working hour of the week's first workday the rep is still
planning: targets and quotas are simply set, no reason is asked and nothing is
listed as an adjustment in the manager summary. From then on a new target value
needs a reason and is kept in the target's history, and an edit of the quotas
is kept as a plan change (a re-balance is kept by :mod:`rebalance`). The command
line and every form ask these functions, so they give one answer.
"""

from __future__ import annotations

from datetime import datetime, time

from weekplanner.domain.errors import ParseError
from weekplanner.domain.plan import KIND_EDIT, Adjustment, WeekPlan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Target, TargetChange
from weekplanner.domain.week import Week
from weekplanner.i18n import _


def week_started(week: Week, workdays: frozenset[int], now: datetime, day_start_hour: int = 9) -> bool:
    """True from the first working hour of the week's first workday (its first day without workdays)."""
    first = next(iter(week.workdays(workdays)), week.start)
    return now >= datetime.combine(first, time(day_start_hour))


def target_moved(old: Target, new: Target) -> bool:
    """Did the measure change (value, metric or currency), as opposed to its wording?"""
    return (new.value != old.value or new.metric is not old.metric
            or (new.is_revenue and new.currency != old.currency))


def reason_needed(old: Target | None, new: Target, started: bool) -> bool:
    return started and old is not None and target_moved(old, new)


def change_target(old: Target | None, new: Target, reason: str, now: datetime, started: bool) -> Target:
    """``new`` as the week's target: once the week has started a moved target keeps the change and its reason.

    Raises ``ParseError`` when the reason is needed and empty.
    """
    if old is None:
        return new._replace(changes=())
    if not reason_needed(old, new, started):
        return new._replace(changes=old.changes)
    if not reason.strip():
        raise ParseError(_("The week has started: say why the target changes."))
    change = TargetChange(old.value, new.value, reason.strip(), now)
    return new._replace(changes=old.changes + (change,))


def change_plan(record: WeekRecord, plan: WeekPlan, reason: str, now: datetime, started: bool) -> WeekRecord:
    """The record with ``plan``; once the week has started, an edit of a plan it had is kept as a plan change."""
    if plan.as_dict() == record.plan.as_dict():
        return record
    adjustments = record.adjustments
    if started and not record.plan.is_empty():
        adjustments += (Adjustment(now, reason.strip(), record.plan, plan, kind=KIND_EDIT),)
    return record.with_changes(plan=plan, adjustments=adjustments, planned=True)
