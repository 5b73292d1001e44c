import sys
import types
from datetime import date, datetime
from pathlib import Path

import pytest

@pytest.fixture
def fake_builder(monkeypatch):
    """Stand in for weekplanner.demo so the command's own logic is tested on its own."""
    calls = []

    def build_demo(folder: Path, *, weeks: int = 12, today: date | None = None, seed: int = 7,
                   activities_per_day: int | None = None) -> None:
        calls.append((folder, weeks, today))
        (folder / "weeks").mkdir(parents=True, exist_ok=True)
        (folder / "settings.json").write_text("{}")

    module = types.ModuleType("weekplanner.demo")
    module.build_demo = build_demo
    monkeypatch.setitem(sys.modules, "weekplanner.demo", module)
    return calls


def test_demo_goes_to_a_separate_folder_by_default(cli, cli_dir, fake_builder):
    result = cli("demo", "--no-open", "--weeks", "4")
    assert result.code == 0
    demo_dir = cli_dir.with_name(cli_dir.name + "-demo")
    assert fake_builder == [(demo_dir, 4, datetime(2026, 11, 25, 14, 0))]
    assert not cli_dir.exists()
    assert str(demo_dir) in result.out and "weekplanner --data-dir" in result.out


def test_demo_refuses_a_folder_with_data_unless_forced(cli, tmp_path, fake_builder):
    target = tmp_path / "mine"
    assert cli("log", "call", "--data-dir", str(target)).code == 0
    refused = cli("demo", "--data-dir", str(target), "--no-open")
    assert refused.code == 2
    assert "already holds data" in refused.err and "--force" in refused.err
    assert fake_builder == []

    forced = cli("demo", "--data-dir", str(target), "--no-open", "--force")
    assert forced.code == 0
    assert fake_builder == [(target, 12, datetime(2026, 11, 25, 14, 0))]
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("mine.replaced-")]
    assert len(moved) == 1 and (moved[0] / "journal.json").exists()


def test_demo_does_not_replace_a_folder_the_app_has_open(cli, tmp_path, fake_builder):
    from weekplanner.storage.repository import Repository

    target = tmp_path / "busy"
    with Repository(target) as repo:
        from weekplanner.domain.settings import Settings

        repo.save_settings(Settings())
        result = cli("demo", "--data-dir", str(target), "--no-open", "--force")
    assert result.code == 2 and "Another weekplanner" in result.err
    assert (target / "settings.json").exists() and fake_builder == []


def test_demo_weeks_are_validated(cli, fake_builder):
    assert cli("demo", "--weeks", "0", "--no-open").code == 2
    assert fake_builder == []


def test_real_demo_fills_a_populated_history(cli, cli_dir):
    import json

    assert cli("demo", "--no-open", "--weeks", "3").code == 0
    demo_dir = cli_dir.with_name(cli_dir.name + "-demo")
    doc = json.loads(cli("status", "--json", "--data-dir", str(demo_dir)).out)
    assert doc["target"] is not None
    assert sum(t["done_week"] for t in doc["types"]) > 0
