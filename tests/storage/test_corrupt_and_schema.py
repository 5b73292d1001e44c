"""Broken, hand-edited, older and newer files: clear errors, bytes untouched, old files migrated."""

from __future__ import annotations

import json

import pytest
from tinydb import TinyDB

from weekplanner.storage.atomic import SCHEMA_VERSION, read_json_file
from weekplanner.storage.errors import CorruptDataError, NewerSchemaError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import W48, tick

BROKEN = {
    "empty": (b"", "empty"),
    "blank": (b"  \n", "empty"),
    "truncated": (b'{"activities": {"1": {"id": "a", "type": "call", "at": "2026-11-', "not valid JSON"),
    "garbage": (b"\x00\x01garbage\xff", "not UTF-8"),
    "bom": (b'\xef\xbb\xbf{"activities": {}}', "byte-order mark"),
    "list": (b"[1, 2, 3]", "JSON list"),
    "table is a list": (b'{"activities": [1, 2]}', "table 'activities'"),
    "document is a number": (b'{"activities": {"1": 5}}', "entry '1' of table 'activities'"),
    "id is not a number": (b'{"activities": {"x": {}}}', "entry 'x'"),
    "nan": (b'{"activities": {"1": {"n": NaN}}}', "not valid JSON"),
    "version is text": (b'{"_meta": {"1": {"schema": "one"}}}', "data version"),
    "missing field": (b'{"activities": {"1": {"id": "a", "type": "call"}}}', "lacks the field 'at'"),
    "bad date": (b'{"activities": {"1": {"id": "a", "type": "call", "at": "monday"}}}', "activity 1 is not valid"),
    "bad record": (b'{"record": {"1": {"label": "2026-W48", "target": {"metric": "revenue", "value": "x"}}}}',
                   "week record 2026-W48"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_broken_week_file_is_named_explained_and_never_touched(name, data_dir, clock):
    raw, problem = BROKEN[name]
    if b'"_meta"' not in raw and raw.strip().startswith(b"{") and b"NaN" not in raw:
        raw = raw[:-1] + b', "_meta": {"1": {"schema": 1}}}' if raw.endswith(b"}") else raw
    path = data_dir / W48
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(CorruptDataError) as caught:
            repo.load_week(repo.week())
        assert str(path) in str(caught.value) and problem in str(caught.value)
        assert "weekplanner restore" in str(caught.value)
        with pytest.raises(CorruptDataError):
            tick(repo)
        assert repo.history() == []  # one damaged week never hides the rest: it is listed apart
        assert list(repo.damaged_weeks()) == ["2026-W48"]
        assert [str(e.path) for e in repo.check()] == [str(path)]
    assert path.read_bytes() == raw
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").rglob("2026-W48.json"))


def test_broken_settings_and_journal_are_reported(data_dir, clock):
    data_dir.mkdir()
    (data_dir / "settings.json").write_bytes(b"{")
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(CorruptDataError, match="settings.json"):
            repo.settings
    (data_dir / "settings.json").unlink()
    (data_dir / "journal.json").write_bytes(b"")
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(CorruptDataError, match="journal.json"):
            tick(repo)
        assert not (data_dir / W48).exists()  # the journal is read before any week file is written
    assert (data_dir / "journal.json").read_bytes() == b""


def test_newer_file_is_refused_and_left_untouched(data_dir, clock):
    raw = json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "activities": {}}).encode()
    path = data_dir / W48
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(NewerSchemaError, match="newer weekplanner") as caught:
            tick(repo)
        assert str(path) in str(caught.value)
        assert repo.check() == []  # newer is not broken: restore must not replace it
    assert path.read_bytes() == raw


def _v0_week(path):
    """A plain TinyDB file as version 0 wrote it: no _meta, the count spelled out."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = TinyDB(path)  # TinyDB's own JSONStorage
    db.table("activities").insert({"id": "a1", "type": "call", "at": "2026-11-24T10:00:00", "count": 3})
    db.table("activities").insert({"id": "a2", "type": "email", "at": "2026-11-24T11:00:00", "count": 1})
    db.table("record").insert({"label": "2026-W48", "plan": {"0": {"call": 10}}})
    db.close()
    return path.read_bytes()


def test_version_0_file_is_backed_up_then_migrated(data_dir, clock):
    path = data_dir / W48
    original = _v0_week(path)
    with Repository(data_dir, clock=clock) as repo:
        data = repo.load_week(repo.week())
        assert [(a.id, a.count) for a in data.activities] == [("a1", 3), ("a2", 1)]
        assert data.record.plan.quota(0, "call") == 10
    migrated = read_json_file(path)
    assert migrated["_meta"]["1"]["schema"] == SCHEMA_VERSION
    assert migrated["activities"]["1"]["n"] == 3 and "count" not in migrated["activities"]["1"]
    assert "n" not in migrated["activities"]["2"]
    assert (data_dir / "backups/pre-migration/v0" / W48).read_bytes() == original


def test_read_only_migrates_in_memory_only(data_dir, clock):
    path = data_dir / W48
    original = _v0_week(path)
    repo = Repository(data_dir, read_only=True, clock=clock)
    assert [a.count for a in repo.load_week(repo.week()).activities] == [3, 1]
    repo.close()
    assert path.read_bytes() == original
