"""History index (cached, invalidated per file, fast when warm) and the sample history generator."""

from __future__ import annotations

import os
import time
from datetime import date, datetime
from decimal import Decimal

import pytest

from weekplanner.demo import build_demo
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.week import Week
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import Repository

from tests.storage.helpers import tick

TODAY = date(2026, 11, 25)


def _age(folder, seconds=86400):
    """Make every file look written a day ago, as old history is."""
    past = time.time() - seconds
    for path in folder.rglob("*.json"):
        os.utime(path, (past, past))


@pytest.fixture(scope="module")
def five_years(tmp_path_factory):
    """Built once for the module; how fast it builds is measured by tests/bench, not asserted here."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    build_demo(folder, weeks=260, today=TODAY)
    _age(folder)
    return folder


def test_five_years_build_and_load(five_years, clock):
    folder = five_years
    with Repository(folder, read_only=True, clock=clock) as repo:
        assert repo.settings.rep_name == "Li Wei 李伟"
        labels = repo.week_labels()
        assert len(labels) == 260 and labels[-1] == "2026-W48"
        current = repo.load_week(repo.week())
        assert current.record.target is not None and not current.record.plan.is_empty()
        assert current.activities and max(a.day for a in current.activities) == TODAY
        total = len(repo.activities_between(date(2021, 1, 1), TODAY))
        assert 45_000 < total < 75_000
        reviews = list(repo.reviews())
        assert 150 < len(reviews) < 260
        texts = " ".join(r.text() for _label, r in reviews)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in texts) and "calls" in texts.lower()


def test_history_is_cached_and_warm_reads_only_the_week_under_way(five_years, clock, monkeypatch):
    folder = five_years
    with Repository(folder, clock=clock) as repo:
        cold = repo.history()
    assert len(cold) == 260 and cold[0].label == "2026-W48" and cold[-1].start < cold[0].start
    assert any(s.days_met and any(m for _d, m in s.days_met) for s in cold)
    assert any(s.target_metric == "count" for s in cold) and any(s.review_skipped for s in cold)
    loaded = []
    real_load = Repository.load_week
    monkeypatch.setattr(Repository, "load_week", lambda self, week: loaded.append(week.label) or real_load(self, week))
    with Repository(folder, read_only=True, clock=clock) as repo:
        warm = repo.history()
    assert warm == cold
    assert loaded == ["2026-W48"]  # the 259 settled weeks come from the index, not from their files


def test_summary_follows_changes_to_its_week_and_ticks_leave_the_index_alone(repo, data_dir):
    tick(repo, at=datetime(2026, 11, 16, 9))
    tick(repo)
    assert [(s.label, s.done_total) for s in repo.history()] == [("2026-W48", 1), ("2026-W47", 1)]
    _age(data_dir)
    index = data_dir / "index.json"
    stamp = index.stat().st_mtime_ns
    tick(repo, at=datetime(2026, 11, 17, 9), count=4)
    repo.save_record(WeekRecord("2026-W47", review=Review(went_well="good", rating=4)), "review")
    assert index.stat().st_mtime_ns == stamp  # ticks never write the index
    summaries = {s.label: s for s in repo.history()}
    assert summaries["2026-W47"].done_total == 5 and summaries["2026-W47"].rating == 4
    assert [(label, r.went_well) for label, r in repo.reviews()] == [("2026-W47", "good")]


def test_broken_index_is_rebuilt(repo, data_dir):
    tick(repo)
    (data_dir / "index.json").write_bytes(b"{broken")
    assert [s.label for s in repo.history()] == ["2026-W48"]
    assert read_json_file(data_dir / "index.json", documents=False)["weeks"]


def test_read_only_history_writes_no_index(repo, data_dir, clock):
    tick(repo)
    repo.close()
    with Repository(data_dir, read_only=True, clock=clock) as reader:
        assert len(reader.history()) == 1
    assert not (data_dir / "index.json").exists()


def test_demo_is_deterministic_short_and_refuses_a_used_folder(tmp_path):
    build_demo(tmp_path / "a", weeks=3, today=TODAY, seed=3)
    build_demo(tmp_path / "b", weeks=3, today=TODAY, seed=3)
    for name in ("2026-W46", "2026-W48"):
        path = f"weeks/2026/{name}.json"
        assert (tmp_path / "a" / path).read_bytes() == (tmp_path / "b" / path).read_bytes()
    with Repository(tmp_path / "a", read_only=True) as repo:
        assert repo.week_labels() == ["2026-W46", "2026-W47", "2026-W48"]
        current = repo.load_week(Week.containing(TODAY))
        assert current.record.review is None and all(a.day <= TODAY for a in current.activities)
        assert any(a.amount for a in repo.activities_between(date(2026, 11, 9), TODAY))
    with pytest.raises(StorageError, match="already holds"):
        build_demo(tmp_path / "a", weeks=1, today=TODAY)
    build_demo(tmp_path / "c", weeks=1, today=TODAY, activities_per_day=10)
    with Repository(tmp_path / "c", read_only=True) as repo:
        per_day = len([a for a in repo.load_week(Week.containing(TODAY)).activities
                       if a.day == date(2026, 11, 23) and a.outcome != "deal_won" and a.type != "demo"])
        assert 5 <= per_day <= 16
        assert isinstance(repo.settings.yearly_goal, Decimal)


def test_hand_edited_index_entry_is_recomputed(repo, data_dir):
    import json

    tick(repo)
    repo.history()
    index = data_dir / "index.json"
    data = json.loads(index.read_text())
    data["weeks"]["2026-W48"]["summary"]["achieved"] = "lots"
    data["weeks"]["2026-W48"].pop("racy", None)  # trust the entry, so the broken value is decoded
    index.write_text(json.dumps(data))
    assert [s.done_total for s in repo.history()] == [1]
