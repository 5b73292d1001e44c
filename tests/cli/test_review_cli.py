"""``weekplanner review``: flags, skip, show, and the $EDITOR template (with a fake editor)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from review_helpers import LAST_WEEK, THIS_WEEK, seed_week

from weekplanner.cli.main import main
from weekplanner.storage.repository import Repository


@pytest.fixture
def cli(data_dir, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    monkeypatch.delenv("VISUAL", raising=False)

    def run(*args: str) -> int:
        return main(["--data-dir", str(data_dir), *args])

    return run


def stored(data_dir, label=THIS_WEEK.label):
    repo = Repository(data_dir, read_only=True)
    try:
        return repo.record(label)
    finally:
        repo.close()


def fake_editor(tmp_path: Path, body: str) -> str:
    """An editor that replaces everything under the headings with ``body`` (a Python script)."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "original = path.read_text(encoding='utf-8')\n"
        "pathlib.Path(sys.argv[1] + '.seen').write_text(original, encoding='utf-8')\n"
        f"path.write_text({body!r}, encoding='utf-8')\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return f"{sys.executable} {script}"


def test_flags_save_the_review_and_its_commitments(cli, data_dir, capsys):
    assert cli("review", "--week", "last", "--went-well", "两单成交", "--improve", "Call before noon",
               "--improve", "提前一天确认拜访", "--rating", "4", "--tag", "Price objection") == 0
    record = stored(data_dir, LAST_WEEK.label)
    assert record.review.went_well == "两单成交"
    assert record.review.improvements == ("Call before noon", "提前一天确认拜访")
    assert record.review.rating == 4
    assert record.review.tags == ("price objection",)
    assert "2 improvement items become next week's commitments." in capsys.readouterr().out

    # A later flag changes only its own field.
    assert cli("review", "--week", "last", "--rating", "3") == 0
    assert stored(data_dir, LAST_WEEK.label).review.went_well == "两单成交"
    assert stored(data_dir, LAST_WEEK.label).review.rating == 3


def test_bad_rating_and_empty_review_are_refused(cli, data_dir, capsys):
    assert cli("review", "--rating", "9") == 2
    assert "Use a whole number from 1 to 5." in capsys.readouterr().err
    assert cli("review", "--went-well", "   ") == 2
    assert "The review is empty" in capsys.readouterr().err
    assert stored(data_dir).review is None


def test_skip_and_show(cli, data_dir, capsys):
    assert cli("review", "--skip") == 0
    assert stored(data_dir).review.skipped
    assert cli("review", "--show") == 0
    assert "This week's review was skipped." in capsys.readouterr().out


def test_editor_template_round_trip(cli, data_dir, tmp_path, monkeypatch, capsys):
    with Repository(data_dir) as repo:
        seed_week(repo, THIS_WEEK, calls_per_day=(10, 12, 4, 0, 0))
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, (
        "## What went well\n客户拜访很顺利\n\n## What went badly\nLate proposals\n\n"
        "## Why (root causes)\n没有模板\n\n"
        "## Improvement plan for next week: one concrete item per line\n- Proposal template ready Monday\n"
        "2. 每天下午跟进\n\n## Self-rating (1–5)\n４\n\n## Tags, separated by commas\npricing，跟进\n"
    )))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli("review") == 0
    review = stored(data_dir).review
    assert review.went_well == "客户拜访很顺利"
    assert review.improvements == ("Proposal template ready Monday", "每天下午跟进")
    assert review.rating == 4
    assert review.tags == ("pricing", "跟进")
    seen = next(tmp_path.glob("weekplanner-review-*.md.seen")).read_text(encoding="utf-8")
    assert "# Calls: 26 done of 50 planned" in seen
    assert "## What went well" in seen
    assert not list(tmp_path.glob("weekplanner-review-*.md"))  # saved, so the file is removed


def test_the_template_lists_the_numbers_in_the_ui_language(cli, data_dir, tmp_path, monkeypatch):
    with Repository(data_dir) as repo:
        seed_week(repo, THIS_WEEK, calls_per_day=(10, 12, 4, 0, 0))
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "## 做得好的地方\n按时完成\n"))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli("--lang", "zh", "review") == 0
    seen = next(tmp_path.glob("weekplanner-review-*.md.seen")).read_text(encoding="utf-8")
    assert "## 做得好的地方" in seen and "## 下周改进计划：每行写一条具体行动" in seen
    assert "# 电话：计划 50，完成 26" in seen
    assert stored(data_dir).review.went_well == "按时完成"


def test_an_empty_template_is_refused_and_the_file_kept(cli, data_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "# nothing written\n## What went well\n\n"))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli("review") == 2
    err = capsys.readouterr().err
    assert "The review is empty" in err
    kept = next(tmp_path.glob("weekplanner-review-*.md"))
    assert str(kept) in err
    assert kept.read_text(encoding="utf-8") == "# nothing written\n## What went well\n\n"
    assert stored(data_dir).review is None


def test_no_editor_says_what_to_do(cli, monkeypatch, capsys):
    monkeypatch.delenv("EDITOR", raising=False)
    assert cli("review") == 2
    assert "Set $EDITOR" in capsys.readouterr().err
