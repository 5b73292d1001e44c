"""Set the week's target (明确目标): one measurable number, set against history and the yearly goal.

The form shows what the number means against the rep's last four weeks and,
when a yearly goal is set, what the goal cascade suggests for this week. Once
the week has started, a new value needs a reason, and every change is kept.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Select, Static

from weekplanner.domain.cascade import GoalCascade, cascade
from weekplanner.domain.changes import change_target, reason_needed, week_started
from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_day, format_number, format_value, format_week
from weekplanner.domain.insights import HistoryComparison, against_history, describe_comparison
from weekplanner.domain.parsing.currency import parse_currency
from weekplanner.domain.parsing.targets import parse_target_text, parse_target_value
from weekplanner.domain.progress import PaceStatus
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field, parse_fields
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic

_YEAR_STATUS = {
    PaceStatus.AHEAD: N_("ahead for the year"),
    PaceStatus.ON_TRACK: N_("on track for the year"),
    PaceStatus.BEHIND: N_("behind for the year"),
}


def editable_number(value: Decimal) -> str:
    """A value as the rep would type it back: ``500,000`` or ``94,339.63``."""
    return format_number(value, 0 if value == value.to_integral_value() else 2)


class TargetForm(ModalScreen[bool]):
    """The week's target: metric, value, what exactly; dismisses True when saved."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Target")

    CSS_PATH = ["target_form.tcss", FIELD_CSS_PATH]
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+g", "use_suggestion", N_("Use the suggestion")),
    ]

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week
        self._summaries: list[WeekSummary] = []
        self._cascade: GoalCascade | None = None

    # -- building -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        repo = self.app.repo
        settings = repo.settings
        self.record = repo.record(self.week.label)
        existing = self.record.target
        metric = existing.metric if existing else Metric(settings.yearly_goal_metric or "revenue")
        self.started = week_started(self.week, settings.workdays, self.app.clock.now(), settings.day_start_hour)
        with Vertical(id="target-dialog"):
            yield PlainLabel(_("Target for {week}").format(week=format_week(self.week)), id="target-title")
            with VerticalScroll(id="target-body"):
                yield PlainLabel(_("Measured as"), classes="field--label")
                yield Select(
                    [(_("Revenue"), Metric.REVENUE.value), (_("Count (new clients, deals …)"), Metric.COUNT.value)],
                    value=metric.value, allow_blank=False, id="metric",
                )
                with Horizontal(id="target-row"):
                    yield Field(
                        _("Value"), self._value_text(existing),
                        parser=self._value_parser(metric), id="value",
                        hint=_("For example 500000, ¥500,000, 500k or 50万; for a count, 10 new clients."),
                    )
                    yield Field(
                        _("Currency"), existing.currency if existing else settings.currency,
                        parser=parse_currency, placeholder="CNY", id="currency",
                    )
                    yield Field(
                        _("Unit"), existing.unit if existing else "", id="unit", placeholder=_("new clients"),
                        required_message=_("Say what you count, for example new clients."),
                    )
                yield PlainStatic("", id="history-line")
                yield PlainStatic("", id="cascade-line")
                yield Field(
                    _("What exactly (specific and measurable)"), existing.description if existing else "",
                    required=False, id="description",
                    placeholder=_("e.g. close 10 deals with new clients in the east district"),
                )
                yield Field(
                    _("Reason for the change"), "", id="reason",
                    required_message=_("The week has started: say why the target changes."),
                    placeholder=_("e.g. a large order was postponed to next month"),
                )
                yield PlainStatic(self._changes_text(existing), id="changes")
        yield Footer()

    def on_mount(self) -> None:
        self._summaries = self.app.repo.history()
        self.query_one("#reason", Field).display = self.started and self.record.target is not None
        self._show_metric(self._metric())
        self.query_one("#value", Field).focus()

    def _value_text(self, target: Target | None) -> str:
        return editable_number(target.value) if target else ""

    @staticmethod
    def _value_parser(metric: Metric):
        return functools.partial(parse_target_value, revenue=metric is Metric.REVENUE)

    def _metric(self) -> Metric:
        return Metric(self.query_one("#metric", Select).value)

    def _changes_text(self, target: Target | None) -> str:
        if target is None or not target.changes:
            return ""
        lines = [_("Changes this week:")]
        for change in target.changes:
            lines.append(
                _("{old} → {new} on {day}: {reason}").format(
                    old=format_value(change.old, target.metric.value, target.currency, target.unit),
                    new=format_value(change.new, target.metric.value, target.currency, target.unit),
                    day=format_day(change.at.date()),
                    reason=change.reason or "–",
                )
            )
        return "\n".join(lines)

    # -- live feedback --------------------------------------------------------------------
    def _show_metric(self, metric: Metric) -> None:
        revenue = metric is Metric.REVENUE
        self.query_one("#currency", Field).display = revenue
        self.query_one("#unit", Field).display = not revenue
        self.query_one("#value", Field).parser = self._value_parser(metric)
        self._update_cascade(metric)
        self._update_history()

    @on(Select.Changed, "#metric")
    def _metric_changed(self, event: Select.Changed) -> None:
        self._show_metric(Metric(event.value))

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.input.parent is self.query_one("#value", Field):
            self._update_history()

    def _typed_value(self) -> Decimal | None:
        field = self.query_one("#value", Field)
        try:
            return field.parser(field.text) if field.text.strip() else None
        except ParseError:
            return None

    def _format(self, value: Decimal) -> str:
        currency = self.query_one("#currency", Field).text.strip().upper() or self.app.repo.settings.currency
        return format_value(value, self._metric().value, currency, self.query_one("#unit", Field).text.strip())

    def _update_history(self) -> None:
        """The typed value against the last four weeks; a warning (never a block) when far above."""
        line = self.query_one("#history-line", Static)
        value_field = self.query_one("#value", Field)
        value = self._typed_value()
        comparison = self._compare(value) if value is not None else None
        value_field.warning = ""
        if comparison is None:
            line.update(_("No finished weeks to compare with yet.") if not self._summaries else "")
            return
        if not comparison.has_history:
            line.update(_("No finished weeks with this kind of target to compare with yet."))
            return
        text = _("{weeks}-week average: {average}").format(
            weeks=comparison.weeks, average=self._format(comparison.average)
        )
        meaning = describe_comparison(comparison)
        line.update(f"{text} · {meaning}" if meaning else text)
        if comparison.far_above:
            value_field.warning = _(
                "Far above anything achieved so far (best: {best} in {week}); you can still save it."
            ).format(best=self._format(comparison.best), week=comparison.best_label)

    def _compare(self, value: Decimal) -> HistoryComparison:
        return against_history(value, self._summaries, 4, metric=self._metric().value, before=self.week.start)

    def _update_cascade(self, metric: Metric) -> None:
        settings = self.app.repo.settings
        line = self.query_one("#cascade-line", Static)
        goal = settings.yearly_goal
        if goal is None or settings.yearly_goal_metric != metric.value:
            self._cascade = None
            line.display = False
            return
        self._cascade = result = cascade(goal, self._summaries, self.week, metric.value)
        parts = result.breakdown
        line.display = True
        line.update(
            _("Yearly goal {year} → {quarter} a quarter → {month} a month → {week} a week").format(
                year=self._format(parts.yearly), quarter=self._format(parts.quarterly),
                month=self._format(parts.monthly), week=self._format(parts.weekly),
            )
            + "\n"
            + _("So far this year {done} ({status}); {left} left over {weeks} weeks: suggested {suggested} "
                "this week (ctrl+g uses it)").format(
                done=self._format(result.achieved), status=_(_YEAR_STATUS[result.status]),
                left=self._format(result.remaining), weeks=result.weeks_left,
                suggested=self._format(result.suggested),
            )
        )

    # -- actions ---------------------------------------------------------------------------
    def action_use_suggestion(self) -> None:
        """The goal cascade's share for the metric shown; else what the empty target panel suggests (T)."""
        value = self.query_one("#value", Field)
        if self._cascade is not None:
            value.text = editable_number(self._cascade.suggested)
            value.focus()
            return
        from weekplanner.domain.target_suggestion import suggest_target

        last_week = self.app.repo.record(self.week.previous().label).target
        suggestion = suggest_target(self.week, last_week, self._summaries, self.app.repo.settings)
        if suggestion is None:
            self.notify(_("Nothing to suggest yet: no yearly goal, no target last week and no finished weeks."),
                        severity="warning")
            return
        target = suggestion.target
        if target.metric is not self._metric():
            self.query_one("#metric", Select).value = target.metric.value
            self._show_metric(target.metric)
        value.text = editable_number(target.value)
        self.query_one("#currency" if target.is_revenue else "#unit", Field).text = (
            target.currency if target.is_revenue else target.unit)
        self.notify(_("Suggested: {source}.").format(source=suggestion.label))
        value.focus()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def _understand_value(self) -> None:
        """``10 new clients`` / ``10个新客户`` typed as the value: a count target, its unit in the unit field."""
        field = self.query_one("#value", Field)
        try:
            kind, value, unit = parse_target_text(field.text)
        except ParseError:
            return
        if kind != Metric.COUNT.value:
            return
        if self._metric() is not Metric.COUNT:
            self.query_one("#metric", Select).value = Metric.COUNT.value
            self._show_metric(Metric.COUNT)
        field.text = editable_number(value)
        self.query_one("#unit", Field).text = unit

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the next field; on the last one it saves."""
        if event.input.parent is self.query_one("#value", Field):
            self._understand_value()
        visible = [f for f in self.query(Field) if f.display]
        if visible and event.input.parent is visible[-1]:
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        self._understand_value()
        metric = self._metric()
        detail = self.query_one("#currency" if metric is Metric.REVENUE else "#unit", Field)
        values = parse_fields([self.query_one("#value", Field), detail, self.query_one("#description", Field)])
        if values is None:
            return
        value, detail_value, description = values
        currency = detail_value if metric is Metric.REVENUE else self.app.repo.settings.currency
        unit = "" if metric is Metric.REVENUE else detail_value
        existing = self.record.target
        target = self._build(existing, metric, value, currency, unit, description or "")
        if target is None:
            return
        self.app.repo.save_record(self.record.with_changes(target=target), summary=_("set the week's target"),
                                  base=self.record)
        self.dismiss(True)

    def _build(
        self, existing: Target | None, metric: Metric, value: Decimal, currency: str, unit: str, description: str
    ) -> Target | None:
        """The new target; None when a required reason is missing (shown inline)."""
        new = Target(metric, value, currency=currency, unit=unit, description=description)
        reason = ""
        if reason_needed(existing, new, self.started):
            parsed = parse_fields([self.query_one("#reason", Field)])
            if parsed is None:
                return None
            reason = parsed[0]
        return change_target(existing, new, reason, self.app.clock.now(), self.started)
