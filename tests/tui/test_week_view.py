"""The week screen's view model, without a pilot: one pure function from the week's data to the board."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from weekplanner.domain.activity import Activity
from weekplanner.domain.changes import change_plan
from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.rebalance import apply_rebalance, propose_rebalance
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.tui.week_view import week_view

W48 = Week.from_label("2026-W48")
MON, TUE, WED = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)
SETTINGS = Settings()


def _calls(day: date, n: int) -> Activity:
    return Activity(f"c-{day}-{n}", "call", datetime.combine(day, datetime.min.time()).replace(hour=11), n)


def _view(record, activities, now, **options):
    return week_view(W48, record, activities, None, SETTINGS, now, log_day=now.date(), **options)


def _twelve_calls_missed_monday_and_tuesday():
    record = WeekRecord("2026-W48", target=Target(Metric.COUNT, Decimal(10), unit="new clients"),
                        plan=uniform_plan({"call": 12}, range(5)))
    return record, [_calls(MON, 4), _calls(TUE, 5)]


def test_the_hint_offers_a_rebalance_once_and_the_total_keeps_the_commitment():
    record, activities = _twelve_calls_missed_monday_and_tuesday()
    wednesday = datetime(2026, 11, 25, 10)
    view = _view(record, activities, wednesday)
    assert "Calls 15 short" in view.hint and "Press b" in view.hint
    proposal = propose_rebalance(record, view.progress.counts, W48, SETTINGS.workdays, wednesday,
                                 SETTINGS.rebalance_cap)
    rebalanced = apply_rebalance(record, proposal, "trade fair", wednesday)
    after = _view(rebalanced, activities, wednesday.replace(hour=11))
    assert after.hint == ""
    calls = after.grid[1]
    assert [text for text, _state in calls[1:]] == ["4/12", "5/12", "0/17", "0/17", "0/17", "9/60"]
    assert after.grid_title.startswith("Plan re-balanced Wed 25 Nov: trade fair")
    original = _view(rebalanced, activities, wednesday.replace(hour=11), show_original=True)
    assert [text for text, _state in original.grid[1][1:]] == ["4/12", "5/12", "0/12", "0/12", "0/12", "9/60"]


def test_no_hint_after_the_last_working_hour_of_the_week():
    record, activities = _twelve_calls_missed_monday_and_tuesday()
    assert "Press b" in _view(record, activities, datetime(2026, 11, 27, 17, 0)).hint
    assert _view(record, activities, datetime(2026, 11, 27, 18, 30)).hint == ""
    assert _view(record, activities, datetime(2026, 11, 28, 10, 0)).hint == ""


def test_a_hand_edit_reads_plan_changed_not_rebalanced():
    record, activities = _twelve_calls_missed_monday_and_tuesday()
    edited = change_plan(record, uniform_plan({"call": 10}, range(5)), "", datetime(2026, 11, 25, 10), True)
    title = _view(edited, activities, datetime(2026, 11, 25, 11)).grid_title
    assert title.startswith("Plan changed Wed 25 Nov: no reason given")


def test_the_header_shows_the_streak_only_for_the_current_week():
    record, activities = _twelve_calls_missed_monday_and_tuesday()
    view = _view(record, activities, datetime(2026, 11, 25, 10), streak=3)
    assert view.header == "2026-W48 · 23–29 Nov · Today Wed 25 Nov · 3 workdays left · Streak 3 days"
    past = week_view(W48, record, activities, None, SETTINGS, datetime(2026, 12, 2, 10), log_day=MON, streak=3)
    assert "Past week" in past.header and "Streak" not in past.header and past.hint == ""
