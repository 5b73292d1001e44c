"""Pilot helpers for the planning-form tests: a harness app that opens one form."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.screen import Screen

import weekplanner.tui.app as app_module
from weekplanner.tui.app import WeekPlannerApp


class FormHarness(WeekPlannerApp):
    """The app with a blank screen under one form, recording what the form dismissed with."""

    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def __init__(self, repo, screen_factory, **kwargs) -> None:
        super().__init__(repo, **kwargs)
        self.screen_factory = screen_factory
        self.results: list[object] = []

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # not the week screen: just the form
        self.push_screen(Screen())
        self.push_screen(self.screen_factory(), self.results.append)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*list(text))


async def clear_and_type(pilot, text: str) -> None:
    """Replace the focused input's text."""
    await pilot.press("end", "ctrl+u")
    await type_text(pilot, text)
