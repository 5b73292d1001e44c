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


# -- moved work is moved once (the week keeps its commitment) -------------------------------------
from datetime import datetime  # noqa: E402

from weekplanner.domain.plan import moved_work  # noqa: E402
from weekplanner.domain.progress import week_progress  # noqa: E402
from weekplanner.domain.rebalance import apply_rebalance, propose_rebalance  # noqa: E402
from weekplanner.domain.record import WeekRecord  # noqa: E402
from weekplanner.domain.summary import summarise  # noqa: E402
from weekplanner.domain.activity import Activity  # noqa: E402


def make_activity(kind, at, count=1):
    return Activity(f"{kind}-{at.isoformat()}-{count}", kind, at, count)

WED_10 = datetime(2026, 11, 25, 10, 0)


def _twelve_calls_mon_4_tue_5():
    record = WeekRecord("2026-W48", plan=uniform_plan({"call": 12}, range(5)))
    activities = [make_activity("call", datetime(2026, 11, 23, 11), 4),
                  make_activity("call", datetime(2026, 11, 24, 11), 5)]
    return record, activities


def _progress(record, activities, now):
    return week_progress(WEEK, record.plan, None, activities, now, DEFAULT_WORKDAYS,
                         moved=moved_work(record.adjustments))


def test_rebalancing_twice_equals_rebalancing_once():
    record, activities = _twelve_calls_mon_4_tue_5()
    counts = _progress(record, activities, WED_10).counts
    first = propose_rebalance(record, counts, WEEK, DEFAULT_WORKDAYS, WED_10, Decimal("0.5"))
    assert first.moved == {"call": 15}
    assert [first.plan.quota(d, "call") for d in (WED, THU, FRI)] == [17, 17, 17]
    once = apply_rebalance(record, first, "trade fair", WED_10)
    second = propose_rebalance(once, counts, WEEK, DEFAULT_WORKDAYS, WED_10.replace(hour=11), Decimal("0.5"))
    assert not second.changes_anything and second.shortfall == {}
    assert once.plan.quota(WED, "call") == 17


def test_the_week_keeps_its_commitment_when_missed_work_moves():
    record, activities = _twelve_calls_mon_4_tue_5()
    counts = _progress(record, activities, WED_10).counts
    rebalanced = apply_rebalance(
        record, propose_rebalance(record, counts, WEEK, DEFAULT_WORKDAYS, WED_10, Decimal("0.5")), "fair", WED_10)
    calls = _progress(rebalanced, activities, WED_10).types["call"]
    assert (calls.done_week, calls.quota_week, calls.moved_week) == (9, 60, 15)
    summary = summarise(WEEK, rebalanced, activities)
    assert summary.planned == {"call": 60} and summary.moved == {"call": 15}
    # The 15 land on Wednesday to Friday, 5 each, above the usual 12.
    assert [rebalanced.plan.quota(d, "call") for d in (WED, THU, FRI)] == [17, 17, 17]
    # Monday and Tuesday were still missed: moving the work does not make them met.
    assert dict(summary.days_met)[MON] is False


def test_a_later_miss_is_offered_again_and_the_cap_stays_on_the_normal_quota():
    record, activities = _twelve_calls_mon_4_tue_5()
    counts = _progress(record, activities, WED_10).counts
    once = apply_rebalance(
        record, propose_rebalance(record, counts, WEEK, DEFAULT_WORKDAYS, WED_10, Decimal("0.5")), "fair", WED_10)
    # Wednesday ends with 10 of its 17: on Thursday 7 more are short, and a day never goes past 12 + 6.
    activities.append(make_activity("call", datetime(2026, 11, 25, 15), 10))
    thursday = datetime(2026, 11, 26, 9, 30)
    counts = _progress(once, activities, thursday).counts
    again = propose_rebalance(once, counts, WEEK, DEFAULT_WORKDAYS, thursday, Decimal("0.5"))
    assert again.shortfall == {"call": 7}
    assert again.plan.quota(THU, "call") == 18 and again.plan.quota(FRI, "call") == 18
    assert again.moved == {"call": 2} and again.unplaced == {"call": 5}


def test_nothing_is_offered_after_the_last_working_hour_of_the_week():
    record, activities = _twelve_calls_mon_4_tue_5()
    friday_evening = datetime(2026, 11, 27, 18, 30)
    counts = _progress(record, activities, friday_evening).counts
    assert not propose_rebalance(record, counts, WEEK, DEFAULT_WORKDAYS, friday_evening,
                                 Decimal("0.5")).changes_anything
    saturday = datetime(2026, 11, 28, 10)
    assert not propose_rebalance(record, counts, WEEK, DEFAULT_WORKDAYS, saturday, Decimal("0.5")).changes_anything
