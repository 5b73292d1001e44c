"""Looking after the data files: check them, back them up daily, put a backup back.

A backup is only put back once its every document decodes (:func:`check_tables`),
and the file it replaces is kept aside, never deleted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ContextManager

from weekplanner.domain.clock import Clock
from weekplanner.domain.week import Week
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.documents import Documents, check_in_week, decode
from weekplanner.storage.errors import CorruptDataError, NewerSchemaError, StorageError
from weekplanner.storage.journal import journal_changes
from weekplanner.storage.layout import (ACTIVITIES, JOURNAL, JOURNAL_FILE, RECORD, SETTINGS, SETTINGS_FILE,
                                        label_path)

if TYPE_CHECKING:  # imported where used: a command that only reads pays for none of it
    from weekplanner.storage import backups as backup_files


def check_tables(path: Path, relative: str, data: Any) -> None:
    """Decode every document of a data file's tables (as read, older versions upgraded in memory).

    Raises :class:`CorruptDataError` naming the first document that does not fit. Used
    for files as they are on disk and for backups before one is put back.
    """
    from weekplanner.storage.migrate import migrate, needs_migration

    if data is None:
        raise CorruptDataError(path, _("the file is missing"))
    if needs_migration(data):
        data = migrate(path, data)
    if relative == SETTINGS_FILE:
        for doc in data.get(SETTINGS, {}).values():
            decode(path, _("the settings"), codec.settings_from_doc, doc)
    elif relative == JOURNAL_FILE:
        for doc_id, entry in data.get(JOURNAL, {}).items():
            decode(path, _("journal entry {id}").format(id=doc_id), journal_changes, entry)
    else:
        check_in_week(path, relative, [
            decode(path, _("activity {id}").format(id=doc_id), codec.activity_from_doc, doc)
            for doc_id, doc in data.get(ACTIVITIES, {}).items()])
        for doc in data.get(RECORD, {}).values():
            decode(path, _("the week record {label}").format(label=doc.get("label")), codec.record_from_doc, doc)


class Maintenance:
    """Checks, backups and restores of one data folder."""

    def __init__(self, documents: Documents, lock: ContextManager[object], clock: Clock) -> None:
        self.documents = documents
        self.files = documents.files
        self.folder = self.files.folder
        self.lock = lock
        self.clock = clock

    def data_files(self) -> list[str]:
        """Every data file (relative path): settings, journal and the week files."""
        names = [n for n in (SETTINGS_FILE, JOURNAL_FILE) if self.files.exists(n)]
        weeks = self.folder / "weeks"
        if weeks.exists():
            names += sorted(p.relative_to(self.folder).as_posix() for p in weeks.glob("*/*.json"))
        return names

    def check(self) -> list[StorageError]:
        """The problems of every data file that cannot be read (empty when all is well)."""
        problems = []
        for relative in self.data_files():
            path = self.files.path(relative)
            try:
                self.files.forget(relative)  # read every file from disk, as it is now
                db = self.documents.open(relative)
                if relative == SETTINGS_FILE:
                    for doc in db.table(SETTINGS).all():
                        decode(path, _("the settings"), codec.settings_from_doc, doc)
                elif relative == JOURNAL_FILE:
                    for entry in db.table(JOURNAL).all():
                        decode(path, _("journal entry {id}").format(id=entry.doc_id), journal_changes, entry)
                else:
                    self.documents.open_checked(relative)
            except NewerSchemaError:
                continue  # not broken: a newer weekplanner reads it
            except StorageError as error:
                problems.append(error)
        return problems

    def relative(self, file: str | Path) -> str:
        """A data file named by path (absolute or inside the folder) or by week label."""
        text = str(file)
        try:
            return label_path(Week.from_label(text).label)
        except ValueError:
            pass
        path = Path(text)
        if not path.is_absolute() and not self.folder.is_absolute():
            # The folder was given relative to the working directory (--data-dir data), and so
            # are the paths of the errors that name its files: read them against that directory.
            try:
                return path.relative_to(self.folder).as_posix()
            except ValueError:
                pass
        if path.is_absolute():
            try:
                return path.resolve().relative_to(self.folder.resolve()).as_posix()
            except ValueError:
                raise StorageError(
                    _("{path} is not inside the data folder {folder}.").format(path=path, folder=self.folder)
                ) from None
        return path.as_posix()

    def backups(self, file: str | Path | None = None) -> list[backup_files.Backup]:
        """Daily backups of ``file`` (or of every file), newest first."""
        from weekplanner.storage import backups as backup_files

        return backup_files.list_backups(self.folder, None if file is None else self.relative(file))

    def restore(self, file: str | Path, day: date | None = None) -> tuple[backup_files.Backup, Path | None]:
        """Put back the newest backup of ``file`` (or that of ``day``), keeping the current file aside."""
        from weekplanner.storage import backups as backup_files

        self.documents.ensure_writable()
        relative = self.relative(file)
        found = [b for b in backup_files.list_backups(self.folder, relative) if day is None or b.day == day]
        if not found:
            if day is None:
                raise StorageError(_("There is no backup of {file}.").format(file=relative))
            raise StorageError(_("There is no backup of {file} from {day}.").format(file=relative, day=day))
        chosen = self.good_backup(found) if day is None else found[0]
        if chosen is None:
            raise StorageError(_("No backup of {file} can be read; nothing was changed.").format(file=relative))
        with self.lock:
            self.files.forget(chosen.relative)  # what is cached is what was replaced
            aside = backup_files.restore_backup(self.folder, chosen, self.clock.now())
        return chosen, aside

    @staticmethod
    def good_backup(backups: list[backup_files.Backup]) -> backup_files.Backup | None:
        """The first of ``backups`` (newest first) whose file reads and decodes."""
        from weekplanner.storage import backups as backup_files

        for backup in backups:
            try:
                check_tables(backup.path, backup.relative, backup_files.read_backup(backup))
            except StorageError:
                continue
            return backup
        return None

    def back_up(self) -> list[str]:
        """Copy the files changed since opening into today's backup folder (done at close; the
        repository calls it only when this window wrote something)."""
        from weekplanner.storage import backups as backup_files

        copied = backup_files.back_up(self.folder, self.files.changed, self.clock.today(),
                                      every_file=self.data_files(), check=check_tables, now=self.clock.now())
        self.files.changed.clear()
        return copied
