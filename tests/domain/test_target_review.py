"""Targets with their change history; reviews and the commitments they carry forward."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from weekplanner.domain.errors import ParseError
from weekplanner.domain.review import Commitment, Review, commitments_from, normalise_tags, validate_for_saving
from weekplanner.domain.target import Metric, Target, TargetChange, percent

AT = datetime(2026, 11, 24, 10)


def test_target_change_history_keeps_old_new_and_reasons():
    target = Target(Metric.REVENUE, Decimal(500000), description="New business from Q4 leads")
    first = target.changed_to(Decimal(400000), "  client postponed  ", AT)
    second = first.changed_to(Decimal(450000), "new lead", datetime(2026, 11, 25, 9))
    assert second.value == Decimal(450000)
    assert second.changes == (
        TargetChange(Decimal(500000), Decimal(400000), "client postponed", AT),
        TargetChange(Decimal(400000), Decimal(450000), "new lead", datetime(2026, 11, 25, 9)),
    )
    assert second.description == "New business from Q4 leads"
    assert target.changes == ()
    assert first.changed_to(Decimal(400000), "no change", AT) is first


def test_target_validation():
    with pytest.raises(ParseError, match="more than zero"):
        Target(Metric.REVENUE, Decimal(0))
    with pytest.raises(ParseError, match="whole number"):
        Target(Metric.COUNT, Decimal("2.5"), unit="deals")
    count = Target(Metric.COUNT, Decimal(10), unit="new clients")
    assert not count.is_revenue and count.metric == "count"
    assert Target(Metric.REVENUE, Decimal(1)).is_revenue


def test_percent():
    assert percent(Decimal(412000), Decimal(500000)) == Decimal("82.4")
    assert percent(Decimal(600000), Decimal(500000)) == Decimal("120.0")
    assert percent(Decimal(5), Decimal(0)) == 0


def test_empty_review_is_refused_and_skipped_is_allowed():
    with pytest.raises(ParseError) as error:
        validate_for_saving(Review(went_well="   ", improvements=("  ", "")))
    assert "skip" in str(error.value)
    skipped = Review(skipped=True)
    assert validate_for_saving(skipped) is skipped
    written = Review(went_badly="客户嫌价格太高")
    assert validate_for_saving(written) is written
    assert validate_for_saving(Review(rating=3)).rating == 3


@pytest.mark.parametrize("rating", [0, 6, -1])
def test_rating_range(rating):
    with pytest.raises(ParseError, match="from 1 to 5"):
        Review(rating=rating)


def test_tags_and_improvements_are_normalised():
    review = Review(
        improvements=(" Call before 10 ", "", "提前确认拜访"),
        tags=("Price  Objection", "price objection", " no-show ", "价格", ""),
    )
    assert review.improvements == ("Call before 10", "提前确认拜访")
    assert review.tags == ("price objection", "no-show", "价格")
    assert normalise_tags(["A", "a ", "B"]) == ("a", "b")
    assert "提前确认拜访" in review.text() and "no-show" in review.text()


def test_commitments_from_last_weeks_improvements():
    previous = Review(improvements=("Call before 10", "Confirm visits the day before"))
    assert commitments_from(previous, {1: True}) == [
        Commitment(0, "Call before 10", None),
        Commitment(1, "Confirm visits the day before", True),
    ]
    assert commitments_from(previous, {0: False})[0].kept is False
    assert commitments_from(None, {}) == []
    assert commitments_from(Review(skipped=True, improvements=("x",)), {}) == []


def test_changed_copies_are_checked_like_new_records():
    from types import MappingProxyType

    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.plan import WeekPlan
    from weekplanner.domain.review import Review
    from weekplanner.domain.target import Metric, Target

    target = Target(Metric.COUNT, Decimal(10))
    with pytest.raises(ParseError):
        target._replace(value=Decimal("2.5"))
    review = Review(went_well="ok")._replace(improvements=["  call early ", " "], tags=["Price ", "price"])
    assert review.improvements == ("call early",) and review.tags == ("price",)
    plan = WeekPlan({0: {"call": 3}})._replace(quotas={1: {"call": 0, "visit": 2}})
    assert isinstance(plan, WeekPlan) and isinstance(plan.quotas[1], MappingProxyType)
    assert dict(plan.quotas[1]) == {"visit": 2}
