"""Weeks and their activities: read them, and write them through the undo journal.

Each data file is a TinyDB database (see :mod:`weekplanner.storage.files`):
documents are read and changed with TinyDB's Table API (``all``, ``get`` with a
``Query``, ``insert``, ``update``, ``remove``) on tables cached in memory, and a
change is committed by flushing each file it touched, explicitly and once:
one atomic, durable write per file, before the change is acknowledged. A
replaced document is rewritten whole (``update`` with a transform), since
``upsert`` with a dict would merge in the fields of the old version.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterable, NamedTuple

from tinydb import Query, TinyDB

from weekplanner.domain.activity import Activity
from weekplanner.domain.clock import Clock
from weekplanner.domain.plan import first_plan, never_planned
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import Week
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.documents import Change, Documents
from weekplanner.storage.errors import StorageError
from weekplanner.storage.files import replace_or_insert, replaced_by
from weekplanner.storage.layout import ACTIVITIES, RECORD, bucket_path, label_path

if TYPE_CHECKING:
    from weekplanner.domain.review import Review
    from weekplanner.storage.journal import Journal


class WeekData(NamedTuple):
    """One week as the screens need it: the record and the activities of its seven days."""

    week: Week
    record: WeekRecord
    activities: tuple[Activity, ...]


class Weeks:
    """The week records and activities of a data folder."""

    def __init__(self, documents: Documents, journal: Callable[[], Journal], lock: ContextManager[object],
                 clock: Clock, settings: Callable[[], Settings]) -> None:
        self.documents = documents
        self.files = documents.files
        #: The undo journal every undoable change is committed through (loaded by the first write).
        self.journal = journal
        self.lock = lock
        self.clock = clock
        #: The rep's settings as now stored (their week start and defaults plan the week under way).
        self.settings = settings

    def week(self, day: date | None = None) -> Week:
        """The week containing ``day`` (today by default) under the rep's week start."""
        return Week.containing(day or self.clock.today(), self.settings().week_start)

    # -- reading ----------------------------------------------------------------
    def record(self, label: str) -> WeekRecord:
        relative = label_path(label)
        return self.planned(label, self.documents.record_in(relative, self.documents.open_checked(relative), label))

    def planned(self, label: str, record: WeekRecord) -> WeekRecord:
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
            last_week = self.documents.record_in(label_path(previous), self.documents.open_checked(label_path(previous)),
                                                 previous)
        except StorageError:  # a damaged last week: its plan cannot be copied, the defaults still can
            last_week = None
        return first_plan(current, record, self.settings(), last_week, today) or record

    def _first_plan_change(self, day: date) -> list[Change]:
        """Storing the derived plan of the week under way, with the first change made to it (none otherwise)."""
        label = self.week(day).label
        if label != self.week(self.clock.today()).label:
            return []
        relative = label_path(label)
        stored = self.documents.stored(relative, RECORD, label)
        record = WeekRecord(label) if stored is None else self.documents.decode_record(relative, stored, label)
        planned = self.planned(label, record)
        if planned is record:
            return []
        after = codec.record_to_doc(planned)
        if stored is not None and "draft" in stored:
            after["draft"] = stored["draft"]
        return [Change(relative, RECORD, label, stored, after)]

    def activities_between(self, start: date, end: date, opened: dict[str, TinyDB] | None = None) -> list[Activity]:
        """Activities from ``start`` to ``end`` inclusive, oldest first (``opened``: files already open)."""
        opened = {} if opened is None else opened
        files: dict[str, None] = {}
        day = start - timedelta(days=start.weekday())
        while day <= end:
            files[bucket_path(day)] = None
            day += timedelta(days=7)
        found = []
        for relative in files:
            if relative not in opened:
                opened[relative] = self.documents.open(relative)
            found += self.documents.activities_in(relative, opened[relative])
            self.documents.records_checked(relative, opened[relative])  # its activities just decoded
        # By time only: the sort is stable, so entries of the same second keep the order they were
        # logged in (a file keeps its documents in insertion order); ids are random.
        return sorted((a for a in found if start <= a.day <= end), key=lambda a: a.at)

    def load_week(self, week: Week) -> WeekData:
        """The week's record and activities, opening each of its files once (read from disk only if it changed)."""
        relative = label_path(week.label)
        opened = {relative: self.documents.open(relative)}
        record = self.planned(week.label, self.documents.record_in(relative, opened[relative], week.label))
        return WeekData(week, record, tuple(self.activities_between(week.start, week.end, opened)))

    # -- week records -------------------------------------------------------------
    def save_record(self, record: WeekRecord, summary: str, *, base: WeekRecord | None = None) -> None:
        """Save the week's target, plan, review or commitment marks (undoable); see ``Repository.save_record``."""
        relative = label_path(record.label)
        current = self.documents.stored(relative, RECORD, record.label)
        after = codec.record_to_doc(record)
        before = current if base is None else codec.record_to_doc(base)
        for doc in (after, before):
            if doc is not None and current is not None and "draft" in current:
                doc["draft"] = current["draft"]
        if record.review_draft is not None:
            after["draft"] = codec.review_to_doc(record.review_draft)
        self.journal().commit([Change(relative, RECORD, record.label, before, after)], summary)

    def save_review(self, label: str, review: Review, summary: str) -> None:
        """Save (or skip) the week's review and drop the draft it was typed in, in one write (undoable)."""
        relative = label_path(label)
        before = self.documents.stored(relative, RECORD, label)
        record = self.documents.record_in(relative, self.documents.open(relative), label)
        after = codec.record_to_doc(record.with_changes(review=review, review_draft=None))
        after.pop("draft", None)
        self.journal().commit([Change(relative, RECORD, label, before, after)], summary, drop_draft=True)

    def save_draft(self, record: WeekRecord) -> None:
        """Save the review draft as the rep types; drafts are not part of the undo history."""
        self.documents.ensure_writable()
        relative = label_path(record.label)
        with self.lock, self.files.change():
            table = self.documents.open_checked(relative).table(RECORD)
            is_this_week = Query().label == record.label
            current = table.get(is_this_week)
            doc = dict(current) if current is not None else {"label": record.label}
            draft = codec.review_to_doc(record.review_draft)
            if draft:
                doc["draft"] = draft
            else:
                doc.pop("draft", None)
            replace_or_insert(table, doc, is_this_week)
            self.files.flush(relative)

    def import_week(self, record: WeekRecord | None, activities: Iterable[Activity] = (), *,
                    backup: bool = True) -> None:
        """Bulk-write a week (sample data, imports): not journaled, each file written once; see ``Repository``."""
        self.documents.ensure_writable()
        touched: dict[str, TinyDB] = {}

        def file(relative: str) -> TinyDB:
            if relative not in touched:
                touched[relative] = self.documents.open_checked(relative)
            return touched[relative]

        with self.lock, self.files.change():
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
                self.files.flush(relative)
                if not backup:
                    self.files.changed.discard(relative)

    # -- activities -----------------------------------------------------------
    def add_activity(self, activity: Activity, summary: str | None = None) -> Activity:
        doc = codec.activity_to_doc(activity)
        self.journal().commit(
            [*self._first_plan_change(activity.day), Change(bucket_path(activity.day), ACTIVITIES, activity.id, None, doc)],
            summary or _("log {type}").format(type=activity.type),
        )
        return activity

    def _find_activity_doc(self, activity: Activity) -> tuple[str, dict[str, Any] | None]:
        relative = bucket_path(activity.day)
        return relative, self.documents.stored(relative, ACTIVITIES, activity.id)

    def update_activity(self, old: Activity, new: Activity, summary: str | None = None) -> None:
        """Replace ``old`` with ``new`` (moving it to another week's file if its day changed)."""
        old_file, before = self._find_activity_doc(old)
        if before is None:
            raise StorageError(_("That entry no longer exists; it may have been deleted."))
        new_doc = codec.activity_to_doc(new)
        new_file = bucket_path(new.day)
        summary = summary or _("edit {type}").format(type=new.type)
        if new_file == old_file:
            self.journal().commit([Change(old_file, ACTIVITIES, old.id, before, new_doc)], summary)
        else:
            self.journal().commit([
                Change(old_file, ACTIVITIES, old.id, before, None),
                Change(new_file, ACTIVITIES, new.id, None, new_doc),
            ], summary)

    def delete_activity(self, activity: Activity, summary: str | None = None) -> None:
        relative, before = self._find_activity_doc(activity)
        if before is None:
            raise StorageError(_("That entry no longer exists; it may have been deleted."))
        self.journal().commit([Change(relative, ACTIVITIES, activity.id, before, None)],
                            summary or _("delete {type}").format(type=activity.type))
