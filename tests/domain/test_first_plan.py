"""The plan a week has when nobody planned it: defaults or last week's original plan, from today on."""

from __future__ import annotations

from datetime import date, datetime

from weekplanner.domain.activity import ActivityType
from weekplanner.domain.changes import change_plan
from weekplanner.domain.plan import (
    NEW_WEEK_LAST_WEEK, Adjustment, WeekPlan, first_plan, never_planned, plan_nobody_made, uniform_plan,
)
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import Week

W50 = Week(date(2026, 12, 7))


def test_a_monday_week_gets_the_default_quotas_on_every_workday():
    planned = first_plan(W50, WeekRecord(W50.label), Settings(), None, date(2026, 12, 7))
    assert planned is not None and planned.planned
    assert planned.plan.as_dict() == {d: {"call": 10, "visit": 3, "email": 20} for d in range(5)}


def test_a_week_first_opened_on_wednesday_is_planned_from_today():
    planned = first_plan(W50, WeekRecord(W50.label), Settings(), None, date(2026, 12, 9))
    assert sorted(planned.plan.as_dict()) == [2, 3, 4]


def test_only_the_week_under_way_is_planned_this_way():
    record = WeekRecord(W50.label)
    assert first_plan(W50, record, Settings(), None, date(2026, 12, 4)) is None   # a week to come
    assert first_plan(W50, record, Settings(), None, date(2026, 12, 14)) is None  # a past week


def test_a_planned_or_emptied_plan_is_kept():
    planned = WeekRecord(W50.label, plan=uniform_plan({"call": 4}, range(5)))
    emptied = WeekRecord(W50.label, planned=True)
    assert not never_planned(planned) and not never_planned(emptied)
    assert first_plan(W50, emptied, Settings(), None, date(2026, 12, 7)) is None


def test_last_weeks_original_plan_not_its_rebalanced_one():
    original = uniform_plan({"call": 8, "visit": 2}, range(5))
    rebalanced = original.with_quota(4, "call", 14)
    last = WeekRecord("2026-W49", plan=rebalanced,
                      adjustments=(Adjustment(datetime(2026, 12, 3, 9), "", original, rebalanced),))
    settings = Settings(new_week_plan=NEW_WEEK_LAST_WEEK)
    plan = plan_nobody_made(settings, last, range(5))
    assert plan.quota(4, "call") == 8 and plan.quota(0, "visit") == 2
    # Without a plan last week, the defaults.
    assert plan_nobody_made(settings, WeekRecord("2026-W49"), range(5)).quota(0, "email") == 20


def test_hidden_types_are_left_out_of_the_default_plan():
    types = (ActivityType("call", hotkey="c"), ActivityType("visit", hotkey="v", hidden=True))
    plan = plan_nobody_made(Settings(activity_types=types, default_quotas={"call": 5, "visit": 2}), None, [0])
    assert plan == WeekPlan({0: {"call": 5}})


def test_emptying_the_plan_of_the_week_marks_it_planned():
    record = first_plan(W50, WeekRecord(W50.label), Settings(), None, date(2026, 12, 7))
    emptied = change_plan(record, WeekPlan(), "", datetime(2026, 12, 7, 8), started=False)
    assert emptied.plan.is_empty() and not never_planned(emptied)
