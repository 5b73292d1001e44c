"""The week at a glance, as one widget: target, quota grid, bars, commitments and the day's log.

The week screen opens on this, so it is drawn as lines of Textual ``Content``
laid out by the widget itself (two columns when wide, one when narrow) rather
than as a dozen widgets and Rich tables: styling, measuring and drawing those
took more time on the way to the first frame than everything else the app does
at start-up. The log and the commitments are shown here and edited in their own
screens (Enter, k). Colours come from component classes in ``week_board.tcss``.

Clicks are Textual action links (``@click`` in a style's meta): a day's column in the grid shows
that day's log, the log opens the day's entries, a commitment marks it (k). The links are our own
action strings on Content built from plain text: nothing the rep typed is ever read as markup.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget

from weekplanner.domain.review import Commitment
from weekplanner.i18n import _, current_language
from weekplanner.safe_text import terminal_safe
from weekplanner.tui.week_view import STATUS_CLASSES, WeekView
from weekplanner.tui.widgets import quota_grid, target_panel, type_bars
from weekplanner.tui.widgets.type_bars import TypeBars

#: Cells between the two columns.
COLUMN_GAP = 3
#: Share of the width the left column takes when it can (it never gets less than the grid needs).
LEFT_SHARE = 3 / 5
#: Lines a commitment takes on the board at most (a pasted essay stays a glance).
COMMITMENT_LINES = 2
#: Log lines shown at least, however short the terminal.
MIN_LOG_LINES = 3

_MARKS = {True: "✓", False: "✗", None: "·"}
_MARK_CLASSES = {True: "week-board--kept", False: "week-board--not-kept", None: "week-board--unmarked"}
#: What a click on the day's log and on a commitment does (actions of the week screen).
OPEN_ENTRIES = Style.from_meta({"@click": "screen.entries"})
MARK_COMMITMENT = Style.from_meta({"@click": "screen.toggle_commitment"})


def show_day_link(day: date) -> Style:
    """A click on a day's column in the grid shows that day's log."""
    return Style.from_meta({"@click": f"screen.show_day({day.toordinal()})"})


def commitment_text(commitment: Commitment, text: str | None = None) -> str:
    """``✓ Call before 10am  (kept)``: the mark, the commitment (in full, or ``text``) and its status in words."""
    status = {True: _("kept"), False: _("not kept"), None: _("not marked")}[commitment.kept]
    shown = terminal_safe(commitment.text) if text is None else text
    return _("{mark} {text}  ({status})").format(mark=_MARKS[commitment.kept], text=shown, status=status)


def commitment_lines(commitment: Commitment, width: int, style: Style) -> list[Content]:
    """The commitment wrapped to ``width`` in at most COMMITMENT_LINES lines: a long one ends in "…" and its
    status; the full text is in the commitments screen (k) and the review."""
    text = commitment_text(commitment)
    # Only the start can show: a pasted essay is not wrapped whole on every redraw. A character takes
    # at least one cell unless it is a combining mark, so this is more than the lines hold.
    head = text[:COMMITMENT_LINES * width * 4 + 16]
    lines = Content.styled(head, style).wrap(width)
    if len(lines) <= COMMITMENT_LINES and head == text:
        return lines
    if lines[0].cell_length < width // 2:  # a long run without spaces (Chinese) went whole to the next line
        first = Content.styled(head, style).truncate(width)  # so it starts beside the mark, cut by cells
        lines = [first, *Content.styled(head[len(first.plain):].lstrip(), style).wrap(width)]
    lines += [Content.styled("", style)] * (COMMITMENT_LINES - len(lines))
    status = commitment_text(commitment, "\0").split("\0", 1)[1]  # "  (kept)", "（已做到）" as translated
    last = lines[COMMITMENT_LINES - 1].truncate(max(width - cell_len(status) - 1, 1)).plain.rstrip()
    return [*lines[:COMMITMENT_LINES - 1], Content.styled(last + "…" + status, style)]


class _BoardVisual(Visual):
    """The board's lines for whatever width Textual lays it out at (measured and drawn alike).

    Every line is already laid out to fit, so each becomes a strip as it is: nothing is wrapped
    or measured again on the way to the screen.
    """

    def __init__(self, build: Callable[[int], list[Content]]) -> None:
        self._build = build
        self._lines: dict[int, list[Content]] = {}

    def _content(self, width: int) -> list[Content]:
        if width not in self._lines:
            self._lines[width] = self._build(width)
        return self._lines[width]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._content(width))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        lines = self._content(width)[:height] if height is not None else self._content(width)
        rich_style = style.rich_style
        return [Strip(line.render_segments(style), line.cell_length).adjust_cell_length(width, rich_style)
                for line in lines]


class WeekBoard(Widget):
    """Target, grid, bars and pace on the left; commitments and the day's log on the right."""

    COMPONENT_CLASSES = {
        *target_panel.COMPONENTS, *quota_grid.COMPONENTS, *type_bars.COMPONENTS,
        "week-board--hint", "week-board--section", "week-board--heading", "week-board--entry",
        "week-board--more", "week-board--kept", "week-board--not-kept", "week-board--unmarked",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        # The links keep the board's own colours (today's column, met / missed): no link colour or underline.
        self.set_reactive(WeekBoard.auto_links, False)
        self.data: WeekView | None = None
        self._styles: dict[str, Style] = {}  # component styles of the layout in progress
        self._visual: _BoardVisual | None = None
        self._visual_key: tuple | None = None
        self._room = 0  # lines of the container the board is laid out in (0 until the first layout)

    def show(self, data: WeekView) -> None:
        """Draw the week's view (the screen calls this whenever it recomputes it)."""
        self.data = data
        if not self.has_class(data.status):
            self.remove_class(*STATUS_CLASSES)
            self.add_class(data.status)
        self._visual = None
        self.refresh(layout=True)

    def notify_style_update(self) -> None:
        """A theme or class change restyles the component classes: lay the lines out again."""
        super().notify_style_update()
        self._visual = None

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Textual sizes the board in its container: how much room there is decides how much log fits."""
        self._room = container.height
        return super().get_content_height(container, viewport, width)

    def render(self) -> Visual:
        key = (current_language(), self._available_height())
        if self._visual is None or key != self._visual_key:
            self._visual, self._visual_key = _BoardVisual(self._lines), key
        return self._visual

    def _available_height(self) -> int:
        return self._room or self.app.size.height

    def _style(self, component: str) -> Style:
        """A component class's style, looked up once per layout (``_styles`` is emptied by each)."""
        try:
            return self._styles[component]
        except KeyError:
            style = self._styles[component] = (
                self.get_visual_style(component, partial=True) if component else Style())
            return style

    # -- layout ------------------------------------------------------------------
    def _lines(self, width: int) -> list[Content]:
        data = self.data
        if data is None or width < 1:
            return []
        self._styles = {}
        style = self._style
        grid_lines = quota_grid.grid_lines(data.grid, style, [None, *map(show_day_link, data.days)])
        if data.narrow:
            left = self._left(data, width, grid_lines)
            side = self._side(data, width, max(MIN_LOG_LINES, self._available_height() - len(left) - 1))
            return [line.truncate(width) for line in left + [Content("")] + side]
        grid_width = max((line.cell_length for line in grid_lines), default=0)
        left_width = min(width, max(grid_width, int(width * LEFT_SHARE)))
        right_width = width - left_width - COLUMN_GAP
        left = self._left(data, left_width, grid_lines)
        if right_width < 20:
            return [line.truncate(width) for line in left]
        side = self._side(data, right_width, max(MIN_LOG_LINES, self._available_height(), len(left)))
        gap = Content(" " * COLUMN_GAP)
        return [
            (left[row].truncate(left_width, pad=True) if row < len(left) else Content(" " * left_width))
            + gap + (side[row].truncate(right_width, ellipsis=True) if row < len(side) else Content(""))
            for row in range(max(len(left), len(side)))
        ]

    def _left(self, data: WeekView, width: int, grid_lines: list[Content]) -> list[Content]:
        style = self._style
        lines: list[Content] = []
        if data.hint:
            lines += Content.styled(data.hint, style("week-board--hint")).wrap(width)
            lines.append(Content(""))
        lines += target_panel.target_block(data.target, width, style)
        lines.append(Content(""))
        lines += Content.styled(data.grid_title, style("week-board--section")).wrap(width)
        lines += grid_lines
        bars = TypeBars(*data.bars, show_bars=not data.narrow).lines(style)
        if bars:
            lines.append(Content(""))
            lines += bars
        return lines

    def _side(self, data: WeekView, width: int, height: int) -> list[Content]:
        """Commitments (when there are any), then as much of the log as fits in ``height`` lines."""
        style = self._style
        lines: list[Content] = []
        if data.commitments:
            mark = MARK_COMMITMENT
            lines += Content.styled(_("Commitments from last week (k: kept?)"),
                                    style("week-board--section") + mark).wrap(width)
            for commitment in data.commitments:
                lines += commitment_lines(commitment, width, style(_MARK_CLASSES[commitment.kept]) + mark)
            lines.append(Content(""))
        log: list[Content] = []
        log += Content.styled(data.log.heading, style("week-board--heading")).wrap(width)
        room = max(MIN_LOG_LINES, height - len(lines) - len(log))
        entries = data.log.entries
        if not entries:
            log.append(Content.styled(_("Nothing logged yet."), style("week-board--more")))
        elif len(entries) < room:
            log += [Content.styled(entry, style("week-board--entry")) for entry in entries]
            log += Content.styled(_("Enter: edit or delete an entry"), style("week-board--more")).wrap(width)
        else:
            log += [Content.styled(entry, style("week-board--entry")) for entry in entries[:room - 1]]
            more = _("… {n} more (Enter: all entries)").format(n=len(entries) - room + 1)
            log.append(Content.styled(more, style("week-board--more")))
        return lines + [line.stylize(OPEN_ENTRIES) for line in log]
