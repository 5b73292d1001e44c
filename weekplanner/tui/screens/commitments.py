"""Mark last week's commitments kept or not, from the week screen's k when there are several."""

from __future__ import annotations

from typing import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen

from weekplanner.domain.review import Commitment
from weekplanner.domain.week import Week
from weekplanner.i18n import N_
from weekplanner.storage.errors import StorageError
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.commitments import CommitmentList
from weekplanner.tui.writes import RepositoryWriter, save_commitment_mark


class CommitmentsScreen(RepositoryWriter[None], ModalScreen[None]):
    """The commitments of ``week`` as a list; enter or space toggles one, and each mark is saved at once."""

    TITLE = N_("Last week's commitments")

    CSS_PATH = ["commitments.tcss", "../widgets/commitments.tcss"]
    BINDINGS = [Binding("escape,k", "close", N_("Close"))]

    def __init__(self, week: Week, commitments: list[Commitment]) -> None:
        super().__init__()
        self.week = week
        self.commitments = commitments

    def compose(self) -> ComposeResult:
        yield CommitmentList(self.commitments, id="commitments-dialog")

    def on_mount(self) -> None:
        translate_screen(self)
        self.query_one(CommitmentList).focus()

    def on_commitment_list_toggled(self, message: CommitmentList.Toggled) -> None:
        stored: list[Mapping[int, bool]] = []
        if not self._writable() or not self._write(
            lambda: stored.append(save_commitment_mark(self.app.repo, self.week.label, message.index, message.kept))
        ):
            self.dismiss(None)  # the week screen redraws what is on disk
            return
        self.query_one(CommitmentList).show_marks(stored[0])

    def _reload(self) -> None:
        """After an undo or redo: the marks as stored."""
        try:
            marks = self.app.repo.record(self.week.label).commitments_kept
        except StorageError as error:
            self.notify(str(error), severity="error")
            return
        self.query_one(CommitmentList).show_marks(marks)

    def action_close(self) -> None:
        self.dismiss(None)
