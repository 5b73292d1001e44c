"""Last week's improvement plan as this week's commitments, each ticked kept / not kept.

The widget renders and posts :class:`CommitmentList.Toggled`; the screen that
mounts it saves the mark with :func:`save_commitment_mark`, so the next review
can ask "kept? did the number move?".
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Label, ListItem, ListView, Static

from weekplanner.domain.review import Commitment
from weekplanner.i18n import N_, _
from weekplanner.storage.repository import Repository

_MARKS = {True: "✓", False: "✗", None: "·"}


def save_commitment_mark(repo: Repository, week_label: str, index: int, kept: bool) -> None:
    """Record whether commitment ``index`` (of last week's plan) was kept in week ``week_label``."""
    record = repo.record(week_label)
    marks = {**record.commitments_kept, index: kept}
    repo.save_record(
        record.with_changes(commitments_kept=marks),
        (_("commitment kept") if kept else _("commitment not kept")),
    )


def next_mark(kept: bool | None) -> bool:
    """Unmarked or not kept → kept; kept → not kept."""
    return kept is not True


class CommitmentList(Widget):
    """One row per commitment; enter or space toggles kept / not kept."""

    BINDINGS = [Binding("space", "toggle", N_("Kept / not kept"))]

    class Toggled(Message):
        """A commitment's mark changed (``index`` in last week's improvement plan)."""

        def __init__(self, index: int, kept: bool) -> None:
            super().__init__()
            self.index = index
            self.kept = kept

    def __init__(self, commitments: list[Commitment], *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.commitments = list(commitments)

    def compose(self) -> ComposeResult:
        yield Static(_("Commitments from last week's review (enter: kept / not kept)"), classes="commitments-title")
        yield ListView(*(self._item(c) for c in self.commitments), classes="commitments-list")

    def _item(self, commitment: Commitment) -> ListItem:
        state = {True: "kept", False: "not-kept", None: "unmarked"}[commitment.kept]
        return ListItem(Label(self._text(commitment)), classes=f"commitment -{state}")

    @staticmethod
    def _text(commitment: Commitment) -> str:
        status = {True: _("kept"), False: _("not kept"), None: _("not marked")}[commitment.kept]
        return _("{mark} {text}  ({status})").format(mark=_MARKS[commitment.kept], text=commitment.text,
                                                     status=status)

    def action_toggle(self) -> None:
        index = self.query_one(ListView).index
        if index is not None:
            self._toggle(index)

    @on(ListView.Selected)
    def _selected(self, event: ListView.Selected) -> None:
        event.stop()
        if event.list_view.index is not None:
            self._toggle(event.list_view.index)

    def _toggle(self, row: int) -> None:
        old = self.commitments[row]
        new = Commitment(old.index, old.text, next_mark(old.kept))
        self.commitments[row] = new
        item = self.query_one(ListView).children[row]
        item.query_one(Label).update(self._text(new))
        for state in ("-kept", "-not-kept", "-unmarked"):
            item.remove_class(state)
        item.add_class("-kept" if new.kept else "-not-kept")
        self.post_message(self.Toggled(new.index, bool(new.kept)))
