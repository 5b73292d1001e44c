"""The classic example: 10 new clients a week = 2 a day, typed in one field and shown beside the quotas."""

from __future__ import annotations

from decimal import Decimal

import pytest

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.quota_form import QuotaForm
from weekplanner.tui.screens.target_form import TargetForm
from weekplanner.tui.screens.welcome import WelcomeScreen

from forms_support import FormHarness, type_text
from matrix import LARGE, SMALL
from week_support import board_text, seed_week, week_screen

NEXT_WEEK = Week.from_label("2026-W49")
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
TYPED = pytest.mark.parametrize("language, typed, unit", [("en", "10 new clients", "new clients"),
                                                          ("zh", "10个新客户", "个新客户")])
#: Behaviour: each language once, each size once (tests/tui/matrix.py).
TYPED_ONCE = pytest.mark.parametrize("language, typed, unit, size", [
    ("en", "10 new clients", "new clients", SMALL), ("zh", "10个新客户", "个新客户", LARGE)], ids=["en-80x24", "zh-120x40"])


@TYPED_ONCE
async def test_the_target_form_understands_a_count_with_its_unit(repo, clock, size, language, typed, unit):
    set_language(language)
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, typed)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [True]
    assert repo.record(NEXT_WEEK.label).target == Target(Metric.COUNT, Decimal(10), unit=unit)


@TYPED_ONCE
async def test_the_wizard_sets_a_count_target(repo, clock, size, language, typed, unit):
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WelcomeScreen)
        await screen._show(4)  # the target step
        await pilot.pause()
        await type_text(pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    target = repo.record(repo.week().label).target
    assert target == Target(Metric.COUNT, Decimal(10), unit=unit)


@SIZES
@pytest.mark.parametrize("language, unit, share", [("en", "new clients", "Target: 2 new clients a day"),
                                                   ("zh", "个新客户", "目标：每天 2 个新客户")])
async def test_the_week_screen_shows_the_daily_share_beside_the_quotas(repo, clock, size, language, unit, share):
    seed_week(repo, target=None)
    record = repo.record(repo.week().label)
    repo.save_record(record.with_changes(target=Target(Metric.COUNT, Decimal(10), unit=unit)), "seed")
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert share in " ".join(board_text(week_screen(app)).split(" "))


@pytest.mark.parametrize("language, share", [("en", "Target: 2 new clients a day"), ("zh", "目标：每天 2 new clients")])
async def test_the_plan_form_shows_the_daily_share(repo, clock, language, share):
    repo.save_record(WeekRecord(NEXT_WEEK.label, target=Target(Metric.COUNT, Decimal(10), unit="new clients")), "seed")
    set_language(language)
    app = FormHarness(repo, lambda: QuotaForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#quota-target-share").render()) == share
