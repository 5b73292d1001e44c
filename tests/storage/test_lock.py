"""Many writers, one commit at a time: writers wait for the lock, apply their change on top, and a
writer that keeps the lock too long gets a clear refusal that changed nothing; a killed holder frees it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import datetime
from decimal import Decimal

import pytest

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.storage import lock as lock_module
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.errors import DataLockedError, StorageError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, tick

#: Holds the folder's lock (as a commit does) until told to let go on stdin.
HOLD = (
    "import sys; from pathlib import Path; from weekplanner.storage.lock import DataLock; "
    "lock = DataLock(Path(sys.argv[1])); lock.acquire(); print('ready', flush=True); "
    "sys.stdin.readline(); lock.release(); print('released', flush=True); sys.stdin.read()"
)


def _holder(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def _calls(data_dir) -> int:
    return len((read_json_file(data_dir / W48) or {}).get("activities", {}))


def test_two_writers_in_one_process_both_write_and_share_one_undo_history(data_dir, clock):
    first = Repository(data_dir, clock=clock)
    second = Repository(data_dir, clock=clock)
    try:
        for _ in range(3):
            tick(first)
            tick(second, kind="visit")
        week = first.load_week(first.week())
        assert [a.type for a in week.activities].count("call") == 3
        assert [a.type for a in week.activities].count("visit") == 3
        assert second.undo() == "log visit"  # the newest change, whoever made it
        assert first.undo() == "log call"
        assert first.undo() == "log visit"
        assert _calls(data_dir) == 3
    finally:
        first.close()
        second.close()


def test_an_edit_is_applied_on_top_of_what_another_writer_saved(data_dir, clock):
    window = Repository(data_dir, clock=clock)
    command = Repository(data_dir, clock=clock)
    try:
        window.save_record(WeekRecord("2026-W48", target=Target(Metric.COUNT, Decimal(50))), "set target")
        stale = window.record("2026-W48")
        commitments = command.record("2026-W48").with_changes(commitments_kept={0: True})
        command.save_record(commitments, "mark commitment")
        # The window still holds the record from before the mark and changes the target only.
        window.save_record(stale.with_changes(target=Target(Metric.COUNT, Decimal(60))), "change target", base=stale)
        fresh = Repository(data_dir, read_only=True, clock=clock)
        record = fresh.record("2026-W48")
        fresh.close()
        assert record.target.value == 60
        assert dict(record.commitments_kept) == {0: True}  # not lost under the window's older copy
        assert window.undo() == "change target"
        assert command.record("2026-W48").target.value == 50
    finally:
        window.close()
        command.close()


def test_a_writer_waits_for_the_lock_and_then_writes(data_dir, clock):
    holder = _holder(data_dir)
    try:
        with Repository(data_dir, clock=clock) as repo:
            started = time.monotonic()
            let_go = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.3)"])
            let_go.wait()
            holder.stdin.write("go\n")
            holder.stdin.flush()
            tick(repo)
            assert time.monotonic() - started < lock_module.LOCK_WAIT_SECONDS
        assert holder.stdout.readline().strip() == "released"
        assert _calls(data_dir) == 1
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_that_cannot_get_the_lock_says_so_and_changes_nothing(data_dir, clock, monkeypatch):
    with Repository(data_dir, clock=clock) as repo:
        tick(repo)
    before = {p.name: p.read_bytes() for p in data_dir.rglob("*.json")}
    monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 0.2)
    holder = _holder(data_dir)
    try:
        with Repository(data_dir, clock=clock) as repo:
            with pytest.raises(DataLockedError, match=f"pid {holder.pid}") as caught:
                tick(repo)
            assert "nothing was changed" in str(caught.value) and "0.2 seconds" in str(caught.value)
            with pytest.raises(DataLockedError):
                repo.undo()
            assert len(repo.load_week(repo.week()).activities) == 1
    finally:
        holder.kill()
        holder.wait()
    assert {p.name: p.read_bytes() for p in data_dir.rglob("*.json")} == before


def test_lock_of_a_killed_holder_is_freed(data_dir, clock, monkeypatch):
    monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 0.2)
    holder = _holder(data_dir)
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(DataLockedError):
            tick(repo)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        tick(repo)
    assert _calls(data_dir) == 1


def test_undo_of_a_change_edited_since_is_refused(data_dir, clock):
    with Repository(data_dir, clock=clock) as repo:
        activity = tick(repo)
        tick(repo, kind="visit")
        # Another program (a restore, an import, a hand edit) changes the call after it was logged.
        repo.import_week(None, [activity._replace(note="edited by hand")])
        assert repo.undo() == "log visit"
        with pytest.raises(StorageError, match="cannot be undone") as caught:
            repo.undo()
        assert "'log call'" in str(caught.value) and W48 in str(caught.value)
        week = repo.load_week(repo.week())
        assert [(a.type, a.note) for a in week.activities] == [("call", "edited by hand")]
        assert repo.undo() is None  # taken off the history: undo does not keep stumbling on it


def test_a_folder_that_cannot_be_written_is_refused_at_open(tmp_path, clock):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if (folder / "probe").exists() or _writable(folder):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(Exception, match="cannot be locked for writing"):
            Repository(folder, clock=clock)
        Repository(folder, read_only=True, clock=clock).close()
    finally:
        folder.chmod(0o700)


def _writable(folder) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_activity_changes_keep_their_time(data_dir, clock):
    with Repository(data_dir, clock=clock) as repo:
        activity = tick(repo, at=datetime(2026, 11, 24, 9, 30))
        assert repo.load_week(repo.week()).activities[0].at == activity.at


def test_a_repository_reports_what_others_saved_and_not_its_own_writes(data_dir, clock):
    with Repository(data_dir, clock=clock) as window, Repository(data_dir, clock=clock) as command:
        window.load_week(window.week())
        assert window.outside_changes() == frozenset()
        tick(window)
        window.undo()
        tick(window)
        assert window.outside_changes() == frozenset()  # its own writes are not news
        tick(command)
        assert window.outside_changes() >= {W48, "journal.json"}
        assert window.outside_changes() == frozenset()  # each change is reported once
        assert len(window.load_week(window.week()).activities) == 2
        tick(command)
        tick(window)  # re-reads the week under the lock: the window still learns it changed
        assert W48 in window.outside_changes()
        assert len(window.load_week(window.week()).activities) == 4
