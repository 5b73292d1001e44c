"""The week files as documents that decode: strict decoding, done once per load of a file.

A document that does not fit its domain object is never used and never written
over: reading it raises :class:`CorruptDataError` naming the file and the
document, and a change to a file is refused until every document of it decodes
(:meth:`Documents.open_checked`). A file's cache remembers that it was checked,
so a tick stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

from tinydb import Query, TinyDB

from weekplanner.domain.activity import Activity
from weekplanner.domain.record import WeekRecord
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.errors import CorruptDataError, StorageError
from weekplanner.storage.files import DataFiles
from weekplanner.storage.layout import ACTIVITIES, RECORD, key_field, week_span

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


class Change(NamedTuple):
    """One document's before and after (None = absent) in one file's table: what a write is made of."""

    file: str
    table: str
    key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def plain(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    """A TinyDB Document as the plain dict the journal keeps."""
    return None if doc is None else dict(doc)


class Documents:
    """The data files of one repository, read through strict decoding."""

    def __init__(self, files: DataFiles) -> None:
        self.files = files

    @property
    def read_only(self) -> bool:
        return self.files.read_only

    def ensure_writable(self) -> None:
        if self.read_only:
            raise StorageError(_("This weekplanner is read-only; the change was not saved."))

    def open(self, relative: str) -> TinyDB:
        return self.files.open(relative)

    def path(self, relative: str) -> Path:
        return self.files.path(relative)

    def stored(self, relative: str, table: str, key: str) -> dict[str, Any] | None:
        """The document named ``key`` in a table of the file, as a plain dict (None when absent)."""
        return plain(self.open(relative).table(table).get(Query()[key_field(table)] == key))

    def activities_in(self, relative: str, db: TinyDB) -> list[Activity]:
        docs = db.table(ACTIVITIES).all()
        try:
            activities = [codec.activity_from_doc(doc) for doc in docs]
        except DECODE_ERRORS:  # name the first document that does not decode (a history holds 60,000)
            path = self.path(relative)
            for doc in docs:
                decode(path, _("activity {id}").format(id=doc.doc_id), codec.activity_from_doc, doc)
            raise
        check_in_week(self.path(relative), relative, activities)
        return activities

    def decode_record(self, relative: str, doc: dict[str, Any], label: str) -> WeekRecord:
        return decode(self.path(relative), _("the week record {label}").format(label=label),
                      codec.record_from_doc, doc)

    def record_in(self, relative: str, db: TinyDB, label: str) -> WeekRecord:
        doc = db.table(RECORD).get(Query().label == label)
        return WeekRecord(label) if doc is None else self.decode_record(relative, doc, label)

    def open_checked(self, relative: str) -> TinyDB:
        """The file, refusing to change one holding a document that does not decode (its bytes stay as they are).

        A file is decoded once per load (its cache remembers it), so a tick stays cheap.
        """
        db = self.open(relative)
        if not db.storage.checked:
            self.activities_in(relative, db)
            self.records_checked(relative, db)
        return db

    def records_checked(self, relative: str, db: TinyDB) -> None:
        """Decode the file's week records (once per load) and mark the file checked: its activities decoded."""
        if not db.storage.checked:
            for doc in db.table(RECORD).all():
                self.decode_record(relative, doc, doc.get("label"))
            db.storage.checked = True
