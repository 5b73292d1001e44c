"""Progress bars with a pace marker.

Bars are drawn as text so they line up with the figures beside them (CJK
included); their colours come from the component classes of the widget
drawing them (theme variables in its ``.tcss``), never from Python.
"""

from __future__ import annotations

from decimal import Decimal

from textual.content import Content
from textual.style import Style


FILLED = "━"
EMPTY = "╌"
MARKER = "┃"


def bar(
    share: Decimal | float,
    width: int,
    filled: Style,
    empty: Style,
    marker_share: Decimal | float | None = None,
    marker: Style | None = None,
) -> Content:
    """A bar ``width`` cells wide filled to ``share`` (0..1, capped), with an optional marker cell."""
    width = max(width, 1)
    fill = min(width, max(0, int(round(float(share) * width))))
    parts = [(FILLED * fill, filled), (EMPTY * (width - fill), empty)]
    if marker_share is not None and marker is not None:
        at = min(width - 1, max(0, int(round(float(marker_share) * width)) - 1))
        cells = [(FILLED, filled)] * fill + [(EMPTY, empty)] * (width - fill)
        cells[at] = (MARKER, marker)
        parts = cells
    return Content.assemble(*parts)
