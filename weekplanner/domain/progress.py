"""Progress, pace and forecast: pure functions of the plan, the log and the clock.

Everything the progress bars, the status command and the exporters show comes
from :func:`week_progress`, so the numbers agree wherever they appear.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, NamedTuple

from weekplanner.domain.activity import Activity
from weekplanner.domain.plan import WeekPlan, moved_work
from weekplanner.domain.target import Target, percent
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _

if TYPE_CHECKING:
    from weekplanner.domain.record import WeekRecord
    from weekplanner.domain.settings import Settings

DayCounts = dict[date, dict[str, int]]

#: Within this many percentage points of the expected share counts as on track.
PACE_TOLERANCE = Decimal("0.05")
#: No forecast before this share of the week's working time has passed (a working day of five):
#: one early deal at Monday 09:30 would read "1054.8% by Friday". Status, the week screen and the
#: exports all take the forecast from :func:`forecast`, so they agree.
FORECAST_MIN_ELAPSED = Decimal("0.2")


class PaceStatus(StrEnum):
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"


PACE_LABELS = {
    PaceStatus.AHEAD: N_("ahead"),
    PaceStatus.ON_TRACK: N_("on track"),
    PaceStatus.BEHIND: N_("behind"),
}


def pace_label(status: PaceStatus | None, *, capitalised: bool = False) -> str:
    """The status in the UI language (``on track`` / ``正常``); ``–`` for none."""
    if status is None:
        return "–"
    label = _(PACE_LABELS[status])
    return label[:1].upper() + label[1:] if capitalised else label


class Pace(NamedTuple):
    """Where the week should be by now (``expected``) against where it is (``actual``), as shares 0..1+."""

    expected: Decimal
    actual: Decimal
    status: PaceStatus


class Forecast(NamedTuple):
    """The week's end at the current rate."""

    projected: Decimal
    percent: Decimal


class TypeProgress(NamedTuple):
    """One activity type's day and week; ``quota_week`` is what the week commits to, moved work counted once."""

    type: str
    done_today: int
    quota_today: int
    done_week: int
    quota_week: int
    #: Missed work a re-balance moved to later days (already inside ``quota_week``'s later days).
    moved_week: int = 0


class WeekProgress(NamedTuple):
    week: Week
    achieved: Decimal
    target: Target | None
    target_percent: Decimal | None
    elapsed: Decimal
    target_pace: Pace | None
    activity_pace: Pace | None
    forecast: Forecast | None
    types: dict[str, TypeProgress]
    counts: DayCounts
    workdays_left: int


def day_counts(activities: Iterable[Activity]) -> DayCounts:
    """How many of each type were done on each day."""
    counts: DayCounts = defaultdict(lambda: defaultdict(int))
    for activity in activities:
        counts[activity.day][activity.type] += activity.count
    return {day: dict(row) for day, row in counts.items()}


def achieved(activities: Iterable[Activity]) -> Decimal:
    """The sum of what the entries contribute toward the target."""
    return sum((a.amount for a in activities if a.amount is not None), Decimal(0))


def done(counts: DayCounts, activity_type: str, days: Iterable[date]) -> int:
    return sum(counts.get(day, {}).get(activity_type, 0) for day in days)


def done_percent(done: int, quota: int) -> Decimal | None:
    """Done as a percent of the quota (can pass 100); None without a quota. Bars, tables and texts share it."""
    return Decimal(done * 100) / quota if quota else None


def day_fraction(now: datetime, day_start_hour: int = 9, day_end_hour: int = 18) -> Decimal:
    """How much of today's working hours have passed, 0..1."""
    start = datetime.combine(now.date(), time(day_start_hour))
    end = datetime.combine(now.date(), time(day_end_hour))
    if now <= start:
        return Decimal(0)
    if now >= end or end <= start:
        return Decimal(1)
    return Decimal((now - start).total_seconds()) / Decimal((end - start).total_seconds())


def elapsed_share(
    week: Week, workdays: frozenset[int], now: datetime, day_start_hour: int = 9, day_end_hour: int = 18
) -> Decimal:
    """The share of the week's working time that has passed, 0..1."""
    days = week.workdays(workdays)
    today = now.date()
    if today > week.end:
        return Decimal(1)
    if today < week.start or not days:
        return Decimal(0)
    passed = Decimal(sum(1 for d in days if d < today))
    if today in days:
        passed += day_fraction(now, day_start_hour, day_end_hour)
    return passed / len(days)


def expected_quota_share(
    plan: WeekPlan, week: Week, now: datetime, day_start_hour: int = 9, day_end_hour: int = 18, moved: int = 0
) -> Decimal | None:
    """The share of the week's planned activities that should be done by now (None without a plan).

    ``moved`` missed activities were moved from earlier days to later ones: they
    are due once, on the days they were moved to.
    """
    total = sum(plan.day_total(d) for d in week.days) - moved
    if total <= 0:
        return None
    today = now.date()
    due = Decimal(-moved) if week.start < today else Decimal(0)
    for day in week.days:
        if day < today:
            due += plan.day_total(day)
        elif day == today:
            due += plan.day_total(day) * day_fraction(now, day_start_hour, day_end_hour)
    return max(due, Decimal(0)) / total


def pace_status(expected: Decimal, actual: Decimal, tolerance: Decimal = PACE_TOLERANCE) -> PaceStatus:
    if actual > expected + tolerance:
        return PaceStatus.AHEAD
    if actual < expected - tolerance:
        return PaceStatus.BEHIND
    return PaceStatus.ON_TRACK


def forecast(achieved_value: Decimal, elapsed: Decimal, target: Decimal) -> Forecast | None:
    """At the current rate, where the week ends; None until :data:`FORECAST_MIN_ELAPSED` of it has passed."""
    if elapsed <= 0 or elapsed < FORECAST_MIN_ELAPSED:
        return None
    projected = achieved_value if elapsed >= 1 else achieved_value / elapsed
    projected = projected.quantize(Decimal("0.01"))
    return Forecast(projected, percent(projected, target))


def day_met(plan: WeekPlan, counts: DayCounts, day: date) -> bool | None:
    """Were all of the day's quotas met? None when the day had no quota."""
    row = plan.quotas.get(day.weekday(), {})
    if not row:
        return None
    done_row = counts.get(day, {})
    return all(done_row.get(t, 0) >= n for t, n in row.items())


def week_progress(
    week: Week,
    plan: WeekPlan,
    target: Target | None,
    activities: Iterable[Activity],
    now: datetime,
    workdays: frozenset[int],
    types: Iterable[str] = (),
    day_start_hour: int = 9,
    day_end_hour: int = 18,
    moved: Mapping[str, int] | None = None,
) -> WeekProgress:
    """All the numbers of one week as of ``now``.

    ``moved`` is the missed work re-balances moved per type (``rebalance.moved_work``):
    the week commits to its plan less that, so moved work is counted once.
    """
    moved = moved or {}
    items = [a for a in activities if a.day in week]
    counts = day_counts(items)
    value = achieved(items)
    # The target is paced over the days the plan works on (all workdays without a plan), so a week
    # set up on Wednesday with quotas from Wednesday on does not start out "behind".
    planned_days = frozenset(d.weekday() for d in week.days if plan.day_total(d) > 0)
    elapsed = elapsed_share(week, planned_days or workdays, now, day_start_hour, day_end_hour)
    today = now.date()

    type_keys = list(dict.fromkeys([*types, *plan.types(), *(a.type for a in items)]))
    per_type = {
        key: TypeProgress(
            type=key,
            done_today=counts.get(today, {}).get(key, 0),
            quota_today=plan.quota(today, key) if today in week else 0,
            done_week=done(counts, key, week.days),
            quota_week=max(plan.week_total(key) - moved.get(key, 0), 0),
            moved_week=moved.get(key, 0),
        )
        for key in type_keys
    }

    target_pace = target_pct = projection = None
    if target is not None:
        target_pct = percent(value, target.value)
        actual_share = value / target.value
        target_pace = Pace(elapsed, actual_share, pace_status(elapsed, actual_share))
        projection = forecast(value, elapsed, target.value)

    activity_pace = None
    expected = expected_quota_share(plan, week, now, day_start_hour, day_end_hour, sum(moved.values()))
    planned = sum(p.quota_week for p in per_type.values())
    if expected is not None and planned:
        actual = Decimal(sum(min(p.done_week, p.quota_week) for p in per_type.values())) / planned
        activity_pace = Pace(expected, actual, pace_status(expected, actual))

    # Today counts as a workday left until its working hours are over (Friday evening has none left).
    today_open = now < datetime.combine(today, time(day_end_hour)) if day_end_hour < 24 else True
    left = sum(1 for d in week.workdays(workdays) if d > today) + (
        1 if today in week and today.weekday() in workdays and today_open else 0
    )
    return WeekProgress(
        week=week,
        achieved=value,
        target=target,
        target_percent=target_pct,
        elapsed=elapsed,
        target_pace=target_pace,
        activity_pace=activity_pace,
        forecast=projection,
        types=per_type,
        counts=counts,
        workdays_left=left if today <= week.end else 0,
    )


def settled(results: Iterable[tuple[date, bool | None]], today: date) -> list[tuple[date, bool]]:
    """The (day, met) results that are decided by ``today``: days before it, and today once met.

    Days to come and an unfinished today are neither met nor missed yet; every
    count of days met (summary, history, weekday trends, streak) reads only these.
    """
    return [(d, bool(met)) for d, met in results if met is not None and (d < today or (d == today and met))]


def progress_of(
    week: Week, record: "WeekRecord", activities: Iterable[Activity], now: datetime, settings: "Settings"
) -> WeekProgress:
    """:func:`week_progress` of a week's record under the rep's settings: the numbers every surface shows."""
    return week_progress(
        week, record.plan, record.target, activities, now, settings.workdays,
        types=[t.key for t in settings.visible_types()],
        day_start_hour=settings.day_start_hour, day_end_hour=settings.day_end_hour,
        moved=moved_work(record.adjustments),
    )


def streak(results: Iterable[tuple[date, bool | None]], today: date) -> int:
    """Consecutive workdays, back from today, on which all quotas were met.

    ``results`` are (day, met) pairs in any order; days without a quota
    (``None``) neither count nor break the streak, and today counts only once
    met (an unfinished today does not break it).
    """
    count = 0
    for _day, met in sorted(settled(results, today), reverse=True):
        if not met:
            break
        count += 1
    return count


#: How far back a streak is followed (two years of weeks).
STREAK_LOOKBACK_WEEKS = 104


def day_results_back(
    load: Callable[[Week], tuple[WeekPlan, Iterable[Activity]] | None],
    week: Week,
    today: date,
    max_weeks: int = STREAK_LOOKBACK_WEEKS,
) -> list[tuple[date, bool | None]]:
    """(day, all quotas met?) from ``week`` backwards, stopping after the first missed day.

    ``load(week)`` returns that week's plan and activities, or None when there
    is no earlier data; the walk costs as many week loads as the streak is long,
    never a scan of the whole history.
    """
    results: list[tuple[date, bool | None]] = []
    for _step in range(max_weeks):
        loaded = load(week)
        if loaded is None:
            break
        plan, activities = loaded
        counts = day_counts(activities)
        found = [(d, day_met(plan, counts, d)) for d in week.days if d <= today]
        results.extend(found)
        if any(met is False and d < today for d, met in found):
            break
        week = week.previous()
    return results


def streak_as_of(
    load: Callable[[Week], tuple[WeekPlan, Iterable[Activity]] | None], week: Week, today: date
) -> int:
    """The streak on ``today`` (a day of ``week``), reading earlier weeks through ``load`` as far as it reaches.

    The one streak every surface shows: status, the week screen, the review, the exports.
    """
    return streak(day_results_back(load, week, today), today)
