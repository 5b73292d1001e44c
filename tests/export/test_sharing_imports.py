"""Sharing the summary costs start-up nothing: `status` and the app's first imports load none of it."""

from __future__ import annotations

import subprocess
import sys

SHARING = ("dateutil", "jinja2", "markupsafe", "weekplanner.export.html", "xlsxwriter", "urllib.request", "smtplib", "email.message", "weekplanner.export.xlsx",
           "weekplanner.export.robots", "weekplanner.export.post", "weekplanner.export.mail",
           "weekplanner.export.text", "weekplanner.cli.cmd_send")


def loaded(code: str, tmp_path) -> list[str]:
    probe = code + f"\nimport sys; print([m for m in {SHARING!r} if m in sys.modules])"
    env = {"WEEKPLANNER_TODAY": "2026-11-25T14:00", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # noqa: S307 - our own printed list


def test_status_loads_no_sharing_module(tmp_path):
    code = f"from weekplanner.cli.main import main; main(['--data-dir', {str(tmp_path / 'd')!r}, 'status'])"
    assert loaded(code, tmp_path) == []


def test_the_apps_first_imports_load_no_sharing_module(tmp_path):
    code = ("import weekplanner.tui.launch, weekplanner.tui.app, weekplanner.tui.screens.week, "
            "weekplanner.tui.screens.export, weekplanner.tui.screens.settings")
    assert loaded(code, tmp_path) == []
