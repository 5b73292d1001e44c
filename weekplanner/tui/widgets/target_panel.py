"""The week's target on the week board: what it is, how far along, whether the pace holds, where it ends."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, NamedTuple

from textual.content import Content
from textual.style import Style

from weekplanner.domain.formatting import format_day, format_percent, format_value
from weekplanner.domain.progress import WeekProgress
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Target
from weekplanner.i18n import _
from weekplanner.safe_text import clipped, terminal_safe
from weekplanner.tui.widgets.pace import bar, pace_class, pace_word

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

STATUS_CLASSES = ("-ahead", "-on-track", "-behind", "-no-pace", "-no-target")


def target_title(target: Target) -> str:
    """``Revenue ¥500,000`` or ``10 new clients``."""
    value = format_value(target.value, target.metric.value, target.currency, target.unit)
    return _("Revenue {value}").format(value=value) if target.is_revenue else value


def target_amount(target: Target, value) -> str:
    return format_value(value, target.metric.value, target.currency, target.unit)


def status_class(progress: WeekProgress, record: WeekRecord) -> str:
    """The board's class for the week's target: its pace status, or that it has none."""
    if record.target is None:
        return "-no-target"
    pace = progress.target_pace
    return pace_class(pace.status if pace else None)


class TargetLines(NamedTuple):
    """What the target block says: its text lines by part, and the bar's share and pace marker."""

    #: ``title``, ``figures``, ``pace``, ``change``; parts not shown are absent.
    lines: dict[str, str]
    #: Share of the target achieved, and where the pace says it should be by now (None: no marker).
    actual: Decimal = Decimal(0)
    expected: Decimal | None = None


def target_lines(progress: WeekProgress, record: WeekRecord, last_workday_name: str) -> TargetLines:
    """Title, figures, pace and forecast, and the latest change of the week's target."""
    target = record.target
    if target is None:
        return TargetLines({"title": _("No target set for this week. Press t to set one.")})
    pace = progress.target_pace
    heading = target_title(target)
    if target.description:
        heading += " — " + target.description
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
    return TargetLines(
        lines,
        pace.actual if pace else Decimal(0),
        pace.expected if pace and progress.elapsed < 1 else None,
    )


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
