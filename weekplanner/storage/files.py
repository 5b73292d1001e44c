"""The data folder's files: checked reads (migrating old ones), atomic writes, and which changed.

Every read goes through :func:`read_json_file`, so a broken file stops the
operation before anything is written; every write through :func:`write_tables`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from weekplanner.i18n import _
from weekplanner.storage.atomic import Tables, read_json_file, write_tables
from weekplanner.storage.errors import StorageError
from weekplanner.storage.migrate import migrate, needs_migration

PRE_MIGRATION = "backups/pre-migration"


class DataFiles:
    def __init__(self, folder: Path, read_only: bool) -> None:
        self.folder = folder
        self.read_only = read_only
        #: Files written since opening (relative paths), for the daily backup.
        self.changed: set[str] = set()
        #: (mtime_ns, size) of files whose every document is known to decode.
        self.valid: dict[str, list[int] | None] = {}

    def path(self, relative: str) -> Path:
        return self.folder / relative

    def exists(self, relative: str) -> bool:
        return self.path(relative).exists()

    def read(self, relative: str) -> Tables:
        """The file's tables ({} when it does not exist yet)."""
        path = self.path(relative)
        data = read_json_file(path)
        if data is None:
            return {}
        if needs_migration(data):
            migrated = migrate(path, data)
            if not self.read_only:
                self._keep_original(relative, data)
                self.write(relative, migrated)
            data = migrated
        return data

    def _keep_original(self, relative: str, data: Tables) -> None:
        from weekplanner.storage.atomic import schema_version

        target = self.path(PRE_MIGRATION) / f"v{schema_version(data)}" / relative
        if target.exists():
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.path(relative), target)
        except OSError as error:
            raise StorageError(
                _("{path} was not upgraded: its backup copy could not be written ({error}).").format(
                    path=self.path(relative), error=error.strerror or error),
                self.path(relative),
            ) from error

    def write(self, relative: str, data: Tables, *, durable: bool = True) -> None:
        if self.read_only:
            raise StorageError(
                _("This weekplanner is read-only; {path} was not changed.").format(path=self.path(relative)),
                self.path(relative),
            )
        write_tables(self.path(relative), data, durable=durable)
        self.changed.add(relative)
        self.valid[relative] = self.stat(relative)

    def stat(self, relative: str) -> list[int] | None:
        """(mtime_ns, size) of the file, None when missing: what invalidates cached summaries."""
        try:
            st = os.stat(self.path(relative))
        except OSError:
            return None
        return [st.st_mtime_ns, st.st_size]


# -- documents inside one file's tables -------------------------------------------
def documents(data: Tables, table: str) -> list[tuple[str, dict[str, Any]]]:
    """(doc id, document) pairs of ``table`` in insertion order."""
    return sorted(data.get(table, {}).items(), key=lambda item: int(item[0]))


def find(data: Tables, table: str, field: str, key: str) -> tuple[str, dict[str, Any]] | tuple[None, None]:
    for doc_id, doc in data.get(table, {}).items():
        if doc.get(field) == key:
            return doc_id, doc
    return None, None


def put(data: Tables, table: str, field: str, key: str, doc: dict[str, Any] | None) -> None:
    """Insert, replace (keeping its id) or, with ``doc=None``, remove the document whose ``field`` is ``key``."""
    rows = data.setdefault(table, {})
    doc_id, _found = find(data, table, field, key)
    if doc is None:
        if doc_id is not None:
            del rows[doc_id]
        return
    if doc_id is None:
        doc_id = str(max((int(i) for i in rows), default=0) + 1)
    rows[doc_id] = doc
