"""One commit at a time: an OS file lock beside the data, held only while a change is written.

Any number of windows and commands keep the data folder open; each takes the
lock for the moment it re-reads, changes and writes files, waiting a short,
bounded time (:data:`LOCK_WAIT_SECONDS`) when another one is writing. The OS
drops the lock with its process, so a crashed writer never blocks the next.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from weekplanner.i18n import _
from weekplanner.storage import portable
from weekplanner.storage.errors import DataLockedError, StorageError

#: How long a commit waits for another writer before it gives up (nothing is changed then).
LOCK_WAIT_SECONDS = 5.0
#: Where the holder's pid is written: after the locked byte (Windows forbids reading a locked byte).
OWNER_OFFSET = 1


IN_USE = ".in-use"


class Presence:
    """``.in-use``: every open weekplanner holds a shared lock on it, so one can tell the folder is open.

    Replacing a whole folder (``weekplanner demo --force``) needs nobody to have it
    open; ordinary writers never look at it.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / IN_USE
        self._fd: int | None = None

    def join(self) -> None:
        """Say this process has the folder open (best effort: a read-only folder cannot say it)."""
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | portable.BINARY, 0o644)
        except OSError:
            return
        portable.share(self._fd)

    def leave(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def nobody_else(self) -> bool:
        """True when no other weekplanner has the folder open (checked by taking the lock exclusively)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | portable.BINARY, 0o644)
        except OSError:
            return True
        try:
            free = portable.try_lock(fd, portable.PRESENCE_SPAN)
            if free:
                portable.unlock(fd, portable.PRESENCE_SPAN)
            return free
        finally:
            os.close(fd)


class DataLock:
    """The data folder's ``.lock`` file: opened once, locked per commit (re-entrant within a repository)."""

    def __init__(self, folder: Path, wait: float | None = None) -> None:
        self.path = folder / ".lock"
        self.wait = LOCK_WAIT_SECONDS if wait is None else wait
        self._fd: int | None = None
        self._depth = 0

    def open(self) -> None:
        """Open the lock file; a folder that cannot be written says so here, before any change."""
        if self._fd is not None:
            return
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | portable.BINARY, 0o644)
        except OSError as error:
            raise StorageError(
                _("The data folder {path} cannot be locked for writing: {error}. Open it read-only "
                  "with --read-only, or choose another folder with --data-dir.").format(
                    path=self.path.parent, error=error.strerror or error),
                self.path,
            ) from error

    def acquire(self, wait: float | None = None) -> None:
        """Hold the lock, waiting up to ``wait`` seconds (default :attr:`wait`) for another writer.

        Raises :class:`DataLockedError` naming the holder when it is still busy after the wait.
        """
        self.open()
        if self._depth:
            self._depth += 1
            return
        assert self._fd is not None
        deadline = time.monotonic() + (self.wait if wait is None else wait)
        delay = 0.001
        while not portable.try_lock(self._fd):
            if time.monotonic() >= deadline:
                raise DataLockedError(self.path.parent, self._read_owner(), self.wait if wait is None else wait)
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        self._depth = 1
        try:  # who holds it, for a waiting writer's message; the lock works without it
            os.lseek(self._fd, OWNER_OFFSET, os.SEEK_SET)
            os.write(self._fd, f"pid {os.getpid()}".ljust(16).encode())
        except OSError:
            pass

    def _read_owner(self) -> str:
        try:
            os.lseek(self._fd, OWNER_OFFSET, os.SEEK_SET)
            return os.read(self._fd, 64).decode(errors="replace").strip() or "pid ?"
        except OSError:
            return "pid ?"

    def release(self) -> None:
        if not self._depth:
            return
        self._depth -= 1
        if not self._depth and self._fd is not None:
            portable.unlock(self._fd)

    def __enter__(self) -> "DataLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # drops a lock still held
            self._fd = None
            self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0
