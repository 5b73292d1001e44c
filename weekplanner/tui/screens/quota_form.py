"""Break the week into daily quotas (制定具体计划): a grid of activity types × workdays.

Type a weekly total and press Enter to spread it over the workdays (the
remainder to the earliest days), or type per-day numbers directly. Saving
spreads any total (and re-derives with any ratio) typed without Enter first. The grid can
also be filled from the target (the rep's own conversion ratios), from last
week's plan, or from the default quotas. Editing a week that has started is
kept as an adjustment, so the review can compare the plan with the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from weekplanner.domain.derive import Ratios, derive_plan, ratios_from_history
from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_number, format_week, weekday_name
from weekplanner.domain.changes import change_plan, week_started
from weekplanner.domain.parsing.amounts import (
    parse_amount,
    parse_percent,
    parse_quota,
    parse_ratio,
    parse_week_total,
)
from weekplanner.tui.week_view import target_share
from weekplanner.domain.plan import (
    WeekPlan, copy_plan, open_workdays, split_week_total, uniform_plan,
)
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field, parse_fields, reveal_problem
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.pending import AppliedOnEnter, pending_inputs
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic

#: The ratio fields of "derive from target": (Ratios attribute, label, parser, revenue targets only?)
_RATIO_FIELDS = (
    ("avg_deal", N_("Average deal"), parse_amount, True),
    ("visit_to_deal", N_("Visit → deal"), parse_percent, True),
    ("visits_per_client", N_("Visits per client"), parse_ratio, False),
    ("calls_per_visit", N_("Calls per visit"), parse_ratio, None),
    ("emails_per_visit", N_("Emails per visit"), parse_ratio, None),
)


class QuotaCell(AppliedOnEnter, Input):
    """A grid cell: up/down move between rows; left/right past the text's edge move between cells."""

    BINDINGS = [
        Binding("up", "move(0, -1)", show=False),
        Binding("down", "move(0, 1)", show=False),
    ]

    @dataclass
    class Move(Message):
        cell: "QuotaCell"
        columns: int
        rows: int

    def __init__(self, value: str, row: int, column: int, **kwargs: object) -> None:
        super().__init__(value, restrict=r"[0-9０-９]*", max_length=5, compact=True, **kwargs)
        self.applied_text = value
        self.row = row
        self.column = column

    def action_move(self, columns: int, rows: int) -> None:
        self.post_message(self.Move(self, columns, rows))

    def _whole_selected(self) -> bool:
        return bool(self.value) and abs(self.selection.end - self.selection.start) == len(self.value)

    def action_cursor_left(self, select: bool = False) -> None:
        if not select and (self._whole_selected() or (self.cursor_at_start and self.selection.is_empty)):
            self.action_move(-1, 0)
        else:
            super().action_cursor_left(select)

    def action_cursor_right(self, select: bool = False) -> None:
        if not select and (self._whole_selected() or (self.cursor_at_end and self.selection.is_empty)):
            self.action_move(1, 0)
        else:
            super().action_cursor_right(select)


def _quota_or_zero(text: str) -> int:
    """A cell's quota for a running total; an unreadable cell counts as 0 (and is reported on save)."""
    try:
        return parse_quota(text or "0")
    except ParseError:
        return 0


def _ratio_text(attribute: str, value: Decimal) -> str:
    if attribute == "visit_to_deal":
        return format_number(value * 100, 0 if value * 100 == (value * 100).to_integral_value() else 1) + "%"
    return format_number(value, 0 if value == value.to_integral_value() else 2)


class QuotaForm(ModalScreen[bool]):
    """Daily quotas per activity type and workday; dismisses True when saved."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Plan quotas")

    CSS_PATH = ["quota_form.tcss", FIELD_CSS_PATH]
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+t", "split_all", N_("Split totals")),
        Binding("ctrl+r", "derive", N_("Derive from target")),
        Binding("ctrl+l", "copy_last_week", N_("Copy last week")),
        Binding("ctrl+o", "defaults", N_("Defaults")),
    ]

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week

    # -- building -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        repo = self.app.repo
        settings = self.settings = repo.settings
        self.record = repo.record(self.week.label)
        plan = self.record.plan
        self.started = week_started(self.week, settings.workdays, self.app.clock.now(), settings.day_start_hour)
        planned_days = {d for d, row in plan.quotas.items() if row}
        self.workdays = settings.sorted_workdays()
        self.days = sorted(set(self.workdays) | planned_days, key=lambda d: (d - settings.week_start) % 7)
        #: Workdays a weekly total or a derived plan is spread over (today and later in a week under way).
        self.open_days = open_workdays(self.week.days, self.workdays, self.app.clock.today())
        visible = [t.key for t in settings.visible_types()]
        self.types = visible + [t for t in plan.types() if t not in visible]

        with Vertical(id="quota-dialog"):
            yield PlainLabel(_("Daily quotas for {week}").format(week=format_week(self.week)), id="quota-title")
            yield PlainStatic(
                _("Type a weekly total and press Enter to spread it over the workdays, or type each day.")
                if len(self.open_days) == len(self.workdays) else
                _("The week is under way: a weekly total is spread over today and the days left; "
                  "days already past keep their quotas."),
                id="quota-help",
            )
            # The method's classic line: 10 new clients a week = 2 a day, beside 3 visits, 10 calls, 20 emails.
            share = target_share(self.record, len(self.week.workdays(settings.workdays)))
            if share:
                yield Static(share, id="quota-target-share", markup=False)
            with VerticalScroll(id="quota-body"):
                with Grid(id="quota-grid"):
                    yield PlainStatic("")
                    for day in self.days:
                        yield PlainStatic(weekday_name(day), classes="grid-head")
                    yield PlainStatic(_("Total"), classes="grid-head")
                    for row, activity_type in enumerate(self.types):
                        yield PlainStatic(self._type_name(activity_type), classes="grid-type")
                        for column, day in enumerate(self.days):
                            yield QuotaCell(str(plan.quota(day, activity_type)), row, column, id=f"cell-{row}-{column}")
                        yield QuotaCell(
                            str(plan.week_total(activity_type)), row, len(self.days),
                            id=f"total-{row}", classes="grid-total",
                        )
                yield PlainStatic("", id="grid-error")
                with Vertical(id="derive"):
                    yield PlainLabel(_("Derive from the target"), classes="section-title")
                    with Horizontal(id="ratio-row"):
                        for attribute, label, parser, _revenue in _RATIO_FIELDS:
                            yield Field(_(label), parser=parser, applied_on_enter=True, id=f"ratio-{attribute}")
                    yield PlainStatic("", id="derive-source")
                    yield PlainStatic("", id="derive-steps")
                yield Field(
                    _("Reason for the change (optional)"), required=False, id="reason",
                    placeholder=_("e.g. two client meetings moved to Thursday"),
                )
        yield Footer()

    def _type_name(self, key: str) -> str:
        activity_type = self.settings.type_named(key)
        return activity_type.display_name if activity_type else key

    def on_mount(self) -> None:
        grid = self.query_one("#quota-grid")
        grid.styles.grid_size_columns = len(self.days) + 2
        grid.styles.grid_columns = " ".join(["14"] + ["8"] * (len(self.days) + 1))
        self.query_one("#derive").display = False
        self.query_one("#reason", Field).display = self.started and not self.record.plan.is_empty()
        if self.types:
            self.query_one("#total-0", QuotaCell).focus()
        else:  # every type hidden: the form itself, so its keys scroll it
            self.focus_next()

    # -- the grid ----------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> QuotaCell:
        if column == len(self.days):
            return self.query_one(f"#total-{row}", QuotaCell)
        return self.query_one(f"#cell-{row}-{column}", QuotaCell)

    @on(QuotaCell.Move)
    def _move(self, event: QuotaCell.Move) -> None:
        row = min(max(event.cell.row + event.rows, 0), len(self.types) - 1)
        column = min(max(event.cell.column + event.columns, 0), len(self.days))
        self._cell(row, column).focus()

    @on(Input.Changed, "QuotaCell")
    def _cell_changed(self, event: Input.Changed) -> None:
        cell = event.input
        assert isinstance(cell, QuotaCell)
        cell.remove_class("-invalid")
        if cell.column < len(self.days):
            self._refresh_total(cell.row)

    def _refresh_total(self, row: int) -> None:
        try:
            total = sum(parse_quota(self._cell(row, c).value or "0") for c in range(len(self.days)))
        except ParseError:
            return
        self._set_total(row, total)

    def _set_total(self, row: int, total: int) -> None:
        """Show the row's total as the sum of its days: nothing typed is waiting to be spread."""
        cell = self._cell(row, len(self.days))
        cell.value = str(total)
        cell.mark_applied()

    @on(Input.Submitted, "QuotaCell")
    def _cell_submitted(self, event: Input.Submitted) -> None:
        cell = event.input
        assert isinstance(cell, QuotaCell)
        if cell.column == len(self.days):
            self._split(cell.row)
        else:
            self.focus_next()

    def _split(self, row: int) -> bool:
        """Spread the row's weekly total over the open days; False (and the problem shown) if unreadable.

        Days already past keep their quotas and count toward the total; the
        rest of it goes to today and the days left, the remainder first.
        """
        cell = self._cell(row, len(self.days))
        try:
            total = parse_week_total(cell.value or "0", len(self.workdays))
            kept = {day: parse_quota(self._cell(row, column).value or "0")
                    for column, day in enumerate(self.days) if day in self.workdays and day not in self.open_days}
            per_day = split_week_total(total, self.open_days, kept)
        except ParseError as problem:
            self._show_problem(cell, problem)
            return False
        for column, day in enumerate(self.days):
            self._cell(row, column).value = str(per_day.get(day, 0))
        self._set_total(row, sum(per_day.values()))
        self.query_one("#grid-error", Static).update("")
        return True

    def _show_problem(self, cell: QuotaCell, problem: ParseError) -> None:
        where = self._type_name(self.types[cell.row])
        if cell.column < len(self.days):
            where += ", " + weekday_name(self.days[cell.column])
        else:
            where += ", " + _("Total")
        cell.add_class("-invalid")
        self.query_one("#grid-error", Static).update(
            _("{where}: {problem}").format(where=where, problem=problem)
        )
        reveal_problem(self.query_one("#grid-error", Static), cell)

    def _fill(self, plan: WeekPlan, types: list[str] | None = None, days: list[int] | None = None) -> None:
        """Put ``plan`` into the grid (only ``types`` rows and ``days`` columns when given)."""
        for row, activity_type in enumerate(self.types):
            if types is not None and activity_type not in types:
                continue
            for column, day in enumerate(self.days):
                if days is None or day in days:
                    self._cell(row, column).value = str(plan.quota(day, activity_type))
            self._set_total(row, sum(plan.quota(day, activity_type) if days is None or day in days
                                     else _quota_or_zero(self._cell(row, column).value)
                                     for column, day in enumerate(self.days)))
        self.query_one("#grid-error", Static).update("")

    def _read_plan(self) -> WeekPlan | None:
        """The plan typed in the grid; None (and the first problem shown) when a cell is unreadable."""
        quotas: dict[int, dict[str, int]] = {}
        for row, activity_type in enumerate(self.types):
            for column, day in enumerate(self.days):
                cell = self._cell(row, column)
                try:
                    quotas.setdefault(day, {})[activity_type] = parse_quota(cell.value or "0")
                except ParseError as problem:
                    self._show_problem(cell, problem)
                    return None
        return WeekPlan(quotas)

    # -- filling actions -------------------------------------------------------------------------
    def action_split_all(self) -> None:
        for row in range(len(self.types)):
            if not self._split(row):
                return

    def action_copy_last_week(self) -> None:
        # The original plan, as last week was made: a re-balance's pile on Friday is not a plan to repeat.
        last = self.app.repo.record(self.week.previous().label).original_plan
        if last.is_empty():
            self.notify(_("Last week has no plan to copy."), severity="warning")
            return
        self._fill(copy_plan(last, self.settings.workdays))
        self.notify(_("Copied last week's original plan; press ctrl+s to save it."))

    def action_defaults(self) -> None:
        self._fill(uniform_plan(self.settings.default_quotas, self.workdays))

    def action_derive(self) -> None:
        self._derive()

    def _derive(self) -> bool:
        """Open the ratios (first press) or re-derive with the edited ratios, and fill the grid.

        False (with the problem shown) when there is no target or a ratio is unreadable.
        """
        target = self.record.target
        if target is None:
            self.notify(_("Set the week's target first (t on the week screen)."), severity="warning")
            return False
        panel = self.query_one("#derive")
        if not panel.display:
            self._open_derive(target.is_revenue)
        ratios = self._read_ratios(target.is_revenue)
        if ratios is None:
            return False
        derived = derive_plan(target, ratios, self.open_days)
        self._fill(derived.plan, list(derived.weekly), self.open_days)
        self.query_one("#derive-steps", Static).update("\n".join(derived.steps))
        for ratio in self.query("#ratio-row Input"):
            assert isinstance(ratio, AppliedOnEnter)
            ratio.mark_applied()
        return True

    def _apply_pending(self) -> bool:
        """Apply what was typed without Enter, as Enter would: edited ratios, then weekly totals.

        A typed total is applied after a re-derive, so it is what its row ends up with.
        False (the first problem shown) when one of them cannot be applied.
        """
        typed_totals = {cell.row: cell.value for cell in pending_inputs(self, ".grid-total")
                        if isinstance(cell, QuotaCell)}
        if self.query_one("#derive").display and pending_inputs(self, "#ratio-row Input") and not self._derive():
            return False
        for row, text in typed_totals.items():
            self._cell(row, len(self.days)).value = text
            if not self._split(row):
                return False
        return True

    def _open_derive(self, revenue: bool) -> None:
        summaries = [s for s in self.app.repo.history() if s.start < self.week.start]
        ratios = ratios_from_history(summaries)
        for attribute, _label, _parser, revenue_only in _RATIO_FIELDS:
            field = self.query_one(f"#ratio-{attribute}", Field)
            field.display = revenue_only is None or revenue_only == revenue
            field.text = _ratio_text(attribute, getattr(ratios, attribute))
        source = self.query_one("#derive-source", Static)
        if ratios.from_history:
            source.update(_("Ratios from your recent weeks where known, defaults elsewhere; edit them and press Enter."))
        else:
            source.update(_("No history yet: these are typical ratios; edit them to match yours and press Enter."))
        self.query_one("#derive").display = True

    def _read_ratios(self, revenue: bool) -> Ratios | None:
        fields = [self.query_one(f"#ratio-{a}", Field) for a, *_rest in _RATIO_FIELDS]
        values = parse_fields(f for f in fields if f.display)
        if values is None:
            return None
        shown = [a for (a, *_rest), f in zip(_RATIO_FIELDS, fields) if f.display]
        ratios = dict(zip(shown, values))
        if revenue and ratios.get("visit_to_deal") == 0:
            self.query_one("#ratio-visit_to_deal", Field).error = _("The visit → deal rate must be more than 0%.")
            return None
        if not revenue and ratios.get("visits_per_client") == 0:
            self.query_one("#ratio-visits_per_client", Field).error = _("Visits per client must be more than 0.")
            return None
        return Ratios(**ratios)

    @on(Input.Submitted, "#ratio-row Input")
    def _ratio_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_derive()

    # -- save / cancel -----------------------------------------------------------------------------
    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        if self._read_plan() is None or not self._apply_pending():
            return
        plan = self._read_plan()
        if plan is None:
            return
        record = change_plan(self.record, plan, self.query_one("#reason", Field).text, self.app.clock.now(),
                             self.started)
        if record == self.record:
            self.dismiss(False)
            return
        self.app.repo.save_record(record, summary=_("plan the week's quotas"), base=self.record)
        self.dismiss(True)

