"""Damaged data folders on the command line: one-line errors, nothing written first, restore that works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
