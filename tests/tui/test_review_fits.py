"""The review form at 80×24 and 120×40: every button and box stays inside the form's width."""

from __future__ import annotations

from textual.widgets import Button

from weekplanner.i18n import set_language

from footer_helpers import footer_keys
from review_helpers import LAST_WEEK, THIS_WEEK, seed_week
from matrix import EVERY_LANGUAGE_AT_EVERY_SIZE
from test_review_screen import review_app


def review_of_this_week(repo, clock, language: str):
    """The review of this week, last week reviewed (so its commitments show), in ``language``."""
    seed_week(repo, LAST_WEEK)
    seed_week(repo, THIS_WEEK)
    set_language(language)
    return review_app(repo, clock)


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_the_review_forms_buttons_stay_inside_its_border(repo, clock, size, language):
    app = review_of_this_week(repo, clock, language)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        body = app.screen.query_one("#review-body")
        inside = body.scrollable_content_region  # within the padding, left of the scrollbar
        boxes = app.screen.query_one("#review-facts").region
        buttons = list(app.screen.query(Button))
        assert {b.id for b in buttons} >= {"add-improvement", "remove-improvement", "save", "skip", "close"}
        for button in buttons:
            assert inside.x <= button.region.x and button.region.right <= inside.right, (button.id, button.region,
                                                                                        inside)
            assert button.region.right <= boxes.right, (button.id, button.region, boxes)
            assert button.region.width >= len(str(button.label)) // 2  # not squeezed to nothing


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_the_review_footer_keeps_save_skip_close_and_help(repo, clock, size, language):
    app = review_of_this_week(repo, clock, language)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown, palette = footer_keys(app)
        assert palette is not None
        assert {"^s", "^n", "esc", "?"} <= {k.key_display for k in shown}
        assert all(k.region.right <= palette.region.x for k in shown) and palette.region.right <= size[0]
