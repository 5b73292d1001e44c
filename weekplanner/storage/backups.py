"""Backups: daily copies of the files that changed, and a weekly full copy of every file.

Copies are made when the repository closes (never on a tick's path), only of
files that still read, into ``backups/YYYY-MM-DD/<same path>``; a later close
on the same day refreshes that day's copy. The daily copies of the last
:data:`KEEP_DAYS` active days are kept.

Daily copies alone would leave a week untouched for longer than that with no
copy at all, so the first close of each ISO week also writes a full copy of
every data file into ``backups/full-YYYY-MM-DD/``; a file that does not read
then is carried over from its newest good copy, so every full copy is whole.
The latest :data:`KEEP_FULL` full copies are kept: every file always has a
good copy. Restoring keeps the current file aside as
``<name>.broken-<timestamp>``; those and temp files a crash left in the
backups are removed once they are old (:data:`BROKEN_DAYS`, :data:`STRAY_SECONDS`).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

from weekplanner.i18n import _
from weekplanner.storage.atomic import TEMP_SUFFIX, parse_data, read_json_file, write_atomic
from weekplanner.storage.errors import StorageError

BACKUPS = "backups"
KEEP_DAYS = 7
#: Weekly full copies kept (the newest two: a file damaged just before one is still in the other).
KEEP_FULL = 2
FULL_PREFIX = "full-"
#: A ``.broken-<time>`` file set aside by a restore is removed after this many days.
BROKEN_DAYS = 30
#: A temp file in the backups older than this (a copy interrupted by a kill) is removed.
STRAY_SECONDS = 24 * 3600
_BROKEN_STAMP = re.compile(r"\.broken-(\d{8})-\d{6}(?:-\d+)?$")


class Backup(NamedTuple):
    """One daily copy of one data file."""

    day: date
    relative: str
    path: Path
    size: int


Check = Callable[[Path, str, Any], None]


def _day_folders(folder: Path, prefix: str = "") -> list[tuple[date, Path]]:
    """Daily folders (or, with ``prefix``, the full copies), newest first."""
    root = folder / BACKUPS
    found = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix) or (not prefix and entry.name.startswith(FULL_PREFIX)):
            continue
        try:
            found.append((date.fromisoformat(entry.name[len(prefix):]), Path(entry.path)))
        except ValueError:
            continue  # pre-migration/ and anything else that is not a day
    return sorted(found, reverse=True)


def _good_bytes(path: Path, relative: str, check: Check | None) -> bytes | None:
    """The file's bytes if it reads (and, with ``check``, decodes), else None."""
    try:
        raw = path.read_bytes()
        data = parse_data(path, raw)
        if check is not None:
            check(path, relative, data)
    except (OSError, StorageError):
        return None
    return raw


def back_up(folder: Path, relatives: Iterable[str], today: date, *, every_file: Iterable[str] = (),
            check: Check | None = None, now: datetime | None = None) -> list[str]:
    """Copy each file that still reads into today's folder, take the week's full copy, prune and sweep.

    Best effort: a failing copy never stops the rep's work (returns what was copied today).
    """
    copied = []
    day_folder = folder / BACKUPS / today.isoformat()
    for relative in sorted(relatives):
        raw = _good_bytes(folder / relative, relative, check)
        if raw is None:
            continue
        try:
            write_atomic(day_folder / relative, raw, durable=False)
        except StorageError:
            continue
        copied.append(relative)
    every_file = list(every_file)
    if every_file and not _full_copy_this_week(folder, today):
        full_copy(folder, every_file, today, check)
    for _day, old in _day_folders(folder)[KEEP_DAYS:] + _day_folders(folder, FULL_PREFIX)[KEEP_FULL:]:
        shutil.rmtree(old, ignore_errors=True)
    sweep(folder, now or datetime.combine(today, datetime.min.time()))
    return copied


def _full_copy_this_week(folder: Path, today: date) -> bool:
    week = today.isocalendar()[:2]
    return any(day.isocalendar()[:2] == week for day, _path in _day_folders(folder, FULL_PREFIX))


def full_copy(folder: Path, every_file: Iterable[str], today: date, check: Check | None = None) -> Path:
    """Every data file into ``backups/full-<today>/``; one that does not read comes from its newest good copy."""
    target = folder / BACKUPS / f"{FULL_PREFIX}{today.isoformat()}"
    for relative in every_file:
        raw = _good_bytes(folder / relative, relative, check)
        if raw is None:  # damaged now: carry its last good copy over, so this full copy is whole
            raw = next((good for backup in list_backups(folder, relative)
                        if (good := _good_bytes(backup.path, relative, check)) is not None), None)
        if raw is None:
            continue
        try:
            write_atomic(target / relative, raw, durable=False)
        except StorageError:
            continue
    return target


def sweep(folder: Path, now: datetime) -> int:
    """Remove temp files a kill left in the backups (by their age on disk) and old ``.broken-*`` files (by the
    time in their name); returns how many were removed."""
    removed = 0
    cutoff = time.time() - STRAY_SECONDS
    for path in (folder / BACKUPS).rglob(f".*{TEMP_SUFFIX}"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    oldest = (now - timedelta(days=BROKEN_DAYS)).strftime("%Y%m%d")
    for pattern in ("*.broken-*", "weeks/*/*.broken-*"):
        for path in folder.glob(pattern):
            match = _BROKEN_STAMP.search(path.name)
            if match and match.group(1) < oldest:
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    continue
    return removed


def list_backups(folder: Path, relative: str | None = None) -> list[Backup]:
    """Backups of ``relative`` (or of every file), newest day first."""
    found = []
    folders = sorted(_day_folders(folder) + _day_folders(folder, FULL_PREFIX), key=lambda f: f[0], reverse=True)
    for day, day_folder in folders:
        if relative is not None:
            candidates = [day_folder / relative]
        else:
            candidates = sorted(p for p in day_folder.rglob("*.json") if p.is_file())
        for path in candidates:
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(Backup(day, path.relative_to(day_folder).as_posix(), path, size))
    return found


def read_backup(backup: Backup):  # -> Tables | None
    """The backup's tables as stored (checked like a data file)."""
    return read_json_file(backup.path)


def set_aside(path: Path, now: datetime) -> Path | None:
    """Rename ``path`` to ``<name>.broken-<timestamp>`` (never over another file); None when missing."""
    if not path.exists():
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    try:
        os.replace(path, aside)
    except OSError as error:
        raise StorageError(
            _("{path} could not be set aside before restoring: {error}.").format(
                path=path, error=error.strerror or error), path
        ) from error
    return aside


def restore_backup(folder: Path, backup: Backup, now: datetime) -> Path | None:
    """Put ``backup`` back in place; the current file is kept aside. Returns where it was kept."""
    target = folder / backup.relative
    read_json_file(backup.path)  # a broken backup is refused before anything moves
    aside = set_aside(target, now)
    write_atomic(target, backup.path.read_bytes())
    return aside
