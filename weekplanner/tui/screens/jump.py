"""Go to a week typed as ``2026-W40``, a date, ``last`` or ``next``."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.dates import parse_week
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.field import reveal_problem
from weekplanner.tui.widgets.plain import PlainStatic


class JumpScreen(ModalScreen[Week | None]):
    """One field; a wrong week shows what is accepted and keeps the text for fixing."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Go to week")

    CSS_PATH = "jump.tcss"
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, today: date, week_start: int) -> None:
        super().__init__()
        self.today = today
        self.week_start = week_start

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-dialog"):
            yield PlainStatic(_("Go to week"), id="jump-title", markup=False)
            yield Input(placeholder=_("2026-W40, 2026-11-23, last, next"), id="jump-input")
            yield PlainStatic(id="jump-error", classes="field-error", markup=False)
            yield PlainStatic(_("Enter: go · Escape: cancel"), id="jump-help", markup=False)

    def on_mount(self) -> None:
        translate_screen(self)
        self.query_one("#jump-error", Static).display = False
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        error = self.query_one("#jump-error", Static)
        try:
            week = parse_week(event.value, self.today, self.week_start)
        except ParseError as problem:
            error.update(str(problem))
            error.display = True
            reveal_problem(error)
            return
        self.dismiss(week)

    def action_cancel(self) -> None:
        self.dismiss(None)
