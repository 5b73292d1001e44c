"""Monday: a new week opens planned, with no key pressed, in both languages and at both sizes."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import Select

from weekplanner.domain.clock import FixedClock
from weekplanner.domain.plan import Adjustment, uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.week import Week
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.quota_form import QuotaForm
from weekplanner.tui.screens.settings import SettingsScreen

from forms_support import FormHarness
from week_support import board_text, week_screen
from matrix import EACH_LANGUAGE_AND_SIZE_ONCE

MONDAY = datetime(2026, 12, 7, 9, 30)  # 2026-W50
SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
LANGUAGES = pytest.mark.parametrize("language", ["en", "zh"])


@pytest.fixture
def monday_repo(data_dir):
    from weekplanner.storage.repository import Repository

    with Repository(data_dir, clock=FixedClock(MONDAY)) as repository:
        yield repository


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_a_new_week_opens_with_the_default_quotas(monday_repo, size, language):
    set_language(language)
    app = WeekPlannerApp(monday_repo, clock=monday_repo.clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = board_text(week_screen(app))
        assert "Press p" not in text and "按 p" not in text
        assert "0/10" in text and "0/20" in text
        await pilot.press("c")
        await pilot.pause()
        assert "1/10" in board_text(week_screen(app))  # a tick counts against the quota, never 1/0
    assert monday_repo.record("2026-W50").plan.quota(4, "call") == 10  # stored with the first tick


@SIZES
async def test_escaping_the_wizard_leaves_the_first_week_planned(monday_repo, size):
    app = WeekPlannerApp(monday_repo, clock=monday_repo.clock, first_run=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "0/3" in board_text(week_screen(app))
        await pilot.press("v")
        await pilot.pause()
    assert monday_repo.record("2026-W50").plan.as_dict() == {d: {"call": 10, "visit": 3, "email": 20} for d in range(5)}


@SIZES
async def test_ctrl_l_copies_last_weeks_original_plan(monday_repo, size):
    original = uniform_plan({"call": 8}, range(5))
    rebalanced = original.with_quota(4, "call", 12)
    monday_repo.save_record(WeekRecord("2026-W49", plan=rebalanced, adjustments=(
        Adjustment(datetime(2026, 12, 3, 10), "", original, rebalanced),)), "seed")
    app = FormHarness(monday_repo, lambda: QuotaForm(Week.from_label("2026-W50")), clock=monday_repo.clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+l", "ctrl+s")
        await pilot.pause()
    assert monday_repo.record("2026-W50").plan.as_dict() == {d: {"call": 8} for d in range(5)}


@LANGUAGES
async def test_the_setting_plans_new_weeks_from_last_weeks_original_plan(monday_repo, language):
    set_language(language)
    monday_repo.save_record(WeekRecord("2026-W49", plan=uniform_plan({"visit": 4}, range(5))), "seed")
    app = FormHarness(monday_repo, SettingsScreen, clock=monday_repo.clock)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#new-week-plan", Select).value = "last_week"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert monday_repo.settings.new_week_plan == "last_week"
    assert monday_repo.record("2026-W50").plan.as_dict() == {d: {"visit": 4} for d in range(5)}
