"""The repository: load and save weeks, activities, settings; undo and redo every change.

Every change goes through :meth:`Repository._commit`, which writes the week
file(s) atomically and then appends an entry to the journal, so the TUI and the
CLI share one undo history ("weekplanner undo" takes back a tick made in the TUI).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterable

from tinydb import Query, TinyDB

from weekplanner.domain.activity import Activity
from weekplanner.domain.clock import Clock, SystemClock
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import MONDAY, Week
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.atomic import AtomicJSONStorage, sweep_temp_files
from weekplanner.storage.errors import StorageError
from weekplanner.storage.lock import DataLock

ACTIVITIES = "activities"
RECORD = "record"
JOURNAL_LIMIT = 200


@dataclass(frozen=True)
class WeekData:
    """One week as the screens need it: the record and the activities of its seven days."""

    week: Week
    record: WeekRecord
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class Change:
    """One document's before and after (None = absent) in one file's table."""

    file: str
    table: str
    key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def new_activity_id() -> str:
    return uuid.uuid4().hex[:12]


def bucket_path(day: date) -> str:
    """The week file (relative to the data folder) holding ``day``: its ISO week."""
    year, number, _weekday = day.isocalendar()
    return f"weeks/{year}/{year}-W{number:02d}.json"


def label_path(label: str) -> str:
    return f"weeks/{label[:4]}/{label}.json"


class Repository:
    """The data folder, opened for writing (holding the lock) or read-only."""

    def __init__(self, folder: Path, *, read_only: bool = False, clock: Clock | None = None) -> None:
        self.folder = Path(folder)
        self.read_only = read_only
        self.clock: Clock = clock or SystemClock()
        self._lock = DataLock(self.folder)
        if not read_only:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
            sweep_temp_files(self.folder)
        self._settings: Settings | None = None

    # -- plumbing -------------------------------------------------------------
    def _db(self, relative: str) -> TinyDB:
        return TinyDB(self.folder / relative, storage=AtomicJSONStorage, read_only=self.read_only)

    def _read_table(self, relative: str, table: str) -> list[dict[str, Any]]:
        path = self.folder / relative
        if not path.exists():
            return []
        return [dict(doc) for doc in self._db(relative).table(table).all()]

    def _apply(self, change: Change, use_after: bool) -> None:
        doc = change.after if use_after else change.before
        table = self._db(change.file).table(change.table)
        match = Query()[_key_field(change.table)] == change.key
        if doc is None:
            table.remove(match)
        else:
            table.upsert(doc, match)

    def _commit(self, changes: list[Change], summary: str) -> None:
        if self.read_only:
            raise StorageError(_("This weekplanner is read-only; the change was not saved."))
        for change in changes:
            self._apply(change, use_after=True)
        journal = self._db("journal.json").table("entries")
        journal.remove(Query().undone == True)  # noqa: E712 - a new change ends the redo chain
        entry = {
            "at": self.clock.now().isoformat(),
            "summary": summary,
            "undone": False,
            "changes": [c.__dict__ for c in changes],
        }
        journal.insert(entry)
        if len(journal) > JOURNAL_LIMIT:
            oldest = sorted(doc.doc_id for doc in journal.all())[: len(journal) - JOURNAL_LIMIT]
            journal.remove(doc_ids=oldest)

    # -- settings -------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        if self._settings is None:
            docs = self._read_table("settings.json", "settings")
            self._settings = codec.settings_from_doc(docs[0]) if docs else Settings()
        return self._settings

    def has_settings(self) -> bool:
        return (self.folder / "settings.json").exists()

    def save_settings(self, settings: Settings) -> None:
        table = self._db("settings.json").table("settings")
        doc = codec.settings_to_doc(settings)
        if len(table):
            table.update(doc, doc_ids=[table.all()[0].doc_id])
        else:
            table.insert(doc)
        self._settings = settings

    # -- weeks ----------------------------------------------------------------
    def week(self, day: date | None = None) -> Week:
        """The week containing ``day`` (today by default) under the rep's week start."""
        return Week.containing(day or self.clock.today(), self.settings.week_start)

    def record(self, label: str) -> WeekRecord:
        docs = self._read_table(label_path(label), RECORD)
        found = next((d for d in docs if d.get("label") == label), None)
        return codec.record_from_doc(found) if found else WeekRecord(label)

    def activities_between(self, start: date, end: date) -> list[Activity]:
        """Activities from ``start`` to ``end`` inclusive, oldest first."""
        files = dict.fromkeys(bucket_path(start + timedelta(days=i)) for i in range(0, (end - start).days + 1, 1))
        found = [
            codec.activity_from_doc(doc)
            for relative in files
            for doc in self._read_table(relative, ACTIVITIES)
        ]
        return sorted((a for a in found if start <= a.day <= end), key=lambda a: (a.at, a.id))

    def load_week(self, week: Week) -> WeekData:
        return WeekData(week, self.record(week.label), tuple(self.activities_between(week.start, week.end)))

    def save_record(self, record: WeekRecord, summary: str) -> None:
        """Save the week's target, plan, review or commitment marks (undoable)."""
        relative = label_path(record.label)
        before = next((d for d in self._read_table(relative, RECORD) if d.get("label") == record.label), None)
        after = codec.record_to_doc(record)
        self._commit([Change(relative, RECORD, record.label, before, after)], summary)

    def save_draft(self, record: WeekRecord) -> None:
        """Save a review draft as the rep types; drafts are not part of the undo history."""
        relative = label_path(record.label)
        table = self._db(relative).table(RECORD)
        table.upsert(codec.record_to_doc(record), Query().label == record.label)

    # -- activities -----------------------------------------------------------
    def add_activity(self, activity: Activity, summary: str | None = None) -> Activity:
        doc = codec.activity_to_doc(activity)
        self._commit(
            [Change(bucket_path(activity.day), ACTIVITIES, activity.id, None, doc)],
            summary or _("log {type}").format(type=activity.type),
        )
        return activity

    def _find_activity_doc(self, activity: Activity) -> tuple[str, dict[str, Any] | None]:
        relative = bucket_path(activity.day)
        found = next((d for d in self._read_table(relative, ACTIVITIES) if d.get("id") == activity.id), None)
        return relative, found

    def update_activity(self, old: Activity, new: Activity, summary: str | None = None) -> None:
        """Replace ``old`` with ``new`` (moving it to another week's file if its day changed)."""
        old_file, before = self._find_activity_doc(old)
        if before is None:
            raise StorageError(_("That entry no longer exists; it may have been deleted."))
        new_doc = codec.activity_to_doc(new)
        new_file = bucket_path(new.day)
        summary = summary or _("edit {type}").format(type=new.type)
        if new_file == old_file:
            self._commit([Change(old_file, ACTIVITIES, old.id, before, new_doc)], summary)
        else:
            self._commit([
                Change(old_file, ACTIVITIES, old.id, before, None),
                Change(new_file, ACTIVITIES, new.id, None, new_doc),
            ], summary)

    def delete_activity(self, activity: Activity, summary: str | None = None) -> None:
        relative, before = self._find_activity_doc(activity)
        if before is None:
            raise StorageError(_("That entry no longer exists; it may have been deleted."))
        self._commit([Change(relative, ACTIVITIES, activity.id, before, None)],
                     summary or _("delete {type}").format(type=activity.type))

    # -- undo / redo ----------------------------------------------------------
    def _journal_entries(self) -> list[Any]:
        if not (self.folder / "journal.json").exists():
            return []
        return sorted(self._db("journal.json").table("entries").all(), key=lambda d: d.doc_id)

    def undo(self) -> str | None:
        """Take back the latest change; returns its summary, or None when there is nothing to undo."""
        entries = [e for e in self._journal_entries() if not e.get("undone")]
        if not entries:
            return None
        entry = entries[-1]
        for change in reversed(entry["changes"]):
            self._apply(Change(**change), use_after=False)
        self._db("journal.json").table("entries").update({"undone": True}, doc_ids=[entry.doc_id])
        return entry["summary"]

    def redo(self) -> str | None:
        """Re-apply the change most recently undone; None when there is nothing to redo."""
        undone = [e for e in self._journal_entries() if e.get("undone")]
        if not undone:
            return None
        entry = undone[0]
        for change in entry["changes"]:
            self._apply(Change(**change), use_after=True)
        self._db("journal.json").table("entries").update({"undone": False}, doc_ids=[entry.doc_id])
        return entry["summary"]

    # -- history --------------------------------------------------------------
    def week_labels(self) -> list[str]:
        """Labels of every week that has a file, oldest first."""
        weeks = self.folder / "weeks"
        if not weeks.exists():
            return []
        return sorted(p.stem for p in weeks.glob("*/*.json"))

    # -- lifecycle ------------------------------------------------------------
    def close(self) -> None:
        self._lock.release()

    def __enter__(self) -> "Repository":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _key_field(table: str) -> str:
    return "label" if table == RECORD else "id"


def make_activity(
    activity_type: str, at: datetime, count: int = 1, **details: Any
) -> Activity:
    """A new activity with a fresh id."""
    return Activity(id=new_activity_id(), type=activity_type, at=at, count=count, **details)


__all__ = ["Repository", "WeekData", "make_activity", "new_activity_id", "MONDAY"]
