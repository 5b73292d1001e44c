"""Re-balancing a missed day's shortfall over the days to come, with a per-day cap."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.rebalance import day_cap, rebalance, shortfalls
from weekplanner.domain.week import DEFAULT_WORKDAYS, Week

WEEK = Week.from_label("2026-W48")
MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in range(23, 28))


def test_shortfall_spread_evenly_with_the_remainder_to_the_earliest_days():
    plan = uniform_plan({"call": 10}, range(5))
    counts = {MON: {"call": 6}, TUE: {"call": 10}}
    proposal = rebalance(plan, counts, WEEK, DEFAULT_WORKDAYS, WED)
    assert proposal.shortfall == {"call": 4}
    assert proposal.moved == {"call": 4}
    assert proposal.unplaced == {}
    assert [proposal.plan.quota(d, "call") for d in (MON, TUE, WED, THU, FRI)] == [10, 10, 12, 11, 11]
    assert proposal.changes_anything


def test_cap_limits_each_day_and_the_rest_is_reported_unplaced():
    plan = uniform_plan({"call": 10}, range(5))
    counts = {MON: {}, TUE: {"call": 0}, WED: {"call": 2}}
    proposal = rebalance(plan, counts, WEEK, DEFAULT_WORKDAYS, THU, cap=Decimal("0.5"))
    assert proposal.shortfall == {"call": 28}
    assert proposal.moved == {"call": 10}
    assert proposal.unplaced == {"call": 18}
    assert proposal.plan.quota(THU, "call") == 15 and proposal.plan.quota(FRI, "call") == 15


def test_quota_of_one_can_take_one_more():
    assert day_cap(1, Decimal("0.5")) == 1
    assert day_cap(0, Decimal("0.5")) == 0
    assert day_cap(10, Decimal("0.25")) == 3
    plan = uniform_plan({"visit": 1}, range(5))
    proposal = rebalance(plan, {}, WEEK, DEFAULT_WORKDAYS, TUE)
    assert proposal.moved == {"visit": 1}
    assert proposal.plan.quota(TUE, "visit") == 2
    assert proposal.plan.quota(WED, "visit") == 1


def test_nothing_missed_changes_nothing():
    plan = uniform_plan({"call": 10}, range(5))
    counts = {MON: {"call": 12}, TUE: {"call": 10}}
    proposal = rebalance(plan, counts, WEEK, DEFAULT_WORKDAYS, WED)
    assert proposal.shortfall == {} and proposal.moved == {} and proposal.unplaced == {}
    assert proposal.plan == plan
    assert not proposal.changes_anything


def test_no_workdays_left_leaves_everything_unplaced():
    plan = uniform_plan({"call": 10}, range(5))
    saturday = date(2026, 11, 28)
    proposal = rebalance(plan, {}, WEEK, DEFAULT_WORKDAYS, saturday)
    assert proposal.shortfall == {"call": 50}
    assert proposal.moved == {"call": 0}
    assert proposal.unplaced == {"call": 50}
    assert not proposal.changes_anything


def test_days_without_a_quota_of_that_type_take_none_of_it():
    plan = uniform_plan({"call": 10}, range(3)).with_quota(4, "visit", 2)
    proposal = rebalance(plan, {}, WEEK, DEFAULT_WORKDAYS, THU)
    assert proposal.plan.quota(THU, "call") == 0 and proposal.plan.quota(FRI, "call") == 0
    assert proposal.unplaced["call"] == 30


def test_shortfalls_only_count_days_before():
    plan = uniform_plan({"call": 10, "email": 5}, range(5))
    counts = {MON: {"call": 7, "email": 9}}
    assert shortfalls(plan, counts, WEEK, TUE) == {"call": 3}
    assert shortfalls(plan, counts, WEEK, MON) == {}
