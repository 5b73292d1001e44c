"""How a screen writes through the repository: refuse in a read-only window, and turn a storage
problem into a notification instead of a crash; undo and redo the same way on every screen.

A modal screen that writes puts ``ModalScreen`` after it: ``class X(RepositoryWriter[None], ModalScreen[None])``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable, Mapping

from textual.screen import ScreenResultType

from weekplanner.i18n import _
from weekplanner.storage.errors import StorageError
from weekplanner.tui.screens.base import WeekplannerScreen

if TYPE_CHECKING:
    from weekplanner.domain.activity import Activity
    from weekplanner.domain.week import Week
    from weekplanner.storage.repository import Repository


def save_commitment_mark(repo: Repository, week_label: str, index: int, kept: bool | None) -> Mapping[int, bool]:
    """Record whether commitment ``index`` (of last week's plan) was kept in week ``week_label`` (None: unmarked).

    Returns the week's marks as now stored, for the screen to redraw.
    """
    record = repo.record(week_label)
    marks = {i: k for i, k in record.commitments_kept.items() if i != index}
    if kept is not None:
        marks[index] = kept
    summary = (_("commitment kept") if kept else _("commitment not kept") if kept is False
               else _("commitment mark cleared"))
    repo.save_record(record.with_changes(commitments_kept=marks), summary)
    return repo.record(week_label).commitments_kept


class RepositoryWriter(WeekplannerScreen[ScreenResultType]):
    """The base of screens that change data; ``_reload()`` redraws the screen after an undo or redo."""

    def _reload(self) -> None:
        raise NotImplementedError

    def _writable(self) -> bool:
        if self.app.repo.read_only:
            self.notify(
                _("This window is read-only (opened with --read-only, or the data folder cannot be written); "
                  "nothing was saved."),
                title=_("Read-only"), severity="warning",
            )
            return False
        return True

    def _write(self, change: Callable[[], object]) -> bool:
        """Run one repository write; a storage problem becomes a notification, not a crash."""
        try:
            change()
        except StorageError as error:
            self.notify(str(error), title=_("Not saved"), severity="error")
            return False
        return True

    def _log_with_details(self, week: Week, day: date, show_day: Callable[[date], None]) -> None:
        """``l``: the log form for ``day`` of ``week``; once saved, the screen shows the entry's day
        (``show_day``, before the resume that redraws it)."""
        if not self._writable():
            return
        if week.start > self.app.clock.today():
            self.notify(_("This week has not started; nothing can be logged for it yet."),
                        severity="warning")
            return
        from weekplanner.tui.screens.log_form import log_form_for

        repo = self.app.repo

        def logged(activity: Activity | None) -> None:
            if activity is None:
                return
            name = repo.settings.type_names().get(activity.type, activity.type)
            if self._write(lambda: repo.add_activity(activity, _("log {type}").format(type=name))):
                show_day(activity.day)

        self.app.push_screen(log_form_for(self.app, week, day), logged)

    def _step_journal(self, step: Callable[[], str | None], nothing: str, done: str) -> None:
        if not self._writable():
            return
        summary: list[str | None] = []
        if self._write(lambda: summary.append(step())):
            if summary[0] is None:
                self.notify(nothing)
                return
            self._reload()
            self.notify(done.format(what=summary[0]))

    def action_undo(self) -> None:
        self._step_journal(self.app.repo.undo, _("Nothing to undo."), _("Undone: {what}"))

    def action_redo(self) -> None:
        self._step_journal(self.app.repo.redo, _("Nothing to redo."), _("Redone: {what}"))
