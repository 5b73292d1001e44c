"""Daily backups at close, kept 7 days; restore (API and `weekplanner restore`) keeps the broken file aside."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from weekplanner.cli.main import main
from weekplanner.storage.errors import CorruptDataError, StorageError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, tick


def _session(data_dir, clock, day_offset=0, ticks=1):
    clock.at = datetime(2026, 11, 25, 14) + timedelta(days=day_offset)
    with Repository(data_dir, clock=clock) as repo:
        for i in range(ticks):
            tick(repo, at=datetime(2026, 11, 23, 9, i))


def test_close_backs_up_changed_files_once_per_day_and_keeps_seven_days(data_dir, clock):
    _session(data_dir, clock)
    day = data_dir / "backups/2026-11-25"
    assert (day / W48).read_bytes() == (data_dir / W48).read_bytes()
    assert (day / "journal.json").exists() and not (day / "index.json").exists()
    _session(data_dir, clock)  # same day: the day's copy is refreshed, not duplicated
    assert (day / W48).read_bytes() == (data_dir / W48).read_bytes()
    for offset in range(1, 10):
        _session(data_dir, clock, offset)
    days = sorted(p.name for p in (data_dir / "backups").iterdir() if not p.name.startswith("full-"))
    assert days == ["2026-11-28", "2026-11-29", "2026-11-30"] + [f"2026-12-0{d}" for d in range(1, 5)]


def test_read_only_or_unchanged_sessions_make_no_backup(data_dir, clock):
    Repository(data_dir, clock=clock).close()
    Repository(data_dir, read_only=True, clock=clock).close()
    assert not (data_dir / "backups").exists()


def test_restore_keeps_the_broken_file_aside(data_dir, clock):
    _session(data_dir, clock, ticks=2)
    good = (data_dir / W48).read_bytes()
    (data_dir / W48).write_bytes(b'{"activities": {"1": {')
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(CorruptDataError):
            repo.load_week(repo.week())
        assert [b.day.isoformat() for b in repo.backups("2026-W48")] == ["2026-11-25"] * 2  # daily and weekly full
        backup, aside = repo.restore("2026-W48")
        assert aside.read_bytes() == b'{"activities": {"1": {' and aside.name.startswith("2026-W48.json.broken-")
        assert len(repo.load_week(repo.week()).activities) == 2
        with pytest.raises(StorageError, match="no backup"):
            repo.restore("settings.json")
    assert (data_dir / W48).read_bytes() == good


def _cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), "--lang", "en", *args])


def test_restore_command(data_dir, clock, capsys, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    _session(data_dir, clock)
    _session(data_dir, clock, 1)
    assert _cli(data_dir, "restore", "--list") == 0
    listing = capsys.readouterr().out
    assert "2026-11-26" in listing and "weeks/2026/2026-W48.json" in listing
    assert _cli(data_dir, "restore") == 0
    assert "nothing to restore" in capsys.readouterr().out
    (data_dir / W48).write_bytes(b"")
    (data_dir / "settings.json").write_bytes(b"[]")  # broken, and no backup of it
    assert _cli(data_dir, "restore", "2026-W48", "--from", "2026-11-25") == 0
    out = capsys.readouterr().out
    assert "Restored weeks/2026/2026-W48.json from the backup of 2026-11-25" in out and ".broken-" in out
    assert _cli(data_dir, "restore") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no backup of settings.json" in err
    assert _cli(data_dir, "restore", "2026-W48", "--from", "2020-01-01") == 2
    assert "no backup" in capsys.readouterr().err
    assert (data_dir / "settings.json").read_bytes() == b"[]"
