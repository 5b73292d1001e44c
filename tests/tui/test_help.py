"""The help screen lists keys by screen, from the screens' own bindings, in both languages."""

from __future__ import annotations

from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.help import HelpScreen, key_rows, screen_classes


def test_every_screen_with_keys_is_found():
    names = {cls.__name__ for cls in screen_classes()}
    assert "WeekScreen" in names and "WelcomeScreen" in names and "HelpScreen" not in names


def test_key_rows_follow_the_bindings():
    from weekplanner.tui.screens.week import WeekScreen

    rows = dict((desc, keys) for keys, desc in key_rows(WeekScreen.BINDINGS, lambda b: b.key_display or b.key))
    assert rows["Re-balance"] == "b"
    assert rows["Undo"] == "ctrl+z"


async def test_question_mark_opens_help_with_keys_by_screen(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        sections = dict(app.screen.sections())
        assert "Week screen" in sections and "Everywhere" in sections
        week_rows = dict((desc, keys) for keys, desc in sections["Week screen"])
        assert week_rows["Log one: Calls"] == "c"
        assert week_rows["Re-balance"] == "b"
        assert ("^p", "Commands") in sections["Everywhere"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_help_in_chinese(repo, clock):
    set_language("zh")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        sections = dict(app.screen.sections())
        assert "所有界面" in sections
        assert ("?", "帮助") in sections["所有界面"]
