"""Deriving the week's calls, visits and emails from its target and the rep's ratios."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from weekplanner.domain.derive import DEFAULT_RATIOS, Ratios, derive_plan, ratios_from_history
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.target import Metric, Target
from weekplanner.i18n import set_language

WORKDAYS = [0, 1, 2, 3, 4]


def revenue(value: int) -> Target:
    return Target(Metric.REVENUE, Decimal(value), currency="CNY")


def test_article_example_with_default_ratios():
    derived = derive_plan(revenue(500_000), DEFAULT_RATIOS, WORKDAYS)
    assert derived.weekly == {"call": 160, "visit": 40, "email": 200}
    assert derived.plan.quota(0, "visit") == 8
    assert derived.plan.quota(4, "call") == 32
    assert derived.plan.quota(2, "email") == 40
    assert derived.explanation == (
        "¥500,000 ÷ ¥50,000 avg deal = 10 deals ÷ 25% visit→deal = 40 visits = 8/day; "
        "4 calls per visit = 32 calls/day; 5 emails per visit = 40 emails/day"
    )


def test_every_step_rounds_up_so_the_plan_reaches_the_target():
    # 510,000 ÷ 50,000 = 10.2 → 11 deals; ÷ 30% = 36.7 → 37 visits; × 2.5 = 92.5 → 93 calls
    ratios = Ratios(visit_to_deal=Decimal("0.3"), calls_per_visit=Decimal("2.5"))
    derived = derive_plan(revenue(510_000), ratios, WORKDAYS)
    assert derived.weekly["visit"] == 37
    assert derived.weekly["call"] == 93
    # the remainder goes to the earliest days
    assert [derived.plan.quota(d, "visit") for d in WORKDAYS] == [8, 8, 7, 7, 7]
    assert "= 11 deals" in derived.steps[0]
    assert "37 visits = 7.4/day" in derived.steps[0]


def test_count_target_uses_visits_per_client():
    target = Target(Metric.COUNT, Decimal(10), unit="new clients")
    derived = derive_plan(target, Ratios(visits_per_client=Decimal(3)), WORKDAYS)
    assert derived.weekly["visit"] == 30
    assert derived.steps[0] == "10 new clients × 3 visits per client = 30 visits = 6/day"


def test_sunday_to_thursday_workdays():
    derived = derive_plan(revenue(500_000), DEFAULT_RATIOS, [6, 0, 1, 2, 3])
    assert derived.plan.quota(6, "visit") == 8
    assert derived.plan.quota(4, "visit") == 0


def test_steps_are_translated():
    set_language("zh")
    derived = derive_plan(revenue(500_000), DEFAULT_RATIOS, WORKDAYS)
    assert "拜访" in derived.steps[0]
    assert "¥500,000" in derived.steps[0]


def _week(label: str, *, achieved: int, done: dict[str, int], outcomes: dict[str, int]) -> WeekSummary:
    return WeekSummary(
        label=label, start=date(2026, 11, 16), target_value=Decimal(400_000), target_metric="revenue",
        target_unit="", currency="CNY", achieved=Decimal(achieved), percent=None, done=done, outcomes=outcomes,
    )


def test_ratios_from_history():
    history = [
        _week("2026-W47", achieved=240_000, done={"visit": 20, "call": 60, "email": 100},
              outcomes={"deal_won": 4, "new_client": 2}),
        _week("2026-W46", achieved=160_000, done={"visit": 20, "call": 100, "email": 100},
              outcomes={"deal_won": 4, "new_client": 3}),
    ]
    ratios = ratios_from_history(history)
    assert ratios.avg_deal == Decimal(50_000)
    assert ratios.visit_to_deal == Decimal("0.20")
    assert ratios.calls_per_visit == Decimal(4)
    assert ratios.emails_per_visit == Decimal(5)
    assert ratios.visits_per_client == Decimal(8)
    assert ratios.from_history == {"avg_deal", "visit_to_deal", "calls_per_visit", "emails_per_visit",
                                   "visits_per_client"}


def test_no_history_gives_the_defaults():
    ratios = ratios_from_history([])
    assert ratios == DEFAULT_RATIOS
    assert ratios.avg_deal == Decimal(50_000) and ratios.visit_to_deal == Decimal("0.25")
    assert ratios.from_history == frozenset()


def test_partial_history_keeps_defaults_where_data_is_missing():
    history = [_week("2026-W47", achieved=0, done={"visit": 10, "call": 30}, outcomes={})]
    ratios = ratios_from_history(history)
    assert ratios.calls_per_visit == Decimal(3)
    assert ratios.avg_deal == Decimal(50_000)
    assert ratios.from_history == {"calls_per_visit"}



def test_ratio_and_percent_parsers_for_editable_ratios():
    import pytest

    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.parsing.amounts import parse_percent, parse_ratio

    assert parse_percent("25%") == Decimal("0.25")
    assert parse_percent("１２.５％") == Decimal("0.125")
    assert parse_ratio("2.5") == Decimal("2.5")
    with pytest.raises(ParseError, match="'many' is not a percent from 0 to 1000"):
        parse_percent("many")
    with pytest.raises(ParseError, match="is not a number"):
        parse_ratio("-1")
    with pytest.raises(ParseError, match="out of range"):
        parse_ratio("5000")
