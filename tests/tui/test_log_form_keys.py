"""The log form: the type picked by its key, Enter in an untouched form logs nothing, no future times;
a custom type without a letter gets a number key."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import Input, Select

from weekplanner.domain.activity import ActivityType
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.log_form import LogForm
from weekplanner.tui.screens.settings import SettingsScreen

from forms_support import FormHarness, type_text
from week_support import seed_week, week_screen
from matrix import EACH_LANGUAGE_AND_SIZE_ONCE



def logged(repo):
    return [(a.type, a.count, a.at) for a in repo.load_week(repo.week()).activities]


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_typing_v_picks_visits_and_enter_logs_it(repo, clock, size, language):
    seed_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("l")
        assert isinstance(app.screen, LogForm)
        await pilot.press("v")
        assert app.screen.query_one("#field-type", Select).value == "visit"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is week_screen(app)
    assert logged(repo) == [("visit", 1, datetime(2026, 11, 25, 14, 0))]


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_enter_in_an_untouched_form_logs_nothing(repo, clock, size, language):
    seed_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("l")
        await pilot.press("tab")  # to "How many", as it was shown
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LogForm)
    assert logged(repo) == []


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_a_time_later_than_now_is_refused(repo, clock, size, language):
    seed_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("l")
        form = app.screen
        form.query_one("#field-time", Input).value = "15:30"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LogForm)
        message = str(form.query_one("#error-time").content)
        assert "2026-11-25 15:30" in message
        assert ("in the future" in message) if language == "en" else ("还没到" in message)
    assert logged(repo) == []


async def test_a_custom_type_without_a_letter_gets_a_number_key(repo, clock):
    size = (80, 24)  # which key a type gets does not depend on the width
    seed_week(repo)
    app = FormHarness(repo, SettingsScreen, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+n")
        await type_text(pilot, "Demos")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [True]
    assert repo.settings.activity_types[-1] == ActivityType("demos", "Demos", "", False)

    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("l", "1")
        assert app.screen.query_one("#field-type", Select).value == "demos"
        await pilot.press("escape")
    assert [a.type for a in repo.load_week(repo.week()).activities] == ["demos"]


@pytest.mark.parametrize("language, separator", [("en", ", "), ("zh", "、")])
async def test_the_outcome_examples_are_a_list_in_the_ui_language(repo, clock, language, separator):
    seed_week(repo)
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        placeholder = app.screen.query_one("#field-outcome", Input).placeholder
    before, after = ("e.g. ", ", or your own words") if language == "en" else ("例如：", "，或自己填写")
    assert placeholder.startswith(before) and placeholder.endswith(after)
    examples = placeholder[len(before):-len(after)]
    assert examples.count(separator) == 2  # three examples, joined as the language joins a list
    if language == "zh":
        assert "," not in placeholder and examples.startswith("未接通、")
