"""Per activity type on the week board: today's and this week's done / quota as bars, plus the activity pace."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, NamedTuple

from textual.content import Content
from textual.style import Style

from weekplanner.domain.formatting import format_percent
from weekplanner.domain.progress import Pace, TypeProgress, done_percent
from weekplanner.i18n import _
from weekplanner.tui.widgets.columns import align_columns
from weekplanner.tui.week_view import pace_word
from weekplanner.tui.widgets.pace import bar

#: The bars' component classes (colours in ``week_board.tcss``).
COMPONENTS = ("type-bars--filled", "type-bars--met", "type-bars--empty", "type-bars--ahead",
              "type-bars--on-track", "type-bars--behind", "type-bars--muted")
BAR_WIDTH = 10
#: Cells between two columns.
GAP = 2


def share(done: int, quota: int) -> Decimal:
    """How full a bar is: done of the quota (a day without a quota is full once anything was done)."""
    percent = done_percent(done, quota)
    return percent / 100 if percent is not None else Decimal(1 if done else 0)


class TypeBars(NamedTuple):
    """One line per (type name, progress); ``show_bars=False`` keeps only the pace line."""

    rows: list[tuple[str, TypeProgress]]
    pace: Pace | None
    show_today: bool
    show_bars: bool = True

    def lines(self, style: Callable[[str], Style]) -> list[Content]:
        def progress_bar(done: int, quota: int) -> Content:
            filled = style("type-bars--met") if quota and done >= quota else style("type-bars--filled")
            return bar(share(done, quota), BAR_WIDTH, filled, style("type-bars--empty"))

        table: list[list[Content]] = []
        for name, progress in self.rows if self.show_bars else ():
            cells = [Content(name)]
            if self.show_today:
                cells += [progress_bar(progress.done_today, progress.quota_today),
                          Content(_("today {done}/{quota}").format(done=progress.done_today,
                                                                   quota=progress.quota_today))]
            week = _("week {done}/{quota}").format(done=progress.done_week, quota=progress.quota_week)
            if progress.moved_week:
                week += " " + _("({n} moved)").format(n=progress.moved_week)
            cells += [progress_bar(progress.done_week, progress.quota_week), Content(week)]
            table.append(cells)
        # The "today 4/10" / "week 22/50" figures are right-aligned: every second column after the name.
        figures = range(2, len(table[0]) if table else 0, 2)
        lines = align_columns(table, GAP, right=figures)
        if self.pace is not None:
            pace = self.pace
            lines.append(Content.styled(
                _("Activities: {status} · {actual} of the plan done, {expected} expected by now").format(
                    status=pace_word(pace.status),
                    actual=format_percent(pace.actual * 100),
                    expected=format_percent(pace.expected * 100),
                ),
                style("type-bars--" + pace.status.value.replace("_", "-")),
            ))
        return lines
