"""Only lived days and weeks count: history, trends, weekday rates and streaks as of a date."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from weekplanner.domain.activity import Activity
from weekplanner.domain.insights import weekday_performance
from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.progress import settled, streak_as_of
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.summary import as_of, summarise, week_state
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week

W48 = Week.from_label("2026-W48")
W49 = W48.next()
WED = date(2026, 11, 25)


def _calls(day: date, n: int) -> Activity:
    return Activity(f"c-{day}-{n}", "call", datetime.combine(day, datetime.min.time()).replace(hour=10), n)


def test_a_week_is_future_in_progress_or_finished():
    assert week_state(W49.start, WED) == "future"
    assert week_state(W48.start, WED) == "in_progress"
    assert week_state(W48.start, W48.end) == "in_progress"
    assert week_state(W48.start, W49.start) == "finished"


def test_next_weeks_target_is_not_history_and_days_to_come_are_not_missed():
    plan = uniform_plan({"call": 10}, range(5))
    this_week = summarise(W48, WeekRecord(W48.label, plan=plan),
                          [_calls(W48.start, 10), _calls(date(2026, 11, 24), 10)])
    next_week = summarise(W49, WeekRecord(W49.label, target=Target(Metric.REVENUE, Decimal(1000)), plan=plan), [])
    lived = as_of([next_week, this_week], WED)
    assert [s.label for s in lived] == ["2026-W48"]
    assert lived[0].days_met == ((W48.start, True), (date(2026, 11, 24), True))
    performance = weekday_performance(lived)
    assert {s.weekday: (s.met, s.total) for s in performance.stats} == {0: (1, 1), 1: (1, 1)}


def test_today_counts_once_it_is_met():
    results = [(date(2026, 11, 24), True), (WED, False), (date(2026, 11, 26), False)]
    assert settled(results, WED) == [(date(2026, 11, 24), True)]
    assert settled([(WED, True)], WED) == [(WED, True)]


def test_the_streak_walks_back_across_weeks():
    plan = uniform_plan({"call": 10}, range(5))
    met_days = [W48.start.replace(day=d) for d in range(23, 28)] + [date(2026, 11, 30)]
    weeks = {W48.label: (plan, [_calls(d, 10) for d in met_days[:5]]),
             W49.label: (plan, [_calls(met_days[5], 10)])}

    def load(week: Week):
        return weeks.get(week.label)

    tuesday = date(2026, 12, 1)
    assert streak_as_of(load, W49, tuesday) == 6  # Mon–Fri of W48, Monday of W49; Tuesday is still open
