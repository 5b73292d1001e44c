"""The week screen's day log and commitments: logging with details, the day's entries, the day a
click on the grid shows, and marking last week's commitments.

These are methods of :class:`~weekplanner.tui.screens.week.WeekScreen`, kept in their own module
to keep the screen's module short: the class binds them by name (``action_entries =
week_log.action_entries``), so ``self`` is the week screen and nothing else changes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from weekplanner.domain.review import commitments_markable, next_mark
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.tui.screens.week import WeekScreen


def action_log_details(self: WeekScreen) -> None:
    self._log_with_details(self.week, self.log_day,
                           lambda day: self.set_reactive(type(self).log_day, day))  # drawn on resume


def action_entries(self: WeekScreen) -> None:
    """All entries of the day the board shows, to edit or delete; the board follows the day shown last."""
    from weekplanner.tui.screens.entries import EntriesScreen

    def closed(day: date | None) -> None:  # runs before the resume that redraws the week
        if day is not None and day in self.week:
            self.set_reactive(type(self).log_day, day)

    self.app.push_screen(EntriesScreen(self.week, self.log_day), closed)


def action_show_day(self: WeekScreen, day: int) -> None:
    """A click on a day's column in the grid (an action link on the board, the day as an ordinal): its log."""
    shown = date.fromordinal(day)
    if shown in self.week:
        self.log_day = shown


def action_toggle_commitment(self: WeekScreen) -> None:
    """One commitment: mark it kept / not kept at once. Several: pick them in a list."""
    if not self.commitments:
        self.notify(_("No commitments this week: last week's review has no improvement plan."))
        return
    if not commitments_markable(self.week.start, self.today):
        self.notify(_("This week has not started; its commitments can be marked once it has."),
                    severity="warning")
        return
    if len(self.commitments) > 1:
        from weekplanner.tui.screens.commitments import CommitmentsScreen

        self.app.push_screen(CommitmentsScreen(self.week, self.commitments))  # redrawn on resume
        return
    if not self._writable():
        return
    from weekplanner.tui.writes import save_commitment_mark

    only = self.commitments[0]
    kept = next_mark(only.kept)
    if self._write(lambda: save_commitment_mark(self.repo, self.week.label, only.index, kept)):
        self._reload()
