"""Live windows: what another window or command saves shows in an open window within a second,
without a keypress; two windows ticking in turn always agree; a form keeps what was typed."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from weekplanner.storage.repository import Repository, make_activity
from weekplanner.tui.app import WeekPlannerApp

from tests.tui.week_support import calls_on, seed_week, week_screen

WED = date(2026, 11, 25)

#: How long a window may take to show a change saved elsewhere (the issue's promise).
WITHIN_SECONDS = 1.0


def shown_calls(app) -> int:
    return week_screen(app).progress.types["call"].done_today


async def wait_until(condition, timeout: float) -> float:
    """Let the app run until ``condition()`` holds; the seconds it took (AssertionError after ``timeout``)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - started


def weekplanner_command() -> list[str]:
    """The installed ``weekplanner`` script (as the rep runs it), else ``python -m weekplanner``."""
    script = Path(sys.executable).with_name("weekplanner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "weekplanner"]


def cli_log(data_dir, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WEEKPLANNER_TODAY": "2026-11-25T14:00"}
    return subprocess.run([*weekplanner_command(), "--data-dir", str(data_dir), "log", "call", *args],
                          env=env, capture_output=True, text=True, timeout=60)


async def test_a_call_logged_from_the_command_line_shows_in_the_open_window_within_a_second(
        repo, clock, data_dir):
    seed_week(repo, calls={2: 3})
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert shown_calls(app) == 3
        result = await asyncio.to_thread(cli_log, data_dir)
        assert result.returncode == 0, result.stderr
        assert "4/10 on" in result.stdout
        await wait_until(lambda: shown_calls(app) == 4, WITHIN_SECONDS)
        await pilot.press("c")  # and the window goes on writing: no read-only fallback
        assert shown_calls(app) == 5
        assert calls_on(repo, WED) == 5
        await pilot.press("ctrl+z")  # takes back the window's own tick …
        await pilot.press("ctrl+z")  # … then the command's, whoever made it
        await pilot.pause()
        assert calls_on(repo, WED) == 3
        assert shown_calls(app) == 3


async def test_two_windows_ticking_in_turn_always_show_the_same_correct_count(repo, clock, data_dir):
    seed_week(repo)
    other = Repository(data_dir, clock=clock)
    first, second = WeekPlannerApp(repo, clock=clock), WeekPlannerApp(other, clock=clock)
    try:
        async with first.run_test(size=(120, 40)) as one, second.run_test(size=(120, 40)) as two:
            await one.pause()
            await two.pause()
            for n in range(1, 9):
                pilot = one if n % 2 else two
                await pilot.press("c")
                await wait_until(lambda: shown_calls(first) == shown_calls(second) == n, WITHIN_SECONDS)
                assert calls_on(repo, WED) == n
    finally:
        other.close()


async def test_a_form_keeps_what_was_typed_and_says_the_week_changed_underneath(repo, clock, data_dir):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        form = app.screen
        field = form.query_one("Input")
        field.value = "123"
        with Repository(data_dir, clock=clock) as command:
            record = command.record("2026-W48")
            command.save_record(record.with_changes(commitments_kept={0: True}), "mark commitment")
        await wait_until(lambda: any("changed in another window" in n.message
                                     for n in app._notifications), WITHIN_SECONDS)
        assert app.screen is form and field.value == "123"


async def test_a_read_only_window_says_so_on_every_screen_and_still_follows_the_disk(repo, clock, data_dir):
    seed_week(repo)
    reader = Repository(data_dir, read_only=True, clock=clock)
    app = WeekPlannerApp(reader, clock=clock, read_only_reason="Opened with --read-only")
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert str(app.screen.query_one(".wp-read-only").render()) == "Read-only"
            repo.add_activity(make_activity("call", clock.now()))
            await wait_until(lambda: shown_calls(app) == 1, WITHIN_SECONDS)
            await pilot.press("h")
            await pilot.pause()
            assert app.screen.query(".wp-read-only")
    finally:
        reader.close()


async def test_a_writable_window_has_no_read_only_mark(repo, clock):
    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query(".wp-read-only")


def test_the_change_timer_firing_while_the_app_closes_is_not_a_crash(repo, clock):
    """Its screens are gone by then; reading ``app.screen`` raised ScreenStackError on the way out."""
    from weekplanner.tui.live import look_for_changes

    app = WeekPlannerApp(repo, clock=clock)
    assert app.screen_stack == []
    look_for_changes(app)
