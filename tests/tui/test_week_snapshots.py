"""Snapshots of the week screen with a fixed "today" (Wednesday 2026-11-25 14:00), wide and at 80×24."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from weekplanner.storage.repository import make_activity
from weekplanner.tui.app import WeekPlannerApp

from week_support import seed_four_type_week, seed_week


def busy_week(repo):
    """Monday met, Tuesday short, a won deal, and three ticks today."""
    seed_week(repo, calls={0: 10, 1: 6})
    repo.add_activity(make_activity("visit", datetime(2026, 11, 24, 15, 0), client="ACME Trading",
                                    outcome="deal_won", amount=Decimal(120000)))
    for minute, kind in ((5, "call"), (20, "email"), (41, "call")):
        repo.add_activity(make_activity(kind, datetime(2026, 11, 25, 13, minute)))


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_week_screen_snapshot(snap_compare, repo, clock, size):
    busy_week(repo)
    assert snap_compare(WeekPlannerApp(repo, clock=clock), terminal_size=size, run_before=settle)


def test_empty_week_snapshot(snap_compare, repo, clock):
    assert snap_compare(WeekPlannerApp(repo, clock=clock), terminal_size=(80, 24), run_before=settle)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_four_type_week_snapshot(snap_compare, repo, clock, size):
    """Calls, visits, emails and a custom type of a long name, with the count target's daily share."""
    seed_four_type_week(repo)
    assert snap_compare(WeekPlannerApp(repo, clock=clock), terminal_size=size, run_before=settle)
