"""Progress bars with a pace marker, and the words for pace status.

Bars are drawn as text so they line up with the figures beside them (CJK
included); their colours come from the component classes of the widget
drawing them (theme variables in its ``.tcss``), never from Python.
"""

from __future__ import annotations

from decimal import Decimal

from textual.content import Content
from textual.style import Style

from weekplanner.domain.progress import PaceStatus, pace_label

FILLED = "━"
EMPTY = "╌"
MARKER = "┃"


def pace_word(status: PaceStatus | None) -> str:
    return pace_label(status, capitalised=True) if status is not None else ""


def pace_class(status: PaceStatus | None) -> str:
    """The CSS class a widget takes for a pace status (``-ahead``, ``-on-track``, ``-behind``)."""
    return "-" + status.value.replace("_", "-") if status is not None else "-no-pace"


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
