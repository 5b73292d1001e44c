"""``weekplanner history``: the weeks table, recurring tags, lesson search and the JSON document."""

from __future__ import annotations

import json

import pytest
from review_helpers import LAST_WEEK, THIS_WEEK, seed_week

from weekplanner.cli.main import main
from weekplanner.domain.review import Review
from weekplanner.storage.repository import Repository


@pytest.fixture
def cli(data_dir, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    with Repository(data_dir) as repo:
        seed_week(repo, THIS_WEEK.previous(2), amount=90_000,
                  review=Review(why="客户嫌价格太高，报价晚了", rating=2, tags=("price objection",)))
        seed_week(repo, LAST_WEEK, amount=60_000,
                  review=Review(went_badly="Two no-shows", rating=5, tags=("no-show", "price objection")))
        seed_week(repo, THIS_WEEK, amount=120_000)

    def run(*args: str) -> int:
        return main(["--data-dir", str(data_dir), *args])

    return run


def test_table_lists_weeks_newest_first_with_recurring_tags(cli, capsys):
    assert cli("history") == 0
    out = capsys.readouterr().out
    assert out.index("2026-W48") < out.index("2026-W47") < out.index("2026-W46")
    assert "¥60,000" in out and "60%" in out and "reviewed" in out
    assert "'price objection' in 2 of the 2 weeks below target" in out


def test_weeks_limits_the_list(cli, capsys):
    assert cli("history", "--weeks", "1", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [w["week"] for w in doc["weeks"]] == ["2026-W48"]
    assert cli("history", "--weeks", "lots") == 2
    assert "not a whole number" in capsys.readouterr().err


def test_search_finds_a_chinese_phrase(cli, capsys):
    assert cli("history", "--search", "价格") == 0
    out = capsys.readouterr().out
    assert "2026-W46" in out and "客户嫌价格太高" in out
    assert "2026-W47" not in out


def test_json_is_stable(cli, capsys):
    assert cli("history", "--json", "--tag", "Price Objection") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "weekplanner.history/1"
    assert doc["weeks"][1] == {
        "week": "2026-W47", "start": "2026-11-16",
        "target": {"value": "100000", "metric": "revenue", "currency": "CNY", "unit": ""},
        "achieved": "60000", "percent": "60.0", "planned": {"call": 50, "visit": 15},
        "done": {"call": 46, "visit": 1}, "rating": 5, "review": "reviewed",
        "tags": ["no-show", "price objection"], "state": "finished",
    }
    assert doc["weeks"][0]["state"] == "in_progress"  # W48, the week under way
    assert [lesson["week"] for lesson in doc["lessons"]] == ["2026-W47", "2026-W46"]
    assert doc["recurring_tags"] == [{"tag": "price objection", "weeks": 2, "of_weeks_below_target": 2}]


def test_one_damaged_old_week_does_not_block_history(cli, capsys, data_dir):
    bad = data_dir / "weeks" / "2026" / "2026-W40.json"
    bad.write_bytes(b'{"activities": {"1": {"id": "a", "type": "call", "at": "2026-')
    assert cli("history") == 0
    captured = capsys.readouterr()
    assert "2026-W48" in captured.out and "2026-W46" in captured.out
    assert "2026-W40 is left out" in captured.err and "2026-W40.json" in captured.err
    assert cli("history", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [d["week"] for d in doc["damaged"]] == ["2026-W40"]
