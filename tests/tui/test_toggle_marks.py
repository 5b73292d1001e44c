"""On/off controls read without colour: workdays and a type's "hidden" (the export format: tests/export)."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox

from weekplanner.tui.screens.settings import SettingsScreen

from forms_support import FormHarness


def drawn(widget) -> str:
    """The widget's line as drawn on the screen."""
    return "".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


# The marks are glyphs whatever the width: colour and NO_COLOR once each, at each size once.
@pytest.mark.parametrize("no_color, size", [(False, (120, 40)), (True, (80, 24))], ids=["colour-120x40", "NO_COLOR-80x24"])
async def test_workdays_and_hidden_show_a_tick_only_when_on(repo, clock, monkeypatch, size, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = FormHarness(repo, SettingsScreen, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        monday, saturday = app.screen.query_one("#workday-0", Checkbox), app.screen.query_one("#workday-5", Checkbox)
        assert monday.value and not saturday.value  # the default Monday–Friday
        assert "▐✓▌" in drawn(monday) and "✓" not in drawn(saturday) and "▐ ▌" in drawn(saturday)
        saturday.focus()
        await pilot.press("space")
        await pilot.pause()
        assert saturday.value and "▐✓▌" in drawn(saturday)
        hidden = app.screen.query(".type-hidden").first(Checkbox)
        assert not hidden.value and "✓" not in str(hidden.render())
