"""The sample history never shows activities later than the moment it was made."""

from datetime import datetime

import pytest

from weekplanner.demo import build_demo
from weekplanner.storage.repository import Repository


@pytest.mark.parametrize("now", [datetime(2026, 11, 25, 7, 0), datetime(2026, 11, 25, 11, 54),
                                 datetime(2026, 11, 23, 9, 30)])
def test_todays_sample_activities_lie_before_now(tmp_path, now):
    build_demo(tmp_path / "demo", weeks=3, today=now)
    with Repository(tmp_path / "demo", read_only=True) as repo:
        activities = repo.activities_between(repo.week(now.date()).start, now.date())
    assert activities, "the current week has sample activities"
    assert max(a.at for a in activities) <= now
