"""A form's problem is seen: the field with its error line is inside the screen (and its dialog), focused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal


from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.i18n import set_language
from weekplanner.tui.screens.settings import SettingsScreen
from weekplanner.tui.screens.target_form import TargetForm
from weekplanner.tui.widgets.field import Field

from forms_support import FormHarness, clear_and_type
from matrix import EVERY_LANGUAGE_AT_EVERY_SIZE

THIS_WEEK = Week.containing(date(2026, 11, 25))


def visible_region(app, widget):
    """What of the screen ``widget`` can be seen through: the screen cut by every container it sits in."""
    visible = app.screen.region
    for container in widget.ancestors:
        if container is app.screen or not hasattr(container, "region"):
            break
        visible = visible.intersection(container.region)
    return visible


def assert_in_view(app, field: Field) -> None:
    """The field's error line is drawn on the screen, inside every container it sits in, and it has focus."""
    error = field.query_one(".field--message")
    assert field.error and error.region.height >= 1, field.error
    visible = visible_region(app, error)
    assert visible.contains_region(error.region), (error.region, visible)
    assert visible.contains_region(field.input.region)
    assert app.screen.focused is field.input


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_the_target_forms_reason_error_scrolls_into_view(repo, clock, size, language):
    repo.save_record(WeekRecord(THIS_WEEK.label, target=Target(Metric.REVENUE, Decimal(400_000))), "seed")
    set_language(language)
    app = FormHarness(repo, lambda: TargetForm(THIS_WEEK), clock=clock)
    async with app.run_test(size=size) as pilot:
        await clear_and_type(pilot, "500000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_in_view(app, app.screen.query_one("#reason", Field))
    assert repo.record(THIS_WEEK.label).target.value == Decimal(400_000)


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_a_settings_error_far_down_scrolls_into_view(repo, clock, size, language):
    set_language(language)
    app = FormHarness(repo, SettingsScreen, clock=clock)
    async with app.run_test(size=size) as pilot:
        from weekplanner.domain.settings import ROBOT_PLATFORMS

        last = app.screen.query_one(f"#robot-{ROBOT_PLATFORMS[-1]}-webhook", Field)
        last.focus()
        await clear_and_type(pilot, "not-a-webhook")
        app.screen.query_one("#currency", Field).focus()  # the rep is at the top of the form again
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_in_view(app, last)
    assert not repo.has_settings()


def assert_line_in_view(app, line, focused) -> None:
    """An error line (not a Field) is drawn inside the screen and every container, and ``focused`` has focus."""
    assert line.display and str(line.content) and line.region.height >= 1
    visible = visible_region(app, line)
    assert visible.contains_region(line.region), (line.region, visible)
    assert app.screen.focused is focused


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_a_log_form_error_is_in_view_and_its_field_focused(repo, clock, size, language):
    from textual.widgets import Input

    from weekplanner.tui.app import WeekPlannerApp
    from weekplanner.tui.screens.log_form import LogForm

    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LogForm)
        count = app.screen.query_one("#field-count", Input)
        count.value = "-3"
        app.screen.query_one("#field-type").focus()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_line_in_view(app, app.screen.query_one("#error-count"), count)


@EVERY_LANGUAGE_AT_EVERY_SIZE
async def test_the_reviews_problem_is_in_view_when_saved_from_the_bottom(repo, clock, size, language):
    from textual.widgets import Input, TextArea

    from review_helpers import ScreenHarness
    from weekplanner.tui.screens.review import ReviewScreen

    set_language(language)
    app = ScreenHarness(repo, clock, lambda: ReviewScreen(THIS_WEEK))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        tags = app.screen.query_one("#tags", Input)
        tags.focus()  # at the bottom of the form, far below the error line at its top
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_line_in_view(app, app.screen.query_one("#review-error"), app.screen.query_one("#went-well", TextArea))
        app.screen.query_one("#went-well", TextArea).insert("Closed the Wang deal")
        app.screen.query_one("#rating", Input).value = "7"
        tags.focus()
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_line_in_view(app, app.screen.query_one("#rating-error"), app.screen.query_one("#rating", Input))
    assert repo.record(THIS_WEEK.label).review is None
