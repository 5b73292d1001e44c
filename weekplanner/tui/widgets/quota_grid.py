"""The quota grid on the week board, laid out: activity types × workdays, ``done/quota`` per cell, totals.

Every cell is one short line, so the grid is laid out as fixed columns, each as
wide as its widest cell in terminal cells (so Chinese type and day names line
up). Met / missed / today colours come from component classes in
``week_board.tcss``.
"""

from __future__ import annotations

from typing import Callable, Sequence

from textual.content import Content
from textual.style import Style

from weekplanner.tui.widgets.columns import align_columns

#: The grid's component classes (colours in ``week_board.tcss``).
COMPONENTS = ("quota-grid--header", "quota-grid--today", "quota-grid--met", "quota-grid--missed",
              "quota-grid--total", "quota-grid--rule")
#: Cells between two columns.
GAP = 3


def grid_lines(cells: list[list[tuple[str, str]]], style: Callable[[str], Style],
               column_links: Sequence[Style | None] = ()) -> list[Content]:
    """Header, rule and one line per type; each column as wide as its widest cell in terminal cells,
    the first left-aligned, the others right. ``cells`` come from :func:`week_view.grid_cells`;
    ``column_links[i]`` (an action link) is applied to every cell of column ``i``."""
    def cell(column: int, text: str, state: str) -> Content:
        content = Content.styled(text, style("quota-grid--" + state)) if state else Content(text)
        link = column_links[column] if column < len(column_links) else None
        return content.stylize(link) if link is not None else content

    table = [[cell(column, text, state) for column, (text, state) in enumerate(row)] for row in cells]
    header, *rows = align_columns(table, GAP, right=range(1, len(table[0])))
    rule = Content.styled("─" * header.cell_length, style("quota-grid--rule"))
    return [header.stylize_before(style("quota-grid--header")), rule, *rows]
