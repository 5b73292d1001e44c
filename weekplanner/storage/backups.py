"""Rolling daily backups: the last good copy of each changed file, per day, for 7 days.

Copies are made when the repository closes (never on a tick's path), only of
files that changed and still parse, into ``backups/YYYY-MM-DD/<same path>``;
a later close on the same day refreshes that day's copy. Restoring keeps the
current file aside as ``<name>.broken-<timestamp>`` before putting a copy back.
"""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, NamedTuple

from weekplanner.i18n import _
from weekplanner.storage.atomic import parse_data, read_json_file, write_atomic
from weekplanner.storage.errors import StorageError

BACKUPS = "backups"
KEEP_DAYS = 7


class Backup(NamedTuple):
    """One daily copy of one data file."""

    day: date
    relative: str
    path: Path
    size: int


def _day_folders(folder: Path) -> list[tuple[date, Path]]:
    root = folder / BACKUPS
    found = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        try:
            found.append((date.fromisoformat(entry.name), Path(entry.path)))
        except ValueError:
            continue  # pre-migration/ and anything else that is not a day
    return sorted(found, reverse=True)


def back_up(folder: Path, relatives: Iterable[str], today: date) -> list[str]:
    """Copy each file that still parses into today's folder; prune to :data:`KEEP_DAYS`.

    Best effort: a failing copy never stops the rep's work (returns what was copied).
    """
    copied = []
    day_folder = folder / BACKUPS / today.isoformat()
    for relative in sorted(relatives):
        source = folder / relative
        try:
            raw = source.read_bytes()
            parse_data(source, raw)
            write_atomic(day_folder / relative, raw, durable=False)
        except (OSError, StorageError):
            continue
        copied.append(relative)
    for _day, old in _day_folders(folder)[KEEP_DAYS:]:
        shutil.rmtree(old, ignore_errors=True)
    return copied


def list_backups(folder: Path, relative: str | None = None) -> list[Backup]:
    """Backups of ``relative`` (or of every file), newest day first."""
    found = []
    for day, day_folder in _day_folders(folder):
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
