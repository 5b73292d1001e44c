"""One day's log in full, from the week screen's Enter: pick an entry to edit or delete it, switch days.

The week board shows the newest entries of the day; this screen lists all of
them in a list to move through, and dismisses with the day last shown so the
board follows it.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from weekplanner.domain.activity import Activity
from weekplanner.domain.formatting import format_day, format_week
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.tui.live import DataChanged
from weekplanner.tui.screens.log_form import log_form_for
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.activity_log import ActivityLog
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.writes import RepositoryWriter
from weekplanner.tui.widgets.plain import PlainStatic


class EntriesScreen(RepositoryWriter[date]):
    """The entries of ``day`` (in ``week``), newest first; dismisses with the day shown last."""

    TITLE = N_("The day's log")

    CSS_PATH = ["entries.tcss", "../widgets/activity_log.tcss"]
    BINDINGS = [
        Binding("escape", "back", N_("Back to the week")),
        Binding("l", "log_details", N_("Log…")),
        Binding("less_than_sign,left", "previous_day", N_("Previous day"), key_display="<"),
        Binding("greater_than_sign,right", "next_day", N_("Next day"), key_display=">"),
        Binding("ctrl+z", "undo", N_("Undo")),
        Binding("ctrl+y", "redo", N_("Redo"), show=False),
    ]

    def __init__(self, week: Week, day: date) -> None:
        super().__init__()
        self.week = week
        self.day = day

    def compose(self) -> ComposeResult:
        yield PlainStatic(id="entries-header", markup=False)
        yield ActivityLog(id="entries-log")
        yield Footer()

    def on_mount(self) -> None:
        translate_screen(self)
        self.query_one(ActivityLog).focus()

    def on_screen_resume(self) -> None:
        """Shown (when pushed, and back from the log form or the confirmation): what is on disk now."""
        self._reload()

    def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved: list the day's entries as they are on disk now."""
        message.stop()
        self._reload()

    def _names(self) -> dict[str, str]:
        return self.app.repo.settings.type_names()

    def _reload(self) -> None:
        data = self.app.repo.load_week(self.week)
        entries = [a for a in reversed(data.activities) if a.day == self.day]
        self.query_one("#entries-header", Static).update(format_week(self.week))
        self.query_one(ActivityLog).show(self.day, self.app.clock.today(), entries, self._names(),
                                         data.record.target)

    def action_back(self) -> None:
        self.dismiss(self.day)

    def action_previous_day(self) -> None:
        if self.day > self.week.start:
            self.day -= timedelta(days=1)
            self._reload()

    def action_next_day(self) -> None:
        if self.day < self.week.end:
            self.day += timedelta(days=1)
            self._reload()

    def action_log_details(self) -> None:
        self._log_with_details(self.week, self.day, lambda day: setattr(self, "day", day))

    def on_activity_log_edit_requested(self, message: ActivityLog.EditRequested) -> None:
        if not self._writable():
            return
        old = message.activity

        def edited(new: Activity | None) -> None:
            if new is None or new == old:
                return
            name = self._names().get(new.type, new.type)
            self._write(lambda: self.app.repo.update_activity(old, new, _("edit {type}").format(type=name)))

        self.app.push_screen(log_form_for(self.app, self.week, old.day, old), edited)

    def on_activity_log_delete_requested(self, message: ActivityLog.DeleteRequested) -> None:
        if not self._writable():
            return
        from weekplanner.tui.screens.confirm import ConfirmScreen

        activity = message.activity
        name = self._names().get(activity.type, activity.type)

        def answered(yes: bool | None) -> None:
            if yes and self._write(lambda: self.app.repo.delete_activity(activity,
                                                                         _("delete {type}").format(type=name))):
                self.notify(_("Deleted. ctrl+z brings it back."))

        question = _("Delete this entry ({type} at {time} on {day})?").format(
            type=name, time=f"{activity.at:%H:%M}", day=format_day(activity.day))
        self.app.push_screen(ConfirmScreen(question, yes=_("Delete"), no=_("Keep")), answered)
