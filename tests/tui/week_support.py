"""Pilot helpers for the week screen and tick-off tests: seeded weeks and screen access."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.target import Metric, Target
from weekplanner.storage.repository import make_activity
from weekplanner.tui.app import WeekPlannerApp

PLAN = {"call": 10, "visit": 3, "email": 20}


def seed_week(repo, *, target: Decimal | None = Decimal(500000), calls: dict[int, int] | None = None,
              review_last_week: bool = True) -> WeekRecord:
    """This week (2026-W48 under the fixed clock) with a revenue target, a uniform plan and some calls.

    ``calls`` maps a weekday (Monday = 0) to how many calls were logged that day.
    Last week gets a review so the "write your review" reminder stays quiet.
    """
    week = repo.week()
    record = WeekRecord(
        week.label,
        target=Target(Metric.REVENUE, target, description="Close Q4 renewals") if target else None,
        plan=uniform_plan(PLAN, range(5)),
    )
    repo.save_record(record, "seed")
    if review_last_week:
        repo.save_record(
            WeekRecord(week.previous().label,
                       review=Review(went_well="Good calls", improvements=("Call before 10am", "Book visits early"))),
            "seed",
        )
    for weekday, n in (calls or {}).items():
        day = week.days[weekday]
        for i in range(n):
            repo.add_activity(make_activity("call", datetime.combine(day, time(10, i))), "seed")
    return record


def week_screen(app: WeekPlannerApp):
    from weekplanner.tui.screens.week import WeekScreen

    screen = app.screen
    assert isinstance(screen, WeekScreen), screen
    return screen


def calls_on(repo, day: date) -> int:
    week = repo.week(day)
    return sum(a.count for a in repo.load_week(week).activities if a.type == "call" and a.day == day)


def board_text(screen) -> str:
    """The week board's lines as drawn at its current size."""
    from weekplanner.tui.widgets.week_board import WeekBoard

    board = screen.query_one(WeekBoard)
    return "\n".join(strip.text for strip in board.render_lines(board.region.reset_offset))


def seed_four_type_week(repo, unit: str = "new clients") -> None:
    """This week with a fourth, custom type of a long bilingual name, a count target and some ticks."""
    from weekplanner.domain.activity import BUILTIN_TYPES, ActivityType

    repo.save_settings(repo.settings.with_changes(
        activity_types=(*BUILTIN_TYPES, ActivityType("wechat", "WeChat 微信跟进", "w")),
        default_quotas={**PLAN, "wechat": 8},
    ))
    week = repo.week()
    repo.save_record(WeekRecord(
        week.label, target=Target(Metric.COUNT, Decimal(10), unit=unit),
        plan=uniform_plan({**PLAN, "wechat": 8}, range(5)), planned=True,
    ), "seed")
    for weekday, kind, n in ((0, "call", 10), (0, "wechat", 8), (1, "visit", 3), (2, "wechat", 2)):
        for i in range(n):
            repo.add_activity(make_activity(kind, datetime.combine(week.days[weekday], time(10, i))), "seed")
    repo.add_activity(make_activity("visit", datetime.combine(week.days[1], time(15)), client="ACME",
                                    outcome="new_client", amount=Decimal(1)), "seed")
