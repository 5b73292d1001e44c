"""The target form, driven by keyboard only; results asserted on the storage."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from textual.color import Color

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.tui.screens.target_form import TargetForm
from weekplanner.tui.widgets.field import Field

from forms_support import FormHarness, clear_and_type, type_text

THIS_WEEK = Week.from_label("2026-W48")  # the fixed clock's Wednesday is inside it
NEXT_WEEK = Week.from_label("2026-W49")


async def test_new_target_saved_with_50万(repo, clock):
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "50万")
        await pilot.press("tab", "tab")  # currency → description
        await type_text(pilot, "10 deals in the east")
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(NEXT_WEEK.label).target
    assert target == Target(Metric.REVENUE, Decimal(500_000), "CNY", description="10 deals in the east")
    assert app.results == [True]


async def test_invalid_value_shows_error_and_keeps_text(repo, clock):
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "lots")
        await pilot.press("ctrl+s")
        await pilot.pause()
        field = app.screen.query_one("#value", Field)
        assert "'lots' is not an amount" in field.error
        assert field.has_class("-invalid")
        assert field.text == "lots"
        assert isinstance(app.screen, TargetForm)
        # fixing it clears the error and saves
        await clear_and_type(pilot, "¥500,000")
        assert field.error == ""
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.record(NEXT_WEEK.label).target.value == Decimal(500_000)


async def test_escape_cancels_without_saving(repo, clock):
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "500k")
        await pilot.press("escape")
        await pilot.pause()
    assert repo.record(NEXT_WEEK.label).target is None
    assert app.results == [False]


async def test_count_target_by_keyboard(repo, clock):
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("shift+tab")  # back to the metric select
        await pilot.press("enter", "down", "enter")
        await pilot.press("tab")
        await type_text(pilot, "10")
        await pilot.press("ctrl+s")
        await pilot.pause()
        unit = app.screen.query_one("#unit", Field)
        assert "Say what you count" in unit.error
        assert app.screen.focused is unit.input  # the first problem gets the focus
        await type_text(pilot, "new clients")
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(NEXT_WEEK.label).target
    assert (target.metric, target.value, target.unit) == (Metric.COUNT, Decimal(10), "new clients")


async def test_changing_after_the_week_started_needs_a_reason(repo, clock):
    repo.save_record(WeekRecord(THIS_WEEK.label, target=Target(Metric.REVENUE, Decimal(400_000))), "seed")
    app = FormHarness(repo, lambda: TargetForm(THIS_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        reason = app.screen.query_one("#reason", Field)
        assert reason.display
        await clear_and_type(pilot, "500000")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "say why the target changes" in reason.error
        assert app.screen.focused is reason.input
        assert repo.record(THIS_WEEK.label).target.value == Decimal(400_000)
        await type_text(pilot, "big order confirmed")
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(THIS_WEEK.label).target
    assert target.value == Decimal(500_000)
    assert len(target.changes) == 1
    change = target.changes[0]
    assert (change.old, change.new, change.reason) == (Decimal(400_000), Decimal(500_000), "big order confirmed")
    assert change.at == datetime(2026, 11, 25, 14, 0)


async def test_earlier_changes_are_shown(repo, clock):
    target = Target(Metric.REVENUE, Decimal(400_000)).changed_to(
        Decimal(450_000), "client moved the order", datetime(2026, 11, 24, 10, 0)
    )
    repo.save_record(WeekRecord(THIS_WEEK.label, target=target), "seed")
    app = FormHarness(repo, lambda: TargetForm(THIS_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        text = str(app.screen.query_one("#changes").render())
        assert "¥400,000 → ¥450,000 on Tue 24 Nov: client moved the order" in text
        await pilot.press("escape")


async def test_no_reason_needed_before_the_week_starts(repo, clock):
    repo.save_record(WeekRecord(NEXT_WEEK.label, target=Target(Metric.REVENUE, Decimal(400_000))), "seed")
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert not app.screen.query_one("#reason", Field).display
        await clear_and_type(pilot, "600k")
        await pilot.press("ctrl+s")
        await pilot.pause()
    target = repo.record(NEXT_WEEK.label).target
    assert target.value == Decimal(600_000)
    assert target.changes == ()


def seed_history(repo, achieved: dict[str, int]) -> None:
    """Revenue weeks with one won deal each worth ``achieved[label]``."""
    from weekplanner.storage.repository import make_activity

    for label, amount in achieved.items():
        week = Week.from_label(label)
        repo.save_record(WeekRecord(label, target=Target(Metric.REVENUE, Decimal(400_000))), "seed")
        at = datetime.combine(week.start, datetime.min.time()).replace(hour=11)
        repo.add_activity(make_activity("visit", at, outcome="deal_won", amount=Decimal(amount)))


async def test_value_set_against_the_4_week_average(repo, clock):
    seed_history(repo, {"2026-W44": 400_000, "2026-W45": 420_000, "2026-W46": 380_000, "2026-W47": 400_000})
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "472k")
        line = str(app.screen.query_one("#history-line").render())
        assert "4-week average: ¥400,000 · +18% over your 4-week average" in line
        value = app.screen.query_one("#value", Field)
        assert value.warning == ""
        await clear_and_type(pilot, "700k")  # > 1.5 × the best week (¥420,000)
        assert "Far above anything achieved so far (best: ¥420,000 in 2026-W45)" in value.warning
        message = value.query_one(".field--message")
        assert str(message.render()) == value.warning and message.display
        value.error = "a problem"  # the field's one message line: a problem takes it, in the problem's colour
        await pilot.pause()
        assert str(message.render()) == "a problem" and value.has_class("-invalid")
        assert message.styles.color == Color.parse(app.theme_variables["error"])
        value.error = ""  # fixed: the warning is back
        await pilot.pause()
        assert str(message.render()) == value.warning
        assert message.styles.color == Color.parse(app.theme_variables["warning"])
        await pilot.press("ctrl+s")  # a warning, not a block
        await pilot.pause()
    assert repo.record(NEXT_WEEK.label).target.value == Decimal(700_000)


async def test_goal_cascade_suggestion_used_with_ctrl_g(repo, clock):
    repo.save_settings(repo.settings.with_changes(yearly_goal=Decimal(5_000_000)))
    seed_history(repo, {"2026-W10": 4_400_000})
    app = FormHarness(repo, lambda: TargetForm(NEXT_WEEK), clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        line = str(app.screen.query_one("#cascade-line").render())
        # 2026 has 53 weeks; W49 leaves 5 (W49–W53): (5,000,000 − 4,400,000) ÷ 5 = 120,000
        assert "Yearly goal ¥5,000,000 → ¥1,250,000 a quarter → ¥416,666.67 a month" in line
        assert "suggested ¥120,000 this week" in line
        assert "on track for the year" in line  # 88% done, 90.6% of the year gone
        await pilot.press("ctrl+g")
        assert app.screen.query_one("#value", Field).text == "120,000"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.record(NEXT_WEEK.label).target.value == Decimal(120_000)
