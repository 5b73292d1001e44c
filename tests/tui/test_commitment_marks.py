"""The commitments list persists nothing: the screen saves a mark and redraws the marks as stored."""

from __future__ import annotations

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week

from weekplanner.domain.review import Review
from weekplanner.storage.repository import Repository
from weekplanner.tui.screens.review import ReviewScreen
from weekplanner.tui.widgets import commitments as widget_module
from weekplanner.tui.widgets.commitments import CommitmentList

PLAN = Review(improvements=("Call before 10am", "Book visits early"))


def test_the_widget_module_does_not_reach_the_storage_layer():
    assert not any(name.startswith("weekplanner.storage") for name in
                   (getattr(value, "__module__", "") or "" for value in vars(widget_module).values()))
    assert not hasattr(widget_module, "save_commitment_mark")


async def test_a_mark_that_cannot_be_saved_is_taken_back_on_screen(data_dir, clock):
    with Repository(data_dir, clock=clock) as repo:
        seed_week(repo, LAST_WEEK, review=PLAN)
        seed_week(repo, THIS_WEEK)
    with Repository(data_dir, clock=clock, read_only=True) as read_only:
        async with ScreenHarness(read_only, clock, lambda: ReviewScreen(THIS_WEEK)).run_test(size=(120, 50)) as pilot:
            listed = pilot.app.screen.query_one(CommitmentList)
            listed.focus()
            await pilot.press("enter")
            await pilot.pause()
            assert [c.kept for c in listed.commitments] == [None, None]  # as stored: nothing was saved


async def test_the_review_screen_redraws_the_marks_as_stored(repo, clock):
    seed_week(repo, LAST_WEEK, review=PLAN)
    seed_week(repo, THIS_WEEK)
    async with ScreenHarness(repo, clock, lambda: ReviewScreen(THIS_WEEK)).run_test(size=(120, 50)) as pilot:
        listed = pilot.app.screen.query_one(CommitmentList)
        listed.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert repo.record(THIS_WEEK.label).commitments_kept == {0: True}
        assert [c.kept for c in listed.commitments] == [True, None]
