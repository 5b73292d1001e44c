"""The week's plan: daily quotas per activity type, and the adjustments made to it.

Quotas are keyed by weekday (Monday = 0) rather than by date, so a plan stays
attached to the same working days when the rep switches between Monday and
Sunday week starts.
"""

from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple

from weekplanner.domain.checked import Checked
from weekplanner.i18n import N_, _

if TYPE_CHECKING:  # plan.py is imported by both; only their attributes are read here
    from weekplanner.domain.record import WeekRecord
    from weekplanner.domain.settings import Settings
    from weekplanner.domain.week import Week

Quotas = Mapping[int, Mapping[str, int]]


def _freeze(quotas: Quotas) -> Mapping[int, Mapping[str, int]]:
    return MappingProxyType(
        {int(day): MappingProxyType({t: int(n) for t, n in row.items() if int(n) > 0})
         for day, row in quotas.items()}
    )


class _PlanFields(NamedTuple):
    quotas: Quotas


class WeekPlan(Checked, _PlanFields):
    """Per weekday, per activity type: how many to do. Missing means zero.

    The quotas are copied into read-only mappings on the way in, so a plan
    never changes under the record that holds it.
    """

    __slots__ = ()

    def __new__(cls, quotas: Quotas | None = None) -> "WeekPlan":
        return super().__new__(cls, _freeze(quotas or {}))

    def quota(self, day: date | int, activity_type: str) -> int:
        weekday = day if isinstance(day, int) else day.weekday()
        return self.quotas.get(weekday, {}).get(activity_type, 0)

    def day_total(self, day: date | int) -> int:
        weekday = day if isinstance(day, int) else day.weekday()
        return sum(self.quotas.get(weekday, {}).values())

    def week_total(self, activity_type: str) -> int:
        return sum(row.get(activity_type, 0) for row in self.quotas.values())

    def types(self) -> list[str]:
        """Activity types that have any quota, in first-seen order."""
        seen: dict[str, None] = {}
        for weekday in sorted(self.quotas):
            for activity_type in self.quotas[weekday]:
                seen.setdefault(activity_type, None)
        return list(seen)

    def with_quota(self, day: date | int, activity_type: str, n: int) -> "WeekPlan":
        weekday = day if isinstance(day, int) else day.weekday()
        rows = {d: dict(r) for d, r in self.quotas.items()}
        rows.setdefault(weekday, {})[activity_type] = n
        return WeekPlan(rows)

    def with_type(self, activity_type: str, per_weekday: Mapping[int, int]) -> "WeekPlan":
        """This plan with ``activity_type``'s quotas replaced by ``per_weekday``."""
        rows = {d: {t: n for t, n in r.items() if t != activity_type} for d, r in self.quotas.items()}
        for weekday, n in per_weekday.items():
            rows.setdefault(weekday, {})[activity_type] = n
        return WeekPlan(rows)

    def is_empty(self) -> bool:
        return not any(self.quotas.values())

    def as_dict(self) -> dict[int, dict[str, int]]:
        return {d: dict(r) for d, r in self.quotas.items() if r}


def split_total(total: int, workdays: Iterable[int]) -> dict[int, int]:
    """Spread a weekly total over the workdays, the remainder to the earliest days.

    ``split_total(12, [0, 1, 2, 3, 4])`` → ``{0: 3, 1: 3, 2: 2, 3: 2, 4: 2}``.
    """
    days = list(workdays)
    if total < 0:
        raise ValueError("total must not be negative")
    if not days:
        return {}
    base, remainder = divmod(total, len(days))
    return {day: base + (1 if i < remainder else 0) for i, day in enumerate(days)}


def open_workdays(week_days: Iterable[date], workdays: Iterable[int], today: date) -> list[int]:
    """The workdays a plan made ``today`` still shapes, in ``week_days`` order.

    For a week under way that is today and the days left; days already past
    keep their quotas (they are history). A past or future week is open throughout.
    """
    days = list(week_days)
    keep = set(workdays)
    under_way = days[0] <= today <= days[-1]
    return [d.weekday() for d in days if d.weekday() in keep and (not under_way or d >= today)]


def split_week_total(total: int, open_days: Iterable[int], kept: Mapping[int, int]) -> dict[int, int]:
    """A whole week's ``total``: ``kept`` days keep their quotas, the rest is split over ``open_days``.

    The result always adds up to ``total``; a total it cannot reach (less than the days
    already past, no day left, more than a day can hold) raises :class:`ParseError` saying why,
    so a typed total is never quietly replaced by another number.
    """
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.parsing.amounts import MAX_QUOTA
    from weekplanner.i18n import _

    days = list(open_days)
    past = sum(kept.values())
    if total < past:
        raise ParseError(_("{total} is less than the {past} planned on days already past; "
                           "type {past} or more.").format(total=total, past=past))
    if not days and total != past:
        raise ParseError(_("No workday of this week is left to spread {total} over; "
                           "type each day's quota instead.").format(total=total))
    spread = split_total(total - past, days)
    if spread and max(spread.values()) > MAX_QUOTA:
        raise ParseError(_("{total} over {days} days is more than {most:,} a day.").format(
            total=total, days=len(days), most=MAX_QUOTA))
    return {**kept, **spread}


def uniform_plan(daily: Mapping[str, int], workdays: Iterable[int]) -> WeekPlan:
    """The same daily quota on every workday (e.g. 10 calls, 3 visits, 20 emails)."""
    days = list(workdays)
    return WeekPlan({day: dict(daily) for day in days})


def copy_plan(plan: WeekPlan, workdays: Iterable[int] | None = None) -> WeekPlan:
    """A copy of ``plan`` for another week, keeping only ``workdays`` when given."""
    if workdays is None:
        return WeekPlan(plan.as_dict())
    keep = set(workdays)
    return WeekPlan({d: r for d, r in plan.as_dict().items() if d in keep})


#: How a week nobody planned gets its plan (the setting ``new_week_plan``): the default daily quotas…
NEW_WEEK_DEFAULTS = "defaults"
#: …or last week's original plan (as it was made, before any re-balance or edit).
NEW_WEEK_LAST_WEEK = "last_week"
NEW_WEEK_PLANS = (NEW_WEEK_DEFAULTS, NEW_WEEK_LAST_WEEK)


def never_planned(record: "WeekRecord") -> bool:
    """No plan was ever made or saved for the week (an emptied plan was planned: it stays empty)."""
    return not record.planned and record.plan.is_empty() and not record.adjustments


def plan_nobody_made(settings: "Settings", last_week: "WeekRecord | None", open_days: Iterable[int]) -> WeekPlan:
    """The plan a week has when nobody planned it, on ``open_days``.

    The default daily quotas, or (setting ``new_week_plan = last_week``) last
    week's original plan, so a re-balance that piled missed work on Friday is not
    carried into the next week. Hidden types are left out.
    """
    days = list(open_days)
    visible = {t.key for t in settings.visible_types()}
    source: Mapping[int, Mapping[str, int]] | None = None
    if settings.new_week_plan == NEW_WEEK_LAST_WEEK and last_week is not None:
        original = last_week.original_plan
        if not original.is_empty():
            source = original.quotas
    if source is None:
        source = {day: settings.default_quotas for day in days}
    return WeekPlan({day: {t: n for t, n in source.get(day, {}).items() if t in visible} for day in days})


def first_plan(week: "Week", record: "WeekRecord", settings: "Settings", last_week: "WeekRecord | None",
               today: date) -> "WeekRecord | None":
    """The week under way with :func:`plan_nobody_made` when it was never planned; None when it keeps its own.

    Only the week containing ``today`` is planned this way: weeks to come are
    planned when they start (with the settings of that day), past weeks keep
    what they had. Days already past are left unplanned, as they were never
    planned (they are not misses).
    """
    if not week.start <= today <= week.end or not never_planned(record):
        return None
    days = open_workdays(week.days, settings.workdays, today)
    return record.with_changes(plan=plan_nobody_made(settings, last_week, days), planned=True)


#: An adjustment that moved missed work onto later days (``b``).
KIND_REBALANCE = "rebalance"
#: An adjustment made by editing the quotas of a week under way (plan form, ``quota set``).
KIND_EDIT = "edit"


ADJUSTMENT_LABELS = {KIND_REBALANCE: N_("Re-balanced"), KIND_EDIT: N_("Plan changed")}


def adjustment_label(kind: str) -> str:
    """``Re-balanced`` or ``Plan changed``, in the UI language: how every surface names an adjustment."""
    return _(ADJUSTMENT_LABELS.get(kind, ADJUSTMENT_LABELS[KIND_EDIT]))


class Adjustment(NamedTuple):
    """A change of plan once the week is under way (a re-balance or a hand edit), with its reason."""

    at: datetime
    reason: str
    before: WeekPlan
    after: WeekPlan
    kind: str = KIND_REBALANCE


def moved_onto(adjustments: Iterable[Adjustment]) -> dict[int, dict[str, int]]:
    """Per weekday and type, how much the week's re-balances moved onto (+) or off (−) that day.

    The difference of each re-balance's plan after and before it, summed; hand edits
    of a quota are not moved work and are left out.
    """
    moved: dict[int, dict[str, int]] = {}
    for adjustment in adjustments:
        if adjustment.kind != KIND_REBALANCE:
            continue
        before, after = adjustment.before, adjustment.after
        for day in sorted(set(before.quotas) | set(after.quotas)):
            for activity_type in dict.fromkeys([*before.quotas.get(day, {}), *after.quotas.get(day, {})]):
                change = after.quota(day, activity_type) - before.quota(day, activity_type)
                if change:
                    row = moved.setdefault(day, {})
                    row[activity_type] = row.get(activity_type, 0) + change
    return moved


def moved_work(adjustments: Iterable[Adjustment]) -> dict[str, int]:
    """Per type, the missed work that the week's re-balances moved onto later days (all of :func:`moved_onto`)."""
    moved: dict[str, int] = {}
    for row in moved_onto(adjustments).values():
        for activity_type, n in row.items():
            moved[activity_type] = moved.get(activity_type, 0) + n
    return {t: n for t, n in moved.items() if n > 0}
