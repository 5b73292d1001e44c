"""The week's target: what it is, how far along, whether the pace holds, where it ends."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from weekplanner.domain.formatting import format_day, format_percent, format_value
from weekplanner.domain.progress import WeekProgress
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Target
from weekplanner.i18n import _
from weekplanner.tui.widgets.pace import PaceBar, pace_class, pace_word


def target_title(target: Target) -> str:
    """``Revenue ¥500,000`` or ``10 new clients``."""
    value = format_value(target.value, target.metric.value, target.currency, target.unit)
    return _("Revenue {value}").format(value=value) if target.is_revenue else value


def target_amount(target: Target, value) -> str:
    return format_value(value, target.metric.value, target.currency, target.unit)


STATUS_CLASSES = ("-ahead", "-on-track", "-behind", "-no-pace", "-no-target")


class TargetPanel(Vertical):
    """Title, bar with the pace marker, figures, pace and forecast, and the latest change."""

    def compose(self) -> ComposeResult:
        yield Static(id="target-title", markup=False)
        yield PaceBar(id="target-bar")
        yield Static(id="target-figures", markup=False)
        yield Static(id="target-pace", markup=False)
        yield Static(id="target-change", markup=False)

    def _set_status(self, status_class: str) -> None:
        """Swap the status class only when it changes (a class change restyles the panel)."""
        if self.has_class(status_class):
            return
        self.remove_class(*STATUS_CLASSES)
        self.add_class(status_class)

    def show(self, progress: WeekProgress, record: WeekRecord, last_workday_name: str) -> None:
        target = record.target
        title = self.query_one("#target-title", Static)
        bar = self.query_one("#target-bar", PaceBar)
        figures = self.query_one("#target-figures", Static)
        pace_line = self.query_one("#target-pace", Static)
        change = self.query_one("#target-change", Static)
        if target is None:
            self._set_status("-no-target")
            title.update(_("No target set for this week. Press t to set one."))
            figures.display = pace_line.display = change.display = False
            return
        figures.display = pace_line.display = True
        pace = progress.target_pace
        self._set_status(pace_class(pace.status if pace else None))
        heading = target_title(target)
        if target.description:
            heading += " — " + target.description
        title.update(heading)
        bar.actual = pace.actual if pace else 0
        bar.expected = pace.expected if pace and progress.elapsed < 1 else None
        figures.update(
            _("{achieved} of {target} · {percent}").format(
                achieved=target_amount(target, progress.achieved),
                target=target_amount(target, target.value),
                percent=format_percent(progress.target_percent),
            )
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
        pace_line.update(" · ".join(words))
        if target.changes:
            latest = target.changes[-1]
            change.display = True
            change.update(
                _("Changed {day} from {old} to {new}: {reason}").format(
                    day=format_day(latest.at.date()),
                    old=target_amount(target, latest.old),
                    new=target_amount(target, latest.new),
                    reason=latest.reason or _("no reason given"),
                )
            )
        else:
            change.display = False


