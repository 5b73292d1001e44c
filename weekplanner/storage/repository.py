"""The repository: load and save weeks, activities, settings; undo and redo every change.

A thin facade over the storage modules, each with one job, so the CLI, the TUI
and the tests open one object and call it:

* :mod:`~weekplanner.storage.weeks`: weeks and activities, read and written;
* :mod:`~weekplanner.storage.journal`: every change committed through the undo
  journal (journal first, then each week file, under the folder's lock, on top
  of what another writer stored meanwhile), and undo / redo;
* :mod:`~weekplanner.storage.settings_file`: the rep's settings;
* :mod:`~weekplanner.storage.maintenance`: checks, daily backups, restore;
* :mod:`~weekplanner.storage.history`: the cached per-week summaries.

They share the open data files (:class:`~weekplanner.storage.files.DataFiles`,
read through :class:`~weekplanner.storage.documents.Documents`) and the folder's
lock. The repository serialises its callers (one thread at a time) and owns
the lifecycle: the lock, the presence of this instance, the backup at close.
"""

from __future__ import annotations

import functools
import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from weekplanner.domain.activity import Activity
from weekplanner.domain.clock import Clock, SystemClock
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import MONDAY, Week
from weekplanner.i18n import _
from weekplanner.storage.atomic import sweep_temp_files
from weekplanner.storage.documents import DECODE_ERRORS, Documents
from weekplanner.storage.errors import DataLockedError, StorageError
from weekplanner.storage.files import DataFiles
from weekplanner.storage.history import HistoryIndex
from weekplanner.storage.layout import (JOURNAL_FILE, JOURNAL_LIMIT, SETTINGS_FILE, label_path, week_files,
                                        week_labels)
from weekplanner.storage.lock import DataLock, Presence
from weekplanner.storage.settings_file import SettingsFile
from weekplanner.storage.weeks import WeekData, Weeks

if TYPE_CHECKING:  # imported where used: a command that only reads pays for none of these
    from weekplanner.domain.review import Review
    from weekplanner.domain.summary import WeekSummary
    from weekplanner.storage import backups as backup_files
    from weekplanner.storage.journal import Journal
    from weekplanner.storage.maintenance import Maintenance


def new_activity_id() -> str:
    import uuid  # pulls in platform (~1.6 ms): only commands that log pay for it

    return uuid.uuid4().hex[:12]


def _check_tables(path: Path, relative: str, data: Any) -> None:
    """:func:`weekplanner.storage.maintenance.check_tables`, imported when a file is upgraded or backed up."""
    from weekplanner.storage.maintenance import check_tables

    check_tables(path, relative, data)


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
                                lock=None if read_only else self._lock, check=_check_tables)
        self._documents = Documents(self._files)
        self._settings = SettingsFile(self._documents, self._lock)
        self._weeks = Weeks(self._documents, lambda: self._journal, self._lock, self.clock, self._settings.current)
        self._history = HistoryIndex(self, self._files)
        self._closed = False

    @functools.cached_property
    def _journal(self) -> Journal:
        """The undo journal: imported by the first change or undo (a command that only reads never is)."""
        from weekplanner.storage.journal import Journal

        return Journal(self._documents, self._lock, self.clock)

    @functools.cached_property
    def _maintenance(self) -> Maintenance:
        """Checks, backups and restore: imported when first needed (a command that only reads never is)."""
        from weekplanner.storage.maintenance import Maintenance

        return Maintenance(self._documents, self._lock, self.clock)

    # -- settings -------------------------------------------------------------
    @property
    @_serialised
    def settings(self) -> Settings:
        return self._settings.current()

    @property
    def settings_problem(self) -> StorageError | None:
        """Why the app shows the default settings (after :meth:`tolerate_damaged_settings`); None when they read."""
        return self._settings.problem

    def tolerate_damaged_settings(self) -> None:
        """Let an unreadable settings file fall back to the defaults (see :attr:`settings_problem`).

        For the full-screen app, which shows the problem and offers a restore; the
        commands keep refusing with a one-line error.
        """
        self._settings.tolerate_damaged()

    def has_settings(self) -> bool:
        return self._settings.exists()

    @_serialised
    def save_settings(self, settings: Settings) -> None:
        self._settings.save(settings)

    # -- weeks ----------------------------------------------------------------
    def week(self, day: date | None = None) -> Week:
        """The week containing ``day`` (today by default) under the rep's week start."""
        return self._weeks.week(day)

    @_serialised
    def record(self, label: str) -> WeekRecord:
        """The week's record; the week under way, if nobody planned it, planned by ``first_plan`` (never written)."""
        return self._weeks.record(label)

    @_serialised
    def activities_between(self, start: date, end: date) -> list[Activity]:
        """Activities from ``start`` to ``end`` inclusive, oldest first."""
        return self._weeks.activities_between(start, end)

    @_serialised
    def load_week(self, week: Week) -> WeekData:
        """The week's record and activities, opening each of its files once (read from disk only if it changed)."""
        return self._weeks.load_week(week)

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
        self._weeks.save_record(record, summary, base=base)

    @_serialised
    def save_review(self, label: str, review: Review, summary: str) -> None:
        """Save (or skip) the week's review and drop the draft it was typed in, in one write (undoable).

        Undo brings the previous review back but not the draft: drafts are not part of the history.
        """
        self._weeks.save_review(label, review, summary)

    @_serialised
    def save_draft(self, record: WeekRecord) -> None:
        """Save the review draft as the rep types; drafts are not part of the undo history."""
        self._weeks.save_draft(record)

    @_serialised
    def import_week(self, record: WeekRecord | None, activities: Iterable[Activity] = (), *,
                    backup: bool = True) -> None:
        """Bulk-write a week (sample data, imports): not journaled, each file written once.

        The record replaces the stored one of its label; activities replace those
        with the same id and are added to their days' ISO week files.
        ``backup=False`` leaves the files out of the daily backup (generated data).
        """
        self._weeks.import_week(record, activities, backup=backup)

    # -- activities -----------------------------------------------------------
    @_serialised
    def add_activity(self, activity: Activity, summary: str | None = None) -> Activity:
        return self._weeks.add_activity(activity, summary)

    @_serialised
    def update_activity(self, old: Activity, new: Activity, summary: str | None = None) -> None:
        """Replace ``old`` with ``new`` (moving it to another week's file if its day changed)."""
        self._weeks.update_activity(old, new, summary)

    @_serialised
    def delete_activity(self, activity: Activity, summary: str | None = None) -> None:
        self._weeks.delete_activity(activity, summary)

    # -- undo / redo ----------------------------------------------------------
    @_serialised
    def undo(self) -> str | None:
        """Take back the newest change, made in any window or command; returns its summary (None: nothing to undo).

        A change whose documents were changed after it (a restore, an import, an edit
        by hand) is refused with a :class:`StorageError` rather than overwriting them.
        """
        return self._journal.step(undo=True)

    @_serialised
    def redo(self) -> str | None:
        """Re-apply the change most recently undone; None when there is nothing to redo."""
        return self._journal.step(undo=False)

    # -- history --------------------------------------------------------------
    def week_labels(self) -> list[str]:
        """Labels of every week that has a file, oldest first (a stray file in weeks/ is not a week)."""
        return week_labels(self.folder)

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
        return self._maintenance.data_files()

    @_serialised
    def check(self) -> list[StorageError]:
        """The problems of every data file that cannot be read (empty when all is well)."""
        return self._maintenance.check()

    def relative(self, file: str | Path) -> str:
        """A data file named by path (absolute or inside the folder) or by week label."""
        return self._maintenance.relative(file)

    def backups(self, file: str | Path | None = None) -> list[backup_files.Backup]:
        """Daily backups of ``file`` (or of every file), newest first."""
        return self._maintenance.backups(file)

    @_serialised
    def restore(self, file: str | Path, day: date | None = None) -> tuple[backup_files.Backup, Path | None]:
        """Put back the newest backup of ``file`` (or that of ``day``), keeping the current file aside.

        Returns the backup used and where the replaced file was kept (None if there was none).
        """
        restored = self._maintenance.restore(file, day)
        self._settings.forget_problem()
        return restored

    def good_backup(self, backups: list[backup_files.Backup]) -> backup_files.Backup | None:
        """The first of ``backups`` (newest first) whose file reads and decodes."""
        return self._maintenance.good_backup(backups)

    def newest_good_backup(self, file: str | Path) -> backup_files.Backup | None:
        """The backup a restore of ``file`` would put back (None when there is none that reads)."""
        return self.good_backup(self.backups(file))

    @_serialised
    def back_up(self) -> list[str]:
        """Copy the files changed since opening into today's backup folder (done at close)."""
        if self.read_only or not self._files.changed:
            return []  # nothing written: a command that only read does not even load the backup code
        return self._maintenance.back_up()

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
            self._settings.forget()
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


__all__ = ["Repository", "WeekData", "make_activity", "new_activity_id", "MONDAY", "DECODE_ERRORS",
           "JOURNAL_LIMIT", "SETTINGS_FILE", "label_path", "week_files"]
