"""The week screen: header, navigation, jump, past-week confirmation, commitments, custom keys."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from textual.widgets import Input

from weekplanner.domain.activity import ActivityType
from weekplanner.domain.clock import FixedClock
from weekplanner.domain.week import SUNDAY
from weekplanner.storage.repository import Repository, make_activity
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.confirm import ConfirmScreen
from weekplanner.tui.screens.jump import JumpScreen
from weekplanner.tui.widgets.week_board import WeekBoard

from review_helpers import until
from week_support import board_text, seed_week, week_screen


def header(screen) -> str:
    return str(screen.query_one("#week-header").content)


async def test_header_shows_week_today_and_days_left(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)):
        text = header(week_screen(app))
        assert text.startswith("2026-W48 · 23–29 Nov · Today Wed 25 Nov · 3 workdays left")


async def test_previous_next_and_back_to_this_week(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("left_square_bracket")
        assert screen.week.label == "2026-W47"
        assert "Past week" in header(screen)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert screen.week.label == "2026-W49"
        assert "Future week" in header(screen)
        await pilot.press("full_stop")
        assert screen.week.label == "2026-W48"
        assert screen.progress.target is not None


async def test_navigation_across_the_year_boundary(data_dir):
    clock = FixedClock(datetime(2026, 12, 30, 10, 0))  # 2026 has 53 ISO weeks
    with Repository(data_dir, clock=clock) as repo:
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = week_screen(app)
            assert screen.week.label == "2026-W53"
            assert header(screen).startswith("2026-W53 · 28 Dec 2026 – 3 Jan 2027")
            await pilot.press("right_square_bracket")
            assert screen.week.label == "2027-W01"
            assert screen.week.start == date(2027, 1, 4)
            await pilot.press("left_square_bracket", "left_square_bracket")
            assert screen.week.label == "2026-W52"


async def test_sunday_start_week(data_dir):
    clock = FixedClock(datetime(2026, 11, 22, 19, 0))  # a Sunday evening, planning the week
    with Repository(data_dir, clock=clock) as repo:
        repo.save_settings(repo.settings.with_changes(week_start=SUNDAY))
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = week_screen(app)
            assert screen.week.start == date(2026, 11, 22)
            assert screen.week.label == "2026-W48"
            assert header(screen).startswith("2026-W48 · 22–28 Nov · Today Sun 22 Nov · 5 workdays left")
            days = [text for text, _state in screen.query_one(WeekBoard).data.grid[0][1:-1]]
            assert days[0] == "Mon 23" and days[-1] == "Fri 27"
            await pilot.press("c")  # Sunday is not a workday, but a tick on it still counts
            assert [a.day for a in repo.load_week(screen.week).activities] == [date(2026, 11, 22)]


async def test_jump_to_a_week_and_bad_input_keeps_the_text(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("g")
        assert isinstance(app.screen, JumpScreen)
        await pilot.press(*"2026-W99", "enter")
        assert isinstance(app.screen, JumpScreen)
        assert app.screen.query_one(Input).value == "2026-W99"
        error = str(app.screen.query_one("#jump-error").content)
        assert "2026 has no week 99" in error and "2026-W48" in error
        await pilot.press(*["backspace"] * 2, *"40", "enter")
        assert app.screen is screen
        assert screen.week.label == "2026-W40"
        await pilot.press("g", *"last", "enter")
        assert screen.week.label == "2026-W47"
        await pilot.press("g", *"2027-01-01", "enter")
        assert screen.week.label == "2026-W53"


async def test_editing_a_past_week_asks_first(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("left_square_bracket", "p")
        assert isinstance(app.screen, ConfirmScreen)
        assert "2026-W47 is over" in str(app.screen.query_one("#confirm-question").content)
        await pilot.press("n")
        assert app.screen is screen
        await pilot.press("t")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        from weekplanner.tui.screens.target_form import TargetForm

        assert isinstance(app.screen, TargetForm)
        assert app.screen.week.label == "2026-W47"


async def test_this_week_plan_opens_without_asking(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        from weekplanner.tui.screens.quota_form import QuotaForm

        assert isinstance(app.screen, QuotaForm)


async def test_commitments_are_marked_in_a_list_and_the_board_shows_the_marks(repo, clock):
    from weekplanner.tui.screens.commitments import CommitmentsScreen

    seed_week(repo)  # last week's review planned two improvements
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.pause()
        await pilot.press("k")
        assert isinstance(app.screen, CommitmentsScreen)
        await pilot.press("enter")  # the first: kept
        await pilot.press("down", "enter", "enter")  # the second: kept, then not kept
        await pilot.pause()
        assert repo.record(screen.week.label).commitments_kept == {0: True, 1: False}
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert [c.kept for c in screen.commitments] == [True, False]
        text = board_text(screen)
        assert "✓ Call before 10am  (kept)" in text and "✗ Book visits early  (not kept)" in text


async def test_a_single_commitment_is_marked_by_k_alone(repo, clock):
    from weekplanner.domain.record import WeekRecord
    from weekplanner.domain.review import Review

    seed_week(repo)
    previous = repo.week(clock.today()).previous()
    repo.save_record(WeekRecord(previous.label, review=Review(improvements=("Call before 10am",))), "one")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.pause()
        await pilot.press("k")
        assert app.screen is screen
        assert repo.record(screen.week.label).commitments_kept == {0: True}
        await pilot.press("k")
        assert repo.record(screen.week.label).commitments_kept == {0: False}
        assert "✗ Call before 10am  (not kept)" in board_text(screen)


async def test_custom_type_gets_its_hotkey_or_a_number(repo, clock):
    seed_week(repo)
    types = repo.settings.activity_types + (ActivityType("demo", "Demos", hotkey="m"), ActivityType("lunch", "Lunches"))
    repo.save_settings(repo.settings.with_changes(activity_types=types))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        await pilot.press("m", "1", "1")
        done = {a.type: 0 for a in repo.load_week(screen.week).activities}
        for a in repo.load_week(screen.week).activities:
            done[a.type] += 1
        assert done == {"demo": 1, "lunch": 2}
        assert screen.progress.types["lunch"].done_today == 2


async def test_streak_counts_earlier_weeks_in_the_background(repo, clock):
    from weekplanner.domain.plan import uniform_plan
    from weekplanner.domain.record import WeekRecord
    from weekplanner.storage.repository import make_activity

    last = repo.week().previous()
    repo.save_record(WeekRecord(last.label, plan=uniform_plan({"call": 1}, range(5))), "plan")
    for day in last.days[2:5]:  # Wed, Thu, Fri of last week met; Tue missed
        repo.add_activity(make_activity("call", datetime.combine(day, datetime.min.time())))
    this = repo.week()
    repo.save_record(WeekRecord(this.label, plan=uniform_plan({"call": 1}, range(5))), "plan")
    for day in this.days[0:2]:
        repo.add_activity(make_activity("call", datetime.combine(day, datetime.min.time())))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = week_screen(app)
        # The earlier weeks are counted in a worker started after the first frame: wait for it.
        await until(pilot, lambda: screen.streak_days() == 5, timeout=10)
        assert "Streak 5 days" in header(screen)
        await pilot.press("c")  # today met too
        assert screen.streak_days() == 6


@pytest.mark.parametrize("language, monday, friday", [("en", "Mon 23", "Fri 27"), ("zh", "周一 23", "周五 27")])
async def test_the_grid_never_cuts_day_names_or_totals(repo, clock, language, monday, friday):
    """From 80 columns up the whole grid shows: the log moves under it, or gives way beside it, rather than
    squeezing it; Chinese day names are a cell wider than English ones."""
    from weekplanner.i18n import set_language

    seed_week(repo, calls={0: 13, 1: 13})
    repo.add_activity(make_activity("call", datetime(2026, 11, 23, 9, 0), count=117), "a busy Monday")
    types = repo.settings.activity_types + (ActivityType("demo", "Product demo"),)  # a long name of the rep's own
    repo.save_settings(repo.settings.with_changes(activity_types=types))
    set_language(language)
    for width in (80, 100, 110, 118, 120, 130):
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.pause()
            text = board_text(week_screen(app))
            header = [line for line in text.splitlines() if monday in line]
            calls = [line for line in text.splitlines() if "130/10" in line]  # Monday's cell of the calls row
            assert len(header) == 1 and friday in header[0] and "…" not in header[0], (width, text)
            assert len(calls) == 1 and "143/50" in calls[0], (width, text)  # the week's total, uncut


async def test_commitments_marked_in_the_review_show_on_the_board_after_it(repo, clock):
    from weekplanner.tui.screens.review import ReviewScreen
    from weekplanner.tui.widgets.commitments import CommitmentList

    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 50)) as pilot:
        screen = week_screen(app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        app.screen.query_one(CommitmentList).focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert "✓ Call before 10am  (kept)" in board_text(screen)


async def test_the_arrows_scroll_a_board_taller_than_the_terminal_and_nothing_takes_the_focus(repo, clock):
    from textual.containers import VerticalScroll

    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = week_screen(app)
        board = screen.query_one("#week-main", VerticalScroll)
        assert screen.focused is None and board.max_scroll_y >= 2
        await pilot.press("down")
        assert board.scroll_target_y == 1
        await pilot.press("pagedown")
        assert board.scroll_target_y == board.max_scroll_y
        await pilot.press("up")
        assert board.scroll_target_y == board.max_scroll_y - 1
        await pilot.press("pageup")
        assert board.scroll_target_y == 0
        await pilot.press("l")  # a form opens and closes: the week screen still has nothing focused
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.focused is None


async def test_a_widget_is_restyled_for_a_class_change_only_once_it_is_in_the_dom(repo, clock, monkeypatch):
    """An Input built with a value (its validity class) and compact is styled when it mounts, not before."""
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        restyled: list[object] = []
        textuals = type(app.stylesheet).update_nodes

        def spying(sheet, nodes, animate=False):
            nodes = list(nodes)
            restyled.extend(nodes)
            return textuals(sheet, nodes, animate)

        monkeypatch.setattr(type(app.stylesheet), "update_nodes", spying)
        field = Input("5", compact=True)
        assert field.has_class("-valid", "-textual-compact") and field not in restyled
        await week_screen(app).mount(field)
        await pilot.pause()
        assert field.styles.height.value == 1  # compact: styled as it mounted
        field.add_class("-invalid")  # in the DOM: restyled at once
        assert field in restyled
