"""Daily follow-up: one-key ticks, log with details, edit/delete, undo/redo, re-balance, rollover."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from textual.widgets import Input, OptionList, Select

from weekplanner.storage.repository import Repository
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.confirm import ConfirmScreen
from weekplanner.tui.screens.log_form import LogForm
from weekplanner.tui.screens.rebalance import RebalanceScreen
from weekplanner.tui.widgets.target_panel import TargetPanel

from week_support import calls_on, seed_week, week_screen

WED = date(2026, 11, 25)
TUE = date(2026, 11, 24)


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_tick_is_on_disk_and_on_screen(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c", "c", "v")
        assert calls_on(repo, WED) == 2
        visits = [a for a in repo.load_week(screen.week).activities if a.type == "visit"]
        assert len(visits) == 1 and visits[0].at == clock.now()
        assert screen.progress.types["call"].done_today == 2
        assert screen.progress.types["visit"].done_week == 1
        grid = screen.query_one("QuotaGrid")
        assert grid._counts[WED] == {"call": 2, "visit": 1}
        assert screen.query_one("#activity-log", OptionList).option_count == 3


async def test_undo_redo_chain_with_notifications(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c", "c", "v")
        await pilot.press("ctrl+z")
        assert "Undone: log 1 Visits" in notes(app)
        await pilot.press("ctrl+z")
        assert calls_on(repo, WED) == 1
        assert screen.progress.types["call"].done_today == 1
        assert screen.progress.types["visit"].done_today == 0
        await pilot.press("ctrl+y")
        assert calls_on(repo, WED) == 2
        assert screen.progress.types["call"].done_today == 2
        assert "Redone: log 1 Calls" in notes(app)
        await pilot.press("ctrl+y", "ctrl+y")
        assert screen.progress.types["visit"].done_today == 1
        assert "Nothing to redo." in notes(app)


async def test_log_with_details_moves_the_target_bar(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("l")
        assert isinstance(app.screen, LogForm)
        form = app.screen
        form.query_one("#field-type", Select).value = "visit"
        form.query_one("#field-client", Input).value = "ACME Trading"
        form.query_one("#field-outcome", Input).value = "deal won"
        form.query_one("#field-amount", Input).value = "8万"
        await pilot.press("ctrl+s")
        assert app.screen is screen
        [entry] = repo.load_week(screen.week).activities
        assert (entry.type, entry.client, entry.outcome, entry.amount) == ("visit", "ACME Trading", "deal_won", Decimal(80000))
        assert screen.progress.achieved == Decimal(80000)
        assert screen.query_one(TargetPanel).actual == Decimal("0.16")
        assert "¥80,000 of ¥500,000 · 16%" in screen.query_one(TargetPanel).lines["figures"]


async def test_log_form_keeps_text_and_shows_errors(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("l")
        form = app.screen
        form.query_one("#field-amount", Input).value = "lots"
        form.query_one("#field-time", Input).value = "25:00"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, LogForm)
        assert "'lots' is not an amount." in str(form.query_one("#error-amount").content)
        assert "'25:00' is not a real time." in str(form.query_one("#error-time").content)
        assert form.query_one("#field-amount", Input).value == "lots"
        assert repo.load_week(repo.week()).activities == ()


async def test_logged_entry_keeps_the_time_it_was_logged_at(repo, clock):
    """Time left as shown: the entry is the newest in today's log, not before the ticks of the same minute."""
    seed_week(repo)
    clock.at = datetime(2026, 11, 25, 14, 0, 40)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c")
        clock.at = datetime(2026, 11, 25, 14, 0, 50)
        await pilot.press("l")
        app.screen.query_one("#field-type", Select).value = "visit"
        await pilot.press("ctrl+s")
        assert [(a.type, a.at) for a in repo.load_week(screen.week).activities] == [
            ("call", datetime(2026, 11, 25, 14, 0, 40)),
            ("visit", datetime(2026, 11, 25, 14, 0, 50)),
        ]
        log = screen.query_one("#activity-log", OptionList)
        assert "Visits" in str(log.get_option_at_index(0).prompt)


async def test_log_for_a_forgotten_day(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("l")
        form = app.screen
        form.query_one("#field-day", Select).value = TUE.isoformat()
        form.query_one("#field-time", Input).value = "16:30"
        form.query_one("#field-count", Input).value = "3"
        await pilot.press("ctrl+s")
        assert calls_on(repo, TUE) == 3
        assert [a.at for a in repo.load_week(screen.week).activities] == [datetime(2026, 11, 24, 16, 30)]
        assert screen.log_day == TUE


async def test_edit_and_delete_entries_with_undo(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c")
        log = screen.query_one("#activity-log", OptionList)
        log.focus()
        log.highlighted = 0
        await pilot.press("enter")
        assert isinstance(app.screen, LogForm)
        assert app.screen.query_one("#field-count", Input).value == "1"
        app.screen.query_one("#field-count", Input).value = "4"
        app.screen.query_one("#field-client", Input).value = "Globex"
        await pilot.press("ctrl+s")
        [entry] = repo.load_week(screen.week).activities
        assert (entry.count, entry.client) == (4, "Globex")
        assert screen.progress.types["call"].done_today == 4

        log.focus()
        log.highlighted = 0
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert repo.load_week(screen.week).activities == ()
        assert screen.progress.types["call"].done_today == 0

        await pilot.press("ctrl+z")  # brings the deleted entry back
        [entry] = repo.load_week(screen.week).activities
        assert (entry.count, entry.client) == (4, "Globex")
        await pilot.press("ctrl+z")  # takes the edit back
        [entry] = repo.load_week(screen.week).activities
        assert (entry.count, entry.client) == (1, "")
        assert screen.progress.types["call"].done_today == 1


async def test_delete_can_be_declined(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c")
        screen.query_one("#activity-log", OptionList).focus()
        await pilot.press("delete", "n")
        assert calls_on(repo, WED) == 1


async def test_read_only_window_does_not_tick(repo, clock, data_dir):
    seed_week(repo)
    reader = Repository(data_dir, read_only=True, clock=clock)
    app = WeekPlannerApp(reader, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c")
        assert calls_on(repo, WED) == 0
        assert screen.progress.types["call"].done_today == 0
        assert any("read-only" in message for message in notes(app))


async def test_rebalance_applies_the_proposal(repo, clock):
    seed_week(repo, calls={0: 10, 1: 6})  # Tuesday is 4 calls short; visits and emails were skipped
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        assert screen.query_one("#rebalance-hint").display
        await pilot.press("b")
        assert isinstance(app.screen, RebalanceScreen)
        proposal = app.screen.proposal
        assert proposal.shortfall == {"call": 4, "visit": 6, "email": 40}
        assert proposal.moved == {"call": 4, "visit": 6, "email": 30}
        assert proposal.unplaced == {"email": 10}
        await pilot.press("ctrl+s")  # no reason yet
        assert isinstance(app.screen, RebalanceScreen)
        await pilot.press(*"sick day")
        await pilot.press("enter")
        assert app.screen is screen
        record = repo.record(screen.week.label)
        thu, fri = date(2026, 11, 26), date(2026, 11, 27)
        assert [record.plan.quota(d, "call") for d in (WED, thu, fri)] == [12, 11, 11]
        assert [record.plan.quota(d, "visit") for d in (WED, thu, fri)] == [5, 5, 5]
        assert [record.plan.quota(d, "email") for d in (WED, thu, fri)] == [30, 30, 30]
        assert record.original_plan.quota(WED, "call") == 10
        [adjustment] = record.adjustments
        assert (adjustment.kind, adjustment.reason) == ("rebalance", "sick day")
        assert screen.progress.types["call"].quota_today == 12
        assert not screen.query_one("#rebalance-hint").display
        await pilot.press("o")
        assert screen.query_one("QuotaGrid")._plan.quota(WED, "call") == 10


async def test_nothing_to_rebalance(repo, clock):
    seed_week(repo, calls={0: 10, 1: 10})
    repo.save_record(repo.record(repo.week().label).with_changes(
        plan=repo.record(repo.week().label).plan.with_type("visit", {}).with_type("email", {})), "calls only")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("b")
        assert not isinstance(app.screen, RebalanceScreen)
        assert any("nothing to re-balance" in message for message in notes(app))


async def test_pace_and_forecast_at_fixed_times(repo, clock):
    seed_week(repo)
    from weekplanner.storage.repository import make_activity

    repo.add_activity(make_activity("visit", datetime(2026, 11, 23, 15, 0), outcome="deal_won", amount=Decimal(120000)))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        panel = screen.query_one("TargetPanel")
        pace_text = lambda: panel.lines["pace"]  # noqa: E731
        assert panel.has_class("-behind")
        assert pace_text() == "Behind: expected 51.1% by now · At this rate: 47% of target by Fri"

        repo.add_activity(make_activity("visit", datetime(2026, 11, 25, 11, 0), amount=Decimal(180000)))
        clock.at = datetime(2026, 11, 25, 14, 0)
        screen.show_week(screen.week)
        assert panel.has_class("-ahead")
        assert pace_text().startswith("Ahead: expected 51.1% by now · At this rate: 117.4% of target by Fri")

        clock.at = datetime(2026, 11, 27, 18, 0)
        screen.check_clock()
        await pilot.pause()
        assert panel.has_class("-behind")
        assert pace_text() == "Behind: expected 100% by now · Week ended at 60% of target"


async def test_day_rollover_moves_to_the_new_day_and_week(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        clock.at = datetime(2026, 11, 26, 0, 1)
        screen.check_clock()
        assert screen.today == date(2026, 11, 26)
        assert screen.log_day == date(2026, 11, 26)
        await pilot.press("c")
        assert calls_on(repo, date(2026, 11, 26)) == 1

        clock.at = datetime(2026, 11, 30, 8, 0)  # next Monday
        screen.check_clock()
        assert screen.week.label == "2026-W49"
        assert "2026-W49" in str(screen.query_one("#week-header").content)
        await pilot.press("c")
        assert calls_on(repo, date(2026, 11, 30)) == 1


async def test_ticks_on_another_week_are_refused(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("left_square_bracket", "c")
        assert calls_on(repo, WED) == 0
        assert any("Ticks count for today" in message for message in notes(app))
