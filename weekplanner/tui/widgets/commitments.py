"""Last week's improvement plan as this week's commitments, each ticked kept / not kept.

The widget renders and posts :class:`CommitmentList.Toggled`; the screen that
mounts it saves the mark with :func:`save_commitment_mark`, so the next review
can ask "kept? did the number move?".
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from weekplanner.domain.review import Commitment, next_mark
from weekplanner.i18n import N_, _
from weekplanner.storage.repository import Repository
from weekplanner.tui.widgets.week_board import commitment_text

#: Each mark's colour, a theme variable (so a theme switch recolours the list).
_STYLES = {True: "$wp-met", False: "$wp-missed", None: "$foreground-muted"}


def save_commitment_mark(repo: Repository, week_label: str, index: int, kept: bool | None) -> None:
    """Record whether commitment ``index`` (of last week's plan) was kept in week ``week_label`` (None: unmarked)."""
    record = repo.record(week_label)
    marks = {i: k for i, k in record.commitments_kept.items() if i != index}
    if kept is not None:
        marks[index] = kept
    summary = (_("commitment kept") if kept else _("commitment not kept") if kept is False
               else _("commitment mark cleared"))
    repo.save_record(record.with_changes(commitments_kept=marks), summary)


class CommitmentList(OptionList):
    """One option per commitment, the heading as the border title; enter or space toggles kept / not kept.

    One widget rather than a list of items with a label each: the week screen shows it on every
    start, and it is redrawn in place (``show``) when the week changes.
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
