"""The undo journal: every change is committed through it, and undo and redo read it back.

:meth:`Journal.commit` writes the journal entry first, then each week file the
change touches (one atomic write per file), so the TUI and the CLI share one
undo history ("weekplanner undo" takes back a tick made in the TUI). Each
commit holds the folder's lock only while it re-reads the files it changes,
puts its change on top of what another writer stored meanwhile
(:meth:`Journal._on_top`), and writes them. Undo compares the files with the
journal, so an entry whose change never reached the disk (a crash between the
two writes) is dropped instead of undoing something the rep cannot see, and a
change whose documents were changed since is refused instead of overwriting them.
"""

from __future__ import annotations

from typing import Any, ContextManager, Iterable

from tinydb import Query, TinyDB

from weekplanner.domain.clock import Clock
from weekplanner.i18n import _
from weekplanner.storage import codec
from weekplanner.storage.documents import Change, Documents, decode, plain
from weekplanner.storage.errors import StorageError
from weekplanner.storage.files import replaced_by
from weekplanner.storage.layout import ACTIVITIES, JOURNAL, JOURNAL_FILE, JOURNAL_LIMIT, RECORD, key_field, week_span


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


_MISSING = object()

_DOCUMENT_DECODERS = {ACTIVITIES: codec.activity_from_doc, RECORD: codec.record_from_doc}


def journal_changes(entry: dict[str, Any]) -> list[Change]:
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


class Journal:
    """Commits changes to the week files through the journal, and undoes and redoes them."""

    def __init__(self, documents: Documents, lock: ContextManager[object], clock: Clock) -> None:
        self.documents = documents
        self.files = documents.files
        self.lock = lock
        self.clock = clock

    def commit(self, changes: list[Change], summary: str, *, drop_draft: bool = False) -> None:
        """Journal first, then the files; a failure leaves the journal as it was (best effort).

        A record's review draft is kept as it is on disk, unless ``drop_draft`` (a saved review).

        Each file is written once, by an explicit flush, before the change is acknowledged.
        """
        self.documents.ensure_writable()
        changes = [c for c in changes if c.before != c.after]
        if not changes:
            return
        with self.lock, self.files.change():
            files = {c.file: self.documents.open_checked(c.file) for c in changes}  # a broken file stops us here
            changes = [self._on_top(files, c) for c in changes]  # read again under the lock
            changes = [c for c in changes if c.before != c.after]
            if not changes:
                return
            journal = self.documents.open(JOURNAL_FILE).table(JOURNAL)
            journal.remove(Query().undone == True)  # noqa: E712 - a new change ends the redo chain
            entry_id = journal.insert({
                "at": self.clock.now().isoformat(), "summary": summary, "undone": False,
                "changes": [c._asdict() for c in changes],
            })
            if len(journal) > JOURNAL_LIMIT:
                ids = sorted(doc.doc_id for doc in journal.all())
                journal.remove(doc_ids=ids[: len(ids) - JOURNAL_LIMIT])
            self.files.flush(JOURNAL_FILE)
            try:
                self._apply(files, changes, use_after=True, drop_draft=drop_draft)
            except StorageError:
                journal.remove(doc_ids=[entry_id])
                try:
                    self.files.flush(JOURNAL_FILE)
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
        current = plain(files[change.file].table(change.table).get(
            Query()[key_field(change.table)] == change.key))
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
            current = table.get(Query()[key_field(change.table)] == change.key)
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
            self.files.flush(relative)

    # -- undo / redo ----------------------------------------------------------
    @staticmethod
    def _sides(changes: list[Change], files: dict[str, TinyDB]) -> set[str | None]:
        """For each document: is it as it was ``before`` or ``after`` the change, or neither (None)?"""
        found: set[str | None] = set()
        for change in changes:
            current = files[change.file].table(change.table).get(Query()[key_field(change.table)] == change.key)
            found.add("after" if _same(change.table, current, change.after)
                      else "before" if _same(change.table, current, change.before) else None)
        return found

    def step(self, undo: bool) -> str | None:
        """Undo (or redo) the newest journal entry, whoever wrote it; returns its summary (None: nothing to do).

        A change whose documents were changed after it (a restore, an import, an edit
        by hand) is refused with a :class:`StorageError` rather than overwriting them.
        """
        self.documents.ensure_writable()
        with self.lock, self.files.change():
            journal = self.documents.open(JOURNAL_FILE).table(JOURNAL)
            entries = sorted(journal.all(), key=lambda entry: entry.doc_id)
            candidates = (
                [e for e in reversed(entries) if not e.get("undone")] if undo
                else [e for e in entries if e.get("undone")]
            )
            dropped = False
            for entry in candidates:
                changes = decode(self.documents.path(JOURNAL_FILE), _("journal entry {id}").format(id=entry.doc_id),
                                 journal_changes, entry)
                files = {c.file: self.documents.open_checked(c.file) for c in changes}
                sides = self._sides(changes, files)
                if sides == {"before" if undo else "after"}:
                    if undo:  # never reached the disk, or an undo already did its work
                        journal.remove(doc_ids=[entry.doc_id])
                        dropped = True
                        continue
                elif None in sides:  # edited since: undoing would overwrite the newer edit
                    journal.remove(doc_ids=[entry.doc_id])
                    self.files.flush(JOURNAL_FILE)
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
                self.files.flush(JOURNAL_FILE)
                return entry["summary"]
            if dropped:
                self.files.flush(JOURNAL_FILE)
            return None
