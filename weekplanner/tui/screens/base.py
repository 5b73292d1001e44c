"""The base of weekplanner's screens: ``self.app`` is typed as the weekplanner app.

Textual types ``Screen.app`` as any ``App``; a screen here reads the repository and the clock
from it (``self.app.repo``, ``self.app.clock``), so Textual's typed ``getters.app`` narrows it
once for all.
"""

from __future__ import annotations

from textual import getters
from textual.screen import Screen, ScreenResultType

from weekplanner.tui.app import WeekPlannerApp


class WeekplannerScreen(Screen[ScreenResultType]):
    """A screen of the weekplanner app."""

    app = getters.app(WeekPlannerApp)
