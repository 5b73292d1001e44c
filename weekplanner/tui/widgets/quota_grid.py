"""The quota grid: activity types × workdays, ``done/quota`` per cell, totals at the end.

Drawn as one Rich table (cell-width aware, so Chinese type names line up) and
re-rendered with ``refresh()`` on a tick; met / missed / today colours come
from component classes in ``quota_grid.tcss``.
"""

from __future__ import annotations

from datetime import date

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from weekplanner.domain.formatting import weekday_name
from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.progress import DayCounts
from weekplanner.i18n import _, current_language
from weekplanner.tui.widgets.rendered import RenderCache, RenderedOnce


def cell_text(done: int, quota: int) -> str:
    """``4/10``; a day without quota shows its count, or ``·`` when nothing happened."""
    if quota:
        return f"{done}/{quota}"
    return str(done) if done else "·"


class QuotaGrid(Widget):
    """Rows = activity types, columns = workdays; reads only what ``show`` was given."""

    COMPONENT_CLASSES = {
        "quota-grid--header",
        "quota-grid--today",
        "quota-grid--met",
        "quota-grid--missed",
        "quota-grid--total",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[tuple[str, str]] = []
        self._days: list[date] = []
        self._plan = WeekPlan()
        self._counts: DayCounts = {}
        self._today: date | None = None
        self._shown = 0  # bumped by every show(): part of the render cache's key
        self._rendered = RenderCache()

    def show(
        self,
        rows: list[tuple[str, str]],
        days: list[date],
        plan: WeekPlan,
        counts: DayCounts,
        today: date,
    ) -> None:
        """``rows`` are (type key, display name); ``days`` the workdays in week-start order."""
        self._rows, self._days, self._plan, self._counts, self._today = rows, days, plan, counts, today
        self._shown += 1
        self.refresh(layout=True)

    def _cell_style(self, day: date, done: int, quota: int) -> str:
        if day == self._today:
            return "quota-grid--today"
        if self._today is not None and day < self._today and quota:
            return "quota-grid--met" if done >= quota else "quota-grid--missed"
        return ""

    def render(self) -> RenderedOnce:
        """The table, laid out once per width for measuring and drawing alike (see ``rendered``)."""
        style = self.get_component_rich_style
        key = (self._shown, current_language(), tuple(style(name) for name in sorted(self.COMPONENT_CLASSES)))
        return self._rendered.get(key, self._table)

    def _cells(self) -> tuple[list[str], list[list[tuple[str, str]]]]:
        """The header labels, and per row each cell's text with its component class ("" for none)."""
        headers = [_("Activity"), *(f"{weekday_name(day)} {day.day}" for day in self._days), _("Total")]
        rows: list[list[tuple[str, str]]] = []
        for key, name in self._rows:
            cells = [(name, "")]
            week_done = week_quota = 0
            for day in self._days:
                done = self._counts.get(day, {}).get(key, 0)
                quota = self._plan.quota(day, key)
                week_done += done
                week_quota += quota
                cells.append((cell_text(done, quota), self._cell_style(day, done, quota)))
            cells.append((f"{week_done}/{week_quota}" if week_quota else str(week_done), ""))
            rows.append(cells)
        return headers, rows

    def column_widths(self) -> list[int]:
        """Each column's width: its widest cell (every cell is one short line)."""
        headers, rows = self._cells()
        return [max(cell_len(text) for text in [header, *(row[index][0] for row in rows)])
                for index, header in enumerate(headers)]

    @property
    def needed_width(self) -> int:
        """Cells wide the grid must be to show every day name and total uncut."""
        widths = self.column_widths()
        return sum(widths) + 3 * (len(widths) - 1)  # a cell of padding either side of each divider

    def _table(self) -> Table:
        style = self.get_component_rich_style
        headers, rows = self._cells()
        table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False, expand=False,
                      header_style=style("quota-grid--header"), show_edge=False)
        # Given each column's width, Rich lays the table out without measuring every cell first.
        last = len(headers) - 1
        for index, (header, width) in enumerate(zip(headers, self.column_widths())):
            day = self._days[index - 1] if 0 < index < last else None
            table.add_column(Text(header, style=style("quota-grid--today")) if day == self._today else header,
                             no_wrap=True, width=width, justify="left" if index == 0 else "right",
                             style=style("quota-grid--total") if index == last else "")
        for cells in rows:
            table.add_row(*(Text(text, style=style(component)) if component else text for text, component in cells))
        return table
