"""Damaged data folders on the command line: one-line errors, nothing written first, restore that works."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from weekplanner.storage.repository import Repository

W48 = Path("weeks/2026/2026-W48.json")


def test_restore_works_with_a_relative_data_dir(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("--data-dir", "rel", "target", "set", "500k").code == 0
    assert (tmp_path / "rel" / "backups" / "2026-11-25" / W48).exists()
    (tmp_path / "rel" / W48).write_bytes(b"{")
    result = cli("--data-dir", "rel", "restore")
    assert result.code == 0, result.err
    assert "Restored weeks/2026/2026-W48.json" in result.out
    assert cli("--data-dir", "rel", "status").code == 0


def _folder_with_a_week(cli, cli_dir: Path) -> None:
    with Repository(cli_dir) as repo:
        repo.save_settings(repo.settings.with_changes(rep_name="Li Wei", onboarded=True))
    assert cli("target", "set", "500k").code == 0
    assert cli("quota", "set", "call", "10").code == 0
    assert cli("log", "call", "--client", "Acme", "--amount", "1000").code == 0
    assert cli("review", "--week", "last", "--went-well", "ok", "--rating", "4").code == 0


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _activity(data):
    return next(iter(data["activities"].values()))


def _record(data):
    return next(iter(data["record"].values()))


HOSTILE = {
    "count 1e400": (W48, lambda d: _activity(d).update(n="@RAW:1e400")),
    "count -7": (W48, lambda d: _activity(d).update(n=-7)),
    "count -1e308": (W48, lambda d: _activity(d).update(n="@RAW:-1e308")),
    "quota 1e400": (W48, lambda d: _record(d)["plan"]["0"].update(call="@RAW:1e400")),
    "count as text": (W48, lambda d: _activity(d).update(n="3")),
    "amount 1e400": (W48, lambda d: _activity(d).update(amount="1e400")),
    "amount -1e308": (W48, lambda d: _activity(d).update(amount="-1e308")),
    "amount NaN text": (W48, lambda d: _activity(d).update(amount="NaN")),
    "type is a list": (W48, lambda d: _activity(d).update(type=["call"])),
    "client is a number": (W48, lambda d: _activity(d).update(client=5)),
    "dated outside its week": (W48, lambda d: _activity(d).update(at="2026-10-01T10:00:00")),
    "negative quota": (W48, lambda d: _record(d)["plan"]["0"].update(call=-3)),
    "target Infinity": (W48, lambda d: _record(d)["target"].update(value="Infinity")),
    "settings name is a list": ("settings.json", lambda d: next(iter(d["settings"].values()))
                                .update(activity_types=[{"key": "call", "name": ["x"]}])),
    "settings hours as text": ("settings.json", lambda d: next(iter(d["settings"].values()))
                               .update(day_end_hour="18")),
}


def _write_raw(path: Path, text: str) -> None:
    path.write_text(text)


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_value_is_one_not_valid_line_for_every_command(case, cli, cli_dir):
    _folder_with_a_week(cli, cli_dir)
    relative, change = HOSTILE[case]
    path = cli_dir / relative
    relative = str(relative)
    data = json.loads(path.read_text())
    change(data)
    path.write_text(re.sub(r'"@RAW:([^"]*)"', r"\1", json.dumps(data)))  # numbers as typed: 1e400, -1e308
    before = path.read_bytes()
    for argv in (["status"], ["status", "--json"], ["export", "--week", "this"], ["target", "show"],
                 ["quota", "show"], ["review", "--week", "this", "--show"], ["log", "call"],
                 ["history"] if relative == "settings.json" else ["export", "--format", "json"]):
        result = cli(*argv)
        assert result.code == 2, (argv, result.out, result.err)
        assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
        assert relative.split("/")[-1] in result.err, result.err
    assert path.read_bytes() == before  # nothing was written over it
    result = cli("restore", "--list")
    result = cli("restore")
    assert "All data files can be read" not in result.out


def test_duplicate_keys_are_refused_not_merged(cli, cli_dir):
    _folder_with_a_week(cli, cli_dir)
    path = cli_dir / W48
    text = path.read_text()
    path.write_text('{"activities": {}, ' + text[1:])
    result = cli("status")
    assert result.code == 2 and "appears twice" in result.err and "2026-W48.json" in result.err


def test_log_on_a_damaged_folder_stores_nothing(cli, cli_dir):
    _folder_with_a_week(cli, cli_dir)
    _edit(cli_dir / "settings.json", lambda d: next(iter(d["settings"].values()))
          .update(activity_types=[{"key": "call", "name": ["x"]}]))
    journal = (cli_dir / "journal.json").read_bytes()
    week = (cli_dir / W48).read_bytes()
    assert cli("log", "call").code == 2
    assert (cli_dir / "journal.json").read_bytes() == journal and (cli_dir / W48).read_bytes() == week


def test_a_journal_entry_pointing_outside_the_folder_is_refused(cli, cli_dir):
    _folder_with_a_week(cli, cli_dir)

    def outside(data):
        for entry in data["entries"].values():
            entry["changes"][0]["file"] = "../outside.json"

    _edit(cli_dir / "journal.json", outside)
    result = cli("undo")
    assert result.code == 2 and "journal.json" in result.err
    assert not (cli_dir.parent / "outside.json").exists()
