"""The data folder's files, each opened as a TinyDB database whose change is one atomic write.

A data file is ``TinyDB(path, storage=CommitCache(AtomicJSONStorage))``, and
the repository reads and changes documents with TinyDB's Table API
(``all``, ``get``, ``insert``, ``update``, ``remove``). Two layers under it:

* :class:`~weekplanner.storage.atomic.AtomicJSONStorage` reads through the
  checks of ``read_json_file`` (a broken or newer file raises and is never
  written over) and writes with ``write_atomic`` (temp file, fsync, rename).
* :class:`CommitCache` is a TinyDB ``Middleware`` that caches the tables for
  "saved means durable". Without a cache TinyDB rewrites the whole file on every
  Table operation (an update of a replaced document is several); TinyDB's own
  ``CachingMiddleware`` writes behind, every thousand operations and at close.
  Here the operations of one change only touch memory and the repository then
  calls :meth:`DataFiles.flush`: exactly one atomic write per file per change
  (fsynced, but for the undo journal), done before the change is acknowledged.
  Nothing is written on close, and a change that failed or was left half-way is
  dropped from the cache, so the cache never holds what is not on disk.

The cache holds the tables as checked and migrated (an older file is upgraded
on load, its original kept first) and is read again when the file changed on
disk (a restore, another process): its (mtime, size) stamp tells, or, for a
file changed within the last two seconds, its bytes. A few recently used files
stay open, so a tick neither reads nor parses the week file or the journal.
The same stamps tell a window which files another window or command changed
(:meth:`DataFiles.look_for_changes`, :meth:`DataFiles.take_outside_changes`).
The history index is not in TinyDB's layout (it is keyed by week label) and is
written whole with :meth:`DataFiles.write_plain`.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import OrderedDict
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterable, Iterator

from tinydb import TinyDB
from tinydb.middlewares import Middleware
from tinydb.queries import QueryLike
from tinydb.table import Table

from weekplanner.i18n import _
from weekplanner.storage.atomic import AtomicJSONStorage, Tables, file_stamp, schema_version, write_tables
from weekplanner.storage.errors import StorageError, read_only_refusal
from weekplanner.storage.migrate import migrate, needs_migration

PRE_MIGRATION = "backups/pre-migration"
#: A file is trusted to its (mtime, size) stamp only once its bytes were found unchanged this many
#: nanoseconds after it was read: a rewrite in the same clock tick could keep both. Measured on the
#: process's monotonic clock from the read, never by comparing mtimes with the wall clock, which
#: need not agree with the file system's (a skewed or faked clock, a network share).
RACY_NS = 2_000_000_000
#: Files kept open (with their tables in memory) besides those of the change in progress.
KEEP_OPEN = 8


class CommitCache(Middleware):
    """A caching ``Middleware`` that writes only on an explicit :meth:`flush`, and forgets a failed change.

    Built on TinyDB's public ``Middleware`` rather than ``CachingMiddleware``, whose
    count of unwritten changes is private and which writes by itself (every
    thousand operations, at close): here only the commit decides when a file is written.
    """

    def __init__(self, storage_cls: type[AtomicJSONStorage] = AtomicJSONStorage, *,
                 keep_original: Callable[[int], None] | None = None,
                 written: Callable[[], None] | None = None,
                 locked: Callable[[], ContextManager[object]] = nullcontext,
                 check: Callable[[Tables], None] | None = None) -> None:
        super().__init__(storage_cls)
        #: The tables as read (and changed in memory); None until read, or after :meth:`drop`.
        self.cache: Tables | None = None
        #: Changed in memory and not yet written.
        self.pending = False
        #: The data folder's lock, held while an older file is upgraded (a write like any other).
        self.locked = locked
        #: Decodes every document of migrated tables before they are written (raises when one does not fit).
        self.check = check
        self.storage: AtomicJSONStorage
        #: Called with the version of an older file before its migrated tables are written.
        self.keep_original = keep_original
        #: Called after each write (the daily backup copies the files written).
        self.written = written
        #: (mtime_ns, size) of the file when its tables were read or written.
        self.stamp: list[int] | None = None
        self.trusted = False
        #: When the file was read (monotonic ns), for the racy-stamp rule above.
        self.read_at = 0
        #: Set by the repository once every document of the file is known to decode.
        self.checked = False

    def read(self) -> Tables:
        if self.cache is None:
            self._load()
        return self.cache

    def write(self, data: Tables) -> None:
        """TinyDB's write of a Table operation: kept in memory until the commit flushes it."""
        self.cache = data
        self.pending = True

    def _load(self) -> None:
        stamp = self.storage.stat()  # taken first: a change after it only makes the stamp stale
        data = self.storage.read_checked()
        if data is not None and needs_migration(data) and not self.storage.read_only:
            with self.locked():  # the upgrade is a write: read again and write under the folder's lock
                stamp = self.storage.stat()
                data = self.storage.read_checked()
                self._adopt(stamp, data)
                return
        self._adopt(stamp, data)

    def _adopt(self, stamp: list[int] | None, data: Tables | None) -> None:
        """Cache ``data`` read with ``stamp``, upgrading (and, when writable, rewriting) an older file."""
        self.checked = False
        self.stamp = stamp
        self.read_at = time.monotonic_ns()
        self.trusted = stamp is None
        if data is not None and needs_migration(data):
            migrated = migrate(self.storage.path, data)
            if self.check is not None:
                self.check(migrated)  # a file that does not decode is left exactly as it is
            if not self.storage.read_only:
                if self.keep_original is not None:
                    self.keep_original(schema_version(data))
                self.cache, self.pending = migrated, True
                self.flush()
            data = migrated
        self.cache = {} if data is None else data

    def flush(self) -> None:
        """Write the pending change: one atomic write. On failure the change is dropped and the error raised."""
        if not self.pending:
            return
        try:
            self.storage.write(self.cache)
        except BaseException:
            self.drop()
            raise
        self.pending = False
        self.stamp, self.trusted = self.storage.stat(), True
        if self.written is not None:
            self.written()

    def drop(self) -> None:
        """Forget the cached tables (and any unwritten change): the next read loads the file again."""
        self.cache = None
        self.pending = False

    def current(self) -> bool:
        """Do the cached tables still stand for the file (or hold a change being made)?

        The (mtime, size) stamp decides, except within :data:`RACY_NS` of the read: a
        rewrite in the same clock tick could keep its stamp, so its bytes are compared
        with those read (still cheaper than parsing them again). Once they were found
        unchanged that long after the read, any later write gets a later mtime.
        """
        if self.cache is None:
            return False
        if self.pending:
            return True
        stamp = self.storage.stat()
        if stamp != self.stamp:
            return False
        if not self.trusted:
            if not self.storage.unchanged_since_read():
                return False
            self.trusted = stamp is None or time.monotonic_ns() - self.read_at >= RACY_NS
        return True

    def close(self) -> None:
        """Unlike TinyDB's ``CachingMiddleware``, closing writes nothing: what was not flushed was not committed."""
        self.drop()
        self.storage.close()


def replaced_by(doc: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A ``Table.update`` transform that makes a document exactly ``doc``.

    ``update``/``upsert`` with a dict merge fields, so a field the new version no
    longer has (a cleared note, a removed draft) would survive.
    """

    def transform(current: dict[str, Any]) -> None:
        current.clear()
        current.update(doc)

    return transform


def replace_or_insert(table: Table, doc: dict[str, Any], cond: QueryLike) -> None:
    """``Table.upsert`` that replaces the matching document instead of merging into it."""
    if not table.update(replaced_by(doc), cond):
        table.insert(doc)


class DataFiles:
    """The open data files of one repository, each a TinyDB database over a :class:`CommitCache`."""

    def __init__(self, folder: Path, read_only: bool, *, not_fsynced: frozenset[str] = frozenset(),
                 lock: ContextManager[object] | None = None,
                 check: Callable[[Path, str, Tables], None] | None = None) -> None:
        self.folder = folder
        self.lock = lock
        self.check = check
        self.read_only = read_only
        self.not_fsynced = not_fsynced
        #: Files written since opening (relative paths), for the daily backup.
        self.changed: set[str] = set()
        self._open: OrderedDict[str, TinyDB] = OrderedDict()
        self._changing = False
        #: The (mtime, size) stamp of each file as this process last read or wrote it.
        self._known: dict[str, list[int] | None] = {}
        #: Files found changed by another window or command since :meth:`take_outside_changes`.
        self._outside: set[str] = set()

    def path(self, relative: str) -> Path:
        return self.folder / relative

    def exists(self, relative: str) -> bool:
        return self.path(relative).exists()

    def stat(self, relative: str) -> list[int] | None:
        """(mtime_ns, size) of the file, None when missing: what invalidates cached summaries."""
        return file_stamp(os.path.join(self.folder, relative))  # no Path: the history stats every week file

    def open(self, relative: str) -> TinyDB:
        """The file as a TinyDB database, its tables loaded and checked (a broken file raises here).

        A file that changed on disk since it was read is read again, in a fresh
        TinyDB so that no Table's query cache or next document id outlives it.
        """
        db = self._open.get(relative)
        if db is not None and not db.storage.current():
            self._outside.add(relative)  # another process changed it since it was read
            db.close()
            db = None
        loading = db is None
        if db is None:
            db = TinyDB(
                self.path(relative),
                storage=CommitCache(
                    AtomicJSONStorage,
                    keep_original=lambda version: self._keep_original(relative, version),
                    written=lambda: self.changed.add(relative),
                    locked=(lambda: self.lock) if self.lock is not None else nullcontext,
                    check=None if self.check is None else (
                        lambda tables: self.check(self.path(relative), relative, tables)),  # type: ignore[misc]
                ),
                read_only=self.read_only,
                durable=relative not in self.not_fsynced,
            )
            self._open[relative] = db
        self._open.move_to_end(relative)
        try:
            db.storage.read()
        except BaseException:
            self.forget(relative)
            raise
        if loading:
            self._saw(relative, db.storage.stamp)
        if not self._changing:
            self._close_least_used()
        return db

    def _close_least_used(self) -> None:
        for relative in list(self._open)[:-KEEP_OPEN]:
            if not self._open[relative].storage.pending:
                self._open.pop(relative).close()

    def forget(self, relative: str) -> None:
        """Close the file (dropping its cached tables); the next :meth:`open` reads it from disk."""
        db = self._open.pop(relative, None)
        if db is not None:
            db.close()

    def flush(self, relative: str) -> None:
        """Commit the file's pending change: one atomic write (fsynced unless the file is ``not_fsynced``)."""
        db = self._open.get(relative)
        if db is None or not db.storage.pending:
            return
        if self.read_only:
            db.storage.drop()
            raise read_only_refusal(self.path(relative))
        db.storage.flush()
        self._known[relative] = db.storage.stamp

    def _saw(self, relative: str, stamp: list[int] | None) -> None:
        """Note the stamp a file was read with; one another process changed since the last read counts."""
        if relative in self._known and self._known[relative] != stamp:
            self._outside.add(relative)
        self._known[relative] = stamp

    def look_for_changes(self, watched: Iterable[str] = ()) -> None:
        """Drop the cached tables of every open file changed on disk by another process, and note it.

        ``watched`` names files to look at even when they are not open (their stamps
        are compared with those last read). One ``stat`` per file; a file changed in
        the last two seconds also has its bytes compared (see :meth:`CommitCache.current`).
        """
        for relative, db in list(self._open.items()):
            if not db.storage.pending and not db.storage.current():
                self._outside.add(relative)
                self._known[relative] = file_stamp(self.path(relative))
                self.forget(relative)
        for relative in watched:
            if relative not in self._open:
                stamp = file_stamp(self.path(relative))
                if relative not in self._known:
                    self._known[relative] = stamp
                else:
                    self._saw(relative, stamp)

    def take_outside_changes(self) -> set[str]:
        """The files another process changed since the last call (each reported once)."""
        found, self._outside = self._outside, set()
        return found

    @contextmanager
    def change(self) -> Iterator[None]:
        """Scope of one change: whatever it leaves unflushed (an error half-way) is dropped, never written later."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False
            for db in self._open.values():
                if db.storage.pending:
                    db.storage.drop()
            self._close_least_used()

    def write_plain(self, relative: str, data: Tables) -> None:
        """Write a file that is not in TinyDB's layout (the history index, keyed by week label) whole.

        Atomic but not fsynced: such a file is a cache that is rebuilt when lost.
        """
        if self.read_only:
            raise read_only_refusal(self.path(relative))
        write_tables(self.path(relative), data, durable=False)

    def close(self) -> None:
        """Close every file; nothing is written (every change was flushed when it was made)."""
        while self._open:
            self._open.popitem()[1].close()

    def _keep_original(self, relative: str, version: int) -> None:
        target = self.path(PRE_MIGRATION) / f"v{version}" / relative
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
