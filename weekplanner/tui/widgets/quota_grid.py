"""The quota grid on the week board: activity types × workdays, ``done/quota`` per cell, totals at the end.

Every cell is one short line, so the grid is laid out as fixed columns, each as
wide as its widest cell in terminal cells (so Chinese type and day names line
up). Met / missed / today colours come from component classes in
``week_board.tcss``.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, NamedTuple

from textual.content import Content
from textual.style import Style

from weekplanner.domain.formatting import weekday_name
from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.progress import DayCounts
from weekplanner.i18n import _
from weekplanner.tui.widgets.columns import align_columns

#: The grid's component classes (colours in ``week_board.tcss``).
COMPONENTS = ("quota-grid--header", "quota-grid--today", "quota-grid--met", "quota-grid--missed",
              "quota-grid--total", "quota-grid--rule")
#: Cells between two columns.
GAP = 3


def cell_text(done: int, quota: int) -> str:
    """``4/10``; a day without quota shows its count, or ``·`` when nothing happened."""
    if quota:
        return f"{done}/{quota}"
    return str(done) if done else "·"


class QuotaGrid(NamedTuple):
    """What the grid shows: rows = (type key, display name), columns = workdays in week-start order."""

    rows: list[tuple[str, str]]
    days: list[date]
    plan: WeekPlan
    counts: DayCounts
    today: date | None

    def _cell_style(self, day: date, done: int, quota: int) -> str:
        if day == self.today:
            return "quota-grid--today"
        if self.today is not None and day < self.today and quota:
            return "quota-grid--met" if done >= quota else "quota-grid--missed"
        return ""

    def rows_of_cells(self) -> list[list[tuple[str, str]]]:
        """The header row, then one row per type: each cell's text with its component class ("" for none)."""
        header = [(_("Activity"), ""),
                  *((f"{weekday_name(day)} {day.day}", "quota-grid--today" if day == self.today else "")
                    for day in self.days),
                  (_("Total"), "")]
        rows = [header]
        for key, name in self.rows:
            cells = [(name, "")]
            week_done = week_quota = 0
            for day in self.days:
                done = self.counts.get(day, {}).get(key, 0)
                quota = self.plan.quota(day, key)
                week_done += done
                week_quota += quota
                cells.append((cell_text(done, quota), self._cell_style(day, done, quota)))
            cells.append((f"{week_done}/{week_quota}" if week_quota else str(week_done), "quota-grid--total"))
            rows.append(cells)
        return rows

    def lines(self, style: Callable[[str], Style]) -> list[Content]:
        """Header, rule and one line per type; each column as wide as its widest cell in terminal cells,
        the first left-aligned, the others right."""
        table = [[Content.styled(text, style(component)) if component else Content(text) for text, component in row]
                 for row in self.rows_of_cells()]
        header, *rows = align_columns(table, GAP, right=range(1, len(table[0])))
        rule = Content.styled("─" * header.cell_length, style("quota-grid--rule"))
        return [header.stylize_before(style("quota-grid--header")), rule, *rows]
