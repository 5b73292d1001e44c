"""Storage: the only package that touches TinyDB or the data files.

Layout of a data folder::

    settings.json          the rep's settings
    weeks/2026/2026-W48.json   one TinyDB file per ISO week: its activities and
                           the record (target, plan, review) of the week so labelled
    journal.json           the undo/redo journal
    index.json             a cache of per-week summaries for the history screen
    backups/               rolling daily copies of changed files
    .lock                  held by the one instance allowed to write

One small file per week keeps a tick's write (and its fsync) the same size
whether the rep has one week of history or five years.
"""

from weekplanner.storage.errors import (  # noqa: F401
    CorruptDataError,
    DataLockedError,
    NewerSchemaError,
    StorageError,
)
