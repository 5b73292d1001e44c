"""The history's trend charts, with axes and week labels: drawn by textual-plotext.

Imported only when the trends tab is first shown (plotext takes about 13 ms to
import), so the history's table opens without it. Colours come from the app's
theme and follow a theme switch; every series also has a glyph of its own, so a
chart reads the same without colour (``NO_COLOR``): ``█`` a finished week, ``▒``
the week under way (its x label also ends in ``*``), ``░`` planned but not done,
``•`` calls → visits, ``x`` visits → deals, the 100% line ``─``.
"""

from __future__ import annotations

import math
from typing import Literal, Sequence

from textual.app import RenderResult
from textual.color import Color
from textual_plotext import PlotextPlot

from weekplanner.domain.trends import TrendWeek

FINISHED, UNDER_WAY, PLANNED = "█", "▒", "░"
CALL_TO_VISIT, VISIT_TO_DEAL = "•", "x"
#: Ends the x label of the week under way.
UNDER_WAY_MARK = "*"
#: Room the y axis and the frame take from the chart's width.
Y_AXIS_WIDTH = 8

ChartKind = Literal["achievement", "activities", "conversion"]


def tick_label(point: TrendWeek) -> str:
    """``W49`` (the chart's title says the years), ``W49*`` for the week under way."""
    short = point.label.split("-", 1)[-1]
    return short + UNDER_WAY_MARK if point.in_progress else short


def tick_positions(count: int, width: int) -> list[int]:
    """Which of ``count`` weeks get an x label in ``width`` columns: evenly spaced, the newest always."""
    if count <= 0:
        return []
    room = max(width - Y_AXIS_WIDTH, 1)
    step = max(1, math.ceil(count * 5 / room))  # a label takes up to 4 columns and a space
    return [i for i in range(count) if (count - 1 - i) % step == 0]


class TrendChart(PlotextPlot):
    """One chart over the given weeks; redrawn at each size and theme."""

    def __init__(self, kind: ChartKind, points: Sequence[TrendWeek], **options) -> None:  # noqa: ANN003
        super().__init__(**options)
        self.kind = kind
        self.points = list(points)
        #: The chart as last drawn and what it was drawn for (size, theme): a repaint reuses it.
        self._drawn: tuple[tuple[object, ...], RenderResult] | None = None

    def _colour(self, name: str) -> tuple[int, int, int]:
        value = self.app.theme_variables.get(name) or self.app.theme_variables.get("foreground", "white")
        return Color.parse(value).rgb

    def render(self) -> RenderResult:
        key = (self.size, self.app.theme, self.app.theme_variables.get("primary"))
        if self._drawn is not None and self._drawn[0] == key:
            return self._drawn[1]
        plt = self.plt
        plt.clear_figure()
        positions = list(range(1, len(self.points) + 1))
        if positions:
            getattr(self, f"_draw_{self.kind}")(positions)
            plt.xlim(0.4, len(positions) + 0.6)
            shown = tick_positions(len(positions), self.size.width)
            plt.xticks([positions[i] for i in shown], [tick_label(self.points[i]) for i in shown])
        drawn = super().render()
        self._drawn = (key, drawn)
        return drawn

    def _bars(self, positions: list[int], values: list[float | None], finished: str, under_way: str,
              marker: str | None = None) -> None:
        """Bars at ``positions``: finished weeks in one colour, the week under way hatched in another."""
        plt = self.plt
        for in_progress, colour in ((False, finished), (True, under_way)):
            pairs = [(x, v) for x, p, v in zip(positions, self.points, values)
                     if v is not None and p.in_progress == in_progress]
            if pairs:
                plt.bar([x for x, _v in pairs], [v for _x, v in pairs], marker=marker or (UNDER_WAY if in_progress else FINISHED),
                        color=self._colour(colour), width=0.7)

    def _draw_achievement(self, positions: list[int]) -> None:
        plt = self.plt
        values = [float(p.percent) if p.percent is not None else None for p in self.points]
        top = max([100.0, *(v for v in values if v is not None)]) * 1.1
        self._bars(positions, values, "primary", "warning")
        plt.hline(100, color=self._colour("success"))
        plt.ylim(0, top)
        ticks = [0, 50, 100] + ([200] if top > 210 else [])
        plt.yticks(ticks, [f"{t}%" for t in ticks])

    def _draw_activities(self, positions: list[int]) -> None:
        planned = [float(p.planned) for p in self.points]
        if any(planned):
            self._bars(positions, planned, "foreground-muted", "foreground-muted", marker=PLANNED)
        self._bars(positions, [float(p.done) for p in self.points], "primary", "warning")
        top = max([1.0, *planned, *(float(p.done) for p in self.points)])
        self._y_axis(top, "{}")

    def _draw_conversion(self, positions: list[int]) -> None:
        plt = self.plt
        top = 10.0
        for field, marker, colour in (("call_to_visit", CALL_TO_VISIT, "primary"),
                                      ("visit_to_deal", VISIT_TO_DEAL, "secondary")):
            pairs = [(x, float(getattr(p, field))) for x, p in zip(positions, self.points)
                     if getattr(p, field) is not None]
            if pairs:
                plt.plot([x for x, _v in pairs], [v for _x, v in pairs], marker=marker, color=self._colour(colour))
                top = max(top, *(v for _x, v in pairs))
        self._y_axis(top, "{}%")

    def _y_axis(self, top: float, label: str) -> None:
        """Room above the highest value, and ticks at 0, half and the top (``label`` formats each)."""
        self.plt.ylim(0, top * 1.1)
        ticks = sorted({0, round(top / 2), round(top)})
        self.plt.yticks(ticks, [label.format(t) for t in ticks])
