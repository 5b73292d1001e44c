"""First run: the walk-through saves settings, target and plan; every step can be skipped."""

from __future__ import annotations

from decimal import Decimal

from weekplanner.domain.week import SUNDAY
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.welcome import WelcomeScreen
from weekplanner.tui.widgets.field import Field


async def type_into(pilot, app, field_id: str, text: str) -> None:
    """Type like a rep: into whatever has focus, after clearing it (the step focuses its first field)."""
    field = app.screen.query_one(f"#{field_id}", Field)
    if not field.input.has_focus:
        field.input.focus()
    await pilot.pause()
    field.input.value = ""
    await pilot.press(*["space" if ch == " " else ch for ch in text])
    await pilot.pause()


async def test_walk_through_saves_settings_target_and_plan(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press(*"Li")                    # the name field has the cursor from the start
        await pilot.pause()
        assert app.screen.query_one("#field-name", Field).text == "Li"
        assert "weekplanner demo" in " ".join(str(s.render()) for s in app.screen.query("Static"))
        await type_into(pilot, app, "field-name", "Li Wei")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#field-currency", Field).input.has_focus
        await type_into(pilot, app, "field-currency", "usd")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")          # week starts on Sunday
        await pilot.pause()
        await pilot.press("enter")                  # workdays: keep Monday–Friday
        await pilot.pause()
        await type_into(pilot, app, "field-target", "50k")
        await pilot.press("enter")
        await pilot.pause()
        await type_into(pilot, app, "field-call", "12")
        await type_into(pilot, app, "field-email", "15")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")                  # the summary: start
        await pilot.pause()
        assert type(app.screen).__name__ == "WeekScreen"
    settings = repo.settings
    assert (settings.rep_name, settings.currency, settings.week_start) == ("Li Wei", "USD", SUNDAY)
    assert settings.workdays == frozenset({0, 1, 2, 3, 4})
    assert settings.default_quotas == {"call": 12, "visit": 3, "email": 15}
    assert settings.onboarded is True
    record = repo.load_week(repo.week(clock.today())).record
    assert record.target.value == Decimal(50000) and record.target.currency == "USD"
    # Set up on a Wednesday: quotas start today, earlier days were never planned.
    assert record.plan.quota(2, "call") == 12 and record.plan.quota(4, "email") == 15
    assert record.plan.quota(0, "call") == 0 and record.plan.quota(5, "call") == 0


async def test_invalid_answer_is_shown_and_kept(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await type_into(pilot, app, "field-currency", "dollars")
        await pilot.press("enter")
        await pilot.pause()
        field = app.screen.query_one("#field-currency", Field)
        assert "three-letter" in field.error
        assert field.text == "dollars"
        assert app.screen.step == 1


async def test_skip_all_saves_onboarded_and_shows_the_week(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "WeekScreen"
    assert repo.has_settings() and repo.settings.onboarded is True
    assert repo.load_week(repo.week(clock.today())).record.target is None


async def test_every_step_can_be_skipped(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _step in range(7):
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert type(app.screen).__name__ == "WeekScreen"
    assert repo.settings.onboarded is True and repo.settings.currency == "CNY"


async def test_language_switch_keeps_answers(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_into(pilot, app, "field-name", "王芳")
        await pilot.press("f2")
        await pilot.pause()
        texts = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "欢迎使用 weekplanner" in texts
        assert app.screen.query_one("#field-name", Field).text == "王芳"


async def test_no_welcome_once_settings_exist(repo, clock):
    repo.save_settings(repo.settings)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "WeekScreen"


async def test_going_back_keeps_what_was_typed_on_the_step(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await type_into(pilot, app, "field-currency", "usd")
        await pilot.press("ctrl+b")                 # back to the name, without Enter
        await pilot.pause()
        assert app.screen.step == 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#field-currency", Field).text == "USD"


async def test_skip_all_keeps_the_answer_typed_on_the_step(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, first_run=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_into(pilot, app, "field-name", "Li Wei")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "WeekScreen"
    assert repo.settings.rep_name == "Li Wei"
