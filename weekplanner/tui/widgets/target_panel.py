"""The week's target: what it is, how far along, whether the pace holds, where it ends."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from weekplanner.domain.formatting import format_day, format_percent, format_value
from weekplanner.domain.progress import WeekProgress
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Target
from weekplanner.i18n import _, current_language
from weekplanner.tui.widgets.pace import bar_text, pace_class, pace_word
from weekplanner.tui.widgets.rendered import RenderCache, RenderedOnce


def target_title(target: Target) -> str:
    """``Revenue ¥500,000`` or ``10 new clients``."""
    value = format_value(target.value, target.metric.value, target.currency, target.unit)
    return _("Revenue {value}").format(value=value) if target.is_revenue else value


def target_amount(target: Target, value) -> str:
    return format_value(value, target.metric.value, target.currency, target.unit)


STATUS_CLASSES = ("-ahead", "-on-track", "-behind", "-no-pace", "-no-target")


def status_class(progress: WeekProgress, record: WeekRecord) -> str:
    """The panel's class for the week's target: its pace status, or that it has none."""
    if record.target is None:
        return "-no-target"
    pace = progress.target_pace
    return pace_class(pace.status if pace else None)


class _FullWidthBar:
    """The progress bar with its pace marker, as wide as the panel draws it."""

    def __init__(self, actual: Decimal, expected: Decimal | None, filled: Style, empty: Style, marker: Style) -> None:
        self.actual, self.expected = actual, expected
        self.filled, self.empty, self.marker = filled, empty, marker

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield bar_text(self.actual, options.max_width, self.filled, self.empty, self.expected, self.marker)


class TargetPanel(Widget):
    """Title, bar with the pace marker, figures, pace and forecast, and the latest change.

    One widget drawing its lines (colours from component classes in ``target_panel.tcss``)
    rather than a widget per line: a tick redraws it in place, and start-up mounts one node.
    """

    COMPONENT_CLASSES = {
        "target-panel--title",
        "target-panel--figures",
        "target-panel--pace",
        "target-panel--change",
        "target-panel--bar-filled",
        "target-panel--bar-empty",
        "target-panel--bar-marker",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        #: The text lines shown, by part (``title``, ``figures``, ``pace``, ``change``); parts not shown are absent.
        self.lines: dict[str, str] = {}
        #: Share of the target achieved, and where the pace says it should be by now (None: no marker).
        self.actual: Decimal = Decimal(0)
        self.expected: Decimal | None = None
        self._shown = 0  # bumped by every show(): part of the render cache's key
        self._rendered = RenderCache()

    def _set_status(self, status_class: str) -> None:
        """Swap the status class only when it changes (a class change restyles the panel)."""
        if self.has_class(status_class):
            return
        self.remove_class(*STATUS_CLASSES)
        self.add_class(status_class)

    def show(self, progress: WeekProgress, record: WeekRecord, last_workday_name: str) -> None:
        self._shown += 1
        self.refresh(layout=True)
        target = record.target
        self._set_status(status_class(progress, record))
        if target is None:
            self.lines = {"title": _("No target set for this week. Press t to set one.")}
            self.actual, self.expected = Decimal(0), None
            return
        pace = progress.target_pace
        heading = target_title(target)
        if target.description:
            heading += " — " + target.description
        self.actual = pace.actual if pace else Decimal(0)
        self.expected = pace.expected if pace and progress.elapsed < 1 else None
        lines = {"title": heading}
        lines["figures"] = _("{achieved} of {target} · {percent}").format(
            achieved=target_amount(target, progress.achieved),
            target=target_amount(target, target.value),
            percent=format_percent(progress.target_percent),
        )
        words = []
        if pace is not None:
            words.append(
                _("{status}: expected {expected} by now").format(
                    status=pace_word(pace.status), expected=format_percent(pace.expected * 100)
                )
            )
        if progress.forecast is not None:
            if progress.elapsed >= 1:
                words.append(_("Week ended at {percent} of target").format(
                    percent=format_percent(progress.forecast.percent)))
            else:
                words.append(_("At this rate: {percent} of target by {day}").format(
                    percent=format_percent(progress.forecast.percent), day=last_workday_name))
        lines["pace"] = " · ".join(words)
        if target.changes:
            latest = target.changes[-1]
            lines["change"] = _("Changed {day} from {old} to {new}: {reason}").format(
                day=format_day(latest.at.date()),
                old=target_amount(target, latest.old),
                new=target_amount(target, latest.new),
                reason=latest.reason or _("no reason given"),
            )
        self.lines = lines

    def render(self) -> RenderedOnce:
        """The lines, laid out once per width for measuring and drawing alike (see ``rendered``)."""
        style = self.get_component_rich_style
        key = (self._shown, current_language(), tuple(style(name) for name in sorted(self.COMPONENT_CLASSES)))
        return self._rendered.get(key, self._group)

    def _group(self) -> Group:
        style = self.get_component_rich_style
        lines = self.lines
        parts: list[Text | _FullWidthBar] = [Text(lines.get("title", ""), style=style("target-panel--title"))]
        if "figures" in lines:
            parts.append(_FullWidthBar(self.actual, self.expected, style("target-panel--bar-filled"),
                                       style("target-panel--bar-empty"), style("target-panel--bar-marker")))
            for part in ("figures", "pace", "change"):
                if part in lines:
                    parts.append(Text(lines[part], style=style("target-panel--" + part)))
        return Group(*parts)
