"""The week screen's Footer: every key it shows fits in 120 columns, in both languages."""

from __future__ import annotations

import pytest

from weekplanner.domain.activity import BUILTIN_TYPES, ActivityType
from weekplanner.i18n import set_language
from weekplanner.compat.textual_api import FooterLabel
from weekplanner.tui.app import WeekPlannerApp

from footer_helpers import footer_keys


@pytest.mark.parametrize("language, week_word", [("en", "Week"), ("zh", "周次")])
async def test_the_footer_fits_four_activity_types_and_help_at_120_columns(repo, clock, language, week_word):
    set_language(language)
    try:
        repo.save_settings(repo.settings.with_changes(
            activity_types=(*BUILTIN_TYPES, ActivityType("demo", "Product demo", hotkey="d")), language=language))
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            shown, palette = footer_keys(app)
            assert palette is not None
            assert [k.key_display for k in shown] == ["c", "v", "e", "d", "l", "^z", "t", "p", "[", "]", "r", "?"]
            assert all(k.region.right <= palette.region.x for k in shown)  # none cut off or under the palette key
            assert [label.content for label in app.screen.query(FooterLabel)] == [week_word]
    finally:
        set_language("en")


async def _footer_when(pilot, ready):
    """The Footer's keys once ``ready(shown, palette)`` holds (the Footer rebuilds after a refresh)."""
    for _attempt in range(50):
        await pilot.pause()
        shown, palette = footer_keys(pilot.app)
        if palette is not None and ready(shown, palette):
            break
    return shown, palette


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("language", ["en", "zh"])
async def test_daily_keys_review_and_help_fit_with_a_long_fourth_type(repo, clock, language, size):
    """With `WeChat 微信跟进` as a fourth type the tick keys, l, ^z, r and ? all show, none under ^p."""
    from week_support import seed_four_type_week

    seed_four_type_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        shown, palette = await _footer_when(pilot, lambda shown, palette: shown[-1].key_display == "?")
        displays = [k.key_display for k in shown]
        assert displays[:4] == ["c", "v", "e", "w"] and displays[-2:] == ["r", "?"], displays
        assert {"l", "^z"} <= set(displays)
        assert all(k.region.right <= palette.region.x for k in shown)  # none cut off or under the palette key
        assert palette.region.right <= size[0]
        wechat = next(k for k in shown if k.key_display == "w")
        assert wechat.description.startswith("WeChat")  # shortened at most, never blank
        if size[0] >= 120:  # room for the week keys too
            assert {"t", "p"} <= set(displays)


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_spare_keys_come_back_when_the_terminal_widens(repo, clock, language):
    from week_support import seed_four_type_week

    seed_four_type_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        shown, _palette = await _footer_when(pilot, lambda shown, palette: shown[-1].key_display == "?")
        assert "t" not in [k.key_display for k in shown]
        await pilot.resize_terminal(160, 40)
        shown, palette = await _footer_when(pilot, lambda shown, palette: "t" in [k.key_display for k in shown])
        assert {"t", "p", "[", "]", "r", "?"} <= {k.key_display for k in shown}
        assert next(k for k in shown if k.key_display == "w").description == "WeChat 微信跟进"
        assert palette.description  # its label back
