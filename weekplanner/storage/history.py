"""The history index: one cached summary (and review) per week, in ``index.json``.

Five years of history would mean reading 260 week files and 60,000 activities
to open the history screen. Instead each week's summary is cached with the
(mtime_ns, size) of every file it was computed from; a week is recomputed only
when one of those files changed. Ticks never touch the index: it is brought up
to date lazily when the history is asked for. A file written within the last
couple of seconds is not trusted to its stamp (a rewrite in the same clock tick
could keep mtime and size), so the current week is simply recomputed.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Iterator

from weekplanner.domain.week import SUNDAY, Week
from weekplanner.storage import codec
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.errors import StorageError
from weekplanner.storage.files import RACY_NS, DataFiles
from weekplanner.storage.layout import week_files

if TYPE_CHECKING:
    from weekplanner.domain.review import Review
    from weekplanner.domain.summary import WeekSummary
    from weekplanner.storage.repository import Repository

INDEX_FILE = "index.json"
#: Bump when WeekSummary or its document changes: the whole cache is rebuilt.
#: 2: planned counts re-balanced (moved) work once, and ``moved`` is kept.
INDEX_VERSION = 2


class HistoryIndex:
    """The cache of one repository: its weeks are read with ``repo.load_week``, their files stamped through ``files``."""

    def __init__(self, repo: "Repository", files: DataFiles) -> None:
        self.repo = repo
        self.files = files
        #: Weeks whose files could not be read at the last refresh: label → the problem.
        #: They are left out of the summaries (and of the cache) until they read again.
        self.damaged: dict[str, StorageError] = {}
        #: (index.json's stamp, week start, its entries) as this process last read or wrote it: an
        #: unchanged file is not parsed again.
        self._memo: tuple[list[int], int, dict[str, dict[str, Any]]] | None = None
        #: label → (the entry's summary document, that summary decoded), reused while the document is.
        self._decoded: dict[str, tuple[dict[str, Any], WeekSummary]] = {}

    def _load(self, week_start: int) -> dict[str, dict[str, Any]]:
        """The cached entries by label; a missing, stale or broken cache is simply rebuilt."""
        stamp = self.files.stat(INDEX_FILE)
        memo = self._memo
        if memo is not None and stamp is not None and memo[0] == stamp and memo[1] == week_start:
            return dict(memo[2])
        try:
            data = read_json_file(self.files.folder / INDEX_FILE, documents=False)
        except StorageError:
            return {}
        if not data:
            return {}
        info = data.get("info", {}).get("index", {})
        if info.get("version") != INDEX_VERSION or info.get("week_start") != week_start:
            return {}
        entries = dict(data.get("weeks", {}))
        if stamp is not None:
            self._memo = (stamp, week_start, entries)
        return dict(entries)

    def _save(self, entries: dict[str, dict[str, Any]], week_start: int) -> None:
        if self.files.read_only:
            return
        data = {"info": {"index": {"version": INDEX_VERSION, "week_start": week_start}}, "weeks": entries}
        try:
            self.files.write_plain(INDEX_FILE, data)
        except StorageError:
            return  # a cache that cannot be saved is recomputed next time
        stamp = self.files.stat(INDEX_FILE)
        self._memo = (stamp, week_start, dict(entries)) if stamp is not None else None

    def _labels(self, week_start: int) -> list[str]:
        labels = set(self.repo.week_labels())
        if week_start == SUNDAY:  # a Sunday in the last ISO file belongs to the next label's week
            labels |= {Week.from_label(label).next().label for label in labels}
        return sorted(labels)

    def refresh(self, use_cache: bool = True) -> dict[str, dict[str, Any]]:
        """Every week's entry, recomputing those whose files changed (all of them without the cache)."""
        repo = self.repo
        week_start = repo.settings.week_start
        entries = self._load(week_start) if use_cache else {}
        fresh: dict[str, dict[str, Any]] = {}
        dirty = False
        now_ns = time.time_ns()
        self.damaged = {}
        for label in self._labels(week_start):
            week = Week.from_label(label, week_start)
            stamps = {relative: self.files.stat(relative) for relative in week_files(week)}
            cached = entries.get(label)
            if cached is not None and cached.get("files") == stamps and not cached.get("racy"):
                fresh[label] = cached
                continue
            from weekplanner.domain.summary import summarise  # only when a week is (re)summarised

            try:
                data = repo.load_week(week)
            except StorageError as error:  # one bad file never hides the rest of the history
                self.damaged[label] = error
                dirty = True
                continue
            summary = summarise(week, data.record, data.activities)
            review = data.record.review
            # The week under way is recomputed every time too: until it is written to, its plan is the
            # one derived for it (plan.first_plan), which a past week does not have.
            under_way = week.start <= repo.clock.today() <= week.end
            fresh[label] = {
                "files": stamps,
                "racy": under_way or any(s is not None and now_ns - s[0] < RACY_NS for s in stamps.values()) or None,
                "empty": (summary.target_value is None and not summary.planned and not summary.done
                          and review is None) or None,
                "summary": codec.summary_to_doc(summary),
                "review": codec.review_to_doc(review) if review and not review.skipped else None,
            }
            fresh[label] = {k: v for k, v in fresh[label].items() if v is not None}
            # A racy entry (the week under way) is recomputed on every read anyway: rewriting the whole
            # index for it alone would cost every opening of the history a JSON dump of five years.
            dirty = dirty or label not in entries or not fresh[label].get("racy")
        if dirty or len(fresh) != len(entries):
            self._save(fresh, week_start)
        return fresh

    def summaries(self) -> list[WeekSummary]:
        try:
            return self._summaries(self.refresh())
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
            return self._summaries(self.refresh(use_cache=False))  # a hand-edited cache: rebuild it

    def _summaries(self, entries: dict[str, dict[str, Any]]) -> list[WeekSummary]:
        """The summaries of the entries, newest first; a document decoded before is not decoded again."""
        decoded: dict[str, tuple[dict[str, Any], WeekSummary]] = {}
        found = []
        for label, entry in sorted(entries.items(), reverse=True):
            if entry.get("empty"):
                continue
            document = entry["summary"]
            known = self._decoded.get(label)
            summary = known[1] if known is not None and known[0] is document else codec.summary_from_doc(document)
            decoded[label] = (document, summary)
            found.append(summary)
        self._decoded = decoded
        return found

    def reviews(self) -> Iterator[tuple[str, Review]]:
        entries = self.refresh()
        try:
            found = [(label, codec.review_from_doc(entry["review"]))
                     for label, entry in sorted(entries.items(), reverse=True) if entry.get("review")]
        except (KeyError, TypeError, ValueError, AttributeError):
            entries = self.refresh(use_cache=False)
            found = [(label, codec.review_from_doc(entry["review"]))
                     for label, entry in sorted(entries.items(), reverse=True) if entry.get("review")]
        return iter(found)
