"""Hypothesis: any Unicode text and any Decimal amount comes back from disk exactly."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from weekplanner.domain.activity import Activity
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.target import Metric, Target
from weekplanner.storage.repository import Repository

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(client=text, note=text, outcome=text, amount=amounts)
def test_activity_text_and_amount_round_trip(repo, client, note, outcome, amount):
    activity = Activity(id=f"{abs(hash((client, note, outcome))):x}", type="call", at=datetime(2026, 11, 25, 10),
                        client=client, note=note, outcome=outcome, amount=amount)
    repo.add_activity(activity)
    loaded = {a.id: a for a in repo.load_week(repo.week()).activities}
    assert loaded[activity.id] == activity
    assert str(loaded[activity.id].amount) == str(amount)


@FAST
@given(well=text, badly=text, why=text, items=st.lists(text, max_size=3), tags=st.lists(text, max_size=3),
       description=text, value=amounts)
def test_record_text_round_trips(repo, well, badly, why, items, tags, description, value):
    review = Review(went_well=well, went_badly=badly, why=why, improvements=tuple(items), tags=tuple(tags), rating=3)
    target = Target(Metric.REVENUE, value, description=description)
    record = WeekRecord("2026-W48", target=target, review=review, planned=True)  # planned: read as saved
    repo.save_record(record, "review")
    assert repo.record("2026-W48") == record


@FAST
@given(name=text)
def test_settings_text_round_trips(data_dir, clock, name):
    with Repository(data_dir, clock=clock) as repo:
        repo.save_settings(repo.settings.with_changes(rep_name=name))
    with Repository(data_dir, read_only=True, clock=clock) as repo:
        assert repo.settings.rep_name == name
