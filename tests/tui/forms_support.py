"""Pilot helpers for the planning-form tests: a harness app that opens one form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from textual import events
from textual.keys import KEY_NAME_REPLACEMENTS
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
    """Type ``text`` as a quick typist does: every key reaches the app at once, then the app catches up.

    The same key events a terminal sends, in order, to the focused widget; the app draws once for
    the lot instead of once per key (``pilot.press`` waits for the app to idle after every key).
    """
    for char in text:
        pilot.app.post_message(events.Key(key_name(char), char))
    await pilot.pause()


def key_name(char: str) -> str:
    """The name a terminal gives the key of ``char`` (``a``, ``space``, ``full_stop``, ``李``)."""
    if char.isalnum():
        return char
    name = unicodedata.name(char).lower().replace("-", "_").replace(" ", "_")
    return KEY_NAME_REPLACEMENTS.get(name, name)


async def clear_and_type(pilot, text: str) -> None:
    """Replace the focused input's text."""
    await pilot.press("end", "ctrl+u")
    await type_text(pilot, text)
