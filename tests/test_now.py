"""$WEEKPLANNER_TODAY fixes "now" for the command line and the full-screen app alike."""

from __future__ import annotations

import argparse
from datetime import datetime

import pytest

from weekplanner.cli.main import main
from weekplanner.domain.clock import FixedClock, SystemClock
from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.dates import parse_moment
from weekplanner.now import ENV_TODAY, clock_from_environment


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-25T14:00", datetime(2026, 11, 25, 14, 0)),
    ("2026-11-25 09:30", datetime(2026, 11, 25, 9, 30)),
    ("2026-11-25T14:00:59", datetime(2026, 11, 25, 14, 0, 59)),
    ("2026-11-25", datetime(2026, 11, 25, 12, 0)),  # a date alone means noon
    ("２０２６-１１-２５Ｔ１４：００", datetime(2026, 11, 25, 14, 0)),  # full-width, as a Chinese IME types
])
def test_a_moment_is_a_date_or_a_date_and_time(text, expected):
    assert parse_moment(text) == expected


@pytest.mark.parametrize(("text", "problem"), [
    ("9999-12-31", r"outside the years this app accepts \(1900–2999\)"),
    ("0001-01-01", r"outside the years this app accepts \(1900–2999\)"),
    ("2026-11-25T25:00", "is not a real time"),
    ("2026-02-30", "is not a real date"),
    ("٢٠٢٦-١١-٢٥", "uses digits this app does not read"),
    ("2026-11-25T٠٩:٣٠", "uses digits this app does not read"),
    ("someday", "is not a date"),
    ("2026-11-25T14:00+08:00", "is not a time"),
    ("", "is empty"),
])
def test_a_moment_that_is_not_one_is_refused_saying_what_is_accepted(text, problem):
    with pytest.raises(ParseError, match=problem) as refused:
        parse_moment(text)
    assert "2026-11-25T14:00" in str(refused.value)


def test_the_environment_fixes_the_clock_or_leaves_the_wall_clock():
    assert isinstance(clock_from_environment({}), SystemClock)
    assert isinstance(clock_from_environment({ENV_TODAY: "  "}), SystemClock)
    clock = clock_from_environment({ENV_TODAY: "2026-11-25T14:00"})
    assert isinstance(clock, FixedClock) and clock.now() == datetime(2026, 11, 25, 14, 0)
    with pytest.raises(ParseError, match=r"^WEEKPLANNER_TODAY='9999-12-31': .*outside the years"):
        clock_from_environment({ENV_TODAY: "9999-12-31"})


def test_an_out_of_range_moment_is_one_clean_line_on_the_command_line(monkeypatch, capsys):
    monkeypatch.setenv(ENV_TODAY, "9999-12-31")
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("weekplanner: error: WEEKPLANNER_TODAY='9999-12-31'")
    assert err.count("\n") == 1 and "Traceback" not in err


def launched(monkeypatch, tmp_path) -> tuple[int, list[object]]:
    """Run the launcher with the app's ``run`` replaced by a note of the app it would run."""
    from weekplanner.tui.app import WeekPlannerApp
    from weekplanner.tui.launch import launch

    apps: list[object] = []
    monkeypatch.setattr(WeekPlannerApp, "run", lambda self: apps.append(self))
    code = launch(argparse.Namespace(data_dir=str(tmp_path / "data"), read_only=False, lang="en", theme=None))
    return code, apps


def test_the_full_screen_app_runs_at_the_fixed_moment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_TODAY, "2026-11-27T16:30")
    code, apps = launched(monkeypatch, tmp_path)
    assert code == 0 and len(apps) == 1
    app = apps[0]
    assert app.clock.now() == datetime(2026, 11, 27, 16, 30)
    assert app.repo.clock.now() == datetime(2026, 11, 27, 16, 30)  # journal entries carry the same moment


def test_the_full_screen_app_refuses_an_out_of_range_moment_in_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(ENV_TODAY, "9999-12-31")
    code, apps = launched(monkeypatch, tmp_path)
    assert code == 2 and apps == []
    err = capsys.readouterr().err
    assert err.startswith("weekplanner: error: WEEKPLANNER_TODAY='9999-12-31'") and err.count("\n") == 1
