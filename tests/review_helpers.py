"""Seed data and harness apps for the review and history screen tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import Week
from weekplanner.storage.repository import Repository, make_activity
from weekplanner.tui import app as app_module
from weekplanner.tui.app import WeekPlannerApp

#: 2026-W48, the fixed clock's week; W47 is "last week".
THIS_WEEK = Week.from_label("2026-W48")
LAST_WEEK = Week.from_label("2026-W47")


def seed_week(
    repo: Repository,
    week: Week,
    *,
    target: int = 100_000,
    calls_per_day: tuple[int, ...] = (10, 12, 8, 10, 6),
    amount: int = 15_000,
    review: Review | None = None,
) -> None:
    """A week with a revenue target, 10 calls and 3 visits a day planned, calls logged, one deal."""
    record = WeekRecord(
        week.label,
        target=Target(Metric.REVENUE, Decimal(target)),
        plan=uniform_plan({"call": 10, "visit": 3}, range(5)),
        review=review,
    )
    repo.save_record(record, "seed")
    for offset, calls in enumerate(calls_per_day):
        day = week.start + timedelta(days=offset)
        if calls:
            repo.add_activity(make_activity("call", datetime.combine(day, datetime.min.time()).replace(hour=10),
                                            count=calls))
    deal_day = datetime.combine(week.start + timedelta(days=1), datetime.min.time()).replace(hour=15)
    repo.add_activity(make_activity("visit", deal_day, outcome="deal_won", amount=Decimal(amount)))


class ScreenHarness(WeekPlannerApp):
    """The app with one given screen on top instead of the week screen."""

    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def __init__(self, repo: Repository, clock, make_screen) -> None:
        super().__init__(repo, clock=clock)
        self._make_screen = make_screen

    def on_mount(self, event) -> None:
        event.prevent_default()  # Textual would run the base class's on_mount too
        self.prepare_look_and_language()
        self.push_screen(self._make_screen())


async def until(pilot, condition, timeout: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (a draft written, a screen shown), or fail."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app never reached the expected state"
        await pilot.pause(0.05)
