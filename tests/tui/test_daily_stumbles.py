"""The smaller stumbles of the daily loop: k's cycle, future commitments, same-second order, the
week's end in the header, an early forecast, the tag filter's completion."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from review_helpers import ScreenHarness
from textual.widgets import Input, Static

from weekplanner.domain.clock import FixedClock
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.i18n import set_language
from weekplanner.storage.repository import Repository, make_activity
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.history import HistoryScreen
from weekplanner.tui.widgets.week_board import WeekBoard

from week_support import board_text, seed_week, week_screen
from matrix import EACH_LANGUAGE_AND_SIZE_ONCE

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])


def header(app) -> str:
    return str(week_screen(app).query_one("#week-header").content)


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_k_cycles_kept_not_kept_and_back_to_not_marked(repo, clock, size, language):
    seed_week(repo)
    previous = repo.week().previous()
    repo.save_record(WeekRecord(previous.label, review=Review(improvements=("Call before 10am",))), "one")
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    label = repo.week().label
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        marks = []
        for _press in range(3):
            await pilot.press("k")
            marks.append(dict(repo.record(label).commitments_kept))
        assert marks == [{0: True}, {0: False}, {}]
        assert [c.kept for c in week_screen(app).commitments] == [None]


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_a_future_weeks_commitments_cannot_be_marked(repo, clock, size, language):
    seed_week(repo)
    this_week = repo.week()
    repo.save_record(WeekRecord(this_week.label, review=Review(improvements=("Book visits early",))), "review")
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("right_square_bracket", "k")
        await pilot.pause()
        assert app.screen is week_screen(app)
        assert any("has not started" in str(n.message) or "还没开始" in str(n.message) for n in app._notifications)
    assert repo.record(this_week.next().label).commitments_kept == {}


@SIZES
async def test_entries_of_the_same_second_keep_their_order(repo, clock, size):
    seed_week(repo)
    at = datetime(2026, 11, 25, 13, 0, 5)
    for kind in ("visit", "call", "email", "call", "visit"):
        repo.add_activity(make_activity(kind, at))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        entries = week_screen(app).query_one(WeekBoard).data.log.entries
        assert [e.split()[1] for e in entries[:5]] == ["Visits", "Calls", "Emails", "Calls", "Visits"]  # newest first
    assert [a.type for a in repo.load_week(repo.week()).activities] == ["visit", "call", "email", "call", "visit"]


@SIZES
@pytest.mark.parametrize("language, left", [("en", "No workdays left this week"), ("zh", "本周工作日已结束")])
async def test_after_the_last_workday_no_workday_is_left_and_no_rebalance_is_offered(data_dir, size, language, left):
    with Repository(data_dir, clock=FixedClock(datetime(2026, 11, 27, 19, 0))) as repo:  # Friday evening
        seed_week(repo, calls={0: 2})
        set_language(language)
        app = WeekPlannerApp(repo, clock=repo.clock)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            assert left in header(app)
            assert "1 workday left" not in header(app)
            assert week_screen(app).query_one(WeekBoard).data.hint == ""
            assert "Press b" not in board_text(week_screen(app))


@SIZES
async def test_no_forecast_at_monday_morning(data_dir, size):
    with Repository(data_dir, clock=FixedClock(datetime(2026, 11, 23, 9, 30))) as repo:
        seed_week(repo)
        repo.add_activity(make_activity("visit", datetime(2026, 11, 23, 9, 20), amount=Decimal(100_000)))
        app = WeekPlannerApp(repo, clock=repo.clock)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            view = week_screen(app).view
            assert view.progress.forecast is None
            assert "At this rate" not in board_text(week_screen(app))


@SIZES
async def test_the_tag_filter_uses_the_completion_it_shows(repo, clock, size):
    from review_helpers import LAST_WEEK, THIS_WEEK
    from review_helpers import seed_week as seed_reviewed_week

    seed_reviewed_week(repo, THIS_WEEK.previous(2), amount=90_000, review=Review(went_well="Demos", tags=("training",)))
    seed_reviewed_week(repo, LAST_WEEK, amount=60_000, review=Review(went_badly="No-shows", tags=("no-show",)))
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=size) as pilot:
        await pilot.press("slash")
        screen = pilot.app.screen
        screen.query_one("#lesson-tag", Input).value = "train"
        assert [h.label for h in await screen.run_search()] == [THIS_WEEK.previous(2).label]
        assert str(screen.query_one("#lesson-count", Static).render()).startswith("1 ")


@SIZES
@pytest.mark.parametrize("language, titles", [
    ("en", {"r": "2026-W48 · 23–29 Nov · Review · Today Wed 25 Nov", "h": "History · Today Wed 25 Nov",
            "x": "2026-W48 · 23–29 Nov · Export summary · Today Wed 25 Nov"}),
    ("zh", {"r": "复盘 · 今天 11月25日 周三", "h": "历史 · 今天 11月25日 周三", "x": "导出周报 · 今天 11月25日 周三"}),
])
async def test_review_history_and_export_have_the_week_screens_header(repo, clock, size, language, titles):
    from weekplanner.tui.widgets.screen_header import ScreenHeader

    seed_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        for key, title in titles.items():
            await pilot.press(key)
            await pilot.pause()
            header_line = app.screen.query_one(ScreenHeader)
            assert title in str(header_line.render())
            assert header_line.region.y == 0 and header_line.region.height == 1
            await pilot.press("escape")
            await pilot.pause()
