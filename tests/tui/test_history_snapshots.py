"""Snapshots of the history screen (weeks and trends) with the fixed clock."""

from __future__ import annotations

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week

from weekplanner.domain.review import Review
from weekplanner.tui.screens.history import HistoryScreen


def seed(repo) -> None:
    seed_week(repo, THIS_WEEK.previous(2), amount=90_000,
              review=Review(why="客户嫌价格太高", rating=2, tags=("price objection",)))
    seed_week(repo, LAST_WEEK, amount=60_000, calls_per_day=(12, 12, 12, 12, 12),
              review=Review(went_badly="Two no-shows", rating=5, tags=("no-show", "price objection")))
    seed_week(repo, THIS_WEEK, amount=120_000, calls_per_day=(8, 9, 3, 0, 0))


def test_history_weeks_snapshot(snap_compare, repo, clock):
    seed(repo)
    assert snap_compare(ScreenHarness(repo, clock, HistoryScreen), terminal_size=(110, 30))


def test_history_trends_snapshot(snap_compare, repo, clock):
    seed(repo)

    async def open_trends(pilot) -> None:
        await pilot.pause()
        await pilot.press("t")  # the key a rep presses
        await pilot.pause()
        assert pilot.app.screen.query_one("#history-tabs").active == "tab-trends"

    assert snap_compare(ScreenHarness(repo, clock, HistoryScreen), terminal_size=(110, 40), run_before=open_trends)
