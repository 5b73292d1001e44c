"""The repository API: activities, records, drafts, undo/redo, Sunday weeks, read-only."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from tinydb import TinyDB

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import SUNDAY, Week
from weekplanner.storage.atomic import AtomicJSONStorage, read_json_file
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import JOURNAL_LIMIT, Repository

from tests.storage.helpers import W48, WED, tick


def test_tick_is_on_disk_and_loads_back(repo, data_dir):
    activity = tick(repo, client="华为技术", amount=Decimal("12000.50"), outcome="deal_won")
    stored = read_json_file(data_dir / W48)["activities"]
    assert list(stored.values())[0]["client"] == "华为技术"
    assert repo.load_week(repo.week()).activities == (activity,)


def test_files_open_with_tinydb_itself(repo, data_dir):
    tick(repo, note="note")
    db = TinyDB(data_dir / W48, storage=AtomicJSONStorage, read_only=True)
    assert [d["note"] for d in db.table("activities").all()] == ["note"]


def test_update_moves_an_activity_to_another_week_and_undo_moves_it_back(repo, data_dir):
    old = tick(repo)
    new = old._replace(at=datetime(2026, 12, 2, 9, 0))
    repo.update_activity(old, new)
    assert repo.load_week(repo.week()).activities == ()
    assert repo.load_week(Week.from_label("2026-W49")).activities == (new,)
    assert repo.undo() == "edit call"
    assert repo.load_week(repo.week()).activities == (old,)
    assert repo.load_week(Week.from_label("2026-W49")).activities == ()


def test_delete_then_undo_then_redo(repo):
    a = tick(repo)
    repo.delete_activity(a)
    assert repo.load_week(repo.week()).activities == ()
    repo.undo()
    assert repo.load_week(repo.week()).activities == (a,)
    repo.redo()
    assert repo.load_week(repo.week()).activities == ()
    with pytest.raises(StorageError, match="no longer exists"):
        repo.delete_activity(a)


def test_undo_order_and_new_change_ends_redo_chain(repo):
    a, b, c = (tick(repo, at=WED.replace(minute=i), note=n) for i, n in enumerate("abc"))
    repo.undo()
    repo.undo()
    assert repo.load_week(repo.week()).activities == (a,)
    assert repo.redo() == "log call"
    assert repo.load_week(repo.week()).activities == (a, b)
    d = tick(repo, at=WED.replace(minute=9), note="d")
    assert repo.redo() is None
    assert [x.note for x in repo.load_week(repo.week()).activities] == ["a", "b", "d"]
    assert c not in repo.load_week(repo.week()).activities and d


def test_journal_keeps_the_last_entries_only(repo, data_dir):
    for i in range(JOURNAL_LIMIT + 5):
        tick(repo, note=str(i))
    assert len(read_json_file(data_dir / "journal.json")["entries"]) == JOURNAL_LIMIT
    undone = 0
    while repo.undo():
        undone += 1
    assert undone == JOURNAL_LIMIT
    assert len(repo.load_week(repo.week()).activities) == 5


def test_record_undo_keeps_the_draft_being_typed(repo):
    week = repo.week()
    target = Target(Metric.REVENUE, Decimal(100000), description="¥100k")
    repo.save_record(WeekRecord(week.label, target=target), "set target")
    draft = Review(went_well="calls went well")
    repo.save_draft(repo.record(week.label).with_changes(review_draft=draft))
    repo.save_record(repo.record(week.label).with_changes(target=target.changed_to(Decimal(90000), "slow", WED)),
                     "change target")
    assert repo.undo() == "change target"
    record = repo.record(week.label)
    assert record.target.value == Decimal(100000)
    assert record.review_draft == draft
    assert repo.undo() == "set target"
    assert repo.record(week.label).target is None
    assert repo.record(week.label).review_draft == draft


def test_saving_an_unchanged_record_is_not_an_undo_step(repo):
    label = repo.week().label
    repo.save_record(repo.record(label).with_changes(target=Target(Metric.COUNT, Decimal(3), unit="deals")), "set")
    repo.save_record(repo.record(label), "same again")
    assert repo.undo() == "set"


def test_sunday_week_takes_its_sunday_from_the_previous_iso_file(data_dir, clock):
    with Repository(data_dir, clock=clock) as repo:
        repo.save_settings(repo.settings.with_changes(week_start=SUNDAY))
        week = repo.week()
        assert (week.start, week.label) == (date(2026, 11, 22), "2026-W48")
        sunday = tick(repo, at=datetime(2026, 11, 22, 10), note="sun")
        saturday = tick(repo, at=datetime(2026, 11, 28, 10), note="sat")
        tick(repo, at=datetime(2026, 11, 29, 10), note="next sunday")
        repo.save_record(WeekRecord("2026-W48", target=Target(Metric.COUNT, Decimal(2), unit="deals")), "t")
        assert repo.load_week(week).activities == (sunday, saturday)
        assert [a.note for a in repo.load_week(week.next()).activities] == ["next sunday"]
        w47 = read_json_file(data_dir / "weeks/2026/2026-W47.json")
        assert [d["note"] for d in w47["activities"].values()] == ["sun"]
        assert "record" not in w47
        labels = {s.label: s for s in repo.history()}
        # W47's file only holds W48's Sunday; W49 (from Sunday 29th) is still to come on Wednesday 25th.
        assert set(labels) == {"2026-W48"}
        assert labels["2026-W48"].done == {"call": 2}
        assert labels["2026-W48"].start == date(2026, 11, 22)


def test_read_only_repository_takes_no_lock_and_refuses_changes(repo, data_dir, clock):
    tick(repo)
    reader = Repository(data_dir, read_only=True, clock=clock)
    assert len(reader.load_week(reader.week()).activities) == 1
    with pytest.raises(StorageError, match="read-only"):
        tick(reader)
    with pytest.raises(StorageError, match="read-only"):
        reader.save_settings(reader.settings)
    reader.close()


def test_settings_round_trip(repo, data_dir, clock):
    assert not repo.has_settings()
    repo.save_settings(repo.settings.with_changes(rep_name="Li Wei 李伟", rebalance_cap=Decimal("0.25")))
    repo.close()
    with Repository(data_dir, clock=clock) as again:
        assert again.settings.rep_name == "Li Wei 李伟"
        assert again.settings.rebalance_cap == Decimal("0.25")


def test_import_week_writes_each_file_once_and_is_not_journaled(repo, data_dir, monkeypatch):
    from weekplanner.storage import atomic

    writes = []
    original = atomic.write_tables
    monkeypatch.setattr(atomic, "write_tables", lambda path, data, **kw: (writes.append(path), original(path, data, **kw)))
    from weekplanner.storage.repository import make_activity

    acts = [make_activity("call", datetime(2026, 11, 23 + i % 5, 9)) for i in range(50)]
    repo.import_week(WeekRecord("2026-W48", target=Target(Metric.COUNT, Decimal(3), unit="deals")), acts)
    assert [p.name for p in writes] == ["2026-W48.json"]
    assert len(repo.load_week(repo.week()).activities) == 50
    assert repo.undo() is None
