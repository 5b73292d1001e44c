"""Storage: the only package that touches TinyDB or the data files.

Layout of a data folder::

    settings.json          the rep's settings
    weeks/2026/2026-W48.json   one TinyDB file per ISO week: its activities and
                           the record (target, plan, review) of the week so labelled
    journal.json           the undo/redo journal
    index.json             a cache of per-week summaries for the history screen
    backups/               rolling daily copies of changed files
    .lock                  locked by a writer for the moment it commits a change
    .in-use                share-locked by every instance that has the folder open

One small file per week keeps a tick's write (and its fsync) the same size
whether the rep has one week of history or five years.

Every file but the history index is a TinyDB database, opened as
``TinyDB(path, storage=CommitCache(AtomicJSONStorage))``: ``AtomicJSONStorage``
(``atomic.py``) reads a file only through strict checks and writes it
atomically (temp file, fsync, rename); ``CommitCache`` (``files.py``) is a caching
TinyDB ``Middleware`` that writes only on an explicit flush. TinyDB alone would
rewrite a file on every Table operation and, cached, only every thousand
operations or at close; here the operations of one change update memory and the
change is then flushed, one atomic, durable write per file, before it is
acknowledged. Nothing is written later or at close that was not committed.
Any number of windows and commands write to one folder, one commit at a time
(``lock.py``); what differs on Windows is in ``portable.py``.
"""

from weekplanner.storage.errors import (  # noqa: F401
    CorruptDataError,
    DataLockedError,
    FolderInUseError,
    NewerSchemaError,
    StorageError,
)
