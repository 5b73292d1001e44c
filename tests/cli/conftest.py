"""Run the command line in-process at a fixed moment (Wednesday 2026-11-25 14:00) and read its output."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from weekplanner.cli.main import main
from weekplanner.domain.clock import FixedClock
from weekplanner.storage.repository import Repository


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _fixed_cli_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def cli_dir(tmp_path: Path) -> Path:
    """The folder $WEEKPLANNER_DATA_DIR points at (set by the root conftest)."""
    return tmp_path / "default-data"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def stored(cli_dir: Path):
    """Open the data the commands wrote, read-only, at the commands' moment (the week under way reads planned)."""

    def open_() -> Repository:
        return Repository(cli_dir, read_only=True, clock=FixedClock(datetime(2026, 11, 25, 14, 0)))

    return open_
