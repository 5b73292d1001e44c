"""What differs between Windows and Linux/macOS, one small function each.

Locking: ``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` of bytes on
Windows (which has no shared locks: each process locks a byte of its own
instead); both are dropped by the OS when the process dies. Windows cannot open
a folder to fsync it (its renames are journaled by NTFS instead), and refuses
to replace a file that a reader holds open, which passes within moments: the
replace is retried for a short while. Everything else (``os.replace``,
``os.fsync``, ``os.stat``) behaves the same on every platform.

No Windows machine runs the tests: they simulate it by setting :data:`WINDOWS`
and :data:`msvcrt` (see ``tests/storage/test_windows.py``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # Linux, macOS
    msvcrt = None  # type: ignore[assignment]

WINDOWS = os.name == "nt"
#: Open files as bytes everywhere (Windows would otherwise translate line ends).
BINARY = getattr(os, "O_BINARY", 0)
#: How long a replace is retried while a reader holds the file open (Windows).
REPLACE_WAIT_SECONDS = 2.0


#: Windows has no shared locks: each process marks its presence by locking its own byte of this span.
PRESENCE_SPAN = 1 << 16


def try_lock(fd: int, span: int = 1) -> bool:
    """Take the exclusive lock of an open lock file without waiting; False when another holds it.

    On Windows the first ``span`` bytes are locked, so one lock of the whole
    :data:`PRESENCE_SPAN` conflicts with any process's :func:`share`.
    """
    if fcntl is not None and not WINDOWS:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            return False
        return True
    os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, span)
    except OSError:
        return False
    return True


def share(fd: int) -> None:
    """Mark this process as one of those that have the file open (best effort): a shared lock."""
    try:
        if fcntl is not None and not WINDOWS:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        else:
            os.lseek(fd, os.getpid() % PRESENCE_SPAN, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        pass


def unlock(fd: int, span: int = 1) -> None:
    if fcntl is not None and not WINDOWS:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, span)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable; Windows cannot open a folder (nor needs to)."""
    if WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace(source: Path, target: Path) -> None:
    """``os.replace``; on Windows retried for a moment while a reader holds ``target`` open."""
    delay, deadline = 0.002, time.monotonic() + REPLACE_WAIT_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not WINDOWS or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.05)
