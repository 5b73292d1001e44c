"""The settings form, driven by keyboard only; results asserted on the storage."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.week import MONDAY, SUNDAY, Week
from weekplanner.storage.repository import make_activity
from weekplanner.tui.screens.settings import SettingsScreen
from weekplanner.tui.widgets.field import Field

from forms_support import FormHarness, clear_and_type, type_text


def open_settings(repo, clock) -> FormHarness:
    return FormHarness(repo, SettingsScreen, clock=clock)


async def test_name_currency_and_goal_saved(repo, clock):
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_text(pilot, "Li Wei")
        await pilot.press("tab")
        await clear_and_type(pilot, "usd")
        app.screen.query_one("#yearly-goal", Field).focus()
        await type_text(pilot, "500万")
        await pilot.press("ctrl+s")
        await pilot.pause()
    settings = repo.settings
    assert (settings.rep_name, settings.currency, settings.yearly_goal) == ("Li Wei", "USD", Decimal(5_000_000))
    assert app.results == [True]


async def test_invalid_currency_shows_error_and_keeps_text(repo, clock):
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab")
        await clear_and_type(pilot, "yuan")
        await pilot.press("ctrl+s")
        await pilot.pause()
        field = app.screen.query_one("#currency", Field)
        assert "'yuan' is not a currency code" in field.error
        assert field.text == "yuan"
        assert app.screen.focused is field.input
        await pilot.press("escape")
    assert repo.settings.currency == "CNY"
    assert not repo.has_settings()


async def test_hotkey_taken_by_the_week_screen_is_refused(repo, clock):
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+n")
        await type_text(pilot, "Demos")
        await pilot.press("tab")
        await type_text(pilot, "t")  # t opens the target form
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(app.screen.query_one("#types-error").render())
        assert "Demos: 't' is already a key of the week screen" in error
        assert app.screen.focused.has_class("type-hotkey")
        await clear_and_type(pilot, "c")  # calls have it
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "already the hotkey of another activity type" in str(app.screen.query_one("#types-error").render())
        await clear_and_type(pilot, "d")
        await pilot.press("tab")
        await clear_and_type(pilot, "2")
        await pilot.press("ctrl+s")
        await pilot.pause()
    types = {t.key: t for t in repo.settings.activity_types}
    assert types["demos"].name == "Demos" and types["demos"].hotkey == "d"
    assert repo.settings.default_quotas["demos"] == 2
    assert {"call", "visit", "email"} <= set(types)


async def test_rename_and_hide_a_builtin_type(repo, clock):
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#type-2 .type-name").focus()  # emails
        await type_text(pilot, "WeChat")
        await pilot.press("tab", "tab", "tab", "space")  # hotkey, quota → hidden
        await pilot.press("ctrl+s")
        await pilot.pause()
    email = repo.settings.type_named("email")
    assert email.name == "WeChat" and email.hidden and email.hotkey == "e"
    assert [t.key for t in repo.settings.visible_types()] == ["call", "visit"]


async def test_no_workday_is_refused(repo, clock):
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        for day in range(5):
            app.screen.query_one(f"#workday-{day}").focus()
            await pilot.press("space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "at least one workday" in str(app.screen.query_one("#workdays-error").render())
        await pilot.press("escape")
    assert repo.settings.workdays == frozenset({0, 1, 2, 3, 4})


async def test_switching_to_sunday_weeks_keeps_every_activity(repo, clock):
    # One activity on every day of three ISO weeks, and a plan keyed by weekday.
    first = date(2026, 11, 16)
    days = [first + timedelta(days=i) for i in range(21)]
    for day in days:
        repo.add_activity(make_activity("call", datetime.combine(day, datetime.min.time()).replace(hour=10)))
    plan = WeekPlan({d: {"call": 5} for d in range(5)})
    repo.save_record(WeekRecord("2026-W48", plan=plan), "seed")

    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#week-start").focus()
        await pilot.press("enter", "down", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.settings.week_start == SUNDAY

    def found(week_start: int) -> list[str]:
        weeks = {Week.containing(day, week_start) for day in days}
        return sorted(a.id for week in weeks for a in repo.load_week(week).activities)

    everything = sorted(a.id for a in repo.activities_between(days[0], days[-1]))
    assert len(everything) == 21
    assert found(SUNDAY) == everything  # nothing lost, nothing twice
    sunday_week = repo.week(date(2026, 11, 25))
    assert sunday_week.start == date(2026, 11, 22)
    data = repo.load_week(sunday_week)
    assert [a.day for a in data.activities] == [date(2026, 11, 22) + timedelta(days=i) for i in range(7)]
    assert data.record.plan.quota(date(2026, 11, 23), "call") == 5  # the same Monday's quota
    repo.save_settings(repo.settings.with_changes(week_start=MONDAY))
    assert found(MONDAY) == everything


async def test_robots_and_mail_saved_secrets_never_shown(repo, clock):
    from textual.widgets import Input

    from weekplanner.domain.settings import Robot

    secret = "SECabcdefghijklmnopqrstu"
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.query_one("#robot-wecom-webhook", Field).text = "ftp://nowhere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "is not a web address" in screen.query_one("#robot-wecom-webhook", Field).error
        assert app.results == [] and repo.settings.robots == ()  # nothing saved, the text kept
        assert screen.query_one("#robot-wecom-webhook", Field).text == "ftp://nowhere"
        screen.query_one("#robot-wecom-webhook", Field).text = ""
        screen.query_one("#robot-dingtalk-webhook", Field).text = "https://oapi.dingtalk.com/robot/send?access_token=tok1234567890"
        screen.query_one("#robot-dingtalk-secret", Input).value = secret
        screen.query_one("#robot-dingtalk-keyword", Field).text = "周报"
        screen.query_one("#mail-smtp", Field).text = "smtp.exmail.qq.com:465"
        screen.query_one("#mail-to", Field).text = "boss@example.com，team@example.com"
        await pilot.press("ctrl+s")
        await pilot.pause()
    settings = repo.settings
    assert settings.robots == (Robot("dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=tok1234567890",
                                     secret, "周报"),)
    assert settings.mail.smtp == "smtp.exmail.qq.com:465"
    assert settings.mail.to == ("boss@example.com", "team@example.com")
    # Opened again: nothing shows the secret or the token; empty fields keep them, "-" removes the secret.
    app = open_settings(repo, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        field = screen.query_one("#robot-dingtalk-secret", Input)
        assert field.value == "" and secret not in field.placeholder and "SEC***tu" in field.placeholder
        hook = screen.query_one("#robot-dingtalk-webhook", Field)
        assert hook.text == "" and "tok1234567890" not in hook.input.placeholder
        assert "oapi.dingtalk.com ***90" in hook.input.placeholder
        field.value = "-"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.settings.robot("dingtalk").secret == ""
    assert repo.settings.robot("dingtalk").webhook.endswith("tok1234567890")
