"""Shared bits of the storage tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from weekplanner.storage.repository import Repository, make_activity

WED = datetime(2026, 11, 25, 10, 0)
W48 = "weeks/2026/2026-W48.json"


def tick(repo: Repository, at: datetime = WED, kind: str = "call", **details):
    return repo.add_activity(make_activity(kind, at, **details))


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
