"""The review reminder: due after the last workday ends or for an unreviewed last week; shown once."""

from __future__ import annotations

from datetime import datetime

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week

from weekplanner.domain.review import Review
from weekplanner.tui.review_prompt import maybe_prompt_review, week_to_review
from weekplanner.tui.screens.history import HistoryScreen


def test_nothing_is_due_for_untouched_weeks(repo, clock):
    assert week_to_review(repo, clock.now()) is None


def test_last_week_without_a_review_is_due(repo, clock):
    seed_week(repo, LAST_WEEK)
    assert week_to_review(repo, clock.now()) == (LAST_WEEK, False)
    repo.save_record(repo.record(LAST_WEEK.label).with_changes(review=Review(skipped=True)), "skip")
    assert week_to_review(repo, clock.now()) is None


def test_this_week_is_due_once_its_last_workday_ends(repo, clock):
    seed_week(repo, THIS_WEEK)
    assert week_to_review(repo, datetime(2026, 11, 27, 17, 59)) is None
    assert week_to_review(repo, datetime(2026, 11, 27, 18, 0)) == (THIS_WEEK, True)


async def test_the_reminder_is_shown_once_per_week(repo, clock):
    seed_week(repo, LAST_WEEK)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test() as pilot:
        assert maybe_prompt_review(pilot.app) == LAST_WEEK.label
        assert maybe_prompt_review(pilot.app) is None
        await pilot.pause()
        assert len(pilot.app._notifications) == 1
        assert "Last week (2026-W47) has no review yet" in list(pilot.app._notifications)[0].message


async def test_the_app_opens_on_the_week_and_then_reminds(repo, clock):
    from weekplanner.tui.app import WeekPlannerApp
    from weekplanner.tui.screens.week import WeekScreen

    seed_week(repo, LAST_WEEK)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack] == [WeekScreen]
        messages = [notification.message for notification in app._notifications]
        assert messages == [f"Last week ({LAST_WEEK.label}) has no review yet. Press [ to go back to it, "
                            "then r to write or skip it."]
