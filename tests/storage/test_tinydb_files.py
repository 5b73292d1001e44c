"""Data files opened through TinyDB with a commit cache: one write per file per change, nothing else written."""

from __future__ import annotations

import errno
import os
from datetime import datetime

import pytest

from weekplanner.domain.week import Week
from weekplanner.storage import atomic
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, tick
from tests.storage.test_faults import failing

W49 = "weeks/2026/2026-W49.json"


@pytest.fixture
def writes(monkeypatch):
    """(file name, fsynced) of every data file written, in order."""
    seen: list[tuple[str, bool]] = []
    real = atomic.write_tables

    def spy(path, data, *, durable=True):
        seen.append((path.name, durable))
        return real(path, data, durable=durable)

    monkeypatch.setattr(atomic, "write_tables", spy)
    return seen


def test_a_change_is_one_write_per_file_and_closing_writes_nothing(repo, writes):
    first = tick(repo)
    assert writes == [("journal.json", False), ("2026-W48.json", True)]
    writes.clear()
    repo.update_activity(first, first._replace(at=datetime(2026, 12, 2, 9)))  # two week files
    assert writes == [("journal.json", False), ("2026-W48.json", True), ("2026-W49.json", True)]
    writes.clear()
    assert repo.undo() == "edit call"
    assert writes == [("2026-W49.json", True), ("2026-W48.json", True), ("journal.json", False)]
    writes.clear()
    repo.load_week(repo.week())
    repo.close()
    assert writes == []


def test_a_change_that_failed_half_way_is_never_written_later(repo, data_dir, monkeypatch):
    kept = tick(repo, note="kept")
    w48 = (data_dir / W48).read_bytes()
    # journal written, then the old week file fails: the insert into W49 was made in memory only
    monkeypatch.setattr(os, "replace", failing(os.replace, errno.ENOSPC, after=1, times=1))
    with pytest.raises(StorageError, match="disk is full"):
        repo.update_activity(kept, kept._replace(at=datetime(2026, 12, 2, 9)))
    monkeypatch.undo()
    assert (data_dir / W48).read_bytes() == w48 and not (data_dir / W49).exists()
    later = tick(repo, at=datetime(2026, 12, 3, 9), note="later")
    assert [d["note"] for d in read_json_file(data_dir / W49)["activities"].values()] == ["later"]
    assert repo.load_week(Week.from_label("2026-W49")).activities == (later,)
    assert repo.load_week(repo.week()).activities == (kept,)


def test_an_update_replaces_the_document_instead_of_merging_into_it(repo, data_dir):
    noted = tick(repo, note="call back", client="ACME")
    repo.update_activity(noted, noted._replace(note="", client=""))
    (doc,) = read_json_file(data_dir / W48)["activities"].values()
    assert "note" not in doc and "client" not in doc
    assert repo.load_week(repo.week()).activities[0].note == ""


def test_a_reader_sees_what_changed_on_disk_since_it_read(repo, data_dir, clock):
    tick(repo, note="one")
    reader = Repository(data_dir, read_only=True, clock=clock)
    assert [a.note for a in reader.load_week(reader.week()).activities] == ["one"]
    tick(repo, at=datetime(2026, 11, 25, 11), note="two")
    assert [a.note for a in reader.load_week(reader.week()).activities] == ["one", "two"]
    # same size and the same mtime: only the bytes tell (a rewrite within one clock tick)
    path = data_dir / W48
    stamp = path.stat().st_mtime_ns
    path.write_bytes(path.read_bytes().replace(b'"two"', b'"owt"'))
    os.utime(path, ns=(stamp, stamp))
    assert [a.note for a in reader.load_week(reader.week()).activities] == ["one", "owt"]
    reader.close()


def test_restore_replaces_what_the_repository_had_cached(data_dir, clock):
    with Repository(data_dir, clock=clock) as repo:
        tick(repo, note="backed up")
    with Repository(data_dir, clock=clock) as repo:
        tick(repo, at=datetime(2026, 11, 25, 11), note="after the backup")
        assert len(repo.load_week(repo.week()).activities) == 2
        repo.restore("2026-W48")
        assert [a.note for a in repo.load_week(repo.week()).activities] == ["backed up"]


def test_a_worker_thread_may_load_weeks_while_the_rep_ticks(repo, data_dir):
    import sys
    import threading

    for day in (16, 17, 18):
        tick(repo, at=datetime(2026, 11, day, 9), note="earlier")
    errors: list[BaseException] = []
    stop = threading.Event()

    def load_earlier_weeks() -> None:
        try:
            while not stop.is_set():
                for label in ("2026-W47", "2026-W48", "2026-W49"):
                    repo.load_week(Week.from_label(label))
        except BaseException as error:  # reported by the test thread
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to meet the races
    worker = threading.Thread(target=load_earlier_weeks)
    worker.start()
    try:
        ticks = [tick(repo, at=datetime(2026, 11, 25, 9, minute), note=str(minute)) for minute in range(60)]
        for done in ticks[::2]:
            repo.update_activity(done, done._replace(note=done.note + "!"))
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(interval)
    assert errors == []
    stored = read_json_file(data_dir / W48)["activities"].values()
    assert sorted(d["note"] for d in stored) == sorted(f"{m}!" if m % 2 == 0 else str(m) for m in range(60))


def test_only_a_few_files_stay_open_after_a_bulk_import(repo):
    from datetime import timedelta

    from weekplanner.storage.files import KEEP_OPEN
    from weekplanner.storage.repository import make_activity

    for week in range(20):
        day = datetime(2026, 6, 1, 9) + timedelta(weeks=week)
        repo.import_week(None, [make_activity("call", day)])
    assert len(repo._files._open) <= KEEP_OPEN
    assert len(repo.activities_between(datetime(2026, 6, 1).date(), datetime(2026, 10, 31).date())) == 20
    assert len(repo._files._open) <= KEEP_OPEN
