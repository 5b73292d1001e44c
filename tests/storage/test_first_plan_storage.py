"""The week under way reads as planned; its plan is stored with the first change, never by a read."""

from __future__ import annotations

from datetime import datetime

from weekplanner.domain.clock import FixedClock
from weekplanner.domain.plan import WeekPlan, uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.storage.repository import Repository, make_activity

MONDAY = datetime(2026, 12, 7, 8, 30)


def test_reading_the_week_derives_the_plan_without_writing(data_dir):
    with Repository(data_dir, clock=FixedClock(MONDAY)) as repo:
        week = repo.week()
        assert repo.load_week(week).record.plan.quota(0, "call") == 10
        assert repo.record(week.label).plan.quota(4, "email") == 20
        assert repo.week_labels() == []  # nothing written for a week nobody worked in


def test_the_first_tick_stores_the_plan_it_was_made_against(data_dir):
    with Repository(data_dir, clock=FixedClock(MONDAY)) as repo:
        repo.add_activity(make_activity("call", MONDAY))
        repo.save_settings(Settings(default_quotas={"call": 4}))
        record = repo.record(repo.week().label)
        assert record.planned and record.plan.quota(0, "call") == 10  # the later defaults do not change it
        assert repo.undo() == "log call"
        assert repo.record(repo.week().label).plan.quota(0, "call") == 4  # unplanned again: today's defaults


def test_an_emptied_plan_stays_empty(data_dir):
    with Repository(data_dir, clock=FixedClock(MONDAY)) as repo:
        label = repo.week().label
        repo.save_record(repo.record(label).with_changes(plan=WeekPlan(), planned=True), "clear")
        assert repo.record(label).plan.is_empty()


def test_last_weeks_original_plan_by_setting(data_dir):
    with Repository(data_dir, clock=FixedClock(MONDAY)) as repo:
        repo.save_settings(Settings(new_week_plan="last_week"))
        last = repo.week().previous().label
        repo.save_record(WeekRecord(last, plan=uniform_plan({"visit": 5}, range(5))), "last week")
        assert repo.record(repo.week().label).plan.as_dict() == {d: {"visit": 5} for d in range(5)}


def test_history_does_not_keep_the_derived_plan_of_a_week_nobody_worked_in(data_dir):
    from decimal import Decimal

    from weekplanner.domain.target import Metric, Target

    with Repository(data_dir, clock=FixedClock(datetime(2026, 12, 4, 12))) as repo:  # Friday before W50
        repo.save_record(WeekRecord("2026-W50", target=Target(Metric.REVENUE, Decimal(1000))), "next week")
    with Repository(data_dir, clock=FixedClock(MONDAY)) as repo:
        [summary] = [s for s in repo.history() if s.label == "2026-W50"]
        assert summary.planned_total == 165  # under way: the derived default plan (Monday 8:30, all five days)
    with Repository(data_dir, clock=FixedClock(datetime(2026, 12, 15, 10))) as repo:
        [summary] = [s for s in repo.history() if s.label == "2026-W50"]
        assert summary.planned_total == 0  # nobody worked in it: over, it had no plan
