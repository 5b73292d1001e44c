"""Which keys the Footer shows in the width it has: daily keys and help stay, spare ones give way.

Textual's Footer lays every shown key out in one row and lets the rest run under the
command-palette key at the right edge, so in 80 columns the keys a rep needs every
day (the activity types, review, help) were the ones cut off. This fits the row to
the width before it is drawn: long labels are shortened first, then the keys the
screen names as spare (``FOOTER_SPARE``: in help and the palette all the same) leave,
then labels are shortened further, and only then are keys dropped from the right,
the last one (help) always kept.

Widths follow Textual's Footer styles (not compact): a key is `` k label `` (its key,
its label and three cells of padding); a compact group is a cell, its keys, a cell,
the group's label and a cell.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding

#: A label is first shortened to this many cells (ellipsis included), and at the last to FLOOR_CELLS.
LONG_CELLS = 12
FLOOR_CELLS = 6
#: Cells the palette key takes beside its key when drawn without a label (its edge and padding).
PALETTE_EDGE = 2


class FooterEntry(NamedTuple):
    """One key as the Footer shows it (a NamedTuple: a frozen dataclass costs ~0.5 ms at start-up)."""

    key: str
    key_display: str
    description: str
    action: str
    enabled: bool = True
    tooltip: str = ""
    group: Binding.Group | None = None


def runs(entries: Iterable[FooterEntry]) -> list[list[FooterEntry]]:
    """Entries split into what the Footer draws as one item: a key alone, or a group of two or more."""
    result: list[list[FooterEntry]] = []
    for entry in entries:
        if result and entry.group is not None and result[-1][0].group == entry.group:
            result[-1].append(entry)
        else:
            result.append([entry])
    return result


def key_width(entry: FooterEntry) -> int:
    """Cells of one key drawn with its label."""
    return cell_len(entry.key_display) + cell_len(entry.description) + 3


def palette_width(entry: FooterEntry) -> int:
    """Cells of the command-palette key at the right end (a bare key when it has no label)."""
    return key_width(entry) if entry.description else cell_len(entry.key_display) + PALETTE_EDGE


def row_width(entries: Iterable[FooterEntry]) -> int:
    """Cells the Footer needs for ``entries`` in one row."""
    total = 0
    for run in runs(entries):
        if len(run) == 1:
            total += key_width(run[0])
        else:
            group = run[0].group
            keys = sum(cell_len(e.key_display) + (0 if group.compact else 2) for e in run)
            total += 1 + keys + 1 + cell_len(group.description) + 1
    return total


def clipped(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` cells, ending in an ellipsis when it was cut."""
    if cell_len(text) <= cells:
        return text
    shown = Text(text)
    shown.truncate(max(cells - 1, 0))
    return shown.plain.rstrip() + "…"


def _shorten(entries: list[FooterEntry], width: int, floor: int) -> list[FooterEntry]:
    """Shorten the longest labels first (down to the next longest, never below ``floor`` cells) until the
    row fits; the longest leave first, so the labels end about the same length."""
    excess = row_width(entries) - width
    while excess > 0:
        lengths = sorted(((cell_len(e.description), -i) for i, e in enumerate(entries) if e.group is None),
                         reverse=True)
        if not lengths or lengths[0][0] <= floor:
            return entries
        cells, index = lengths[0][0], -lengths[0][1]
        next_longest = lengths[1][0] if len(lengths) > 1 else 0
        target = max(floor, cells - excess, min(next_longest, cells - 1))
        entries[index] = entries[index]._replace(description=clipped(entries[index].description, target))
        excess -= cells - cell_len(entries[index].description)
    return entries


def _names(action: str, spare: str) -> bool:
    """``spare`` names ``action``: the same, or its name without arguments (``choose`` for ``choose('md')``)."""
    return action == spare or action.startswith(spare + "(")


def fit_entries(entries: Iterable[FooterEntry], width: int, spare: Iterable[str] = (),
                palette: FooterEntry | None = None) -> tuple[list[FooterEntry], FooterEntry | None]:
    """The entries to show in ``width`` cells, in their order, and the palette key at the right end.

    ``spare`` actions leave first, in that order (an action's bare name stands for all its arguments); when that is not enough the palette key
    loses its label (``^p`` is the same everywhere), then labels are shortened to FLOOR_CELLS,
    then keys leave from the right, the last one kept.
    """
    shown = list(entries)

    def room() -> int:
        return width - (palette_width(palette) if palette else 0)

    shown = _shorten(shown, room(), LONG_CELLS)
    for action in spare:
        if row_width(shown) <= room():
            break
        gone = [e for e in shown if _names(e.action, action)]
        groups = {e.group for e in gone if e.group is not None}
        shown = [e for e in shown if e not in gone and (e.group is None or e.group not in groups)]
    if palette is not None and row_width(shown) > room():
        palette = palette._replace(description="")
    shown = _shorten(shown, room(), FLOOR_CELLS)
    while len(shown) > 1 and row_width(shown) > room():
        del shown[-2]
    return shown, palette
