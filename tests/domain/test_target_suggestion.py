"""The target offered to a week without one: the goal's share, else last week's target, else the average."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.target_suggestion import FROM_AVERAGE, FROM_GOAL, FROM_LAST_WEEK, suggest_target
from weekplanner.domain.week import Week

W50 = Week(date(2026, 12, 7))


def week_done(label: str, achieved: int) -> WeekSummary:
    week = Week.from_label(label)
    return WeekSummary(label, week.start, None, None, "", "CNY", Decimal(achieved), None)


HISTORY = [week_done("2026-W46", 100000), week_done("2026-W47", 200000), week_done("2026-W48", 300000),
           week_done("2026-W49", 200000), week_done("2026-W45", 900000)]


def test_the_average_of_the_last_four_finished_weeks():
    suggestion = suggest_target(W50, None, HISTORY, Settings())
    assert suggestion.source == FROM_AVERAGE
    assert suggestion.target == Target(Metric.REVENUE, Decimal(200000), currency="CNY")


def test_last_weeks_target_comes_before_the_average():
    last = Target(Metric.COUNT, Decimal(10), unit="new clients", description="east district")
    suggestion = suggest_target(W50, last, HISTORY, Settings())
    assert suggestion.source == FROM_LAST_WEEK and suggestion.target.unit == "new clients"
    assert suggestion.target.changes == ()


def test_the_goal_cascade_comes_first():
    settings = Settings(yearly_goal=Decimal(12_000_000))
    suggestion = suggest_target(W50, Target(Metric.REVENUE, Decimal(1)), HISTORY, settings)
    assert suggestion.source == FROM_GOAL
    # 12,000,000 ÷ the 4 weeks left of 2026, W50 included (weeks without a revenue target count nothing).
    assert suggestion.target.value == Decimal(3_000_000)


def test_nothing_to_go_on():
    assert suggest_target(W50, None, [], Settings()) is None
    assert suggest_target(W50, None, [week_done("2026-W51", 5)], Settings()) is None  # later weeks do not count
