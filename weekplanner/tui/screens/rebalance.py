"""Re-balancing (灵活调整): the proposed plan next to the current one, applied only with a reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rich import box
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from weekplanner.domain.formatting import format_list, format_number, weekday_name
from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.rebalance import RebalanceProposal
from weekplanner.i18n import N_, _
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.field import reveal_problem
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic


def proposal_table(proposal: RebalanceProposal, current: WeekPlan, days: list[date],
                   names: dict[str, str]) -> Table:
    """Per type: each remaining day as ``current→new``, then missed, moved and unplaced."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(_("Activity"), no_wrap=True)
    for day in days:
        table.add_column(f"{weekday_name(day)} {day.day}", justify="right", no_wrap=True)
    table.add_column(_("Missed"), justify="right")
    table.add_column(_("Moved"), justify="right")
    table.add_column(_("Unplaced"), justify="right")
    for key, missed in proposal.shortfall.items():
        cells = [names.get(key, key)]
        for day in days:
            old, new = current.quota(day, key), proposal.plan.quota(day, key)
            cells.append(f"{old}→{new}" if new != old else str(old))
        cells += [str(missed), str(proposal.moved.get(key, 0)), str(proposal.unplaced.get(key, 0))]
        table.add_row(*cells)
    return table


class RebalanceScreen(ModalScreen[str | None]):
    """Dismisses with the reason when the rep applies the new plan, None when they keep the old one."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Re-balance")

    CSS_PATH = "rebalance.tcss"
    BINDINGS = [
        Binding("ctrl+s", "apply", N_("Apply")),
        Binding("escape", "cancel", N_("Keep the plan")),
    ]

    def __init__(self, proposal: RebalanceProposal, current: WeekPlan, days: list[date],
                 names: dict[str, str], cap: Decimal) -> None:
        super().__init__()
        self.cap = cap
        self.proposal = proposal
        self.current = current
        self.days = days
        self.names = names

    def compose(self) -> ComposeResult:
        with Vertical(id="rebalance-dialog"):
            yield PlainStatic(_("Re-balance the rest of the week"), id="rebalance-title", markup=False)
            yield PlainStatic(
                _("What earlier days missed, spread over the days left (at most +{cap}% a day). "
                  "The original plan stays on record.").format(cap=format_number(self.cap * 100)),
                id="rebalance-explain",
                markup=False,
            )
            yield PlainStatic(proposal_table(self.proposal, self.current, self.days, self.names), id="rebalance-table", markup=False)
            if self.proposal.unplaced:
                yield PlainStatic(
                    _("Some of it does not fit under the daily cap and stays unplaced: {what}.").format(
                        what=format_list(f"{self.names.get(k, k)} {n}" for k, n in self.proposal.unplaced.items())
                    ),
                    id="rebalance-unplaced",
                    markup=False,
                )
            yield PlainLabel(_("Reason (kept with the plan)"))
            yield Input(placeholder=_("e.g. client meeting ran all afternoon"), id="rebalance-reason")
            yield PlainStatic(id="rebalance-error", classes="field-error", markup=False)
            with Horizontal(id="rebalance-buttons"):
                yield Button(_("Apply (ctrl+s)"), id="rebalance-apply", variant="primary")
                yield Button(_("Keep the plan (esc)"), id="rebalance-cancel")

    def on_mount(self) -> None:
        translate_screen(self)
        self.query_one("#rebalance-error", Static).display = False
        self.query_one(Input).focus()

    def action_apply(self) -> None:
        reason = self.query_one("#rebalance-reason", Input).value.strip()
        error = self.query_one("#rebalance-error", Static)
        if not reason:
            error.update(_("Write a short reason, so the review can see why the plan changed."))
            error.display = True
            reveal_problem(error, self.query_one("#rebalance-reason", Input))
            return
        if not self.proposal.changes_anything:
            error.update(_("There is no room left under the daily cap; nothing would change."))
            error.display = True
            reveal_problem(error, self.query_one("#rebalance-reason", Input))
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "rebalance-apply":
            self.action_apply()
        else:
            self.action_cancel()
