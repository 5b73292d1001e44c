"""The one-line header every full screen shares with the week screen: the week, where you are, today.

The review, history, export and read-only week screens show it instead of
Textual's bare ``⭘ weekplanner`` header, so a rep always sees which week and
which screen the keys act on. Styles in ``app.tcss`` (``.screen-header``).
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from weekplanner.domain.formatting import format_day, format_week
from weekplanner.domain.week import Week
from weekplanner.i18n import _


def header_text(title: str, today: date, week: Week | None = None) -> str:
    """``2026-W48 · 23–29 Nov · Review · Today Wed 25 Nov`` (without a week: the title and today)."""
    parts = [format_week(week)] if week is not None else []
    parts += [title, _("Today {day}").format(day=format_day(today))]
    return " · ".join(parts)


class ScreenHeader(Static):
    """The header line; its text never holds markup (a week or a title is plain text)."""

    DEFAULT_CLASSES = "screen-header"

    def __init__(self, title: str, today: date, week: Week | None = None) -> None:
        super().__init__(header_text(title, today, week), markup=False)
