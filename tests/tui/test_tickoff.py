"""Daily follow-up: one-key ticks, log with details, edit/delete, undo/redo, re-balance, rollover."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from textual.widgets import Input, Select

from weekplanner.storage.repository import Repository
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.confirm import ConfirmScreen
from weekplanner.tui.screens.entries import EntriesScreen
from weekplanner.tui.screens.log_form import LogForm
from weekplanner.tui.screens.rebalance import RebalanceScreen
from weekplanner.tui.widgets.activity_log import ActivityLog
from weekplanner.tui.widgets.week_board import WeekBoard

from week_support import board_text, calls_on, seed_week, week_screen

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
        board = screen.query_one(WeekBoard)
        assert board.data.progress.counts[WED] == {"call": 2, "visit": 1}
        assert len(board.data.log.entries) == 3
        assert "Today's log · Wed 25 Nov · 3 done" in board_text(screen)


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
        assert screen.query_one(WeekBoard).data.target.actual == Decimal("0.16")
        assert "¥80,000 of ¥500,000 · 16%" in screen.query_one(WeekBoard).data.target.lines["figures"]


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
        assert screen.query_one(WeekBoard).data.log.entries[0].startswith("14:00  Visits")


async def test_log_for_a_forgotten_day(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("l")
        form = app.screen
        form.query_one("#field-day", Select).value = TUE
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
        await pilot.press("enter")  # the day's entries, the newest highlighted
        entries = app.screen
        assert isinstance(entries, EntriesScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, LogForm)
        assert app.screen.query_one("#field-count", Input).value == "1"
        app.screen.query_one("#field-count", Input).value = "4"
        app.screen.query_one("#field-client", Input).value = "Globex"
        await pilot.press("ctrl+s")
        [entry] = repo.load_week(screen.week).activities
        assert (entry.count, entry.client) == (4, "Globex")
        assert "Calls ×4 · Globex" in str(entries.query_one(ActivityLog).get_option_at_index(0).prompt)

        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert repo.load_week(screen.week).activities == ()
        assert entries.query_one(ActivityLog).option_count == 1  # "Nothing logged yet."
        await pilot.press("escape")
        assert app.screen is screen
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
        week_screen(app)
        await pilot.press("c", "enter", "delete", "n")
        assert calls_on(repo, WED) == 1
        assert isinstance(app.screen, EntriesScreen)


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
        assert "Press b to re-balance" in board_text(screen)
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
        # Moved work counts once: the week still commits to 50 calls, 4 of them moved.
        calls = screen.progress.types["call"]
        assert (calls.done_week, calls.quota_week, calls.moved_week) == (16, 50, 4)
        assert screen.query_one(WeekBoard).data.grid[1][-1] == ("16/50", "total")
        assert "Press b to re-balance" not in board_text(screen)
        # Pressing b again moves nothing twice; the 10 emails that did not fit still do not.
        await pilot.press("b")
        assert app.screen is screen
        assert any("No day left can take more" in message for message in notes(app))
        assert len(repo.record(screen.week.label).adjustments) == 1
        await pilot.press("o")
        assert screen.query_one(WeekBoard).data.grid[1][3] == ("0/10", "today")
        assert "Original plan, before re-balancing" in board_text(screen)


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
        panel = screen.query_one(WeekBoard)
        pace_text = lambda: panel.data.target.lines["pace"]  # noqa: E731
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


async def test_entries_screen_switches_days_and_the_board_follows(repo, clock):
    seed_week(repo, calls={1: 2})  # two calls on Tuesday
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c", "enter")
        log = app.screen.query_one(ActivityLog)
        assert log.option_count == 1 and "Today's log · Wed 25 Nov · 1 done" in str(log.border_title)
        await pilot.press("less_than_sign")
        assert log.option_count == 2 and "Log of Tue 24 Nov · 2 done" in str(log.border_title)
        await pilot.press("escape")
        assert app.screen is screen and screen.log_day == TUE
        assert "Log of Tue 24 Nov · 2 done" in board_text(screen)


async def test_a_long_day_shows_what_fits_and_says_how_many_more(repo, clock):
    seed_week(repo, calls={2: 50})  # fifty calls today
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = week_screen(app)
        await pilot.pause()
        text = board_text(screen)
        shown = text.count("  Calls")
        more = 50 - shown
        assert 10 < shown < 30 and f"… {more} more (Enter: all entries)" in text, text
        assert len(text.splitlines()) <= 27  # the board fits between the header and the Footer: no scrolling


async def test_a_click_on_the_log_opens_the_entries_and_on_a_commitment_marks_it(repo, clock):
    from weekplanner.tui.screens.commitments import CommitmentsScreen

    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("c")
        lines = board_text(screen).splitlines()
        row = next(i for i, line in enumerate(lines) if "Today's log" in line)
        column = lines[row].index("Today's log")
        await pilot.click(WeekBoard, offset=(column + 2, row + 1))
        assert isinstance(app.screen, EntriesScreen)
        await pilot.press("escape")
        row = next(i for i, line in enumerate(lines) if "Call before 10am" in line)
        await pilot.click(WeekBoard, offset=(column + 2, row))
        assert isinstance(app.screen, CommitmentsScreen)  # two commitments: the list to pick from


async def test_a_click_on_a_day_in_the_grid_shows_its_log(repo, clock):
    seed_week(repo, calls={0: 2})  # two calls on Monday; the clock is later in the week
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.pause()
        monday = screen.week.days[0]
        assert screen.log_day != monday
        lines = board_text(screen).splitlines()
        row = next(i for i, line in enumerate(lines) if line.lstrip().startswith("Activity"))
        column = lines[row].index("Mon 23")
        await pilot.click(WeekBoard, offset=(column + 5, row + 2))  # Monday's cell in the Calls row
        await pilot.pause()
        assert screen.log_day == monday
        assert "2 done" in board_text(screen)
        await pilot.click(WeekBoard, offset=(lines[row].index("Tue 24") + 1, row))  # Tuesday's heading
        await pilot.pause()
        assert screen.log_day == screen.week.days[1]


async def test_markup_in_an_entry_is_text_and_a_click_on_it_opens_the_entries(repo, clock):
    from weekplanner.storage.repository import make_activity

    seed_week(repo, review_last_week=False)
    hostile = "[@click=app.quit]ACME[/] [b]x"
    repo.add_activity(make_activity("call", clock.now(), client=hostile), "seed")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.pause()
        lines = board_text(screen).splitlines()
        row = next(i for i, line in enumerate(lines) if "[@click=app.quit]ACME[/]" in line)
        column = lines[row].index("ACME")
        await pilot.click(WeekBoard, offset=(column, row))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, EntriesScreen)
