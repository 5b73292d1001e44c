"""The week screen as time passes: the streak (read in a worker after the first frame) and the
half-minute clock check that moves the screen on to a new day or week.

These are methods of :class:`~weekplanner.tui.screens.week.WeekScreen`, kept in their own module
to keep the screen's module short: the class binds them by name (``check_clock =
week_clock.check_clock``), so ``self`` is the week screen and nothing else changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from weekplanner.tui.startup import after_first_frame

if TYPE_CHECKING:
    from weekplanner.tui.screens.week import WeekScreen


def streak_days(self: WeekScreen) -> int:
    """The streak the header shows (the repository's streak on today; 0 on other weeks)."""
    return self._streak if self.week == self.current_week else 0


def start_streak_worker(self: WeekScreen) -> None:
    after_first_frame()  # the first frame is drawn (weekplanner.tui.startup)
    self.run_worker(self._load_streak, thread=True, exclusive=True, group="streak")


def load_streak(self: WeekScreen) -> None:
    """The streak as every surface computes it; read in a thread, as it may walk back through weeks."""
    streak = self.repo.streak_on(self.today)
    self.app.call_from_thread(self._set_streak, streak)


def set_streak(self: WeekScreen, streak: int) -> None:
    if streak != self._streak:
        self._streak = streak
        if self.is_attached:  # the worker may finish after the screen (or the app) has closed
            self._draw()

# -- clock --------------------------------------------------------------------
def check_clock(self: WeekScreen) -> None:
    """Every half minute: a new day moves the screen on; otherwise pace catches up with the time."""
    today = self.clock.today()
    if today == self.today:
        if self.today in self.week:
            self._draw()  # the clock moved on: pace and the hint follow it
        return
    was_current = self.week == self.current_week
    self.today = today
    if was_current:
        self.show_week(self.repo.week(today))
    else:
        self._draw()  # the clock moved on: pace and the hint follow it
    self._start_streak_worker()
