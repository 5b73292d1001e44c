"""The help screen lists keys by screen, from the screens' own bindings, in both languages."""

from __future__ import annotations

import pytest

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


def test_every_screen_has_a_title_of_its_own():
    classes = screen_classes()
    assert len(classes) >= 16
    assert [cls.__name__ for cls in classes if not cls.__dict__.get("TITLE")] == []
    titles = [cls.TITLE for cls in classes]
    assert len(set(titles)) == len(titles)



# What help lists, not how it is laid out: each language once, each size once (tests/tui/matrix.py).
@pytest.mark.parametrize("language, entries, history, plan, size", [
    ("en", "The day's log", "History", "Plan quotas", (80, 24)), ("zh", "当天记录", "历史", "规划任务", (120, 40))],
    ids=["en-80x24", "zh-120x40"])
async def test_help_lists_widget_keys_and_number_keys_under_translated_titles(repo, clock, size, language,
                                                                               entries, history, plan):
    from weekplanner.domain.activity import ActivityType

    repo.save_settings(repo.settings.with_changes(
        activity_types=repo.settings.activity_types + (ActivityType("demo", "Demos"),)))
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        sections = dict(app.screen.sections())
        assert plan in sections and "Quota Form" not in sections
        assert {"Enter", "Delete"} <= {keys for keys, _text in sections[entries]}
        assert "Enter" in {keys for keys, _text in sections[history]}
        week = [s for title, s in sections.items() if title in ("Week screen", "周视图")][0]
        assert "1" in {keys for keys, _text in week}  # Demos has no letter: it ticks with 1
