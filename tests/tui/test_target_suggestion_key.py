"""The empty target panel offers a target; T accepts it, in both languages and at both sizes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp

from matrix import EACH_LANGUAGE_AND_SIZE_ONCE, LARGE, SMALL
from review_helpers import until
from week_support import board_text, week_screen


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("language, offer, size", [("en", "T accepts 10 new clients (last week's target)", SMALL),
                                                   ("zh", "按 T 采用 10 new clients（上周的目标）", LARGE)],
                         ids=["en-80x24", "zh-120x40"])  # behaviour: each language and size once
async def test_t_accepts_last_weeks_target(repo, clock, size, language, offer):
    set_language(language)
    last = repo.week().previous().label
    repo.save_record(WeekRecord(last, target=Target(Metric.COUNT, Decimal(10), unit="new clients")), "seed")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        # The offer is worked out off the screen's thread: wait for it, however busy the machine.
        await until(pilot, lambda: offer in " ".join(board_text(week_screen(app)).split()), timeout=30)
        await pilot.press("T")
        await until(pilot, lambda: "T accepts" not in board_text(week_screen(app)), timeout=30)
    assert repo.record(repo.week().label).target == Target(Metric.COUNT, Decimal(10), unit="new clients")


async def test_t_without_anything_to_suggest_says_so(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert "No target to suggest yet" in " ".join(str(n.message) for n in app._notifications)
    assert repo.record(repo.week().label).target is None


@EACH_LANGUAGE_AND_SIZE_ONCE
async def test_ctrl_g_in_the_target_form_without_a_goal_uses_last_weeks_target(repo, clock, size, language):
    from forms_support import FormHarness
    from weekplanner.domain.week import Week
    from weekplanner.tui.screens.target_form import TargetForm
    from weekplanner.tui.widgets.field import Field

    set_language(language)
    this_week, next_week = Week.from_label("2026-W48"), Week.from_label("2026-W49")
    repo.save_record(WeekRecord(this_week.label, target=Target(Metric.COUNT, Decimal(8), unit="deals")), "seed")
    app = FormHarness(repo, lambda: TargetForm(next_week), clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+g")
        assert app.screen.query_one("#value", Field).text == "8"
        assert app.screen.query_one("#unit", Field).text == "deals"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.record(next_week.label).target == Target(Metric.COUNT, Decimal(8), unit="deals")
