"""Rich tables drawn once per width instead of once to measure and once to draw.

Textual sizes a widget with ``height: auto`` by rendering what ``render()``
returns and counting the lines, then renders it again to draw it (and again
after any restyle, which empties its layout cache). For the quota grid and
the per-type bars that is a Rich table laid out two or three times on the way
to the first frame. :class:`RenderedOnce` keeps the lines of each width, and
:class:`RenderCache` hands the same :class:`RenderedOnce` back while what it
shows (data, language, component styles) is unchanged.
"""

from __future__ import annotations

from typing import Callable, Hashable

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment

#: Widths kept per renderable (a resize adds one; a few are plenty).
MAX_WIDTHS = 4


class RenderedOnce:
    """A renderable whose lines are rendered once for each width it is drawn at."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable
        self._lines: dict[int, list[list[Segment]]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        lines = self._lines.get(width)
        if lines is None:
            if len(self._lines) >= MAX_WIDTHS:
                self._lines.clear()
            # A table ignores the height it is offered; rendering without one makes the
            # lines the same whether Textual is measuring or drawing.
            lines = self._lines[width] = console.render_lines(
                self.renderable, options.update(height=None), pad=False)
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.renderable)


class RenderCache:
    """The last :class:`RenderedOnce` a widget returned, reused while its key is the same."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._rendered: RenderedOnce | None = None

    def get(self, key: Hashable, build: Callable[[], RenderableType]) -> RenderedOnce:
        if self._rendered is None or key != self._key:
            self._key, self._rendered = key, RenderedOnce(build())
        return self._rendered
