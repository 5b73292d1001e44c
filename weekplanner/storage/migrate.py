"""Schema migrations: each step turns a file of version N into version N + 1.

A file older than :data:`SCHEMA_VERSION` is migrated when it is read; a writer
keeps a copy of the original bytes under ``backups/pre-migration/`` first and
then commits the migrated file. A newer file is refused by
:func:`~weekplanner.storage.atomic.read_json_file` and left untouched.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Callable

from weekplanner.i18n import _
from weekplanner.storage.atomic import SCHEMA_VERSION, Tables, schema_version, stamp
from weekplanner.storage.errors import CorruptDataError


def _v0_to_v1(data: Tables) -> Tables:
    """Version 0 (plain TinyDB files, before the ``_meta`` stamp) spelled an entry's count ``count``."""
    for doc in data.get("activities", {}).values():
        if "count" in doc:
            count = int(doc.pop("count"))
            if count != 1:
                doc["n"] = count
    return data


#: version → the step that lifts a file of that version to the next.
MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1}


def needs_migration(data: Tables) -> bool:
    return schema_version(data) < SCHEMA_VERSION


def migrate(path: Path, data: Tables) -> Tables:
    """``data`` lifted to the current version (a new object; the argument is not changed)."""
    version = schema_version(data)
    if version >= SCHEMA_VERSION:
        return data
    result = copy.deepcopy(data)
    while version < SCHEMA_VERSION:
        try:
            result = MIGRATIONS[version](result)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CorruptDataError(
                path, _("it could not be upgraded from data version {version} ({error})").format(
                    version=version, error=error)
            ) from None
        version += 1
    return stamp(result)
