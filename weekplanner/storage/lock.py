"""Single writer: an OS file lock beside the data, released by the OS if the holder dies."""

from __future__ import annotations

import os
from pathlib import Path

from weekplanner.i18n import _
from weekplanner.storage.errors import DataLockedError, StorageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class DataLock:
    """Held for as long as an instance may write to the data folder.

    ``flock`` locks belong to the open file, so a crashed instance never
    blocks the next one: the OS drops its lock with its process.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / ".lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StorageError(
                _("The data folder {path} cannot be locked for writing: {error}. Open it read-only "
                  "with --read-only, or choose another folder with --data-dir.").format(
                    path=self.path.parent, error=error.strerror or error),
                self.path,
            ) from error
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            owner = self._read_owner(fd)
            os.close(fd)
            raise DataLockedError(self.path.parent, owner) from None
        self._fd = fd
        try:  # who holds it, for the next instance's message; the lock works without it
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        except OSError:
            pass

    @staticmethod
    def _read_owner(fd: int) -> str:
        try:
            return os.pread(fd, 64, 0).decode(errors="replace").strip() or "pid ?"
        except OSError:
            return "pid ?"

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
