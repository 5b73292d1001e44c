"""A broken settings file is reported, never a traceback, and restore can still repair it."""

from __future__ import annotations

from weekplanner.storage.repository import Repository


def test_broken_settings_is_one_clear_line_and_restore_repairs_it(cli, cli_dir):
    with Repository(cli_dir) as repo:  # closing keeps the day's backup copy
        repo.save_settings(repo.settings.with_changes(rep_name="Li Wei", language="zh"))
    settings = cli_dir / "settings.json"
    settings.write_bytes(b"{not json")

    status = cli("status")
    assert status.code == 2
    assert status.err.count("\n") == 1 and "settings.json" in status.err

    restored = cli("restore", "settings.json")
    assert restored.code == 0, restored.err
    assert list(cli_dir.glob("settings.json.broken-*"))
    with Repository(cli_dir, read_only=True) as repo:
        assert repo.settings.rep_name == "Li Wei"
    assert cli("status").code == 0
