"""The rep's settings: ``settings.json``, one document, read once and kept until it changes.

A damaged settings file makes every command refuse with a one-line error; the
full-screen app instead opens on the defaults and shows the problem
(:meth:`SettingsFile.tolerate_damaged`). Saving still opens the file, which
refuses, so a damaged file is never written over.
"""

from __future__ import annotations

from typing import ContextManager

from weekplanner.domain.settings import Settings
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.documents import Documents, decode
from weekplanner.storage.errors import StorageError
from weekplanner.storage.layout import SETTINGS, SETTINGS_FILE


class SettingsFile:
    """The settings of a data folder, cached until :meth:`forget` (a restore, another window's save)."""

    def __init__(self, documents: Documents, lock: ContextManager[object]) -> None:
        self.documents = documents
        self.files = documents.files
        self.lock = lock
        self._settings: Settings | None = None
        self._tolerant = False
        #: Why the defaults are shown instead of the file (only after :meth:`tolerate_damaged`).
        self.problem: StorageError | None = None

    def current(self) -> Settings:
        if self._settings is None:
            try:
                docs = self.documents.open(SETTINGS_FILE).table(SETTINGS).all()
                self._settings = (
                    decode(self.documents.path(SETTINGS_FILE), _("the settings"), codec.settings_from_doc,
                           min(docs, key=lambda doc: doc.doc_id))
                    if docs else Settings()
                )
                self.problem = None
            except StorageError as error:
                if not self._tolerant:
                    raise
                # The app opens on the default settings and says what is wrong; saving settings
                # still opens the file, which refuses, so the damaged file is never written over.
                self.problem = error
                self._settings = Settings()
        return self._settings

    def tolerate_damaged(self) -> None:
        """Let an unreadable settings file fall back to the defaults (see :attr:`problem`)."""
        self._tolerant = True
        self._settings = None

    def exists(self) -> bool:
        return self.files.exists(SETTINGS_FILE)

    def save(self, settings: Settings) -> None:
        self.documents.ensure_writable()
        with self.lock, self.files.change():
            table = self.documents.open(SETTINGS_FILE).table(SETTINGS)
            table.truncate()  # the table holds the one settings document
            table.insert(codec.settings_to_doc(settings))
            self.files.flush(SETTINGS_FILE)
        self._settings = settings

    def forget(self) -> None:
        """The file changed on disk (a restore, another window): read it again when next asked."""
        self._settings = None

    def forget_problem(self) -> None:
        """A restore put a readable file back: the problem shown is gone with the damaged file."""
        self._settings = None
        self.problem = None
