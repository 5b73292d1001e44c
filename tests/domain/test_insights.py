"""History insights: comparison with past weeks, trends, conversion, weekdays, tags, search, streak."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from weekplanner.domain.insights import (
    against_history,
    conversion_ratios,
    describe_comparison,
    last_weeks,
    overall_conversion,
    weekday_performance,
)
from weekplanner.domain.review_search import search_reviews
from weekplanner.domain.review_tags import describe_tag_count, tag_suggestions, tag_summary
from weekplanner.domain.review import Review
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.week import Week
from weekplanner.i18n import set_language

W48 = Week.from_label("2026-W48")


def week_summary(
    weeks_ago: int,
    achieved: str = "0",
    target: str | None = "500000",
    *,
    metric: str = "revenue",
    done: dict[str, int] | None = None,
    outcomes: dict[str, int] | None = None,
    tags: tuple[str, ...] = (),
    days_met: tuple[bool | None, ...] = (),
) -> WeekSummary:
    """A summary of the week ``weeks_ago`` weeks before 2026-W48."""
    week = W48.previous(weeks_ago)
    value = Decimal(achieved)
    target_value = Decimal(target) if target else None
    return WeekSummary(
        label=week.label,
        start=week.start,
        target_value=target_value,
        target_metric=metric if target else None,
        target_unit="",
        currency="CNY",
        achieved=value,
        percent=(value * 100 / target_value).quantize(Decimal("0.1")) if target_value else None,
        done=done or {},
        outcomes=outcomes or {},
        tags=tags,
        reviewed=bool(tags),
        days_met=tuple((week.start + timedelta(days=i), m) for i, m in enumerate(days_met) if m is not None),
    )


# --------------------------------------------------------------------------- against_history


def test_against_history_averages_the_last_weeks_with_data():
    history = [
        week_summary(1, "400000"),
        week_summary(2, "300000"),
        week_summary(3, "0", target=None),  # holiday: no target, nothing done — not history
        week_summary(4, "500000"),
        week_summary(5, "400000"),
        week_summary(6, "900000"),  # outside the 4-week window, still the best week
    ]
    comparison = against_history(Decimal(472000), history)
    assert comparison.weeks == 4
    assert comparison.average == Decimal("400000.00")
    assert comparison.change_percent == Decimal("18.0")
    assert comparison.best == Decimal(900000)
    assert comparison.best_label == W48.previous(6).label
    assert not comparison.far_above
    assert describe_comparison(comparison) == "+18% over your 4-week average"
    set_language("zh")
    assert describe_comparison(comparison) == "比近 4 周平均高 18%"


def test_against_history_below_and_equal():
    history = [week_summary(1, "400000"), week_summary(2, "400000")]
    below = against_history(Decimal(350000), history, weeks=4)
    assert below.weeks == 2 and below.change_percent == Decimal("-12.5")
    assert describe_comparison(below) == "12.5% below your 2-week average"
    same = against_history(Decimal(400000), history)
    assert describe_comparison(same) == "the same as your 2-week average"


def test_far_above_is_more_than_one_and_a_half_times_the_best_week():
    history = [week_summary(1, "400000"), week_summary(2, "200000")]
    assert not against_history(Decimal(600000), history).far_above  # exactly 1.5 × best
    assert against_history(Decimal("600000.01"), history).far_above


def test_against_history_without_history_is_safe():
    for history in ([], [week_summary(1, "0", target=None)]):
        comparison = against_history(Decimal(500000), history)
        assert comparison.weeks == 0 and not comparison.has_history
        assert comparison.average is None and comparison.best is None and comparison.change_percent is None
        assert not comparison.far_above
        assert describe_comparison(comparison) == ""


def test_against_history_with_only_zero_weeks_has_no_basis_for_a_warning():
    comparison = against_history(Decimal(500000), [week_summary(1, "0")])
    assert comparison.weeks == 1 and comparison.average == 0
    assert comparison.change_percent is None and not comparison.far_above


def test_against_history_filters_by_metric_and_week():
    history = [
        week_summary(0, "999999"),
        week_summary(1, "12", target="10", metric="count"),
        week_summary(2, "300000"),
    ]
    revenue = against_history(Decimal(300000), history, metric="revenue", before=W48.start)
    assert revenue.weeks == 1 and revenue.average == Decimal("300000.00")
    count = against_history(Decimal(15), history, metric="count")
    assert count.average == Decimal("12.00") and count.change_percent == Decimal("25.0")
    assert against_history(Decimal(1), history, weeks=0).weeks == 0


# --------------------------------------------------------------------------- trends


def test_last_weeks_run_oldest_to_newest():
    history = [
        week_summary(0, "250000", done={"call": 40}),
        week_summary(2, "500000", done={"call": 50, "visit": 9}),
        week_summary(1, "0", target=None, done={"visit": 3}),
        week_summary(3, "600000"),
    ]
    assert [s.label for s in last_weeks(history, 3)] == [W48.previous(n).label for n in (2, 1, 0)]
    assert last_weeks(history, 0) == []
    assert [s.percent for s in last_weeks(history, 10)] == [Decimal(120), Decimal(100), None, Decimal(50)]


def test_conversion_ratios_over_time():
    history = [
        week_summary(0, done={"call": 50, "visit": 5}, outcomes={"deal_won": 2, "follow_up": 3}),
        week_summary(1, done={"call": 40, "visit": 10}, outcomes={"deal_won": 1}),
        week_summary(2, done={"email": 10}),
    ]
    points = conversion_ratios(history)
    assert [p.label for p in points] == [W48.previous(n).label for n in (2, 1, 0)]
    assert points[0].call_to_visit is None and points[0].visit_to_deal is None
    assert (points[1].calls, points[1].visits, points[1].deals) == (40, 10, 1)
    assert points[1].call_to_visit == Decimal("25.0") and points[1].visit_to_deal == Decimal("10.0")
    assert points[2].call_to_visit == Decimal("10.0") and points[2].visit_to_deal == Decimal("40.0")
    overall = overall_conversion(history, "all")
    assert (overall.calls, overall.visits, overall.deals) == (90, 15, 3)
    assert overall.call_to_visit == Decimal("16.7") and overall.visit_to_deal == Decimal("20.0")
    assert conversion_ratios([]) == []


# --------------------------------------------------------------------------- weekdays


def test_weekday_performance_best_and_worst():
    history = [
        week_summary(0, days_met=(True, True, False, True, False)),
        week_summary(1, days_met=(True, False, False, True, True)),
        week_summary(2, days_met=(True, True, False, False, None)),
    ]
    result = weekday_performance(history)
    by_day = {s.weekday: (s.met, s.total) for s in result.stats}
    assert by_day == {0: (3, 3), 1: (2, 3), 2: (0, 3), 3: (2, 3), 4: (1, 2)}
    assert result.stats[0].share == Decimal("100.0")
    assert result.stats[4].share == Decimal("50.0")
    assert result.best == 0 and result.worst == 2


def test_weekday_performance_when_nothing_stands_out():
    assert weekday_performance([]).best is None
    flat = weekday_performance([week_summary(0, days_met=(True, True, True, True, True))])
    assert flat.best is None and flat.worst is None and len(flat.stats) == 5
    one_day = weekday_performance([week_summary(0, days_met=(False,))])
    assert one_day.best is None and one_day.stats[0].share == 0


# --------------------------------------------------------------------------- tags


def test_tag_summary_counts_weeks_below_target():
    history = [
        week_summary(0, "100", tags=("Price objection", "no-show")),
        week_summary(1, "200", tags=("price objection",)),
        week_summary(2, "300", tags=("pipeline thin",)),
        week_summary(3, "600000", tags=("price objection",)),  # above target: not counted
        week_summary(4, "100", tags=("price objection", "no-show")),
        week_summary(5, "100"),
        week_summary(6, "100", target=None, tags=("price objection",)),  # no target: not below it
    ]
    rows = tag_summary(history)
    assert [(r.tag, r.weeks, r.of_weeks) for r in rows] == [("price objection", 3, 5), ("no-show", 2, 5)]
    assert [r.tag for r in tag_summary(history, min_weeks=1)] == ["price objection", "no-show", "pipeline thin"]
    assert describe_tag_count(rows[0]) == "'price objection' in 3 of the 5 weeks below target"
    set_language("zh")
    assert describe_tag_count(rows[0]) == "“price objection”出现在 5 个未达标周中的 3 周"
    assert tag_summary([]) == []


def test_tag_suggestions_most_used_first():
    history = [
        week_summary(0, tags=("no-show",)),
        week_summary(1, tags=("price objection", "pipeline thin")),
        week_summary(2, tags=("price objection",)),
        week_summary(3, tags=("价格",)),
    ]
    assert tag_suggestions(history) == ["price objection", "no-show", "pipeline thin", "价格"]
    assert tag_suggestions(history, "P") == ["price objection", "pipeline thin"]
    assert tag_suggestions(history, "价") == ["价格"]
    assert tag_suggestions([], "x") == []


# --------------------------------------------------------------------------- search

REVIEWS = [
    ("2026-W46", Review(went_badly="客户嫌价格太高，下周准备折扣方案。", tags=("price objection",))),
    ("2026-W47", Review(went_well="Closed the ACME deal after a long Price discussion", why="Good prep")),
    ("2026-W45", Review(skipped=True)),
    ("2026-W44", Review(improvements=("Confirm visits the day before", "Call before 10"), tags=("no-show",))),
    ("2026-W48", Review(why="Pipeline thin " + "x" * 80 + " PRICE list outdated " + "y" * 80)),
]


def test_search_finds_a_chinese_phrase_with_a_snippet():
    hits = search_reviews(REVIEWS, "价格")
    assert [h.label for h in hits] == ["2026-W46"]
    hit = hits[0]
    assert hit.field == "went_badly"
    start, end = hit.highlight
    assert hit.snippet[start:end] == "价格"
    assert "客户嫌价格太高" in hit.snippet


def test_search_is_case_insensitive_newest_first_with_snippets_around_the_match():
    hits = search_reviews(REVIEWS, "price")
    assert [h.label for h in hits] == ["2026-W48", "2026-W47", "2026-W46"]
    long_hit = hits[0]
    assert long_hit.snippet.startswith("…") and long_hit.snippet.endswith("…")
    start, end = long_hit.highlight
    assert long_hit.snippet[start:end] == "PRICE"
    assert len(long_hit.snippet) < 80
    assert hits[2].field == "tags"
    assert hits[1].snippet[hits[1].highlight[0]:hits[1].highlight[1]] == "Price"


def test_search_needs_every_word_and_folds_width_and_case():
    assert [h.label for h in search_reviews(REVIEWS, "acme PRICE")] == ["2026-W47"]
    assert [h.label for h in search_reviews(REVIEWS, "ＡＣＭＥ")] == ["2026-W47"]
    assert search_reviews(REVIEWS, "acme 价格") == []
    assert search_reviews(REVIEWS, "nothing-like-this") == []
    assert [h.field for h in search_reviews(REVIEWS, "before 10")] == ["improvements"]


def test_search_filters_by_tag_and_lists_everything_without_a_query():
    assert [h.label for h in search_reviews(REVIEWS, tag="No-Show")] == ["2026-W44"]
    assert [h.label for h in search_reviews(REVIEWS, "价格", tag="price objection")] == ["2026-W46"]
    assert search_reviews(REVIEWS, "价格", tag="no-show") == []
    everything = search_reviews(REVIEWS)
    assert [h.label for h in everything] == ["2026-W48", "2026-W47", "2026-W46", "2026-W44"]  # skipped left out
    assert everything[1].snippet.startswith("Closed the ACME deal") and everything[1].highlight == (0, 0)
    assert everything[3].field == "improvements"


def test_search_maps_matches_back_when_folding_changes_length():
    hits = search_reviews([("2026-W40", Review(went_well="Die Straße war gut"))], "STRASSE")
    assert hits and hits[0].snippet[hits[0].highlight[0]:hits[0].highlight[1]] == "Straße"


@pytest.mark.parametrize("n", [0, 1, 5])
def test_last_weeks_never_exceeds_n(n):
    history = [week_summary(i) for i in range(3)]
    assert len(last_weeks(history, n)) == min(n, 3)
