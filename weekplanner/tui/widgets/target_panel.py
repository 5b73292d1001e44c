"""The week's target on the week board, laid out: edge, wrapped lines and the bar with its pace marker."""

from __future__ import annotations

from typing import Callable

from textual.content import Content
from textual.style import Style

from weekplanner.safe_text import clipped, terminal_safe
from weekplanner.tui.week_view import TargetLines
from weekplanner.tui.widgets.pace import bar

#: The target block's component classes (colours in ``week_board.tcss``).
COMPONENTS = (
    "target-panel--edge",
    "target-panel--title",
    "target-panel--figures",
    "target-panel--pace",
    "target-panel--change",
    "target-panel--bar-filled",
    "target-panel--bar-empty",
    "target-panel--bar-marker",
)
#: The edge drawn left of the block, in the colour of the pace.
EDGE = "▌ "


def target_block(target: TargetLines, width: int, style: Callable[[str], Style]) -> list[Content]:
    """The block's lines at ``width`` cells: the edge, then wrapped text and the full-width bar."""
    inner = max(width - len(EDGE), 1)
    edge = Content.styled(EDGE, style("target-panel--edge"))
    rows: list[Content] = []
    for part in ("title", "bar", "figures", "pace", "change"):
        if part == "bar":
            if "figures" in target.lines:
                rows.append(bar(target.actual, inner, style("target-panel--bar-filled"),
                                style("target-panel--bar-empty"), target.expected,
                                style("target-panel--bar-marker")))
            continue
        text = target.lines.get(part)
        if text:
            rows.extend(Content.styled(terminal_safe(clipped(text)), style("target-panel--" + part)).wrap(inner))
    return [edge + row for row in rows]
