"""Per activity type: today's and this week's done / quota as bars, plus the activity pace."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Group
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from weekplanner.domain.formatting import format_percent
from weekplanner.domain.progress import Pace, TypeProgress
from weekplanner.i18n import _, current_language
from weekplanner.tui.widgets.pace import bar_text, pace_word
from weekplanner.tui.widgets.rendered import RenderCache, RenderedOnce

BAR_WIDTH = 10


def share(done: int, quota: int) -> Decimal:
    return Decimal(done) / quota if quota else Decimal(1 if done else 0)


class TypeBars(Widget):
    """One line per type; re-rendered (not recomposed) on every tick."""

    COMPONENT_CLASSES = {
        "type-bars--filled",
        "type-bars--met",
        "type-bars--empty",
        "type-bars--ahead",
        "type-bars--on-track",
        "type-bars--behind",
        "type-bars--muted",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[tuple[str, TypeProgress]] = []
        self._pace: Pace | None = None
        self._show_today = True
        self._show_bars = True
        self._shown = 0  # bumped by every show(): part of the render cache's key
        self._rendered = RenderCache()

    def show(self, rows: list[tuple[str, TypeProgress]], pace: Pace | None, show_today: bool,
             show_bars: bool = True) -> None:
        """``show_bars=False`` keeps only the pace line (the grid already has the numbers)."""
        self._rows, self._pace, self._show_today, self._show_bars = rows, pace, show_today, show_bars
        self._shown += 1
        self.refresh(layout=True)

    def _bar(self, done: int, quota: int) -> Text:
        style = self.get_component_rich_style
        filled = style("type-bars--met") if quota and done >= quota else style("type-bars--filled")
        return bar_text(share(done, quota), BAR_WIDTH, filled, style("type-bars--empty"))

    def render(self) -> RenderedOnce:
        """The bars, laid out once per width for measuring and drawing alike (see ``rendered``)."""
        style = self.get_component_rich_style
        key = (self._shown, current_language(), tuple(style(name) for name in sorted(self.COMPONENT_CLASSES)))
        return self._rendered.get(key, self._group)

    def _group(self) -> Group:
        style = self.get_component_rich_style
        rows: list[list[Text | str]] = []
        for name, progress in self._rows:
            cells: list[Text | str] = [name]
            if self._show_today:
                cells += [self._bar(progress.done_today, progress.quota_today),
                          _("today {done}/{quota}").format(done=progress.done_today, quota=progress.quota_today)]
            cells += [self._bar(progress.done_week, progress.quota_week),
                      _("week {done}/{quota}").format(done=progress.done_week, quota=progress.quota_week)]
            rows.append(cells)
        table = Table(box=None, padding=(0, 1), pad_edge=False, show_header=False)
        # One short line per cell: each column as wide as its widest cell, so Rich need not measure them.
        for index in range(len(rows[0]) if rows else 0):
            width = max(cell_len(str(cells[index])) for cells in rows)
            figures = isinstance(rows[0][index], str) and index > 0  # "today 4/10", "week 22/50"
            table.add_column(no_wrap=True, width=width, justify="right" if figures else "left")
        for cells in rows:
            table.add_row(*cells)
        parts: list[Table | Text] = [table] if self._show_bars else []
        if self._pace is None:
            return Group(*parts)
        pace = self._pace
        line = Text(
            _("Activities: {status} · {actual} of the plan done, {expected} expected by now").format(
                status=pace_word(pace.status),
                actual=format_percent(pace.actual * 100),
                expected=format_percent(pace.expected * 100),
            ),
            style=style("type-bars--" + pace.status.value.replace("_", "-")),
        )
        return Group(*parts, line)
