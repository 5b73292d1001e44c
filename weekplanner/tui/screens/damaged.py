"""A data file that cannot be read, as a screen: which file, what is wrong, and a restore in place.

The rest of the app keeps working: the week screen shows other weeks, history
lists the damaged week as damaged. Restoring puts back the newest backup that
reads and keeps the damaged file beside it as ``<name>.broken-<time>``.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from weekplanner.i18n import N_, _
from weekplanner.safe_text import terminal_safe
from weekplanner.storage.errors import CorruptDataError, StorageError
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.footer import Footer


class DamagedFileScreen(ModalScreen[bool]):
    """Dismisses with True once the file was restored, False when closed."""

    TITLE = N_("A data file cannot be read")

    CSS_PATH = "damaged.tcss"
    BINDINGS = [
        Binding("r", "restore", N_("Restore from backup")),
        Binding("escape", "close", N_("Close")),
    ]

    def __init__(self, error: StorageError) -> None:
        super().__init__()
        self.error = error
        self.backup = None

    def compose(self) -> ComposeResult:
        repo = self.app.repo
        path = self.error.path
        if isinstance(self.error, CorruptDataError) and path is not None:
            try:
                self.backup = repo.newest_good_backup(path)
            except StorageError:
                self.backup = None
        with Vertical(id="damaged-dialog"):
            yield Static(_("A data file cannot be read"), id="damaged-title", markup=False)
            yield Static(terminal_safe(str(self.error)), id="damaged-message", markup=False)
            yield Static(self._offer(), id="damaged-offer", markup=False)
        yield Footer()

    def _offer(self) -> str:
        if not isinstance(self.error, CorruptDataError):
            return _("Esc: close. Other weeks work as usual.")
        if self.backup is None:
            return _("There is no readable backup of this file. Fix it by hand; other weeks work as usual (Esc).")
        if self.app.repo.read_only:
            return _("This window is read-only; restore it with 'weekplanner restore' once the other "
                     "weekplanner is closed. Esc: close.")
        return _("r: restore the backup of {day} (the damaged file is kept beside it as <name>.broken-<time>). "
                 "Esc: close; other weeks work as usual.").format(day=self.backup.day.isoformat())

    def message_text(self) -> str:
        """The file, the problem and what can be done, as shown."""
        return "\n".join(str(w.content) for w in self.query(Static))

    def on_mount(self) -> None:
        translate_screen(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "restore":
            return self.backup is not None and not self.app.repo.read_only
        return True

    def action_restore(self) -> None:
        if self.backup is None or self.app.repo.read_only or self.error.path is None:
            return
        try:
            backup, aside = self.app.repo.restore(self.error.path)
        except StorageError as error:
            self.notify(terminal_safe(str(error)), title=_("Not restored"), severity="error")
            return
        message = _("Restored {file} from the backup of {day}.").format(file=backup.relative, day=backup.day.isoformat())
        if aside is not None:
            message += " " + _("The replaced file was kept as {path}.").format(path=aside)
        self.notify(terminal_safe(message), title=_("Restored"))
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)
