"""The command palette lists every action, in both languages, and runs it."""

from __future__ import annotations

import asyncio

from textual.command import CommandPalette
from textual.widgets import OptionList

import pytest

from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.commands import PALETTE_TEXT


async def wait_until(pilot, condition, timeout: float = 5.0) -> bool:
    """Let the app run until ``condition()`` holds (True), or ``timeout`` passed (False); no fixed pause."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            return False
        await pilot.pause(0.02)
    return True


def option_texts(app) -> list[str]:
    results = app.screen.query_one(OptionList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


async def search(app, pilot, query: str, expect: str | None = None, timeout: float = 5.0) -> list[str]:
    """Type ``query`` into the palette and wait until its results show ``expect`` (the query itself by
    default; with an empty query, until the list stops changing), or ``timeout`` passed."""
    if not isinstance(app.screen, CommandPalette):
        await pilot.press("ctrl+p")
        await pilot.pause()
    palette = app.screen
    palette.query_one("#--input Input").value = query
    expect = query if expect is None else expect
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    previous: list[str] | None = None
    while loop.time() < deadline:
        await pilot.pause(0.02)
        texts = option_texts(app)
        if (expect and any(expect in text for text in texts)) or (not expect and texts and texts == previous):
            return texts
        previous = texts
    return option_texts(app)


EVERY_ACTION = [
    "Log one: Calls", "Log one: Visits", "Log one: Emails", "Log with details", "Undo", "Redo",
    "Set the week's target", "Plan daily quotas", "Re-balance the rest of the week", "Weekly review",
    "History", "Export a summary", "Jump to week", "Previous week", "Next week", "This week",
    "Switch theme", "Switch language", "Settings", "Help",
    "Original plan", "Mark a commitment kept / not kept", "Log: previous day", "Log: next day", "Edit the log",
    "Accept the suggested target", "Quit",
]


async def test_palette_lists_every_action(repo, clock):
    assert {title for title, _help in PALETTE_TEXT.values()} >= {"Undo", "Redo", "Help", "Settings"}
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for title in EVERY_ACTION:
            texts = await search(app, pilot, title)
            assert any(title in text for text in texts), (title, texts)


async def test_custom_activity_type_gets_a_log_command(repo, clock):
    from weekplanner.domain.activity import ActivityType

    settings = repo.settings
    repo.save_settings(settings.with_changes(
        activity_types=settings.activity_types + (ActivityType("demo", name="Product demo", hotkey="d"),)))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        texts = await search(app, pilot, "Log one: Product demo")
        assert any("Product demo" in t for t in texts), texts


async def test_palette_in_chinese_and_english_query_still_finds(repo, clock):
    set_language("zh")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        texts = await search(app, pilot, "周复盘")
        assert any("周复盘" in t for t in texts), texts
        texts = await search(app, pilot, "Weekly review", expect="周复盘")
        assert any("周复盘" in t for t in texts), texts


async def test_palette_runs_the_week_screen_action(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await search(app, pilot, "Log one: Calls")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(repo.load_week(repo.week(clock.today())).activities))
        data = repo.load_week(repo.week(clock.today()))
        assert [(a.type, a.count) for a in data.activities] == [("call", 1)]


async def test_switch_theme_from_palette_offers_our_themes_and_saves(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await search(app, pilot, "Switch theme")
        await pilot.press("enter")
        texts = await search(app, pilot, "weekplanner-office")
        assert any("weekplanner-office" in t for t in texts), texts
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.theme == "weekplanner-office")
        assert app.theme == "weekplanner-office"
        assert repo.settings.theme == "weekplanner-office"


async def test_switch_language_changes_visible_text_and_is_saved(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Help" in footer_text(app)
        await search(app, pilot, "Switch language")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "帮助" in footer_text(app))
        footer_after = footer_text(app)
        assert "帮助" in footer_after and "Help" not in footer_after
        assert repo.settings.language == "zh"
        await app.apply_language("en")
        await pilot.pause()
        assert "Help" in footer_text(app) and "帮助" not in footer_text(app)


def footer_text(app) -> str:
    from weekplanner.compat.textual_api import FooterKey

    return " ".join(key.description for key in app.screen.query(FooterKey))


async def test_switch_language_redraws_the_commitments_of_the_week_screen(repo, clock):
    from week_support import seed_week

    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Commitments" in _visible_text(app)
        await app.apply_language("zh")
        await wait_until(pilot, lambda: "承诺" in _visible_text(app))
        text = _visible_text(app)
        assert "Commitments" not in text and "承诺" in text


def _visible_text(app) -> str:
    """The screen's words: static texts, border titles and the options of its lists."""
    from textual.widgets import OptionList, Static

    from weekplanner.tui.widgets.week_board import WeekBoard

    parts = [str(widget.render()) for widget in app.screen.query(Static)]
    parts += [strip.text for board in app.screen.query(WeekBoard) for strip in board.render_lines(board.region.reset_offset)]
    parts += [str(widget.border_title) for widget in app.screen.query("*") if widget.border_title]
    parts += [str(option.prompt) for widget in app.screen.query(OptionList) for option in widget.options]
    return " ".join(parts)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_every_key_of_the_week_screen_is_in_the_palette_without_near_duplicates(repo, clock, size):
    from weekplanner.tui.commands import screen_commands

    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        actions = {c.action for c in screen_commands(screen, app)}
        # Every key with a name; the arrows that scroll the board have none (they are not commands).
        bound = {b.action for b in [*screen.BINDINGS, *app.BINDINGS] if b.description} - {"command_palette"}
        assert len(bound) > 15
        assert bound <= actions, bound - actions
        texts = await search(app, pilot, "")
        words = {t.split("\n")[0] for t in texts}
        assert "Theme" not in words and "Keys" not in words  # Textual's twins of Switch theme and Help
        assert "Focus Next" not in words and "Copy selected text" not in words  # Textual's, not the screen's
        assert len([t for t in texts if t.startswith("Quit")]) <= 1


async def test_the_palette_lists_the_actions_of_the_screen_it_is_opened_from(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        texts = await search(app, pilot, "Sort")
        assert any("Sort" in t for t in texts), texts  # the history screen's own key (s)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_in_chinese_the_palette_finds_quit_and_screenshot_in_chinese(repo, clock, size):
    set_language("zh")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert any("退出" in t for t in await search(app, pilot, "退出")), "quit"
        assert any("截图" in t for t in await search(app, pilot, "截图")), "screenshot"
        assert any("原计划" in t for t in await search(app, pilot, "原计划")), "original plan"
        assert app.screen.query_one("#--input Input").placeholder == "搜索命令…"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert any("按 ctrl+q 退出程序" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_in_chinese_the_palette_says_no_match_in_chinese(repo, clock, size):
    set_language("zh")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        texts = await search(app, pilot, "zzqqxx", expect="没有匹配的命令")
        assert any("没有匹配的命令" in text for text in texts), texts
        assert not any("No matches found" in text for text in texts)
        assert app.screen.query_one("#--input Input").placeholder == "搜索命令…"
