"""When a change to a week is planning and when it is an adjustment: one rule for the CLI and every form."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from weekplanner.domain.changes import change_plan, change_target, week_started
from weekplanner.domain.errors import ParseError
from weekplanner.domain.plan import KIND_EDIT, uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import DEFAULT_WORKDAYS, SUNDAY, Week

W48 = Week.from_label("2026-W48")  # Mon 23 – Sun 29 Nov 2026


def test_a_week_starts_at_the_first_working_hour_of_its_first_workday():
    assert not week_started(W48, DEFAULT_WORKDAYS, datetime(2026, 11, 22, 20, 0))  # Sunday-evening planning
    assert not week_started(W48, DEFAULT_WORKDAYS, datetime(2026, 11, 23, 8, 59))  # Monday before work
    assert week_started(W48, DEFAULT_WORKDAYS, datetime(2026, 11, 23, 9, 0))
    assert not week_started(W48, DEFAULT_WORKDAYS, datetime(2026, 11, 23, 9, 30), day_start_hour=10)
    sunday_week = Week.from_label("2026-W48", SUNDAY)  # Sun 22 – Sat 28 Nov
    assert not week_started(sunday_week, DEFAULT_WORKDAYS, datetime(2026, 11, 22, 20, 0))
    assert week_started(sunday_week, frozenset({6, 0, 1, 2, 3}), datetime(2026, 11, 22, 9, 0))


def test_a_target_set_before_the_week_starts_is_planning():
    old = Target(Metric.REVENUE, Decimal(100_000))
    new = change_target(old, Target(Metric.REVENUE, Decimal(120_000)), "", datetime(2026, 11, 22, 20), False)
    assert new.value == 120_000 and new.changes == ()


def test_a_moved_target_in_a_week_under_way_needs_and_keeps_its_reason():
    old = Target(Metric.REVENUE, Decimal(100_000))
    with pytest.raises(ParseError):
        change_target(old, Target(Metric.REVENUE, Decimal(90_000)), " ", datetime(2026, 11, 25, 10), True)
    new = change_target(old, Target(Metric.REVENUE, Decimal(90_000)), " ACME ", datetime(2026, 11, 25, 10), True)
    assert [(c.old, c.new, c.reason) for c in new.changes] == [(100_000, 90_000, "ACME")]
    # New wording is not a change of the measure.
    reworded = change_target(new, new._replace(description="Renew ACME"), "", datetime(2026, 11, 25, 11), True)
    assert reworded.changes == new.changes and reworded.description == "Renew ACME"


def test_a_plan_edit_is_planning_before_the_start_and_a_plan_change_after_it():
    record = WeekRecord("2026-W48", plan=uniform_plan({"call": 10}, range(5)))
    edited = uniform_plan({"call": 12}, range(5))
    assert change_plan(record, edited, "", datetime(2026, 11, 23, 8), False).adjustments == ()
    after = change_plan(record, edited, "more leads", datetime(2026, 11, 25, 10), True)
    assert [(a.kind, a.reason) for a in after.adjustments] == [(KIND_EDIT, "more leads")]
    assert change_plan(after, edited, "again", datetime(2026, 11, 25, 11), True) is after  # nothing changed
    first_plan = change_plan(WeekRecord("2026-W48"), edited, "", datetime(2026, 11, 25, 10), True)
    assert first_plan.adjustments == ()  # a week planned late is planned, not changed
