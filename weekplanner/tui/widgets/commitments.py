"""Last week's improvement plan as this week's commitments, each ticked kept / not kept.

The widget renders and dispatches: a toggle posts :class:`CommitmentList.Toggled`,
the screen that mounts it saves the mark through the repository (so the next
review can ask "kept? did the number move?") and redraws the marks as stored
with :meth:`CommitmentList.show_marks`.
"""

from __future__ import annotations

from typing import Mapping

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from weekplanner.domain.review import Commitment, next_mark
from weekplanner.i18n import N_, _
from weekplanner.tui.widgets.week_board import commitment_text

#: Each mark's colour, a theme variable (so a theme switch recolours the list).
_STYLES = {True: "$wp-met", False: "$wp-missed", None: "$foreground-muted"}


class CommitmentList(OptionList):
    """One option per commitment, the heading as the border title; enter or space cycles its mark.

    One widget rather than a list of items with a label each, so a mark is redrawn in place. It
    persists nothing: a toggle shows the next mark at once and posts :class:`Toggled`; the screen
    saves it and redraws the marks as stored (:meth:`show_marks`).
    """

    BINDINGS = [Binding("space", "toggle", N_("Kept / not kept / not marked"))]

    class Toggled(Message):
        """A commitment's mark changed (``index`` in last week's improvement plan)."""

        def __init__(self, index: int, kept: bool | None) -> None:
            super().__init__()
            self.index = index
            self.kept = kept

    def __init__(self, commitments: list[Commitment] = (), *, id: str | None = None,  # type: ignore[assignment]
                 classes: str | None = None) -> None:
        super().__init__(*(self._option(c) for c in commitments), id=id, classes=classes)
        self.commitments = list(commitments)
        self.border_title = self.title()

    @staticmethod
    def title() -> str:
        return _("Commitments from last week (enter: kept?)")

    @staticmethod
    def _option(commitment: Commitment) -> Option:
        return Option(Content.styled(commitment_text(commitment), _STYLES[commitment.kept]))

    def show(self, commitments: list[Commitment]) -> None:
        """Show ``commitments`` (hidden when there are none), in the current language."""
        self.commitments = list(commitments)
        self.border_title = self.title()
        self.set_options(self._option(c) for c in commitments)
        self.display = bool(commitments)

    def show_marks(self, marks: Mapping[int, bool]) -> None:
        """Redraw each commitment with its mark as stored (index → kept; absent: not marked), in place."""
        for row, old in enumerate(self.commitments):
            kept = marks.get(old.index)
            if kept != old.kept:
                self.commitments[row] = Commitment(old.index, old.text, kept)
                self.replace_option_prompt_at_index(row, self._option(self.commitments[row]).prompt)

    def action_toggle(self) -> None:
        if self.highlighted is not None:
            self._toggle(self.highlighted)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._toggle(event.option_index)

    def _toggle(self, row: int) -> None:
        old = self.commitments[row]
        new = Commitment(old.index, old.text, next_mark(old.kept))
        self.commitments[row] = new
        self.replace_option_prompt_at_index(row, self._option(new).prompt)
        self.post_message(self.Toggled(new.index, new.kept))
