"""The repository: load and save weeks, activities, settings; undo and redo every change.

Every change goes through :meth:`Repository._commit`: the journal entry is
committed first, then each week file it touches (one atomic write per file), so
the TUI and the CLI share one undo history ("weekplanner undo" takes back a
tick made in the TUI). Any number of windows and commands write to one folder:
each commit holds the folder's lock (:mod:`weekplanner.storage.lock`) only
while it re-reads the files it changes, puts its change on top of what another
writer stored meanwhile, and writes them. Undo compares the files with the
journal, so an entry whose change never reached the disk (a crash between the
two writes) is dropped instead of undoing something the rep cannot see, and a
change whose documents were changed since is refused instead of overwriting them.

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
import re
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
from weekplanner.storage.errors import CorruptDataError, DataLockedError, NewerSchemaError, StorageError
from weekplanner.storage.files import DataFiles, replace_or_insert, replaced_by
from weekplanner.storage.history import HistoryIndex
from weekplanner.storage.lock import DataLock, Presence

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


def check_in_week(path: Path, relative: str, activities: Iterable[Activity]) -> None:
    """Every activity of a week file is dated inside that file's week (else it would be counted nowhere or twice)."""
    span = week_span(relative)
    if span is None:
        return
    first, last = span
    for activity in activities:
        if not first <= activity.at.date() <= last:
            raise CorruptDataError(path, _("activity {id} is dated {day}, outside the week this file holds").format(
                id=activity.id, day=activity.at.date().isoformat()))


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
    """Undo and redo never take back the review draft the rep is typing.

    Saving a review drops its draft, so undoing the first save keeps the review's
    words as the draft (nothing written is lost), and redoing it drops that draft again.
    """
    base = _without_draft(table, doc)
    if table != RECORD or current is None:
        return base
    draft = current.get("draft")
    review = current.get("review")
    if draft is None and review and not review.get("skipped") and not (base or {}).get("review"):
        draft = review
    if draft is None or (base is not None and base.get("review") == draft):
        return base
    return {**(base or {"label": key}), "draft": draft}


def _plain(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    """A TinyDB Document as the plain dict the journal keeps."""
    return None if doc is None else dict(doc)


_MISSING = object()

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


_DOCUMENT_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    ACTIVITIES: codec.activity_from_doc, RECORD: codec.record_from_doc,
}


def _journal_changes(entry: dict[str, Any]) -> list[Change]:
    """A journal entry's changes, each checked: a week file of the folder, a known table, documents that decode.

    Undo writes these documents back, so a hand-edited journal must not put a
    broken document into a week file, or write anywhere outside the folder.
    """
    changes = [Change(**c) for c in entry["changes"]]
    for change in changes:
        if not isinstance(change.file, str) or week_span(change.file) is None:
            raise ValueError(_("it names a file that is not a week file ({file})").format(file=str(change.file)[:80]))
        if change.table not in _DOCUMENT_DECODERS or not isinstance(change.key, str):
            raise ValueError(_("it names an unknown table ({table})").format(table=str(change.table)[:40]))
        for doc in (change.before, change.after):
            if doc is not None:
                if not isinstance(doc, dict):
                    raise ValueError(_("a document of it is not an object"))
                _DOCUMENT_DECODERS[change.table](doc)
    return changes


def check_tables(path: Path, relative: str, data: Any) -> None:
    """Decode every document of a data file's tables (as read, older versions upgraded in memory).

    Raises :class:`CorruptDataError` naming the first document that does not fit. Used
    for files as they are on disk and for backups before one is put back.
    """
    from weekplanner.storage.migrate import migrate, needs_migration

    if data is None:
        raise CorruptDataError(path, _("the file is missing"))
    if needs_migration(data):
        data = migrate(path, data)
    if relative == SETTINGS_FILE:
        for doc in data.get(SETTINGS, {}).values():
            decode(path, _("the settings"), codec.settings_from_doc, doc)
    elif relative == JOURNAL_FILE:
        for doc_id, entry in data.get(JOURNAL, {}).items():
            decode(path, _("journal entry {id}").format(id=doc_id), _journal_changes, entry)
    else:
        check_in_week(path, relative, [
            decode(path, _("activity {id}").format(id=doc_id), codec.activity_from_doc, doc)
            for doc_id, doc in data.get(ACTIVITIES, {}).items()])
        for doc in data.get(RECORD, {}).values():
            decode(path, _("the week record {label}").format(label=doc.get("label")), codec.record_from_doc, doc)


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
        self._presence = Presence(self.folder)
        if not read_only:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    _("The data folder {path} cannot be created: {error}.").format(
                        path=self.folder, error=error.strerror or error), self.folder
                ) from error
            self._lock.open()  # a folder that cannot be written says so now
            try:  # a writer's temp file is only swept while no writer is busy
                self._lock.acquire(wait=0)
            except DataLockedError:
                pass
            else:
                try:
                    sweep_temp_files(self.folder)
                finally:
                    self._lock.release()
        if self.folder.is_dir():
            self._presence.join()
        # The journal is written atomically but not fsynced: it only serves undo.
        # The week file written right after it is fsynced, which is what makes a
        # tick durable; after a power cut the journal may lack its newest entry,
        # and undo then takes back the one before (it checks the files first).
        # This halves the fsyncs a tick waits for.
        self._files = DataFiles(self.folder, read_only, not_fsynced=frozenset({JOURNAL_FILE}),
                                lock=None if read_only else self._lock, check=check_tables)
        self._history = HistoryIndex(self)
        self._settings: Settings | None = None
        #: Set by :meth:`tolerate_damaged_settings`: the app opens on defaults and shows the problem.
        self._tolerant = False
        self.settings_problem: StorageError | None = None
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
            activities = [codec.activity_from_doc(doc) for doc in docs]
        except DECODE_ERRORS:  # name the first document that does not decode (a history holds 60,000)
            path = self._files.path(relative)
            for doc in docs:
                decode(path, _("activity {id}").format(id=doc.doc_id), codec.activity_from_doc, doc)
            raise
        check_in_week(self._files.path(relative), relative, activities)
        return activities

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
            self._records_checked(relative, db)
        return db

    def _records_checked(self, relative: str, db: TinyDB) -> None:
        """Decode the file's week records (once per load) and mark the file checked: its activities decoded."""
        if not db.storage.checked:
            for doc in db.table(RECORD).all():
                self._decode_record(relative, doc, doc.get("label"))
            db.storage.checked = True

    def _commit(self, changes: list[Change], summary: str, *, drop_draft: bool = False) -> None:
        """Journal first, then the files; a failure leaves the journal as it was (best effort).

        A record's review draft is kept as it is on disk, unless ``drop_draft`` (a saved review).

        Each file is written once, by an explicit flush, before the change is acknowledged.
        """
        self._ensure_writable()
        changes = [c for c in changes if c.before != c.after]
        if not changes:
            return
        with self._lock, self._files.change():
            files = {c.file: self._open_checked(c.file) for c in changes}  # a broken file stops us here
            changes = [self._on_top(files, c) for c in changes]  # read again under the lock
            changes = [c for c in changes if c.before != c.after]
            if not changes:
                return
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
                self._apply(files, changes, use_after=True, drop_draft=drop_draft)
            except StorageError:
                journal.remove(doc_ids=[entry_id])
                try:
                    self._files.flush(JOURNAL_FILE)
                except StorageError:
                    pass  # undo drops an entry whose change is not on disk
                raise

    def _on_top(self, files: dict[str, TinyDB], change: Change) -> Change:
        """The change as made on top of the document now on disk (another writer may have changed it).

        ``change.before`` is what the change was made from; the fields it changed are
        applied to the current document, the fields it left alone keep what is stored.
        An entry deleted meanwhile is not brought back by an edit.
        """
        if change.table == ACTIVITIES and change.before is None:
            return change  # a new entry, under a fresh random id: nothing to be on top of (a tick)
        current = _plain(files[change.file].table(change.table).get(
            Query()[_key_field(change.table)] == change.key))
        if current == change.before:
            return change
        if change.after is None or current is None:
            if current is None and change.before is not None and change.table == ACTIVITIES:
                raise StorageError(_("That entry no longer exists; it may have been deleted."))
            return change._replace(before=current)
        merged = dict(current)
        base = change.before or {}
        for field in set(base) | set(change.after):
            if field not in change.after:
                if field in base:
                    merged.pop(field, None)
            elif base.get(field, _MISSING) != change.after[field]:
                merged[field] = change.after[field]
        return change._replace(before=current, after=merged)

    def _apply(self, files: dict[str, TinyDB], changes: Iterable[Change], use_after: bool,
               drop_draft: bool = False) -> None:
        """Put each document as it is after (or before) the changes, then write each file once."""
        changes = list(changes)  # iterated twice below; undo passes a one-shot reversed() iterator
        for change in changes:
            table = files[change.file].table(change.table)
            current = table.get(Query()[_key_field(change.table)] == change.key)
            doc = change.after if use_after else change.before
            doc = _without_draft(change.table, doc) if drop_draft else _with_current_draft(
                change.table, doc, change.key, current)
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
            try:
                docs = self._open(SETTINGS_FILE).table(SETTINGS).all()
                self._settings = (
                    decode(self._files.path(SETTINGS_FILE), _("the settings"), codec.settings_from_doc,
                           min(docs, key=lambda doc: doc.doc_id))
                    if docs else Settings()
                )
                self.settings_problem = None
            except StorageError as error:
                if not self._tolerant:
                    raise
                # The app opens on the default settings and says what is wrong; saving settings
                # still opens the file, which refuses, so the damaged file is never written over.
                self.settings_problem = error
                self._settings = Settings()
        return self._settings

    def tolerate_damaged_settings(self) -> None:
        """Let an unreadable settings file fall back to the defaults (see :attr:`settings_problem`).

        For the full-screen app, which shows the problem and offers a restore; the
        commands keep refusing with a one-line error.
        """
        self._tolerant = True
        self._settings = None

    def has_settings(self) -> bool:
        return self._files.exists(SETTINGS_FILE)

    @_serialised
    def save_settings(self, settings: Settings) -> None:
        self._ensure_writable()
        with self._lock, self._files.change():
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
        return self._planned(label, self._record_in(relative, self._open_checked(relative), label))

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
        try:
            last_week = self._record_in(label_path(previous), self._open_checked(label_path(previous)), previous)
        except StorageError:  # a damaged last week: its plan cannot be copied, the defaults still can
            last_week = None
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
            self._records_checked(relative, opened[relative])  # its activities just decoded
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

    def load_week_or_empty(self, week: Week) -> tuple[WeekData, StorageError | None]:
        """The week, or an empty week and the problem when one of its files cannot be read.

        For screens that show a week beside the one asked for (last week's commitments)
        and for the week screen, which shows the problem instead of failing.
        """
        try:
            return self.load_week(week), None
        except StorageError as error:
            return WeekData(week, WeekRecord(week.label), ()), error

    @_serialised
    def save_record(self, record: WeekRecord, summary: str, *, base: WeekRecord | None = None) -> None:
        """Save the week's target, plan, review or commitment marks (undoable).

        ``base`` is the record ``record`` was made from, when that was read a while
        ago (a form open for minutes): only the fields that differ from it are written,
        on top of whatever another window or command stored since.
        """
        relative = label_path(record.label)
        current = _plain(self._open(relative).table(RECORD).get(Query().label == record.label))
        after = codec.record_to_doc(record)
        before = current if base is None else codec.record_to_doc(base)
        for doc in (after, before):
            if doc is not None and current is not None and "draft" in current:
                doc["draft"] = current["draft"]
        if record.review_draft is not None:
            after["draft"] = codec.review_to_doc(record.review_draft)
        self._commit([Change(relative, RECORD, record.label, before, after)], summary)

    @_serialised
    def save_review(self, label: str, review: Review, summary: str) -> None:
        """Save (or skip) the week's review and drop the draft it was typed in, in one write (undoable).

        Undo brings the previous review back but not the draft: drafts are not part of the history.
        """
        relative = label_path(label)
        before = _plain(self._open(relative).table(RECORD).get(Query().label == label))
        record = self._record_in(relative, self._open(relative), label)
        after = codec.record_to_doc(record.with_changes(review=review, review_draft=None))
        after.pop("draft", None)
        self._commit([Change(relative, RECORD, label, before, after)], summary, drop_draft=True)

    @_serialised
    def save_draft(self, record: WeekRecord) -> None:
        """Save the review draft as the rep types; drafts are not part of the undo history."""
        self._ensure_writable()
        relative = label_path(record.label)
        with self._lock, self._files.change():
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

        with self._lock, self._files.change():
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
    def _sides(self, changes: list[Change], files: dict[str, TinyDB]) -> set[str | None]:
        """For each document: is it as it was ``before`` or ``after`` the change, or neither (None)?"""
        found: set[str | None] = set()
        for change in changes:
            current = files[change.file].table(change.table).get(Query()[_key_field(change.table)] == change.key)
            found.add("after" if _same(change.table, current, change.after)
                      else "before" if _same(change.table, current, change.before) else None)
        return found

    @_serialised
    def _step(self, undo: bool) -> str | None:
        """Undo (or redo) the newest journal entry, whoever wrote it; see :meth:`undo`."""
        self._ensure_writable()
        with self._lock, self._files.change():
            journal = self._open(JOURNAL_FILE).table(JOURNAL)
            entries = sorted(journal.all(), key=lambda entry: entry.doc_id)
            candidates = (
                [e for e in reversed(entries) if not e.get("undone")] if undo
                else [e for e in entries if e.get("undone")]
            )
            dropped = False
            for entry in candidates:
                changes = decode(self._files.path(JOURNAL_FILE), _("journal entry {id}").format(id=entry.doc_id),
                                 _journal_changes, entry)
                files = {c.file: self._open_checked(c.file) for c in changes}
                sides = self._sides(changes, files)
                if sides == {"before" if undo else "after"}:
                    if undo:  # never reached the disk, or an undo already did its work
                        journal.remove(doc_ids=[entry.doc_id])
                        dropped = True
                        continue
                elif None in sides:  # edited since: undoing would overwrite the newer edit
                    journal.remove(doc_ids=[entry.doc_id])
                    self._files.flush(JOURNAL_FILE)
                    what = ", ".join(dict.fromkeys(c.file for c in changes))
                    message = (_("'{what}' cannot be undone: {files} changed after it (a restore, an import or "
                                 "an edit by hand). Nothing was changed; it was taken off the undo history, so "
                                 "undo again takes back the change before it.") if undo else
                               _("'{what}' cannot be redone: {files} changed after it was undone. Nothing was "
                                 "changed; it was taken off the redo history."))
                    raise StorageError(message.format(what=entry["summary"], files=what))
                else:  # every document as the change left it (or, after a crash, partly)
                    self._apply(files, reversed(changes) if undo else changes, use_after=not undo)
                journal.update({"undone": undo}, doc_ids=[entry.doc_id])
                self._files.flush(JOURNAL_FILE)
                return entry["summary"]
            if dropped:
                self._files.flush(JOURNAL_FILE)
            return None

    def undo(self) -> str | None:
        """Take back the newest change, made in any window or command; returns its summary (None: nothing to undo).

        A change whose documents were changed after it (a restore, an import, an edit
        by hand) is refused with a :class:`StorageError` rather than overwriting them.
        """
        return self._step(undo=True)

    def redo(self) -> str | None:
        """Re-apply the change most recently undone; None when there is nothing to redo."""
        return self._step(undo=False)

    # -- history --------------------------------------------------------------
    def week_labels(self) -> list[str]:
        """Labels of every week that has a file, oldest first (a stray file in weeks/ is not a week)."""
        weeks = self.folder / "weeks"
        if not weeks.exists():
            return []
        return sorted(p.stem for p in weeks.glob("*/*.json")
                      if week_span(f"weeks/{p.parent.name}/{p.name}") is not None)

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
            try:
                data = self.load_week(week)
            except StorageError:  # a damaged week ends the walk; its own screen or command says why
                return None
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

    def damaged_weeks(self) -> dict[str, StorageError]:
        """Weeks left out of the last :meth:`history` because a file of theirs cannot be read."""
        return dict(self._history.damaged)

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
                        decode(path, _("journal entry {id}").format(id=entry.doc_id), _journal_changes, entry)
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
        if not path.is_absolute() and not self.folder.is_absolute():
            # The folder was given relative to the working directory (--data-dir data), and so
            # are the paths of the errors that name its files: read them against that directory.
            try:
                return path.relative_to(self.folder).as_posix()
            except ValueError:
                pass
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
        chosen = self.good_backup(found) if day is None else found[0]
        if chosen is None:
            raise StorageError(_("No backup of {file} can be read; nothing was changed.").format(file=relative))
        with self._lock:
            self._files.forget(chosen.relative)  # what is cached is what was replaced
            aside = backup_files.restore_backup(self.folder, chosen, self.clock.now())
        self._settings = None
        self.settings_problem = None
        return chosen, aside

    def good_backup(self, backups: list[backup_files.Backup]) -> backup_files.Backup | None:
        """The first of ``backups`` (newest first) whose file reads and decodes."""
        from weekplanner.storage import backups as backup_files

        for backup in backups:
            try:
                check_tables(backup.path, backup.relative, backup_files.read_backup(backup))
            except StorageError:
                continue
            return backup
        return None

    def newest_good_backup(self, file: str | Path) -> backup_files.Backup | None:
        """The backup a restore of ``file`` would put back (None when there is none that reads)."""
        return self.good_backup(self.backups(file))

    @_serialised
    def back_up(self) -> list[str]:
        """Copy the files changed since opening into today's backup folder (done at close)."""
        if self.read_only or not self._files.changed:
            return []
        from weekplanner.storage import backups as backup_files

        copied = backup_files.back_up(self.folder, self._files.changed, self.clock.today(),
                                      every_file=self.data_files(), check=check_tables, now=self.clock.now())
        self._files.changed.clear()
        return copied

    # -- other writers ------------------------------------------------------------
    @_serialised
    def outside_changes(self, watched: Iterable[str] = ()) -> frozenset[str]:
        """The data files another window or command changed since this repository read or wrote them.

        Looks at the open files, the settings, the journal and ``watched`` (one
        ``stat`` each) and drops what they cached, so the next load reads them;
        each change is reported once. An open window asks twice a second.
        """
        self._files.look_for_changes([SETTINGS_FILE, JOURNAL_FILE, *watched])
        changed = frozenset(self._files.take_outside_changes())
        if SETTINGS_FILE in changed:
            self._settings = None
        return changed

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
            self._lock.close()
            self._presence.leave()

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
