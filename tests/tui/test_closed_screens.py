"""A rep keeps the app open all day: a screen opened and closed leaves nothing of what it drew behind."""

from __future__ import annotations

import gc

from textual._styles_cache import StylesCache
from textual.widget import Widget

from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.week import WeekScreen


async def test_closed_screens_keep_no_drawn_lines(repo, clock):
    """Textual would keep the style caches (each with the strips it drew) of up to 1,024 removed widgets,
    which every full garbage collection then walks: the app lets go of them when a screen changes."""
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("s", "l", "x"):  # settings, the log form, export: ≈ 250 widgets between them
            await pilot.press(key)
            await pilot.pause()
            while not isinstance(app.screen, WeekScreen):
                await pilot.press("escape")
                await pilot.pause()
        gc.collect()
        kept = sum(1 for node in gc.get_objects() if isinstance(node, StylesCache))
        alive = sum(1 for node in gc.get_objects() if isinstance(node, Widget))
        assert kept <= alive, (kept, alive)  # one per widget still there, none for the ones removed
