"""The quota form, driven by keyboard only; results asserted on the storage."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.tui.screens.quota_form import QuotaCell, QuotaForm

from forms_support import FormHarness, type_text

THIS_WEEK = Week.from_label("2026-W48")  # the fixed clock's Wednesday is inside it
NEXT_WEEK = Week.from_label("2026-W49")
MON_FRI = [0, 1, 2, 3, 4]


def quotas(repo, week: Week, activity_type: str) -> list[int]:
    plan = repo.record(week.label).plan
    return [plan.quota(day, activity_type) for day in MON_FRI]


def open_form(repo, clock, week: Week = NEXT_WEEK) -> FormHarness:
    return FormHarness(repo, lambda: QuotaForm(week), clock=clock)


async def test_weekly_total_split_with_remainder_to_the_earliest_days(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.focused.id == "total-0"  # calls, week total
        await type_text(pilot, "12")
        await pilot.press("enter")
        assert [app.screen.query_one(f"#cell-0-{c}", QuotaCell).value for c in range(5)] == ["3", "3", "2", "2", "2"]
        await pilot.press("down")  # visits' total
        await type_text(pilot, "7")
        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "call") == [3, 3, 2, 2, 2]
    assert quotas(repo, NEXT_WEEK, "visit") == [2, 2, 1, 1, 1]
    assert quotas(repo, NEXT_WEEK, "email") == [0, 0, 0, 0, 0]
    assert app.results == [True]


async def test_per_day_cells_by_arrows_and_the_total_follows(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("left", "left", "left")  # total → Fri → Thu → Wed of calls
        assert app.focused.id == "cell-0-2"
        await type_text(pilot, "9")
        await pilot.press("down")
        assert app.focused.id == "cell-1-2"
        await type_text(pilot, "4")
        assert app.screen.query_one("#total-0", QuotaCell).value == "9"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "call") == [0, 0, 9, 0, 0]
    assert quotas(repo, NEXT_WEEK, "visit") == [0, 0, 4, 0, 0]


async def test_out_of_range_cell_shows_the_problem_and_keeps_the_text(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("left")  # Friday's calls
        await type_text(pilot, "5000")
        await pilot.press("ctrl+s")
        await pilot.pause()
        cell = app.screen.query_one("#cell-0-4", QuotaCell)
        error = str(app.screen.query_one("#grid-error").render())
        assert error.startswith("Calls, Fri: 5000 is out of range. Use a whole number from 0 to 1,000.")
        assert cell.value == "5000"
        assert cell.has_class("-invalid")
        assert isinstance(app.screen, QuotaForm)
        await pilot.press("escape")
    assert repo.record(NEXT_WEEK.label).plan.is_empty()


async def test_derive_from_target_with_default_ratios(repo, clock):
    repo.save_record(WeekRecord(NEXT_WEEK.label, target=Target(Metric.REVENUE, Decimal(500_000))), "seed")
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        steps = str(app.screen.query_one("#derive-steps").render())
        assert "¥500,000 ÷ ¥50,000 avg deal = 10 deals ÷ 25% visit→deal = 40 visits = 8/day" in steps
        assert "4 calls per visit = 32 calls/day" in steps
        assert app.screen.query_one("#total-1", QuotaCell).value == "40"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "visit") == [8] * 5
    assert quotas(repo, NEXT_WEEK, "call") == [32] * 5
    assert quotas(repo, NEXT_WEEK, "email") == [40] * 5


async def test_derive_with_an_edited_ratio(repo, clock):
    repo.save_record(WeekRecord(NEXT_WEEK.label, target=Target(Metric.REVENUE, Decimal(500_000))), "seed")
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        app.screen.query_one("#ratio-avg_deal").focus()
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "10万")
        await pilot.press("enter")
        steps = str(app.screen.query_one("#derive-steps").render())
        assert "¥500,000 ÷ ¥100,000 avg deal = 5 deals ÷ 25% visit→deal = 20 visits = 4/day" in steps
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "visit") == [4] * 5
    assert quotas(repo, NEXT_WEEK, "call") == [16] * 5


async def test_derive_without_target_explains(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        assert not app.screen.query_one("#derive").display
        assert any("Set the week's target first" in str(n.message) for n in app._notifications)
        await pilot.press("escape")


async def test_copy_last_week(repo, clock):
    last = WeekPlan({d: {"call": 10, "visit": 3} for d in MON_FRI} | {5: {"call": 4}})
    repo.save_record(WeekRecord(THIS_WEEK.label, plan=last), "seed")
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+l")
        await pilot.press("ctrl+s")
        await pilot.pause()
    plan = repo.record(NEXT_WEEK.label).plan
    assert plan.as_dict() == {d: {"call": 10, "visit": 3} for d in MON_FRI}  # Saturday is no workday


async def test_defaults_fill_every_workday(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+o", "ctrl+s")
        await pilot.pause()
    assert repo.record(NEXT_WEEK.label).plan.as_dict() == {d: {"call": 10, "visit": 3, "email": 20} for d in MON_FRI}


async def test_editing_a_started_week_records_an_adjustment(repo, clock):
    before = WeekPlan({d: {"call": 10} for d in MON_FRI})
    repo.save_record(WeekRecord(THIS_WEEK.label, plan=before), "seed")
    app = open_form(repo, clock, THIS_WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.screen.query_one("#reason").display
        await type_text(pilot, "60")
        await pilot.press("enter")
        app.screen.query_one("#reason").focus()
        await type_text(pilot, "big push before month end")
        await pilot.press("ctrl+s")
        await pilot.pause()
    record = repo.record(THIS_WEEK.label)
    # Wednesday: Monday and Tuesday keep their 10 each; the other 40 go to today and the days left.
    assert quotas(repo, THIS_WEEK, "call") == [10, 10, 14, 13, 13]
    assert len(record.adjustments) == 1
    adjustment = record.adjustments[0]
    assert adjustment.kind == "edit"
    assert adjustment.reason == "big push before month end"
    assert adjustment.before.as_dict() == before.as_dict()
    assert adjustment.at == datetime(2026, 11, 25, 14, 0)
    assert record.original_plan.as_dict() == before.as_dict()


async def test_unchanged_plan_saves_nothing(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [False]


async def test_a_weekly_total_typed_mid_week_goes_to_today_and_the_days_left(repo, clock):
    app = open_form(repo, clock, THIS_WEEK)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "under way" in str(app.screen.query_one("#quota-help").render())
        await type_text(pilot, "45")
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
    assert quotas(repo, THIS_WEEK, "call") == [0, 0, 15, 15, 15]


async def test_a_typed_weekly_total_is_spread_when_saving_without_enter(repo, clock):
    repo.save_record(WeekRecord(NEXT_WEEK.label, plan=WeekPlan({d: {"call": 10} for d in MON_FRI})), "seed")
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.focused.id == "total-0"
        await type_text(pilot, "60")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "call") == [12] * 5
    assert app.results == [True]


async def test_every_typed_total_is_spread_when_saving(repo, clock):
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "12")
        await pilot.press("down")
        await type_text(pilot, "7")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "call") == [3, 3, 2, 2, 2]
    assert quotas(repo, NEXT_WEEK, "visit") == [2, 2, 1, 1, 1]


async def test_a_total_below_the_days_already_past_is_refused_with_the_reason(repo, clock):
    before = WeekPlan({d: {"call": 10} for d in MON_FRI})
    repo.save_record(WeekRecord(THIS_WEEK.label, plan=before), "seed")
    app = open_form(repo, clock, THIS_WEEK)  # Wednesday: Monday and Tuesday keep their 10 each
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "15")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuotaForm)
        error = str(app.screen.query_one("#grid-error").render())
        assert error == "Calls, Total: 15 is less than the 20 planned on days already past; type 20 or more."
        assert app.screen.query_one("#total-0", QuotaCell).value == "15"
    assert repo.record(THIS_WEEK.label).plan.as_dict() == before.as_dict()


async def test_an_edited_ratio_is_used_when_saving_without_enter(repo, clock):
    repo.save_record(WeekRecord(NEXT_WEEK.label, target=Target(Metric.REVENUE, Decimal(500_000))), "seed")
    app = open_form(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+r")
        app.screen.query_one("#ratio-avg_deal").focus()
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "10万")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert quotas(repo, NEXT_WEEK, "visit") == [4] * 5
    assert quotas(repo, NEXT_WEEK, "call") == [16] * 5


async def test_with_every_type_hidden_the_form_still_has_the_focus(repo, clock):
    """Nothing to type into: the form's scroll area takes the focus, so its keys still scroll it."""
    types = tuple(t._replace(hidden=True) for t in repo.settings.activity_types)
    repo.save_settings(repo.settings.with_changes(activity_types=types))
    app = open_form(repo, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuotaForm) and app.focused is not None
