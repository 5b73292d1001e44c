"""The repository: load and save weeks, activities, settings; undo and redo every change.

Every change goes through :meth:`Repository._commit`: the journal entry is
committed first, then each week file it touches (one atomic write per file), so
the TUI and the CLI share one undo history ("weekplanner undo" takes back a
tick made in the TUI). Undo compares the files with the journal, so an entry
whose change never reached the disk (a crash between the two writes) is
dropped instead of undoing something the rep cannot see.

Each data file is a TinyDB database (see :mod:`weekplanner.storage.files`):
documents are read and changed with TinyDB's Table API (``all``, ``get`` with a
``Query``, ``insert``, ``update``, ``remove``) on tables cached in memory, and a
change is committed by flushing each file it touched, explicitly and once:
one atomic, durable write per file, before the change is acknowledged. A
replaced document is rewritten whole (``update`` with a transform), since
``upsert`` with a dict would merge in the fields of the old version.
"""

from __future__ import annotations

import functools
import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple

from tinydb import Query, TinyDB

from weekplanner.domain.activity import Activity
from weekplanner.domain.clock import Clock, SystemClock
from weekplanner.domain.plan import first_plan, never_planned
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import MONDAY, Week
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.atomic import sweep_temp_files
from weekplanner.storage.errors import CorruptDataError, NewerSchemaError, StorageError
from weekplanner.storage.files import DataFiles, replace_or_insert, replaced_by
from weekplanner.storage.history import HistoryIndex
from weekplanner.storage.lock import DataLock

if TYPE_CHECKING:  # imported where used: a command that only reads pays for neither
    from weekplanner.domain.review import Review
    from weekplanner.domain.summary import WeekSummary
    from weekplanner.storage import backups as backup_files

ACTIVITIES = "activities"
RECORD = "record"
SETTINGS_FILE = "settings.json"
SETTINGS = "settings"
JOURNAL_FILE = "journal.json"
JOURNAL = "entries"
JOURNAL_LIMIT = 100


class WeekData(NamedTuple):
    """One week as the screens need it: the record and the activities of its seven days."""

    week: Week
    record: WeekRecord
    activities: tuple[Activity, ...]


class Change(NamedTuple):
    """One document's before and after (None = absent) in one file's table."""

    file: str
    table: str
    key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def new_activity_id() -> str:
    import uuid  # pulls in platform (~1.6 ms): only commands that log pay for it

    return uuid.uuid4().hex[:12]


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


def _key_field(table: str) -> str:
    return "label" if table == RECORD else "id"


def _without_draft(table: str, doc: dict[str, Any] | None) -> dict[str, Any] | None:
    if table != RECORD or doc is None:
        return doc
    rest = {k: v for k, v in doc.items() if k != "draft"}
    return None if set(rest) <= {"label"} else rest


def _same(table: str, current: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    """Equal documents; a record's draft is not part of the undo history and is ignored."""
    return _without_draft(table, current) == _without_draft(table, expected)


def _with_current_draft(table: str, doc: dict[str, Any] | None, key: str,
                        current: dict[str, Any] | None) -> dict[str, Any] | None:
    """Undo and redo never take back the review draft the rep is typing."""
    if table != RECORD or current is None or "draft" not in current:
        return _without_draft(table, doc)
    return {**(_without_draft(table, doc) or {"label": key}), "draft": current["draft"]}


def _plain(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    """A TinyDB Document as the plain dict the journal keeps."""
    return None if doc is None else dict(doc)


#: What a document that does not fit its domain object raises while being decoded.
DECODE_ERRORS = (KeyError, TypeError, ValueError, ArithmeticError, AttributeError)


def decode(path: Path, what: str, func: Callable[[dict[str, Any]], Any], doc: dict[str, Any]) -> Any:
    """Turn a document into a domain object, or say clearly which document of which file is wrong."""
    try:
        return func(doc)
    except KeyError as error:
        problem = _("{what} lacks the field {field}").format(what=what, field=error)
    except DECODE_ERRORS as error:
        problem = _("{what} is not valid ({error})").format(what=what, error=error)
    raise CorruptDataError(path, problem)


def _serialised(method: Callable[..., Any]) -> Callable[..., Any]:
    """One thread at a time in a repository: its open files and their cached tables are shared.

    (The week screen loads earlier weeks in a worker thread while the rep ticks.)
    """

    @functools.wraps(method)
    def serialised(self: "Repository", *args: Any, **kwargs: Any) -> Any:
        with self._guard:
            return method(self, *args, **kwargs)

    return serialised


class Repository:
    """The data folder, opened for writing (holding the lock) or read-only."""

    def __init__(self, folder: Path, *, read_only: bool = False, clock: Clock | None = None) -> None:
        self.folder = Path(folder)
        self.read_only = read_only
        self.clock: Clock = clock or SystemClock()
        self._guard = threading.RLock()
        self._lock = DataLock(self.folder)
        if not read_only:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    _("The data folder {path} cannot be created: {error}.").format(
                        path=self.folder, error=error.strerror or error), self.folder
                ) from error
            self._lock.acquire()
            sweep_temp_files(self.folder)
        # The journal is written atomically but not fsynced: it only serves undo.
        # The week file written right after it is fsynced, which is what makes a
        # tick durable; after a power cut the journal may lack its newest entry,
        # and undo then takes back the one before (it checks the files first).
        # This halves the fsyncs a tick waits for.
        self._files = DataFiles(self.folder, read_only, not_fsynced=frozenset({JOURNAL_FILE}))
        self._history = HistoryIndex(self)
        self._settings: Settings | None = None
        self._closed = False

    # -- plumbing -------------------------------------------------------------
    def _open(self, relative: str) -> TinyDB:
        return self._files.open(relative)

    def _ensure_writable(self) -> None:
        if self.read_only:
            raise StorageError(_("This weekplanner is read-only; the change was not saved."))

    def _activities_in(self, relative: str, db: TinyDB) -> list[Activity]:
        docs = db.table(ACTIVITIES).all()
        try:
            return [codec.activity_from_doc(doc) for doc in docs]
        except DECODE_ERRORS:  # name the first document that does not decode (a history holds 60,000)
            path = self._files.path(relative)
            for doc in docs:
                decode(path, _("activity {id}").format(id=doc.doc_id), codec.activity_from_doc, doc)
            raise

    def _decode_record(self, relative: str, doc: dict[str, Any], label: str) -> WeekRecord:
        return decode(self._files.path(relative), _("the week record {label}").format(label=label),
                      codec.record_from_doc, doc)

    def _record_in(self, relative: str, db: TinyDB, label: str) -> WeekRecord:
        doc = db.table(RECORD).get(Query().label == label)
        return WeekRecord(label) if doc is None else self._decode_record(relative, doc, label)

    def _open_checked(self, relative: str) -> TinyDB:
        """The file, refusing to change one holding a document that does not decode (its bytes stay as they are).

        A file is decoded once per load (its cache remembers it), so a tick stays cheap.
        """
        db = self._open(relative)
        if not db.storage.checked:
            self._activities_in(relative, db)
            for doc in db.table(RECORD).all():
                self._decode_record(relative, doc, doc.get("label"))
            db.storage.checked = True
        return db

    def _commit(self, changes: list[Change], summary: str) -> None:
        """Journal first, then the files; a failure leaves the journal as it was (best effort).

        Each file is written once, by an explicit flush, before the change is acknowledged.
        """
        self._ensure_writable()
        changes = [c for c in changes if c.before != c.after]
        if not changes:
            return
        with self._files.change():
            files = {c.file: self._open_checked(c.file) for c in changes}  # a broken file stops us here
            journal = self._open(JOURNAL_FILE).table(JOURNAL)
            journal.remove(Query().undone == True)  # noqa: E712 - a new change ends the redo chain
            entry_id = journal.insert({
                "at": self.clock.now().isoformat(), "summary": summary, "undone": False,
                "changes": [c._asdict() for c in changes],
            })
            if len(journal) > JOURNAL_LIMIT:
                ids = sorted(doc.doc_id for doc in journal.all())
                journal.remove(doc_ids=ids[: len(ids) - JOURNAL_LIMIT])
            self._files.flush(JOURNAL_FILE)
            try:
                self._apply(files, changes, use_after=True)
            except StorageError:
                journal.remove(doc_ids=[entry_id])
                try:
                    self._files.flush(JOURNAL_FILE)
                except StorageError:
                    pass  # undo drops an entry whose change is not on disk
                raise

    def _apply(self, files: dict[str, TinyDB], changes: Iterable[Change], use_after: bool) -> None:
        """Put each document as it is after (or before) the changes, then write each file once."""
        changes = list(changes)  # iterated twice below; undo passes a one-shot reversed() iterator
        for change in changes:
            table = files[change.file].table(change.table)
            current = table.get(Query()[_key_field(change.table)] == change.key)
            doc = _with_current_draft(change.table, change.after if use_after else change.before,
                                      change.key, current)
            if current is None:
                if doc is not None:
                    table.insert(doc)
            elif doc is None:
                table.remove(doc_ids=[current.doc_id])
            else:
                table.update(replaced_by(doc), doc_ids=[current.doc_id])
        for relative in dict.fromkeys(c.file for c in changes):
            self._files.flush(relative)

    # -- settings -------------------------------------------------------------
    @property
    @_serialised
    def settings(self) -> Settings:
        if self._settings is None:
            docs = self._open(SETTINGS_FILE).table(SETTINGS).all()
            self._settings = (
                decode(self._files.path(SETTINGS_FILE), _("the settings"), codec.settings_from_doc,
                       min(docs, key=lambda doc: doc.doc_id))
                if docs else Settings()
            )
        return self._settings

    def has_settings(self) -> bool:
        return self._files.exists(SETTINGS_FILE)

    @_serialised
    def save_settings(self, settings: Settings) -> None:
        self._ensure_writable()
        with self._files.change():
            table = self._open(SETTINGS_FILE).table(SETTINGS)
            table.truncate()  # the table holds the one settings document
            table.insert(codec.settings_to_doc(settings))
            self._files.flush(SETTINGS_FILE)
        self._settings = settings

    # -- weeks ----------------------------------------------------------------
    def week(self, day: date | None = None) -> Week:
        """The week containing ``day`` (today by default) under the rep's week start."""
        return Week.containing(day or self.clock.today(), self.settings.week_start)

    @_serialised
    def record(self, label: str) -> WeekRecord:
        relative = label_path(label)
        return self._planned(label, self._record_in(relative, self._open(relative), label))

    def _planned(self, label: str, record: WeekRecord) -> WeekRecord:
        """The week under way as every surface reads it: planned by :func:`first_plan` if nobody planned it.

        Reading never writes: the plan is derived until the week is first written
        to (a tick, a target, a plan), which stores it with that change
        (:meth:`_first_plan_change`), so it stays the week's plan when the
        defaults change later. Weeks nobody works in leave no file behind.
        """
        today = self.clock.today()
        current = self.week(today)
        if label != current.label or not never_planned(record):
            return record
        previous = current.previous().label
        last_week = self._record_in(label_path(previous), self._open(label_path(previous)), previous)
        return first_plan(current, record, self.settings, last_week, today) or record

    def _first_plan_change(self, day: date) -> list[Change]:
        """Storing the derived plan of the week under way, with the first change made to it (none otherwise)."""
        label = self.week(day).label
        if label != self.week(self.clock.today()).label:
            return []
        relative = label_path(label)
        stored = _plain(self._open(relative).table(RECORD).get(Query().label == label))
        record = WeekRecord(label) if stored is None else self._decode_record(relative, stored, label)
        planned = self._planned(label, record)
        if planned is record:
            return []
        after = codec.record_to_doc(planned)
        if stored is not None and "draft" in stored:
            after["draft"] = stored["draft"]
        return [Change(relative, RECORD, label, stored, after)]

    @_serialised
    def activities_between(self, start: date, end: date) -> list[Activity]:
        """Activities from ``start`` to ``end`` inclusive, oldest first."""
        return self._activities_between(start, end, {})

    def _activities_between(self, start: date, end: date, opened: dict[str, TinyDB]) -> list[Activity]:
        files: dict[str, None] = {}
        day = start - timedelta(days=start.weekday())
        while day <= end:
            files[bucket_path(day)] = None
            day += timedelta(days=7)
        found = []
        for relative in files:
            if relative not in opened:
                opened[relative] = self._open(relative)
            found += self._activities_in(relative, opened[relative])
        # By time only: the sort is stable, so entries of the same second keep the order they were
        # logged in (a file keeps its documents in insertion order); ids are random.
        return sorted((a for a in found if start <= a.day <= end), key=lambda a: a.at)

    @_serialised
    def load_week(self, week: Week) -> WeekData:
        """The week's record and activities, opening each of its files once (read from disk only if it changed)."""
        relative = label_path(week.label)
        opened = {relative: self._open(relative)}
        record = self._planned(week.label, self._record_in(relative, opened[relative], week.label))
        return WeekData(week, record, tuple(self._activities_between(week.start, week.end, opened)))

    @_serialised
    def save_record(self, record: WeekRecord, summary: str) -> None:
        """Save the week's target, plan, review or commitment marks (undoable)."""
        relative = label_path(record.label)
        before = _plain(self._open(relative).table(RECORD).get(Query().label == record.label))
        after = codec.record_to_doc(record)
        if before is not None and "draft" in before:
            after["draft"] = before["draft"]
        if record.review_draft is not None:
            after["draft"] = codec.review_to_doc(record.review_draft)
        self._commit([Change(relative, RECORD, record.label, before, after)], summary)

    @_serialised
    def save_draft(self, record: WeekRecord) -> None:
        """Save the review draft as the rep types; drafts are not part of the undo history."""
        self._ensure_writable()
        relative = label_path(record.label)
        with self._files.change():
            table = self._open_checked(relative).table(RECORD)
            is_this_week = Query().label == record.label
            current = table.get(is_this_week)
            doc = dict(current) if current is not None else {"label": record.label}
            draft = codec.review_to_doc(record.review_draft)
            if draft:
                doc["draft"] = draft
            else:
                doc.pop("draft", None)
            replace_or_insert(table, doc, is_this_week)
            self._files.flush(relative)

    @_serialised
    def import_week(self, record: WeekRecord | None, activities: Iterable[Activity] = (), *,
                    backup: bool = True) -> None:
        """Bulk-write a week (sample data, imports): not journaled, each file written once.

        The record replaces the stored one of its label; activities replace those
        with the same id and are added to their days' ISO week files.
        ``backup=False`` leaves the files out of the daily backup (generated data).
        """
        self._ensure_writable()
        touched: dict[str, TinyDB] = {}

        def file(relative: str) -> TinyDB:
            if relative not in touched:
                touched[relative] = self._open_checked(relative)
            return touched[relative]

        with self._files.change():
            if record is not None:
                replace_or_insert(file(label_path(record.label)).table(RECORD), codec.record_to_doc(record),
                                  Query().label == record.label)
            by_file: dict[str, dict[str, dict[str, Any]]] = {}  # per file: activity id → document
            for activity in activities:
                by_file.setdefault(bucket_path(activity.day), {})[activity.id] = codec.activity_to_doc(activity)
            for relative, docs in by_file.items():
                table = file(relative).table(ACTIVITIES)
                replaced: set[str] = set()

                def replace(current: dict[str, Any], docs: dict[str, dict[str, Any]] = docs,
                            replaced: set[str] = replaced) -> None:
                    replaced.add(current["id"])
                    replaced_by(docs[current["id"]])(current)

                table.update(replace, Query().id.test(docs.__contains__))
                table.insert_multiple(doc for key, doc in docs.items() if key not in replaced)
            for relative in touched:
                self._files.flush(relative)
                if not backup:
                    self._files.changed.discard(relative)

    # -- activities -----------------------------------------------------------
    @_serialised
    def add_activity(self, activity: Activity, summary: str | None = None) -> Activity:
        doc = codec.activity_to_doc(activity)
        self._commit(
            [*self._first_plan_change(activity.day), Change(bucket_path(activity.day), ACTIVITIES, activity.id, None, doc)],
            summary or _("log {type}").format(type=activity.type),
        )
        return activity

    def _find_activity_doc(self, activity: Activity) -> tuple[str, dict[str, Any] | None]:
        relative = bucket_path(activity.day)
        return relative, _plain(self._open(relative).table(ACTIVITIES).get(Query().id == activity.id))

    @_serialised
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

    @_serialised
    def delete_activity(self, activity: Activity, summary: str | None = None) -> None:
        relative, before = self._find_activity_doc(activity)
        if before is None:
            raise StorageError(_("That entry no longer exists; it may have been deleted."))
        self._commit([Change(relative, ACTIVITIES, activity.id, before, None)],
                     summary or _("delete {type}").format(type=activity.type))

    # -- undo / redo ----------------------------------------------------------
    def _state(self, changes: list[Change], files: dict[str, TinyDB], side: str) -> bool:
        """Do the files hold every document as it is ``before`` or ``after`` these changes?"""
        for change in changes:
            current = files[change.file].table(change.table).get(Query()[_key_field(change.table)] == change.key)
            if not _same(change.table, current, getattr(change, side)):
                return False
        return True

    @_serialised
    def _step(self, undo: bool) -> str | None:
        self._ensure_writable()
        with self._files.change():
            journal = self._open(JOURNAL_FILE).table(JOURNAL)
            entries = sorted(journal.all(), key=lambda entry: entry.doc_id)
            candidates = (
                [e for e in reversed(entries) if not e.get("undone")] if undo
                else [e for e in entries if e.get("undone")]
            )
            dropped = False
            for entry in candidates:
                changes = decode(self._files.path(JOURNAL_FILE), _("journal entry {id}").format(id=entry.doc_id),
                                 lambda e: [Change(**c) for c in e["changes"]], entry)
                files = {c.file: self._open_checked(c.file) for c in changes}
                if self._state(changes, files, "before" if undo else "after"):
                    if undo:  # never reached the disk, or an undo already did its work
                        journal.remove(doc_ids=[entry.doc_id])
                        dropped = True
                        continue
                else:
                    self._apply(files, reversed(changes) if undo else changes, use_after=not undo)
                journal.update({"undone": undo}, doc_ids=[entry.doc_id])
                self._files.flush(JOURNAL_FILE)
                return entry["summary"]
            if dropped:
                self._files.flush(JOURNAL_FILE)
            return None

    def undo(self) -> str | None:
        """Take back the latest change; returns its summary, or None when there is nothing to undo."""
        return self._step(undo=True)

    def redo(self) -> str | None:
        """Re-apply the change most recently undone; None when there is nothing to redo."""
        return self._step(undo=False)

    # -- history --------------------------------------------------------------
    def week_labels(self) -> list[str]:
        """Labels of every week that has a file, oldest first."""
        weeks = self.folder / "weeks"
        if not weeks.exists():
            return []
        return sorted(p.stem for p in weeks.glob("*/*.json"))

    def streak_on(self, day: date) -> int:
        """Workdays in a row with every quota met, as of ``day`` (the one streak every surface shows).

        Reads back only as far as the streak reaches; weeks without a file neither
        count nor break it (no scan of the history).
        """
        from weekplanner.domain.plan import WeekPlan
        from weekplanner.domain.progress import streak_as_of

        def load(week: Week):  # noqa: ANN202 - (plan, activities) of a week
            if not any(self._files.exists(relative) for relative in week_files(week)):
                return WeekPlan(), ()
            data = self.load_week(week)
            return data.record.plan, data.activities

        return streak_as_of(load, self.week(day), day)

    @_serialised
    def history(self) -> list[WeekSummary]:
        """One summary per week with any data, newest first, as lived by today (cached in ``index.json``).

        Weeks to come are left out and the week under way counts only its settled days
        (:func:`weekplanner.domain.summary.as_of`).
        """
        from weekplanner.domain.summary import as_of

        return as_of(self._history.summaries(), self.clock.today())

    @_serialised
    def reviews(self) -> Iterator[tuple[str, Review]]:
        """(label, review) of every written (not skipped) review, newest first, for lesson search."""
        return self._history.reviews()

    # -- files, backups, restore ----------------------------------------------
    def data_files(self) -> list[str]:
        """Every data file (relative path): settings, journal and the week files."""
        names = [n for n in (SETTINGS_FILE, JOURNAL_FILE) if self._files.exists(n)]
        weeks = self.folder / "weeks"
        if weeks.exists():
            names += sorted(p.relative_to(self.folder).as_posix() for p in weeks.glob("*/*.json"))
        return names

    @_serialised
    def check(self) -> list[StorageError]:
        """The problems of every data file that cannot be read (empty when all is well)."""
        problems = []
        for relative in self.data_files():
            path = self._files.path(relative)
            try:
                self._files.forget(relative)  # read every file from disk, as it is now
                db = self._open(relative)
                if relative == SETTINGS_FILE:
                    for doc in db.table(SETTINGS).all():
                        decode(path, _("the settings"), codec.settings_from_doc, doc)
                elif relative == JOURNAL_FILE:
                    for entry in db.table(JOURNAL).all():
                        decode(path, _("journal entry {id}").format(id=entry.doc_id),
                               lambda e: [Change(**c) for c in e["changes"]], entry)
                else:
                    self._open_checked(relative)
            except NewerSchemaError:
                continue  # not broken: a newer weekplanner reads it
            except StorageError as error:
                problems.append(error)
        return problems

    def relative(self, file: str | Path) -> str:
        """A data file named by path (absolute or inside the folder) or by week label."""
        text = str(file)
        try:
            return label_path(Week.from_label(text).label)
        except ValueError:
            pass
        path = Path(text)
        if path.is_absolute():
            try:
                return path.resolve().relative_to(self.folder.resolve()).as_posix()
            except ValueError:
                raise StorageError(
                    _("{path} is not inside the data folder {folder}.").format(path=path, folder=self.folder)
                ) from None
        return path.as_posix()

    def backups(self, file: str | Path | None = None) -> list[backup_files.Backup]:
        """Daily backups of ``file`` (or of every file), newest first."""
        from weekplanner.storage import backups as backup_files

        return backup_files.list_backups(self.folder, None if file is None else self.relative(file))

    @_serialised
    def restore(self, file: str | Path, day: date | None = None) -> tuple[backup_files.Backup, Path | None]:
        """Put back the newest backup of ``file`` (or that of ``day``), keeping the current file aside.

        Returns the backup used and where the replaced file was kept (None if there was none).
        """
        from weekplanner.storage import backups as backup_files

        self._ensure_writable()
        relative = self.relative(file)
        found = [b for b in backup_files.list_backups(self.folder, relative) if day is None or b.day == day]
        if not found:
            if day is None:
                raise StorageError(_("There is no backup of {file}.").format(file=relative))
            raise StorageError(_("There is no backup of {file} from {day}.").format(file=relative, day=day))
        self._files.forget(found[0].relative)  # what is cached is what was replaced
        aside = backup_files.restore_backup(self.folder, found[0], self.clock.now())
        self._settings = None
        return found[0], aside

    @_serialised
    def back_up(self) -> list[str]:
        """Copy the files changed since opening into today's backup folder (done at close)."""
        if self.read_only or not self._files.changed:
            return []
        from weekplanner.storage import backups as backup_files

        copied = backup_files.back_up(self.folder, self._files.changed, self.clock.today())
        self._files.changed.clear()
        return copied

    # -- lifecycle ------------------------------------------------------------
    @_serialised
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._files.close()
            self.back_up()
        finally:
            self._lock.release()

    def __enter__(self) -> "Repository":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_activity(
    activity_type: str, at: datetime, count: int = 1, **details: Any
) -> Activity:
    """A new activity with a fresh id."""
    return Activity(id=new_activity_id(), type=activity_type, at=at, count=count, **details)


__all__ = ["Repository", "WeekData", "make_activity", "new_activity_id", "MONDAY"]
