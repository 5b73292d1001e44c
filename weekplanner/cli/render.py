"""How the commands print: Rich tables that stay plain when piped, and words for the numbers.

No colour names here: emphasis is bold/dim only, the pace is spelt out with a
sign, so the output reads the same with ``NO_COLOR``, in a pipe and on any theme.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Iterable

from weekplanner.domain.formatting import format_value
from weekplanner.domain.progress import PaceStatus, pace_label
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Target

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

PACE_SIGNS = {PaceStatus.AHEAD: "▲", PaceStatus.ON_TRACK: "●", PaceStatus.BEHIND: "▼"}


def pace_text(status: PaceStatus) -> str:
    """``▼ behind`` / ``▼ 落后``."""
    return f"{PACE_SIGNS[status]} {pace_label(status)}"


def target_value(target: Target, value: Decimal) -> str:
    """``value`` in the target's terms: ``¥500,000`` or ``10 new clients``."""
    return format_value(value, target.metric.value, target.currency, target.unit)


def type_name(settings: Settings, key: str) -> str:
    """The display name of a type key; a type no longer in the settings shows its key."""
    found = settings.type_named(key)
    return found.display_name if found else key


def new_table(console: "Console", *headers: str, title: str | None = None) -> "Table":
    """A table with rounded borders on a terminal and a light, grep-friendly layout in a pipe."""
    from rich import box
    from rich.table import Table

    table = Table(
        *headers,
        title=title,
        box=box.ROUNDED if console.is_terminal else box.SIMPLE,
        header_style="bold",
        title_style="bold",
        title_justify="left",
    )
    return table


def key_values(rows: Iterable[tuple[str, str]]) -> "Table":
    """Label/value lines aligned in two columns, without borders."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, value in rows:
        grid.add_row(plain(label), plain(value))
    return grid


def plain(text: str):  # -> rich.text.Text
    """Text shown as typed: brackets in a client's name are not Rich markup, escapes are not obeyed."""
    from rich.text import Text

    from weekplanner.safe_text import terminal_safe

    return Text(terminal_safe(text))
