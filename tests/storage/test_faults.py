"""Disk full, no permission, read-only folder: a clear StorageError, no temp files, nothing lost.

Tests run as root in CI, where chmod does not stop writes, so the OS errors are injected.
"""

from __future__ import annotations

import errno
import os

import pytest

from weekplanner.storage import atomic
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, WED, temp_files, tick


def failing(real, code, *, after: int = 0, times: int | None = None):
    """``real`` that raises OSError(code) after ``after`` good calls (``times`` times, or for ever)."""
    calls = {"n": 0}

    def fake(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > after and (times is None or calls["n"] <= after + times):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    return fake


@pytest.mark.parametrize("call, code, message", [
    ("write", errno.ENOSPC, "disk is full"),
    ("fsync", errno.ENOSPC, "disk is full"),
    ("replace", errno.EACCES, "No permission"),
    ("open", errno.EROFS, "No permission"),
    ("write", errno.EIO, "could not be saved"),
])
def test_failed_tick_leaves_files_as_they_were(repo, data_dir, monkeypatch, call, code, message):
    first = tick(repo, note="kept")
    before = {p: p.read_bytes() for p in (data_dir / W48, data_dir / "journal.json")}
    monkeypatch.setattr(os, call, failing(getattr(os, call), code))
    second = None
    with pytest.raises(StorageError, match=message):
        second = tick(repo, note="lost?")
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in before} == before
    assert temp_files(data_dir) == []
    assert second is None
    # the caller still has its data and can save it once the disk is fine again
    again = tick(repo, at=WED.replace(minute=5), note="retry")
    assert [a.note for a in repo.load_week(repo.week()).activities] == ["kept", "retry"]
    assert repo.undo() and repo.load_week(repo.week()).activities == (first,)
    assert again


def test_week_write_failing_after_the_journal_takes_the_entry_back(repo, data_dir, monkeypatch):
    tick(repo, note="one")
    monkeypatch.setattr(os, "replace", failing(os.replace, errno.ENOSPC, after=1, times=1))  # journal ok, week fails
    with pytest.raises(StorageError, match="disk is full"):
        tick(repo, note="two")
    monkeypatch.undo()
    assert len(read_json_file(data_dir / "journal.json")["entries"]) == 1
    assert repo.undo() == "log call" and repo.undo() is None


def test_journal_entry_left_by_a_failed_write_is_dropped_by_undo(repo, data_dir, monkeypatch):
    """Disk full for both the week file and the journal clean-up: undo skips the change that never landed."""
    tick(repo, note="one")
    monkeypatch.setattr(os, "replace", failing(os.replace, errno.ENOSPC, after=1))
    with pytest.raises(StorageError):
        tick(repo, note="two")
    assert len(read_json_file(data_dir / "journal.json")["entries"]) == 2
    monkeypatch.undo()
    assert repo.undo() == "log call"
    assert repo.load_week(repo.week()).activities == ()


def test_settings_kept_in_memory_when_saving_fails(repo, monkeypatch):
    monkeypatch.setattr(os, "write", failing(os.write, errno.ENOSPC))
    with pytest.raises(StorageError, match="disk is full"):
        repo.save_settings(repo.settings.with_changes(rep_name="Li Wei"))
    assert repo.settings.rep_name == ""
    assert not repo.has_settings()


def test_new_year_folder_that_cannot_be_created(repo, data_dir, monkeypatch):
    from pathlib import Path

    real = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if self.name == "2027":
            raise OSError(errno.EROFS, "Read-only file system")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    from datetime import datetime

    with pytest.raises(StorageError, match="No permission"):
        tick(repo, at=datetime(2027, 1, 6, 9))
    assert temp_files(data_dir) == []


def test_folder_that_cannot_be_locked_or_created(tmp_path, monkeypatch, clock):
    real_open = os.open

    def no_lock(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_lock)
    with pytest.raises(StorageError, match="cannot be locked"):
        Repository(tmp_path / "data", clock=clock)
    monkeypatch.undo()
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError, match="cannot be created"):
        Repository(tmp_path / "file" / "data", clock=clock)


def test_text_that_cannot_be_encoded_is_refused_clearly(repo, data_dir):
    with pytest.raises(StorageError, match="cannot be stored"):
        tick(repo, note="bad \udcff byte")
    assert temp_files(data_dir) == []


def test_orphan_temp_files_are_swept_at_start(data_dir, clock):
    week_dir = data_dir / "weeks/2026"
    week_dir.mkdir(parents=True)
    (week_dir / ".2026-W48.json.999.tmp").write_text("{half")
    (data_dir / ".journal.json.999.tmp").write_text("{half")
    Repository(data_dir, clock=clock).close()
    assert temp_files(data_dir) == []


def test_index_that_cannot_be_written_does_not_stop_history(repo, monkeypatch):
    tick(repo)
    monkeypatch.setattr(atomic.os, "write", failing(os.write, errno.ENOSPC))
    assert [s.label for s in repo.history()] == ["2026-W48"]
