"""The first frame's style sheets are kept between runs: the next start parses none, draws the same frame,
and a file it cannot trust (damaged, another Textual's, writable by others) is never used."""

from __future__ import annotations

import os
import stat

import pytest
from textual.cache import LRUCache

from tests.tui.week_support import seed_week
from weekplanner.compat.textual_api import RulesKeepingStylesheet
from weekplanner.tui import startup, style_cache
from weekplanner.tui.app import WeekPlannerApp


@pytest.fixture
def fresh_process(monkeypatch):
    """This worker's parse cache emptied, as in a process that has just started."""
    monkeypatch.setattr(RulesKeepingStylesheet, "_parsed", LRUCache(1024))
    monkeypatch.setattr(RulesKeepingStylesheet, "_kept", {})
    monkeypatch.setattr(RulesKeepingStylesheet, "parse_count", 0)


def restart(monkeypatch) -> None:
    monkeypatch.setattr(RulesKeepingStylesheet, "_parsed", LRUCache(1024))
    monkeypatch.setattr(RulesKeepingStylesheet, "_kept", {})


async def settled(pilot) -> None:
    """The streak and the suggestion (read in workers) are on screen: both runs draw the same."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def first_frame(repo, clock) -> str:
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        return app.export_screenshot()


async def week_and_history(repo, clock) -> tuple[str, str]:
    """The week screen as first drawn, and the history screen (its sheet is read with the app's)."""
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        week = app.export_screenshot()
        await pilot.press("h")
        await settled(pilot)
        assert type(app.screen).__name__ == "HistoryScreen"
        return week, app.export_screenshot()


async def test_the_next_start_parses_no_sheet_and_draws_the_same_frame(repo, clock, tmp_path, fresh_process,
                                                                       monkeypatch):
    seed_week(repo, calls={0: 4, 1: 2})
    folder = tmp_path / "cache"
    assert style_cache.load(folder) == 0  # nothing kept yet
    drawn = await week_and_history(repo, clock)
    parsed = RulesKeepingStylesheet.parse_count
    assert parsed > 10  # Textual's widgets' sheets and weekplanner's
    assert style_cache.save(folder, 0) is True
    assert stat.S_IMODE(os.stat(style_cache.cache_file(folder)).st_mode) == 0o600

    restart(monkeypatch)
    assert style_cache.load(folder) == parsed
    assert await week_and_history(repo, clock) == drawn
    assert RulesKeepingStylesheet.parse_count == parsed  # not one sheet parsed again
    assert style_cache.save(folder, parsed) is False  # the file is up to date: not written again


async def test_another_theme_parses_its_sheets_and_they_are_kept_too(repo, clock, tmp_path, fresh_process,
                                                                     monkeypatch):
    folder = tmp_path / "cache"
    await first_frame(repo, clock)
    style_cache.save(folder, 0)
    restart(monkeypatch)
    style_cache.load(folder)
    before = RulesKeepingStylesheet.parse_count
    repo.save_settings(repo.settings.with_changes(theme="weekplanner-light"))
    await first_frame(repo, clock)
    assert RulesKeepingStylesheet.parse_count > before  # other colours: parsed as usual
    assert style_cache.save(folder, before) is True


def written(folder, payload: bytes, mode: int = 0o600) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = style_cache.cache_file(folder)
    path.write_bytes(payload)
    os.chmod(path, mode)


async def kept_sheets_of_a_start(repo, clock, folder, monkeypatch) -> bytes:
    await first_frame(repo, clock)
    style_cache.save(folder, 0)
    restart(monkeypatch)
    return style_cache.cache_file(folder).read_bytes()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
async def test_a_damaged_file_is_not_used_and_the_start_writes_a_good_one(repo, clock, tmp_path, fresh_process,
                                                                          monkeypatch, damage):
    folder = tmp_path / "cache"
    good = await kept_sheets_of_a_start(repo, clock, folder, monkeypatch)
    written(folder, {"truncated": good[: len(good) // 2], "garbage": b"\x80\x05not a pickle", "empty": b""}[damage])
    assert style_cache.load(folder) == 0
    before = RulesKeepingStylesheet.parse_count
    await first_frame(repo, clock)
    assert RulesKeepingStylesheet.parse_count > before
    assert style_cache.save(folder, before) is True
    restart(monkeypatch)
    assert style_cache.load(folder) > 0


async def test_sheets_another_textual_wrote_are_not_used(repo, clock, tmp_path, fresh_process, monkeypatch):
    from weekplanner.compat import textual_api

    folder = tmp_path / "cache"
    await kept_sheets_of_a_start(repo, clock, folder, monkeypatch)
    monkeypatch.setattr(textual_api, "_textual_stamp", lambda: (1, (3, 11), (("textual-0.1.dist-info", 1),)))
    assert style_cache.load(folder) == 0


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners and modes are POSIX")
async def test_a_file_others_can_write_is_not_used(repo, clock, tmp_path, fresh_process, monkeypatch):
    folder = tmp_path / "cache"
    good = await kept_sheets_of_a_start(repo, clock, folder, monkeypatch)
    written(folder, good, mode=0o620)
    assert style_cache.load(folder) == 0
    written(folder, good, mode=0o600)
    assert style_cache.load(folder) > 0


async def test_a_cache_folder_that_cannot_be_written_means_no_cache_and_no_error(repo, clock, tmp_path,
                                                                                 fresh_process):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    await first_frame(repo, clock)
    assert style_cache.save(blocker / "cache", 0) is False
    assert style_cache.load(blocker / "cache") == 0


def test_the_start_up_step_reads_the_kept_sheets_and_the_first_frame_keeps_them(monkeypatch, tmp_path):
    import gc

    calls: list[tuple] = []
    monkeypatch.setenv("WEEKPLANNER_CACHE_DIR", str(tmp_path / "kept"))
    monkeypatch.setattr(style_cache, "load", lambda folder: calls.append(("load", folder)) or 0)
    monkeypatch.setattr(style_cache, "save", lambda folder, before: calls.append(("save", folder, before)))
    try:
        startup.prepare_first_frame()
        assert calls == [("load", tmp_path / "kept")]
        startup.after_first_frame()
        startup.after_first_frame()  # a second call writes nothing more
        assert calls[1:] == [("save", tmp_path / "kept", RulesKeepingStylesheet.parse_count)]
    finally:
        startup.after_first_frame()
        gc.unfreeze()
        gc.enable()


def test_an_app_quit_before_its_first_frame_settled_still_keeps_its_sheets(monkeypatch, tmp_path):
    """``weekplanner`` opened and closed at once (ctrl+q before the first frame's follow-up ran)."""
    import argparse
    import gc

    from weekplanner.tui.launch import launch

    saved: list[object] = []
    monkeypatch.setenv("WEEKPLANNER_CACHE_DIR", str(tmp_path / "kept"))
    monkeypatch.setattr(style_cache, "save", lambda folder, before: saved.append(folder))
    monkeypatch.setattr(WeekPlannerApp, "run", lambda self: None)  # quit before anything was drawn
    try:
        code = launch(argparse.Namespace(data_dir=str(tmp_path / "data"), read_only=False, lang="en", theme=None))
        assert code == 0 and saved == [tmp_path / "kept"]
    finally:
        startup.after_first_frame()
        gc.unfreeze()
        gc.enable()
