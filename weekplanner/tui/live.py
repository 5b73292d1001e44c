"""Live windows: an open window notices what other windows and commands saved, and redraws.

Twice a second the app asks the repository which data files changed on disk
since it last read or wrote them (one ``stat`` per file: the settings, the undo
journal, which every undoable change writes, the files the repository has open
and those of the week on screen; see ``Repository.outside_changes``). Its own
writes are not changes: the repository knows the stamp each of them left. When
something changed, the screen on top gets a :class:`DataChanged` message; a
screen that shows data handles it by reloading from the repository. A screen
that does not (a form being typed in) keeps what the rep typed, and the app
says when what it edits changed underneath. Nothing of this runs on a keypress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from weekplanner.domain.week import Week
from weekplanner.i18n import _
from weekplanner.storage.errors import StorageError

if TYPE_CHECKING:
    from textual.screen import Screen

    from weekplanner.tui.app import WeekPlannerApp

#: How often an open window looks for changes saved by others (seconds).
WATCH_SECONDS = 0.5


class DataChanged(Message):
    """Another window or command saved ``files`` (paths relative to the data folder)."""

    def __init__(self, files: frozenset[str]) -> None:
        super().__init__()
        self.files = files


def shown_files(screen: Screen) -> list[str]:
    """The data files of the week a screen shows (its ``week``), to look at even when not cached."""
    from weekplanner.storage.repository import week_files

    week = getattr(screen, "week", None)
    return week_files(week) if isinstance(week, Week) else []


def look_for_changes(app: WeekPlannerApp) -> None:
    """The app's timer: post :class:`DataChanged` to the screen on top when another writer saved."""
    if not app.screen_stack:
        return  # the app is closing and its screens are gone; the timer can fire once more
    screen = app.screen
    try:
        changed = app.repo.outside_changes(shown_files(screen))
    except StorageError:
        return  # a folder that went away says so on the next write
    if changed:
        screen.post_message(DataChanged(changed))


def edited_underneath(app: WeekPlannerApp, message: DataChanged) -> None:
    """For a screen that does not reload (a form): say when what it edits changed, keep what was typed."""
    from weekplanner.storage.repository import SETTINGS_FILE

    from weekplanner.tui.screens.settings import SettingsScreen

    screen = app.screen
    week = getattr(screen, "week", None)
    if isinstance(screen, SettingsScreen):
        touched = SETTINGS_FILE in message.files
        what = _("The settings")
    else:
        touched = bool(set(shown_files(screen)) & message.files)
        what = week.label if isinstance(week, Week) else ""
    if touched:
        app.notify(
            _("{what} changed in another window or command while you edit it here. What you typed is kept; "
              "saving writes your changes on top of what is stored now.").format(what=what),
            title=_("Changed elsewhere"), severity="warning", timeout=8,
        )
