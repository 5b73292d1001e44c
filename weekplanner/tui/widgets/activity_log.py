"""One day's logged activities, newest first; pick one to edit it or delete it."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from weekplanner.domain.activity import Activity
from weekplanner.domain.formatting import format_day
from weekplanner.domain.target import Target
from weekplanner.i18n import N_, _
from weekplanner.tui.week_view import entry_line


class ActivityLog(OptionList):
    """The list itself, titled with the day and its count; Enter asks to edit the highlighted entry,
    Delete to remove it.

    One widget (the heading is its border title) whose options are plain ``Content``: what a rep
    typed is never read as markup, and nothing is converted from Rich text on the way to the
    screen, which kept a day of entries the costliest part of the week screen's first frame.
    """

    BINDINGS = [
        Binding("enter", "select", N_("Edit entry"), key_display="⏎"),
        Binding("delete,backspace", "delete_entry", N_("Delete entry"), key_display="del"),
    ]

    class EditRequested(Message):
        def __init__(self, activity: Activity) -> None:
            super().__init__()
            self.activity = activity

    class DeleteRequested(Message):
        def __init__(self, activity: Activity) -> None:
            super().__init__()
            self.activity = activity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: dict[str, Activity] = {}

    def show(self, day: date, today: date, activities: list[Activity], names: dict[str, str],
             target: Target | None) -> None:
        """``activities`` of ``day``, newest first."""
        total = sum(a.count for a in activities)
        if day == today:
            self.border_title = _("Today's log · {day} · {n} done").format(day=format_day(day), n=total)
        else:
            self.border_title = _("Log of {day} · {n} done").format(day=format_day(day), n=total)
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self._entries = {a.id: a for a in activities}
        if activities:
            self.set_options(
                Option(Content(entry_line(a, names.get(a.type, a.type), target)), id=a.id) for a in activities
            )
        else:
            self.set_options([Option(Content(_("Nothing logged yet.")), id="", disabled=True)])
        if highlighted in self._entries:
            self.highlighted = self.get_option_index(highlighted)
        elif activities:
            self.highlighted = 0  # Tab, then Enter edits the newest entry

    @property
    def selected(self) -> Activity | None:
        option = self.highlighted_option
        return self._entries.get(option.id) if option is not None and option.id else None

    @on(OptionList.OptionSelected)
    def _edit_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self._entries:
            self.post_message(self.EditRequested(self._entries[event.option.id]))

    def action_delete_entry(self) -> None:
        if self.selected is not None:
            self.post_message(self.DeleteRequested(self.selected))
        else:
            self.notify(_("Nothing to delete: no entry is selected."))
