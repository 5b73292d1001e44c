"""Where things live in a data folder: the file of each week, the tables inside a file.

Every other storage module names files and tables through these, so the layout
(one TinyDB file per ISO week, see :mod:`weekplanner.storage`) is stated once.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from pathlib import Path

from weekplanner.domain.week import Week

ACTIVITIES = "activities"
RECORD = "record"
SETTINGS_FILE = "settings.json"
SETTINGS = "settings"
JOURNAL_FILE = "journal.json"
JOURNAL = "entries"
#: Entries the undo journal keeps (the oldest go first).
JOURNAL_LIMIT = 100


def bucket_path(day: date) -> str:
    """The week file (relative to the data folder) holding ``day``: its ISO week."""
    year, number, _weekday = day.isocalendar()
    return f"weeks/{year}/{year}-W{number:02d}.json"


def label_path(label: str) -> str:
    return f"weeks/{label[:4]}/{label}.json"


def week_files(week: Week) -> list[str]:
    """Every file a week reads: its label's file and the ISO buckets of its days.

    A Sunday week (Sun 22 Nov .. Sat 28 Nov, labelled 2026-W48) takes its Sunday
    from the 2026-W47 file and the rest, and its record, from 2026-W48.
    """
    return list(dict.fromkeys([label_path(week.label), *(bucket_path(d) for d in (week.start, week.end))]))


@functools.lru_cache(maxsize=512)
def week_span(relative: str) -> tuple[date, date] | None:
    """Monday and Sunday of the ISO week a week file (``weeks/2026/2026-W48.json``) holds; None for other files."""
    match = re.fullmatch(r"weeks/(\d{4})/(\d{4})-W(\d{2})\.json", relative)
    if not match or match.group(1) != match.group(2):
        return None
    try:
        monday = date.fromisocalendar(int(match.group(2)), int(match.group(3)), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def week_labels(folder: Path) -> list[str]:
    """Labels of every week that has a file, oldest first (a stray file in weeks/ is not a week)."""
    weeks = folder / "weeks"
    if not weeks.exists():
        return []
    return sorted(p.stem for p in weeks.glob("*/*.json")
                  if week_span(f"weeks/{p.parent.name}/{p.name}") is not None)


def key_field(table: str) -> str:
    """The field that names a document of ``table``: a week record by its label, an activity by its id."""
    return "label" if table == RECORD else "id"
