"""Textual's command palette with every text of its own in the UI language.

The search prompt is a constructor argument (set by ``WeekPlannerApp.action_command_palette``);
the line shown when nothing matches comes from ``no_matches_text`` here.
"""

from __future__ import annotations

from weekplanner.compat.textual_api import TranslatableCommandPalette
from weekplanner.i18n import _


class WeekplannerCommandPalette(TranslatableCommandPalette):
    """The palette the app opens (ctrl+p, the Footer's palette key)."""

    def no_matches_text(self) -> str:
        return _("No matches found")
