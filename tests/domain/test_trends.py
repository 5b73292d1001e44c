"""Trend points: the last finished weeks, then the week under way, marked and never "latest"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from weekplanner.domain.summary import WeekSummary, as_of
from weekplanner.domain.trends import latest_finished, trend_weeks
from weekplanner.domain.week import Week

MONDAY = date(2026, 11, 23)  # 2026-W48


def summary(weeks_back: int, percent: int, calls: int = 40, visits: int = 10, deals: int = 2) -> WeekSummary:
    week = Week(MONDAY - timedelta(weeks=weeks_back))
    return WeekSummary(label=week.label, start=week.start, target_value=Decimal(100), target_metric="revenue",
                       target_unit="", currency="CNY", achieved=Decimal(percent), percent=Decimal(percent),
                       planned={"call": 50, "visit": 15}, done={"call": calls, "visit": visits},
                       outcomes={"deal_won": deals})


def test_the_week_under_way_comes_last_marked_and_is_not_latest():
    lived = as_of([summary(0, 14), summary(1, 60), summary(2, 90), summary(3, 110)], MONDAY + timedelta(days=2))
    points = trend_weeks(lived, 2)
    assert [(p.label, p.in_progress) for p in points] == [
        ("2026-W46", False), ("2026-W47", False), ("2026-W48", True)]
    assert latest_finished(points).label == "2026-W47" and latest_finished(points).percent == 60
    assert points[1].done == 50 and points[1].planned == 65
    assert points[1].call_to_visit == Decimal("25.0") and points[1].visit_to_deal == Decimal("20.0")


def test_without_a_week_under_way_the_newest_finished_week_is_latest():
    points = trend_weeks(as_of([summary(1, 60), summary(2, 90)], MONDAY + timedelta(days=9)), 12)
    assert [p.in_progress for p in points] == [False, False]
    assert latest_finished(points).label == points[-1].label


def test_no_weeks_no_points():
    assert trend_weeks([], 12) == [] and latest_finished([]) is None
    only_now = trend_weeks(as_of([summary(0, 14)], MONDAY), 12)
    assert [p.in_progress for p in only_now] == [True] and latest_finished(only_now) is None
