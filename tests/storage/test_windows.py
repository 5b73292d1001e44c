"""The Windows path, simulated on Linux: no fcntl, msvcrt.locking of bytes, no os.pread/os.pwrite,
a folder cannot be opened to fsync it, and os.replace fails while a reader holds the file open.

Each platform difference sits behind one function of ``weekplanner.storage.portable``; these tests set
``portable.WINDOWS`` and swap in a fake ``msvcrt`` that behaves like the real one (a byte locked by
another handle cannot be locked again; unlocking a byte not held fails).
"""

from __future__ import annotations

import errno
import os
import stat
import types

import pytest

from weekplanner.storage import lock as lock_module
from weekplanner.storage import portable
from weekplanner.storage.atomic import read_json_file, write_atomic
from weekplanner.storage.errors import DataLockedError, StorageError
from weekplanner.storage.lock import DataLock, Presence
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, temp_files, tick


class FakeMsvcrt(types.SimpleNamespace):
    """``msvcrt.locking`` as Windows does it: byte ranges from the handle's current position."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[tuple[int, int], int] = {}  # (file id, byte) → fd holding it
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        start = os.lseek(fd, 0, os.SEEK_CUR)
        keys = [((info.st_dev, info.st_ino), start + i) for i in range(nbytes)]
        self.calls.append((mode, nbytes))
        if mode == self.LK_NBLCK:
            if any(self.held.get(key, fd) != fd for key in keys):
                raise OSError(errno.EACCES, "Permission denied")
            self.held.update((key, fd) for key in keys)
        elif mode == self.LK_UNLCK:
            if any(self.held.get(key) != fd for key in keys):
                raise OSError(errno.EACCES, "Permission denied")
            for key in keys:
                del self.held[key]
        else:  # pragma: no cover
            raise ValueError(mode)


@pytest.fixture
def windows(monkeypatch):
    """Linux behaving like Windows for the storage layer."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(portable, "WINDOWS", True)
    monkeypatch.setattr(portable, "fcntl", None)
    monkeypatch.setattr(portable, "msvcrt", fake)
    monkeypatch.delattr(os, "pread", raising=False)
    monkeypatch.delattr(os, "pwrite", raising=False)
    real_open = os.open

    def no_folders(path, flags, *args, **kwargs):  # Windows cannot open a folder to fsync it
        if os.path.isdir(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_folders)
    return fake


def test_writers_take_turns_with_msvcrt_locks(windows, data_dir, clock, monkeypatch):
    monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 0.2)
    with Repository(data_dir, clock=clock) as window, Repository(data_dir, clock=clock) as command:
        tick(window)
        tick(command, kind="visit")
        assert (windows.LK_NBLCK, 1) in windows.calls and (windows.LK_UNLCK, 1) in windows.calls
        busy = DataLock(data_dir)
        busy.acquire()  # another writer in the middle of a commit
        with pytest.raises(DataLockedError, match=f"pid {os.getpid()}"):
            tick(window)
        held_by = busy._fd
        busy.close()  # the OS frees a closed (or dead) holder's bytes
        windows.held = {k: v for k, v in windows.held.items() if v != held_by}
        tick(window)
        assert command.undo() == "log call"
        assert sorted(d["type"] for d in read_json_file(data_dir / W48)["activities"].values()) == ["call", "visit"]


def test_the_folder_in_use_is_seen_without_shared_locks(windows, data_dir, clock):
    assert Presence(data_dir).nobody_else()
    with Repository(data_dir, clock=clock):
        assert not Presence(data_dir).nobody_else()  # one byte per process, checked in one range
    windows.held.clear()  # the closed handle's bytes are gone
    assert Presence(data_dir).nobody_else()


def test_atomic_write_without_a_folder_fsync(windows, tmp_path):
    path = tmp_path / "file.json"
    write_atomic(path, "{}")
    write_atomic(path, '{"a":{}}')
    assert path.read_bytes() == b'{"a":{}}'
    assert temp_files(tmp_path) == []


def _replace_refused(times: int | None, monkeypatch):
    """``os.replace`` refused (a reader holds the target open) ``times`` times, or always."""
    real_replace = os.replace
    refused = []

    def replace(source, target):
        if times is None or len(refused) < times:
            refused.append(target)
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return refused


def test_replace_is_retried_while_a_reader_holds_the_file(windows, data_dir, clock, monkeypatch):
    with Repository(data_dir, clock=clock) as repo:
        tick(repo)
        refused = _replace_refused(3, monkeypatch)
        tick(repo)
        assert len(refused) == 3
        assert len(read_json_file(data_dir / W48)["activities"]) == 2
    assert temp_files(data_dir) == []


def test_a_replace_refused_for_too_long_saves_nothing_and_says_so(windows, data_dir, clock, monkeypatch):
    with Repository(data_dir, clock=clock) as repo:
        tick(repo)
        before = (data_dir / W48).read_bytes()
        monkeypatch.setattr(portable, "REPLACE_WAIT_SECONDS", 0.1)
        _replace_refused(None, monkeypatch)
        with pytest.raises(StorageError, match="No permission"):
            tick(repo)
        assert (data_dir / W48).read_bytes() == before
        assert temp_files(data_dir) == []


def test_on_linux_a_refused_replace_is_not_retried(data_dir, clock, monkeypatch):
    with Repository(data_dir, clock=clock) as repo:
        refused = _replace_refused(None, monkeypatch)
        with pytest.raises(StorageError, match="No permission"):
            tick(repo)
        assert len(refused) == 1


def test_outside_changes_are_seen_on_windows_too(windows, data_dir, clock):
    with Repository(data_dir, clock=clock) as window, Repository(data_dir, clock=clock) as command:
        window.load_week(window.week())
        window.outside_changes()
        tick(command)
        assert W48 in window.outside_changes()


def test_data_files_are_opened_in_binary_mode(monkeypatch, tmp_path):
    monkeypatch.setattr(portable, "BINARY", 0x8000)  # os.O_BINARY on Windows
    from weekplanner.storage import atomic

    monkeypatch.setattr(atomic, "BINARY", 0x8000)
    seen = []
    real_open = os.open

    def spy(path, flags, *args, **kwargs):
        seen.append(flags)
        return real_open(path, flags & ~0x8000, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    write_atomic(tmp_path / "x.json", "{}")
    assert seen and all(flags & 0x8000 for flags in seen[:1])
    assert stat.S_ISREG(os.stat(tmp_path / "x.json").st_mode)
