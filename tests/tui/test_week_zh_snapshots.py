"""The week screen in Chinese at 80×24 and 120×40: CJK double-width text must line up in grid and bars."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from weekplanner.i18n import set_language
from weekplanner.storage.repository import make_activity
from weekplanner.tui.app import WeekPlannerApp

from week_support import seed_four_type_week, seed_week


def busy_week(repo):
    seed_week(repo, calls={0: 10, 1: 6})
    repo.add_activity(make_activity("visit", datetime(2026, 11, 24, 15, 0), client="华东贸易",
                                    outcome="deal_won", amount=Decimal(120000)))
    for minute, kind in ((5, "call"), (20, "email"), (41, "call")):
        repo.add_activity(make_activity(kind, datetime(2026, 11, 25, 13, minute), client="上海星辰科技"))


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_week_screen_in_chinese_snapshot(snap_compare, repo, clock, size):
    busy_week(repo)
    set_language("zh")
    assert snap_compare(WeekPlannerApp(repo, clock=clock), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_four_type_week_snapshot_in_chinese(snap_compare, repo, clock, size):
    """Calls, visits, emails and a custom type of a long name, with the count target's daily share."""
    seed_four_type_week(repo, unit="个新客户")
    set_language("zh")
    assert snap_compare(WeekPlannerApp(repo, clock=clock), terminal_size=size, run_before=settle)
