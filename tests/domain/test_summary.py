"""One history line per week, derived from the record and the log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from weekplanner.domain.activity import BUILTIN_TYPES, Activity, ActivityType, outcome_label
from weekplanner.domain.clock import FixedClock, SystemClock, clock_from
from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import summarise
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import SUNDAY, Week
from weekplanner.i18n import set_language

WEEK = Week.from_label("2026-W48")


def act(day: int, kind: str, count: int = 1, outcome: str = "", amount: str | None = None) -> Activity:
    return Activity(
        f"{day}{kind}{count}{outcome}", kind, datetime(2026, 11, day, 10), count, outcome=outcome,
        amount=Decimal(amount) if amount else None,
    )


def test_summarise_a_reviewed_week():
    record = WeekRecord(
        "2026-W48",
        target=Target(Metric.REVENUE, Decimal(500000)),
        plan=uniform_plan({"call": 10, "visit": 2}, range(5)),
        review=Review(went_badly="价格", rating=3, tags=("Price objection",)),
    )
    items = [
        act(23, "call", 10), act(23, "visit", 2, "deal_won", "300000"),
        act(24, "call", 4), act(25, "visit", 1, "follow_up"), act(25, "visit", 1, "deal_won", "112000"),
        act(30, "call", 50),  # next week: ignored
    ]
    summary = summarise(WEEK, record, items)
    assert summary.label == "2026-W48" and summary.start == date(2026, 11, 23)
    assert summary.target_value == Decimal(500000) and summary.target_metric == "revenue"
    assert summary.currency == "CNY"
    assert summary.achieved == Decimal(412000)
    assert summary.percent == Decimal("82.4")
    assert summary.planned == {"call": 50, "visit": 10} and summary.planned_total == 60
    assert summary.done == {"call": 14, "visit": 4} and summary.done_total == 18
    assert summary.outcomes == {"deal_won": 2, "follow_up": 1}
    assert summary.days_met[:3] == (
        (date(2026, 11, 23), True), (date(2026, 11, 24), False), (date(2026, 11, 25), False),
    )
    assert len(summary.days_met) == 5
    assert summary.rating == 3 and summary.reviewed and not summary.review_skipped
    assert summary.tags == ("price objection",)


def test_summarise_an_empty_and_a_skipped_week():
    summary = summarise(WEEK, WeekRecord("2026-W48"), [])
    assert summary.target_value is None and summary.percent is None and summary.achieved == 0
    assert summary.days_met == () and not summary.reviewed and summary.tags == ()
    skipped = summarise(WEEK, WeekRecord("2026-W48", review=Review(skipped=True)), [])
    assert skipped.review_skipped and not skipped.reviewed


def test_clocks():
    fixed = FixedClock(datetime(2026, 11, 25, 14))
    assert fixed.today() == date(2026, 11, 25)
    fixed.at = datetime(2026, 11, 26, 9)
    assert fixed.now() == datetime(2026, 11, 26, 9)
    wrapped = clock_from(lambda: datetime(2027, 1, 1, 8))
    assert wrapped.today() == date(2027, 1, 1) and wrapped.now().hour == 8
    assert SystemClock().now().microsecond == 0


def test_settings_and_activity_types():
    settings = Settings(week_start=SUNDAY, workdays=frozenset({6, 0, 1, 2, 3}))
    assert settings.sorted_workdays() == [6, 0, 1, 2, 3]
    custom = ActivityType("demo", "Demo", "d")
    hidden = ActivityType("fax", "Fax", hidden=True)
    changed = settings.with_changes(activity_types=BUILTIN_TYPES + (custom, hidden))
    assert [t.key for t in changed.visible_types()] == ["call", "visit", "email", "demo"]
    assert changed.type_named("demo") is custom and changed.type_named("nope") is None
    assert settings.default_quotas == {"call": 10, "visit": 3, "email": 20}
    assert BUILTIN_TYPES[0].builtin and not custom.builtin
    assert custom.display_name == "Demo" and ActivityType("x").display_name == "x"
    assert BUILTIN_TYPES[0].display_name == "Calls"
    assert outcome_label("deal_won") == "Deal won" and outcome_label("回访") == "回访"
    set_language("zh")
    assert BUILTIN_TYPES[1].display_name == "拜访"
    assert outcome_label("deal_won") == "成交"
