"""Quotas: splitting a weekly total, uniform plans, copies, zero quotas."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from weekplanner.domain.plan import Adjustment, WeekPlan, copy_plan, split_total, uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.week import Week

WEEKDAYS = [0, 1, 2, 3, 4]


def test_split_total_gives_the_remainder_to_the_earliest_days():
    assert split_total(12, WEEKDAYS) == {0: 3, 1: 3, 2: 2, 3: 2, 4: 2}
    assert split_total(3, WEEKDAYS) == {0: 1, 1: 1, 2: 1, 3: 0, 4: 0}
    assert split_total(10, WEEKDAYS) == {d: 2 for d in WEEKDAYS}
    assert sum(split_total(101, WEEKDAYS).values()) == 101


def test_split_total_follows_the_order_given_for_sunday_weeks():
    assert split_total(7, [6, 0, 1]) == {6: 3, 0: 2, 1: 2}


def test_split_total_zero_and_no_workdays():
    assert split_total(0, WEEKDAYS) == {d: 0 for d in WEEKDAYS}
    assert split_total(5, []) == {}
    with pytest.raises(ValueError):
        split_total(-1, WEEKDAYS)


def test_uniform_plan_and_totals():
    plan = uniform_plan({"call": 10, "visit": 3}, WEEKDAYS)
    assert plan.quota(date(2026, 11, 25), "call") == 10
    assert plan.quota(5, "call") == 0
    assert plan.day_total(0) == 13
    assert plan.week_total("visit") == 15
    assert plan.types() == ["call", "visit"]
    assert not plan.is_empty()


def test_zero_quotas_are_dropped_and_missing_means_zero():
    plan = WeekPlan({0: {"call": 0, "visit": 2}, 1: {"call": 0}})
    assert plan.quota(0, "call") == 0
    assert plan.types() == ["visit"]
    assert plan.as_dict() == {0: {"visit": 2}}
    assert WeekPlan({0: {"call": 0}}).is_empty()
    assert WeekPlan().is_empty()
    assert WeekPlan().types() == []


def test_with_quota_and_with_type_do_not_mutate():
    plan = uniform_plan({"call": 10}, [0, 1])
    changed = plan.with_quota(0, "call", 12).with_quota(date(2026, 11, 24), "email", 5)
    assert plan.quota(0, "call") == 10
    assert changed.quota(0, "call") == 12 and changed.quota(1, "email") == 5
    replaced = changed.with_type("call", {2: 4})
    assert replaced.week_total("call") == 4 and replaced.quota(1, "email") == 5
    with pytest.raises(TypeError):
        plan.quotas[0]["call"] = 1  # type: ignore[index]


def test_copy_plan_keeps_only_the_workdays_asked_for():
    plan = uniform_plan({"call": 10}, WEEKDAYS)
    assert copy_plan(plan) == plan
    assert copy_plan(plan) is not plan
    assert copy_plan(plan, [0, 1, 2]).week_total("call") == 30


def test_record_original_plan_is_before_the_first_adjustment():
    first = uniform_plan({"call": 10}, WEEKDAYS)
    second = first.with_quota(3, "call", 12)
    third = second.with_quota(4, "call", 12)
    at = datetime(2026, 11, 25, 9)
    record = WeekRecord(
        "2026-W48",
        plan=third,
        adjustments=(Adjustment(at, "sick Monday", first, second), Adjustment(at, "more", second, third)),
    )
    assert record.original_plan == first
    assert WeekRecord("2026-W48", plan=first).original_plan == first
    assert record.with_changes(commitments_kept={0: True}).commitments_kept == {0: True}


def test_a_week_total_typed_mid_week_keeps_past_days_and_fills_the_rest():
    from weekplanner.domain.plan import open_workdays, split_week_total

    week = Week.containing(date(2026, 11, 25))  # a Wednesday
    open_days = open_workdays(week.days, range(5), date(2026, 11, 25))
    assert open_days == [2, 3, 4]
    assert split_week_total(60, open_days, {0: 10, 1: 10}) == {0: 10, 1: 10, 2: 14, 3: 13, 4: 13}
    assert split_week_total(20, open_days, {0: 10, 1: 10}) == {0: 10, 1: 10, 2: 0, 3: 0, 4: 0}
    assert open_workdays(week.next().days, range(5), date(2026, 11, 25)) == [0, 1, 2, 3, 4]
    assert open_workdays(week.previous().days, range(5), date(2026, 11, 25)) == [0, 1, 2, 3, 4]


def test_a_week_total_that_cannot_be_reached_is_refused_with_the_reason():
    """Never a quiet substitute: 15 typed with 20 already past used to become 20."""
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.plan import split_week_total

    with pytest.raises(ParseError, match="15 is less than the 20 planned on days already past; type 20 or more"):
        split_week_total(15, [2, 3, 4], {0: 10, 1: 10})
    with pytest.raises(ParseError, match="No workday of this week is left to spread 60 over"):
        split_week_total(60, [], {0: 10, 1: 10, 2: 10, 3: 10, 4: 10})
    assert split_week_total(50, [], {0: 10, 1: 10, 2: 10, 3: 10, 4: 10}) == {d: 10 for d in range(5)}
    with pytest.raises(ParseError, match="3000 over 2 days is more than 1,000 a day"):
        split_week_total(3000, [3, 4], {})


def test_moved_onto_sums_rebalances_and_skips_hand_edits():
    from datetime import datetime

    from weekplanner.domain.plan import Adjustment, WeekPlan, moved_onto

    at = datetime(2026, 11, 25, 9)
    first = WeekPlan({0: {"call": 10}, 3: {"call": 10}, 4: {"call": 10}})
    second = first.with_quota(3, "call", 12).with_quota(4, "call", 11)
    third = second.with_quota(4, "call", 13)
    edited = third.with_quota(0, "call", 5)
    moved = moved_onto([Adjustment(at, "a", first, second), Adjustment(at, "b", second, third),
                        Adjustment(at, "hand", third, edited, kind="edit")])
    assert moved == {3: {"call": 2}, 4: {"call": 3}}
