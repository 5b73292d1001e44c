"""The week screen's Footer: every key it shows fits in 120 columns, in both languages."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey, FooterLabel

from weekplanner.domain.activity import BUILTIN_TYPES, ActivityType
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp


@pytest.mark.parametrize("language, week_word", [("en", "Week"), ("zh", "周次")])
async def test_the_footer_fits_four_activity_types_and_help_at_120_columns(repo, clock, language, week_word):
    set_language(language)
    try:
        repo.save_settings(repo.settings.with_changes(
            activity_types=(*BUILTIN_TYPES, ActivityType("demo", "Product demo", hotkey="d")), language=language))
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            keys = list(app.screen.query(FooterKey))
            palette = next(k for k in keys if k.has_class("-command-palette"))
            shown = [k for k in keys if k is not palette]
            assert [k.key_display for k in shown] == ["c", "v", "e", "d", "l", "^z", "t", "p", "[", "]", "r", "?"]
            assert all(k.region.right <= palette.region.x for k in shown)  # none cut off or under the palette key
            assert [label.content for label in app.screen.query(FooterLabel)] == [week_word]
    finally:
        set_language("en")
