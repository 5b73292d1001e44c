"""A saved review reopens exactly as saved, from the week screen (r) and from history (h → Enter → e)."""

from __future__ import annotations

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week, until
from textual.widgets import Input, Static, TextArea

from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.history import HistoryScreen
from weekplanner.tui.screens.review import ReviewScreen
from weekplanner.tui.screens.week_readonly import WeekReadOnlyScreen


async def write_review_typing_the_rating_last(pilot, repo, label: str) -> None:
    """Words first (the draft is kept), then rating and tags, then ctrl+s before the next draft."""
    await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
    await pilot.press(*"Steady calls")
    await until(pilot, lambda: repo.record(label).review_draft is not None)
    pilot.app.screen.query_one("#rating", Input).focus()
    await pilot.press("4")
    pilot.app.screen.query_one("#tags", Input).focus()
    await pilot.press(*"pipeline")
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not isinstance(pilot.app.screen, ReviewScreen))


def assert_form_shows_the_saved_review(screen) -> None:
    assert screen.query_one("#went-well", TextArea).text == "Steady calls"
    assert screen.query_one("#rating", Input).value == "4"
    assert screen.query_one("#tags", Input).value == "pipeline"


async def test_review_reopened_from_the_week_screen_is_the_saved_one(repo, clock):
    seed_week(repo, LAST_WEEK)
    seed_week(repo, THIS_WEEK)
    async with WeekPlannerApp(repo, clock=clock).run_test(size=(120, 50)) as pilot:
        await pilot.press("r")
        await write_review_typing_the_rating_last(pilot, repo, THIS_WEEK.label)
        saved = repo.record(THIS_WEEK.label).review
        assert (saved.rating, saved.tags) == (4, ("pipeline",))
        assert repo.record(THIS_WEEK.label).review_draft is None

        await pilot.press("r")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
        assert_form_shows_the_saved_review(pilot.app.screen)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(pilot.app.screen, ReviewScreen))
    assert repo.record(THIS_WEEK.label).review == saved


async def test_review_edited_from_history_reopens_as_saved_and_shows_on_the_week(repo, clock):
    seed_week(repo, THIS_WEEK.previous(2))
    seed_week(repo, LAST_WEEK)
    seed_week(repo, THIS_WEEK)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=(120, 50)) as pilot:
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, WeekReadOnlyScreen))
        assert pilot.app.screen.week == LAST_WEEK
        await pilot.press("e")
        await write_review_typing_the_rating_last(pilot, repo, LAST_WEEK.label)
        assert repo.record(LAST_WEEK.label).review.rating == 4
        readonly = pilot.app.screen
        assert isinstance(readonly, WeekReadOnlyScreen)
        await until(pilot, lambda: "★★★★" in [str(s.render()) for s in readonly.query(Static)])
        await pilot.press("e")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
        assert_form_shows_the_saved_review(pilot.app.screen)
