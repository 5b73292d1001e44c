"""Fixed columns of one-line cells, as the week board's grid and bars draw them.

Every cell is one short line, so each column is exactly as wide as its widest
cell in terminal cells (Chinese counts two per character) and nothing wraps:
laying that out needs no table engine, and this is the only place that does it.
"""

from __future__ import annotations

from typing import Container

from textual.content import Content


def align_columns(rows: list[list[Content]], gap: int, right: Container[int] = ()) -> list[Content]:
    """One line per row: columns as wide as their widest cell, ``gap`` cells apart, those in ``right``
    right-aligned and the rest left-aligned."""
    if not rows:
        return []
    widths = [max(row[index].cell_length for row in rows) for index in range(len(rows[0]))]
    spacer = Content(" " * gap)
    return [
        spacer.join(cell.right(width) if index in right else cell.truncate(width, pad=True)
                    for index, (cell, width) in enumerate(zip(row, widths)))
        for row in rows
    ]
