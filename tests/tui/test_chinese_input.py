"""What a Chinese rep types, typed into the screens: dates to go to, numerals, the yuan in every spelling."""

from __future__ import annotations

from decimal import Decimal

import pytest

from weekplanner.domain.week import Week
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.target_form import TargetForm
from weekplanner.tui.widgets.field import Field

from forms_support import FormHarness, clear_and_type, type_text
from week_support import seed_week, week_screen

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])


# The date words themselves (年月日, 下周, 上周一, 12-7 …) are tested in tests/domain/test_parsing.py; here the
# go-to-week form reads Chinese typed into it: a date and a relative week, one at each size.
@pytest.mark.parametrize("typed, label, size", [("2026年12月7日", "2026-W50", (80, 24)), ("上周一", "2026-W47", (120, 40))],
                         ids=["date-80x24", "relative-120x40"])
async def test_go_to_week_with_a_chinese_date(repo, clock, size, typed, label):
    seed_week(repo)
    set_language("zh")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await type_text(pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
        assert week_screen(app).week.label == label


@SIZES
async def test_a_target_in_chinese_numerals_and_yuan(repo, clock, size):
    set_language("zh")
    week = Week.from_label("2026-W49")
    app = FormHarness(repo, lambda: TargetForm(week), clock=clock)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "十二万五千")
        app.screen.query_one("#currency", Field).text = "人民币"
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(week.label).target
    assert (target.value, target.currency) == (Decimal(125_000), "CNY")


@pytest.mark.parametrize("language, said, size", [
    ("en", "'ABC' is not an ISO 4217 currency code. Use a three-letter ISO 4217 code", (80, 24)),
    ("zh", "“ABC”不是 ISO 4217 货币代码。 请使用三个字母的 ISO 4217 货币代码", (120, 40)),
], ids=["en-80x24", "zh-120x40"])  # behaviour: each language and size once (tests/tui/matrix.py)
async def test_a_currency_code_that_is_no_currency_is_refused_in_the_target_form(repo, clock, size, language,
                                                                                 said):
    set_language(language)
    week = Week.from_label("2026-W49")
    app = FormHarness(repo, lambda: TargetForm(week), clock=clock)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "500k")
        await pilot.press("tab")
        await clear_and_type(pilot, "ABC")
        await pilot.press("ctrl+s")
        await pilot.pause()
        field = app.screen.query_one("#currency", Field)
        assert said in field.error and field.text == "ABC"  # the error says what is accepted; the text stays
        assert isinstance(app.screen, TargetForm) and app.screen.focused is field.input
        assert repo.record(week.label).target is None
        await clear_and_type(pilot, "jpy")
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(week.label).target
    assert (target.value, target.currency) == (Decimal(500_000), "JPY")
