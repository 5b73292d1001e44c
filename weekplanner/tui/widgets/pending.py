"""Inputs whose typed text takes effect on Enter: a weekly total, a ratio, a range of weeks.

Each remembers the text it last took effect with. A form's save first applies
every input still pending (:func:`pending_inputs`), exactly as Enter would, or
refuses with the problem shown: saving never drops a value the rep typed.
"""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widgets import Input


class AppliedOnEnter:
    """Mixed into an :class:`~textual.widgets.Input`: ``pending`` while the typed text has not taken effect."""

    applied_text: str = ""

    def mark_applied(self) -> None:
        """The text shown now is in effect (after Enter, or when the form filled it in itself)."""
        self.applied_text = self.value  # type: ignore[attr-defined]

    @property
    def pending(self) -> bool:
        return self.value != self.applied_text  # type: ignore[attr-defined]


class ApplyInput(AppliedOnEnter, Input):
    """A plain input that takes effect on Enter (see :class:`weekplanner.tui.widgets.field.Field`)."""

    def __init__(self, value: str = "", **kwargs: object) -> None:
        super().__init__(value, **kwargs)  # type: ignore[arg-type]
        self.applied_text = value


def pending_inputs(root: DOMNode, selector: str = "Input") -> list[Input]:
    """The inputs under ``root`` (matching ``selector``) whose typed text has not taken effect yet."""
    return [w for w in root.query(selector) if isinstance(w, AppliedOnEnter) and w.pending]
