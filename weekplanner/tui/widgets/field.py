"""A labelled input that validates what was typed and shows the problem right under it.

Forms stay simple: each typed value is a ``Field`` with a domain parser
(``parse_amount``, ``parse_count`` …); :func:`parse_fields` runs them all,
shows every problem inline at once and focuses the first, and what the rep
typed is never cleared. Screens using ``Field`` add :data:`FIELD_CSS_PATH` to
their ``CSS_PATH`` (Textual loads styles per screen, not per widget).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _
from weekplanner.safe_text import control_characters_refusal, has_control_characters, terminal_safe
from weekplanner.tui.widgets.pending import ApplyInput

FIELD_CSS_PATH = Path(__file__).with_name("field.tcss")

Parser = Callable[[str], Any]


class Field(Vertical):
    """Label, input, optional hint, and a message line that appears only when needed (the problem, else the warning)."""

    DEFAULT_CLASSES = "field"

    #: The current problem with the typed text ("" when none); shown under the input.
    error: reactive[str] = reactive("")
    #: A non-blocking note (e.g. "far above anything achieved"), shown under the input.
    warning: reactive[str] = reactive("")

    def __init__(
        self,
        label: str,
        value: str = "",
        *,
        parser: Parser | None = None,
        placeholder: str = "",
        hint: str = "",
        required: bool = True,
        required_message: str = "",
        applied_on_enter: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.label = label
        self.parser = parser
        self.required = required
        self.required_message = required_message
        # A stored value is shown without terminal controls; saved again, it is stored without them.
        self._initial = terminal_safe(value)
        self._placeholder = placeholder
        self._hint = hint
        #: The text takes effect on Enter (a range, a ratio): saving applies it first when still pending.
        self.applied_on_enter = applied_on_enter

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field--label", markup=False)
        kind = ApplyInput if self.applied_on_enter else Input
        yield kind(self._initial, placeholder=self._placeholder, classes="field--input")
        if self._hint:
            yield Static(self._hint, classes="field--hint", markup=False)
        # One line for the problem or, when there is none, the warning: a form has a widget fewer per field
        # to build and style. Problems quote what was typed: shown as text, never read as markup.
        yield Static("", classes="field--message", markup=False)

    # -- the typed text ----------------------------------------------------------------
    @property
    def input(self) -> Input:
        return self.query_one(".field--input", Input)

    @property
    def text(self) -> str:
        return self.input.value if self.is_mounted else self._initial

    @text.setter
    def text(self, value: str) -> None:
        if self.is_mounted:
            self.input.value = value
        else:
            self._initial = value

    def focus(self, scroll_visible: bool = True) -> "Field":
        self.input.focus(scroll_visible)
        return self

    # -- validation ------------------------------------------------------------------
    def parse(self) -> Any:
        """The parsed value (None for an empty optional field); on a problem, show it and raise ParseError."""
        text = self.text
        if has_control_characters(text):
            self.error = control_characters_refusal()
            raise ParseError(self.error)
        if not text.strip():
            if not self.required:
                self.error = ""
                return None
            if self.parser is None:
                self.error = self.required_message or _("This field is required.")
                raise ParseError(self.error)
        try:
            value = self.parser(text) if self.parser else text.strip()
        except ParseError as problem:
            self.error = str(problem)
            raise
        self.error = ""
        return value

    def watch_error(self, message: str) -> None:
        self.set_class(bool(message), "-invalid")
        self._show_message()
        if message and self.is_mounted:
            self.call_after_refresh(self._reveal)

    def _show_message(self) -> None:
        """The problem if there is one (a warning about a value that cannot be saved waits), else the warning."""
        if self.is_mounted:
            self.query_one(".field--message", Static).update(terminal_safe(self.error or self.warning))

    def _reveal(self) -> None:
        """A problem is seen: this field, error line included, scrolls into view and takes the focus,
        unless the focus is already on another field with a problem (the first one, after a save)."""
        if not self.error or not self.is_attached or not self.display:
            return
        focused = self.screen.focused
        holder = next((node for node in focused.ancestors_with_self if isinstance(node, Field)), None) \
            if focused is not None else None
        if holder is None or not holder.error:
            self.input.focus(scroll_visible=False)
            holder = self
        if holder is self:
            self.scroll_visible(animate=False, immediate=True)

    def watch_warning(self, message: str) -> None:
        self.set_class(bool(message), "-warned")
        self._show_message()

    def on_mount(self) -> None:
        self.watch_error(self.error)
        self.watch_warning(self.warning)

    def on_input_changed(self, event: Input.Changed) -> None:
        # The rep is fixing it: stop shouting, re-check on the next submit.
        if self.error:
            self.error = ""


def reveal_problem(line: Widget, fix: Widget | None = None) -> None:
    """A problem just written into ``line`` is seen: ``fix`` (where to correct it) takes the focus, and once
    the line has its height (after the next refresh) it scrolls into view, however far down the form it is."""
    if fix is not None:
        fix.focus()
    line.call_after_refresh(lambda: line.is_attached and line.scroll_visible(animate=False, immediate=True))


def parse_fields(fields: Iterable[Field]) -> list[Any] | None:
    """Parse every field; None when any failed (all problems shown, the first focused)."""
    values: list[Any] = []
    first_bad: Field | None = None
    for field in fields:
        try:
            values.append(field.parse())
        except ParseError:
            first_bad = first_bad or field
    if first_bad is not None:
        first_bad.focus()
        return None
    return values
