"""The command as a whole: help for every command, one-line errors, language choice, start-up cost."""

import os
import subprocess
import sys


from weekplanner.cli.main import COMMANDS, _command_modules, build_parser
from weekplanner.domain.clock import FixedClock
from weekplanner.domain.settings import Settings
from weekplanner.storage.repository import Repository
from tests.conftest import FIXED_NOW


def _run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "weekplanner", *argv], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_every_command_has_help_in_a_subprocess():
    commands = [m.__name__.rsplit("cmd_", 1)[1] for m in _command_modules()]
    assert commands == list(COMMANDS)
    for argv in [[], *([c] for c in commands), ["target", "set"], ["target", "show"], ["quota", "set"],
                 ["quota", "show"]]:
        result = _run(*argv, "--help")
        assert result.returncode == 0, (argv, result.stderr)
        assert "usage: weekplanner" in result.stdout
        assert result.stderr == ""


def test_every_registered_command_has_a_description_and_examples():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in ("status", "log", "undo", "target", "quota", "demo"):
        command = sub.choices[name]
        assert command.description and command.epilog.startswith("examples:"), name
        assert all(c in COMMANDS for c in sub.choices)


def test_an_error_exits_2_with_one_line_in_a_subprocess(tmp_path):
    result = _run("log", "fax", env={"WEEKPLANNER_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("weekplanner: error: 'fax' is not an activity type")
    assert result.stderr.count("\n") == 1


def test_usage_errors_are_one_line(cli):
    result = cli("status", "--wek", "last")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "unrecognized arguments: --wek" in result.err and "weekplanner status --help" in result.err


def test_corrupt_data_is_one_line_naming_the_file(cli, cli_dir):
    (cli_dir / "weeks" / "2026").mkdir(parents=True)
    (cli_dir / "weeks" / "2026" / "2026-W48.json").write_bytes(b"")
    result = cli("status")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "2026-W48.json" in result.err


def test_global_options_work_after_the_command(cli, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    assert cli("log", "call", "--data-dir", str(elsewhere)).code == 0
    assert cli("target", "set", "5", "--metric", "count", "--data-dir", str(elsewhere)).code == 0
    # The commands ran at $WEEKPLANNER_TODAY; read the same week, not the machine's.
    with Repository(elsewhere, read_only=True, clock=FixedClock(FIXED_NOW)) as repo:
        assert len(repo.activities_between(repo.week().start, repo.week().end)) == 1
        assert repo.record(repo.week().label).target is not None


def test_language_flag_then_settings_then_locale(cli, cli_dir, monkeypatch):
    assert "Target" in cli("status").out
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "周目标" in cli("status").out
    assert "Target" in cli("--lang", "en", "status").out
    with Repository(cli_dir) as repo:
        repo.save_settings(Settings(language="en"))
    assert "Target" in cli("status").out
    monkeypatch.setenv("LANG", "C.UTF-8")
    with Repository(cli_dir) as repo:
        repo.save_settings(Settings(language="zh"))
    assert "周目标" in cli("status").out
    help_text = cli("status", "--help").out
    assert "用法：weekplanner status" in help_text and "示例：" in help_text


def test_chinese_errors(cli):
    result = cli("--lang", "zh", "log", "传真")
    assert result.code == 2
    assert result.err.startswith("weekplanner: 错误：") or result.err.startswith("weekplanner: 错误:")
    assert "不是活动类型" in result.err


def test_today_can_be_fixed_for_scripts(cli, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2027-01-01")
    assert "2026-W53" in cli("status").out
    monkeypatch.setenv("WEEKPLANNER_TODAY", "someday")
    bad = cli("status")
    assert bad.code == 2 and "WEEKPLANNER_TODAY='someday'" in bad.err


def test_help_does_not_import_the_heavy_libraries():
    code = ("import sys; from weekplanner.cli.main import main; main(['status', '--help']); "
            "print(sorted(m for m in ('rich', 'tinydb', 'textual') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("[]"), result.stdout


def test_the_entry_point_runs_the_command_without_the_collector_and_exits_with_its_code(monkeypatch):
    import gc

    from weekplanner.cli import main as cli_main

    seen = []
    monkeypatch.setattr(cli_main, "main", lambda: seen.append(gc.isenabled()) or 3)
    try:
        try:
            cli_main.run()
        except SystemExit as exit_:
            code = exit_.code
        else:  # pragma: no cover - run() must always exit
            code = None
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [False]
    assert code == 3


def test_the_installed_entry_point_is_run():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["weekplanner"] == "weekplanner.cli.main:run"


def test_without_a_terminal_the_app_is_not_drawn_into_a_pipe(tmp_path):
    result = subprocess.run([sys.executable, "-m", "weekplanner", "--data-dir", str(tmp_path / "d")],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("weekplanner: error: the full-screen app needs a terminal")
    assert "weekplanner status" in result.stderr
    assert not (tmp_path / "d").exists()
