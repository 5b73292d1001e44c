"""The history screen: rows from the cached summaries, sorting, opening a week, trends, lesson search."""

from __future__ import annotations

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week
from textual.widgets import DataTable, Input, ListView, Static

from weekplanner.domain.review import Review
from weekplanner.tui.screens.history import SEARCH_DELAY, HistoryScreen
from weekplanner.tui.screens.week_readonly import WeekReadOnlyScreen
from weekplanner.tui.widgets.trend_chart import TrendChart


def history_app(repo, clock):
    return ScreenHarness(repo, clock, HistoryScreen)


def seed_three_weeks(repo):
    seed_week(repo, THIS_WEEK.previous(2), amount=90_000,
              review=Review(went_well="Good demos", why="客户嫌价格太高，报价晚了", rating=2, tags=("price objection",)))
    seed_week(repo, LAST_WEEK, amount=60_000,
              review=Review(went_badly="Two no-shows", rating=5, tags=("no-show", "price objection")))
    seed_week(repo, THIS_WEEK, amount=120_000)


def column(table: DataTable, index: int) -> list[str]:
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def test_rows_newest_first_and_sortable(repo, clock):
    seed_three_weeks(repo)
    async with history_app(repo, clock).run_test(size=(120, 40)) as pilot:
        table = pilot.app.screen.query_one("#history-table", DataTable)
        assert column(table, 0) == ["2026-W48", "2026-W47", "2026-W46"]
        assert [str(cell) for cell in table.get_row_at(1)] == ["2026-W47", "¥100k", "¥60k", "60%", "47 / 65", "★★★★★", "reviewed"]
        assert column(table, 6) == ["in progress", "reviewed", "reviewed"]  # W48 is the week under way
        await pilot.press("s")  # target
        await pilot.press("s")  # achieved, ascending
        assert column(table, 0) == ["2026-W47", "2026-W46", "2026-W48"]
        await pilot.press("r")
        assert column(table, 0) == ["2026-W48", "2026-W46", "2026-W47"]


async def test_enter_opens_the_week_read_only_with_its_review(repo, clock):
    seed_three_weeks(repo)
    async with history_app(repo, clock).run_test(size=(120, 40)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, WeekReadOnlyScreen)
        assert screen.week == LAST_WEEK
        texts = [str(s.render()) for s in screen.query(Static)]
        assert "Two no-shows" in texts
        assert any("achieved ¥60,000 (60%)" in t for t in texts)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, HistoryScreen)


async def test_trends_and_recurring_tags(repo, clock):
    seed_three_weeks(repo)
    async with history_app(repo, clock).run_test(size=(120, 40)) as pilot:
        screen = pilot.app.screen
        assert not screen.query(TrendChart)  # built when first shown
        await pilot.press("t")
        await pilot.pause()
        points = screen.query_one("#trend-achievement", TrendChart).points
        # Achievement and activities, oldest first; W48 is under way: drawn last, marked.
        assert [(float(p.percent), p.done, p.in_progress) for p in points] == [
            (90.0, 47, False), (60.0, 47, False), (120.0, 47, True)]
        tags = str(screen.query_one("#recurring-tags", Static).render())
        assert "'price objection' in 2 of the 2 weeks below target" in tags


async def test_search_finds_a_chinese_phrase_and_filters_by_tag(repo, clock):
    seed_three_weeks(repo)
    async with history_app(repo, clock).run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        screen = pilot.app.screen
        assert screen.focused is screen.query_one("#lesson-search", Input)
        screen.query_one("#lesson-search", Input).value = "价格"  # as an input method would commit it
        await pilot.pause(SEARCH_DELAY + 0.2)
        results = screen.query_one("#lesson-results", ListView)
        assert [item.name for item in results.children] == ["2026-W46"]
        assert "客户嫌价格太高" in str(results.children[0].query_one(Static).render())
        screen.query_one("#lesson-search", Input).value = ""
        screen.query_one("#lesson-tag", Input).value = "Price Objection"
        assert [h.label for h in await screen.run_search()] == ["2026-W47", "2026-W46"]
        assert str(screen.query_one("#lesson-count", Static).render()) == "2 reviews found"


async def test_five_years_of_weeks_open_fast(repo, clock):
    from weekplanner.domain.summary import WeekSummary

    start = THIS_WEEK.previous(260)
    fake = [
        WeekSummary(label=start.next(i).label, start=start.next(i).start, target_value=None, target_metric=None,
                    target_unit="", currency="CNY", achieved=0, percent=None, done={"call": i % 40})
        for i in range(260)
    ]
    repo.history = lambda: list(reversed(fake))
    async with history_app(repo, clock).run_test(size=(120, 40)) as pilot:
        table = pilot.app.screen.query_one("#history-table", DataTable)
        assert table.row_count == 260
        assert column(table, 0)[:2] == [fake[-1].label, fake[-2].label]  # newest first, on screen
        shown = [table.render_line(y).text for y in (1, 2)]  # line 0 is the header
        assert fake[-1].label in shown[0] and fake[-2].label in shown[1]
