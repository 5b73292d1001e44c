"""Progress, pace at fixed clock times, forecast, streaks."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from weekplanner.domain.activity import Activity
from weekplanner.domain.plan import WeekPlan, uniform_plan
from weekplanner.domain.progress import (
    PaceStatus,
    achieved,
    day_counts,
    day_fraction,
    day_met,
    elapsed_share,
    expected_quota_share,
    forecast,
    pace_status,
    streak,
    week_progress,
)
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import DEFAULT_WORKDAYS, Week

WEEK = Week.from_label("2026-W48")  # Mon 23 Nov .. Sun 29 Nov 2026
PLAN = uniform_plan({"call": 10, "visit": 2}, range(5))
TARGET = Target(Metric.REVENUE, Decimal(500000))


def sale(day: int, hour: int, amount: str, kind: str = "visit", count: int = 1) -> Activity:
    return Activity(f"{day}-{hour}-{amount}", kind, datetime(2026, 11, day, hour), count, amount=Decimal(amount))


def calls(day: int, n: int) -> Activity:
    return Activity(f"c{day}-{n}", "call", datetime(2026, 11, day, 10), n)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 22, 12), Decimal(0)),        # the Sunday before the week
        (datetime(2026, 11, 23, 8), Decimal(0)),         # Monday before the day starts
        (datetime(2026, 11, 25, 8), Decimal("0.4")),     # Wednesday before 9:00: two days done
        (datetime(2026, 11, 25, 13, 30), Decimal("0.5")),  # Wednesday mid-day
        (datetime(2026, 11, 25, 19), Decimal("0.6")),    # Wednesday after hours
        (datetime(2026, 11, 28, 10), Decimal(1)),        # Saturday: every workday has passed
        (datetime(2026, 11, 30, 10), Decimal(1)),        # the week after
    ],
)
def test_elapsed_share_at_fixed_clock_times(now, expected):
    assert elapsed_share(WEEK, DEFAULT_WORKDAYS, now) == expected


def test_day_fraction_respects_working_hours():
    assert day_fraction(datetime(2026, 11, 25, 9)) == 0
    assert day_fraction(datetime(2026, 11, 25, 18)) == 1
    assert day_fraction(datetime(2026, 11, 25, 12), 8, 16) == Decimal("0.5")
    # Nonsense hours (end before start) never divide by zero.
    assert day_fraction(datetime(2026, 11, 25, 20), 18, 9) == 1
    assert day_fraction(datetime(2026, 11, 25, 12), 9, 9) == 1


def test_elapsed_share_with_a_six_day_week_and_no_workdays():
    saturday = datetime(2026, 11, 28, 13, 30)
    assert elapsed_share(WEEK, frozenset(range(6)), saturday) == Decimal("5.5") / 6
    assert elapsed_share(WEEK, frozenset(), saturday) == 0


@pytest.mark.parametrize(
    ("amount", "status"),
    [("250000", PaceStatus.ON_TRACK), ("300000", PaceStatus.AHEAD), ("200000", PaceStatus.BEHIND)],
)
def test_target_pace_mid_week(amount, status):
    progress = week_progress(
        WEEK, PLAN, TARGET, [sale(24, 11, amount)], datetime(2026, 11, 25, 13, 30), DEFAULT_WORKDAYS
    )
    assert progress.elapsed == Decimal("0.5")
    assert progress.target_pace is not None
    assert progress.target_pace.expected == Decimal("0.5")
    assert progress.target_pace.status is status


def test_pace_status_tolerance_is_five_points():
    assert pace_status(Decimal("0.5"), Decimal("0.55")) is PaceStatus.ON_TRACK
    assert pace_status(Decimal("0.5"), Decimal("0.551")) is PaceStatus.AHEAD
    assert pace_status(Decimal("0.5"), Decimal("0.449")) is PaceStatus.BEHIND


def test_forecast_is_none_before_any_working_time_and_projects_otherwise():
    assert forecast(Decimal(100), Decimal(0), Decimal(500)) is None
    projection = forecast(Decimal(100000), Decimal("0.5"), Decimal(500000))
    assert projection is not None
    assert projection.projected == Decimal("200000.00")
    assert projection.percent == Decimal("40.0")
    done = forecast(Decimal(450000), Decimal(1), Decimal(500000))
    assert done is not None and done.projected == Decimal("450000.00") and done.percent == Decimal("90.0")

    monday_early = week_progress(WEEK, PLAN, TARGET, [], datetime(2026, 11, 23, 8), DEFAULT_WORKDAYS)
    assert monday_early.forecast is None
    assert monday_early.target_pace is not None and monday_early.target_pace.status is PaceStatus.ON_TRACK


def test_target_reached_early():
    progress = week_progress(
        WEEK, PLAN, TARGET, [sale(23, 15, "300000"), sale(24, 10, "300000")], datetime(2026, 11, 24, 12), DEFAULT_WORKDAYS
    )
    assert progress.achieved == Decimal(600000)
    assert progress.target_percent == Decimal("120.0")
    assert progress.target_pace is not None and progress.target_pace.status is PaceStatus.AHEAD
    assert progress.forecast is not None and progress.forecast.percent > 100


def test_week_progress_per_type_today_and_week():
    now = datetime(2026, 11, 25, 14)
    items = [calls(23, 10), calls(24, 6), calls(25, 4), sale(25, 11, "1000"), calls(30, 99)]
    progress = week_progress(WEEK, PLAN, None, items, now, DEFAULT_WORKDAYS, types=["email"])
    assert list(progress.types) == ["email", "call", "visit"]
    call = progress.types["call"]
    assert (call.done_today, call.quota_today, call.done_week, call.quota_week) == (4, 10, 20, 50)
    assert progress.types["email"].quota_week == 0
    assert progress.target is None and progress.target_pace is None and progress.forecast is None
    assert progress.achieved == Decimal(1000)  # counts without a target too
    assert progress.workdays_left == 3  # Wed (today), Thu, Fri
    assert progress.activity_pace is not None
    # Expected: Mon + Tue + 5/9 of Wed of 60 planned.
    assert progress.activity_pace.expected == (Decimal(24) + Decimal(12) * Decimal(5) / 9) / 60


def test_no_workdays_left_at_the_weekend_and_after_the_week():
    saturday = week_progress(WEEK, PLAN, TARGET, [], datetime(2026, 11, 28, 10), DEFAULT_WORKDAYS)
    assert saturday.workdays_left == 0
    assert saturday.types["call"].quota_today == 0
    assert saturday.forecast is not None and saturday.forecast.projected == 0
    later = week_progress(WEEK, PLAN, TARGET, [], datetime(2026, 12, 2, 10), DEFAULT_WORKDAYS)
    assert later.workdays_left == 0
    before = week_progress(WEEK, PLAN, TARGET, [], datetime(2026, 11, 20, 10), DEFAULT_WORKDAYS)
    assert before.workdays_left == 5 and before.elapsed == 0


def test_zero_quota_has_no_activity_pace_and_no_met_days():
    empty = WeekPlan({0: {"call": 0}})
    progress = week_progress(WEEK, empty, TARGET, [], datetime(2026, 11, 25, 12), DEFAULT_WORKDAYS)
    assert progress.activity_pace is None
    assert expected_quota_share(empty, WEEK, datetime(2026, 11, 25, 12)) is None
    assert day_met(empty, {}, date(2026, 11, 23)) is None


def test_day_counts_achieved_and_day_met():
    items = [calls(23, 6), calls(23, 4), sale(23, 12, "10.50"), sale(23, 13, "0.50")]
    counts = day_counts(items)
    assert counts == {date(2026, 11, 23): {"call": 10, "visit": 2}}
    assert achieved(items) == Decimal("11.00")
    assert achieved([calls(23, 1)]) == 0
    assert day_met(PLAN, counts, date(2026, 11, 23)) is True
    assert day_met(PLAN, counts, date(2026, 11, 24)) is False
    assert day_met(PLAN, counts, date(2026, 11, 28)) is None


def test_streak_counts_met_workdays_back_from_today():
    d = lambda n: date(2026, 11, n)  # noqa: E731
    results = [(d(16), True), (d(17), False), (d(18), True), (d(19), True), (d(20), True),
               (d(21), None), (d(22), None), (d(23), True), (d(24), True)]
    # Days off (None) do not break it; the miss on the 17th does.
    assert streak(results, d(24)) == 5
    # An unfinished today does not break it, nor count.
    assert streak(results + [(d(25), False)], d(25)) == 5
    assert streak(results + [(d(25), True)], d(25)) == 6
    # A missed yesterday ends it.
    assert streak(results + [(d(25), False)], d(26)) == 0
    # Future days are ignored; order does not matter.
    assert streak(list(reversed(results)) + [(d(30), True)], d(24)) == 5
    assert streak([], d(24)) == 0


def test_day_results_back_stops_after_the_first_missed_day_and_at_the_start_of_data():
    from weekplanner.domain.progress import day_results_back, streak
    from weekplanner.domain.plan import uniform_plan

    plan = uniform_plan({"call": 2}, range(5))
    this_week = Week.containing(date(2026, 11, 25))
    met_all = [Activity(f"a{i}", "call", datetime.combine(d, time(10)), count=2)
               for i, d in enumerate(this_week.previous().workdays())]
    missed_friday = [a for a in met_all if a.day.weekday() != 4]
    loads: list[str] = []

    def load(week):
        loads.append(week.label)
        if week == this_week.previous():
            return plan, met_all
        if week == this_week.previous(2):
            return plan, missed_friday
        return None

    results = day_results_back(load, this_week.previous(), date(2026, 11, 25))
    assert loads == ["2026-W47", "2026-W46"]
    assert streak(results, date(2026, 11, 25)) == 5
    assert day_results_back(lambda week: None, this_week, date(2026, 11, 25)) == []


def test_a_week_planned_from_wednesday_is_paced_from_wednesday():
    from weekplanner.domain.plan import uniform_plan
    from weekplanner.domain.progress import PaceStatus, week_progress

    week = Week.containing(date(2026, 11, 25))
    plan = uniform_plan({"call": 10}, [2, 3, 4])  # set up on Wednesday morning
    target = Target(Metric.REVENUE, Decimal(90000))
    at_nine = week_progress(week, plan, target, [], datetime(2026, 11, 25, 9, 0), DEFAULT_WORKDAYS)
    assert at_nine.elapsed == 0
    assert at_nine.target_pace.status is PaceStatus.ON_TRACK
    friday_noon = week_progress(week, plan, target, [], datetime(2026, 11, 27, 13, 30), DEFAULT_WORKDAYS)
    assert friday_noon.elapsed == Decimal(5) / Decimal(6)  # two of three planned days and half of Friday
    full_plan = uniform_plan({"call": 10}, range(5))
    assert week_progress(week, full_plan, target, [], datetime(2026, 11, 25, 9, 0),
                         DEFAULT_WORKDAYS).elapsed == Decimal(2) / Decimal(5)


def test_no_forecast_until_a_working_day_of_the_week_has_passed():
    from weekplanner.domain.progress import FORECAST_MIN_ELAPSED, forecast

    assert forecast(Decimal(100), FORECAST_MIN_ELAPSED / 2, Decimal(1000)) is None
    assert forecast(Decimal(100), FORECAST_MIN_ELAPSED, Decimal(1000)).percent == Decimal("50.0")


def test_today_is_no_workday_left_once_its_working_hours_are_over():
    from datetime import date as _date, datetime as _datetime

    from weekplanner.domain.plan import WeekPlan
    from weekplanner.domain.progress import week_progress
    from weekplanner.domain.week import DEFAULT_WORKDAYS, Week

    week = Week(_date(2026, 11, 23))
    friday = lambda hour: week_progress(week, WeekPlan(), None, [], _datetime(2026, 11, 27, hour), DEFAULT_WORKDAYS)
    assert friday(17).workdays_left == 1
    assert friday(18).workdays_left == 0
