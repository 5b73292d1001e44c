"""The first frame's style sheets, parsed once and kept from one run to the next, as Python keeps bytecode.

At every start Textual parses each style sheet the first frame needs (its widgets' and
weekplanner's, with the theme's colours): ~6 ms of the ~23 ms between ``app.run()`` and the first
frame. Once the first frame is drawn, the parsed sheets are written to the cache folder
(:func:`weekplanner.paths.cache_dir`) if any of them had to be parsed; the next start reads them
back (1–2 ms) and parses only what is not there: a sheet whose text, place or colours changed (an
edited ``.tcss``, another theme) is parsed as before.

The file holds pickled Textual objects, so it is read only when this user wrote it and nobody else
can write it (mode 0600), and only by the Textual that wrote it (``weekplanner.compat``). It is a
cache: a missing, damaged or foreign file costs one ordinary start and is written anew, and a
folder that cannot be written means no cache, never an error on the rep's screen.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: The file in the cache folder.
FILE_NAME = "first-frame-styles.pickle"


def cache_file(folder: Path) -> Path:
    return folder / FILE_NAME


def _written_by_this_user(info: os.stat_result) -> bool:
    """A regular file of this user's that only this user can write (where the OS has owners)."""
    if not stat.S_ISREG(info.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True  # Windows: the per-user cache folder is the user's own
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(folder: Path) -> int:
    """Offer the sheets kept in ``folder`` to this run's parses; how many there were (0: none usable)."""
    from weekplanner.compat.textual_api import keep_parsed_sheets

    try:
        with open(cache_file(folder), "rb") as file:
            if not _written_by_this_user(os.fstat(file.fileno())):
                return 0
            data = file.read()
        return keep_parsed_sheets(data)
    except (OSError, ValueError):
        return 0


def save(folder: Path, parsed_before: int) -> bool:
    """Write this run's sheets to ``folder`` when some were parsed after ``parsed_before`` sheets; whether written."""
    from weekplanner.compat.textual_api import RulesKeepingStylesheet, dump_parsed_sheets
    from weekplanner.storage.atomic import write_atomic
    from weekplanner.storage.errors import StorageError

    if RulesKeepingStylesheet.parse_count == parsed_before:
        return False  # every sheet came from the file: it is up to date
    data = dump_parsed_sheets()
    if data is None:
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(cache_file(folder), data, durable=False, private=True)
    except (OSError, StorageError):
        return False
    return True
