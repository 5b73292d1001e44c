"""Snapshots of the review screen with the fixed clock (2026-11-25 14:00)."""

from __future__ import annotations

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week

from weekplanner.domain.review import Review
from weekplanner.tui.screens.review import ReviewScreen


async def settle(pilot) -> None:
    await pilot.pause()
    pilot.app.screen.query_one("#went-well").blur()  # no blinking cursor in the picture
    await pilot.pause()


def test_review_screen_snapshot(snap_compare, repo, clock):
    seed_week(repo, LAST_WEEK, calls_per_day=(10, 10, 10, 10, 10),
              review=Review(went_well="Good demos", improvements=("Confirm every visit the day before",
                                                                  "每天上午先打电话"), rating=3))
    seed_week(repo, THIS_WEEK, calls_per_day=(12, 12, 4, 0, 0), amount=40_000)
    repo.save_record(repo.record(THIS_WEEK.label).with_changes(commitments_kept={0: True}), "mark")
    app = ScreenHarness(repo, clock, lambda: ReviewScreen(THIS_WEEK))
    assert snap_compare(app, terminal_size=(110, 60), run_before=settle)
