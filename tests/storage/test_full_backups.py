"""Backups that cover everything: a weekly full copy beside the daily ones, pruned so that every file keeps a good copy."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

from weekplanner.domain.clock import FixedClock
from weekplanner.storage.repository import Repository

from tests.storage.helpers import tick

START = datetime(2026, 11, 25, 14)


def _session(data_dir, day_offset: int, tick_day: datetime | None = None):
    clock = FixedClock(START + timedelta(days=day_offset))
    with Repository(data_dir, clock=clock) as repo:
        tick(repo, at=tick_day or clock.now())
    return clock


def _full(data_dir):
    return sorted(p.name for p in (data_dir / "backups").iterdir() if p.name.startswith("full-"))


def test_an_old_week_untouched_for_months_can_still_be_restored(data_dir):
    _session(data_dir, 0, datetime(2026, 3, 3, 10))  # a week in March, ticked once
    for week in range(1, 12):  # then eleven weeks of work elsewhere, several days each
        for day in range(3):
            _session(data_dir, week * 7 + day)
    old = data_dir / "weeks" / "2026" / "2026-W10.json"
    good = old.read_bytes()
    old.write_bytes(b"{")
    clock = FixedClock(START + timedelta(days=90))
    with Repository(data_dir, clock=clock) as repo:
        backup, _aside = repo.restore("2026-W10")
        assert backup.relative == "weeks/2026/2026-W10.json"
    assert old.read_bytes() == good
    assert len(_full(data_dir)) == 2  # the latest two weekly full copies are kept


def test_one_full_copy_per_week_holding_every_file(data_dir):
    _session(data_dir, 0, datetime(2026, 3, 3, 10))
    _session(data_dir, 1)  # same ISO week: no second full copy
    assert _full(data_dir) == ["full-2026-11-25"]
    files = {p.relative_to(data_dir / "backups" / "full-2026-11-25").as_posix()
             for p in (data_dir / "backups" / "full-2026-11-25").rglob("*.json")}
    assert files == {"journal.json", "weeks/2026/2026-W10.json"}  # everything there was at the first close
    _session(data_dir, 7)
    assert _full(data_dir) == ["full-2026-11-25", "full-2026-12-02"]
    files = {p.relative_to(data_dir / "backups" / "full-2026-12-02").as_posix()
             for p in (data_dir / "backups" / "full-2026-12-02").rglob("*.json")}
    assert {"journal.json", "weeks/2026/2026-W10.json", "weeks/2026/2026-W48.json", "weeks/2026/2026-W49.json"} <= files


def test_a_file_damaged_before_the_full_copy_keeps_its_last_good_copy(data_dir):
    _session(data_dir, 0, datetime(2026, 3, 3, 10))
    old = data_dir / "weeks" / "2026" / "2026-W10.json"
    good = old.read_bytes()
    old.write_bytes(b"{")
    for week in range(1, 4):
        _session(data_dir, week * 7)
    for name in _full(data_dir):
        assert (data_dir / "backups" / name / "weeks/2026/2026-W10.json").read_bytes() == good


def test_stray_temp_files_and_old_broken_files_are_swept(data_dir):
    _session(data_dir, 0)
    stray = data_dir / "backups" / "2026-11-25" / "weeks" / "2026" / ".2026-W48.json.999.tmp"
    stray.write_bytes(b"half")
    fresh_stray = stray.with_name(".2026-W47.json.999.tmp")
    fresh_stray.write_bytes(b"half")
    old_broken = data_dir / "weeks" / "2026" / "2026-W48.json.broken-20260101-101010"
    old_broken.write_bytes(b"{")
    new_broken = data_dir / "weeks" / "2026" / "2026-W48.json.broken-20261124-101010"
    new_broken.write_bytes(b"{")
    long_ago = time.time() - 60 * 86400  # a temp file's age is the file system's; a broken file's is in its name
    os.utime(stray, (long_ago, long_ago))
    os.utime(fresh_stray, (time.time(), time.time()))  # the file system's clock may differ from this process's
    _session(data_dir, 0)
    assert not stray.exists() and fresh_stray.exists()
    assert not old_broken.exists() and new_broken.exists()
