"""The goal cascade: yearly goal → quarter / month / week, and this week's suggested target."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from weekplanner.domain.cascade import achieved_before, breakdown, cascade, suggested_weekly, weeks_left
from weekplanner.domain.progress import PaceStatus
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.week import SUNDAY, Week

GOAL = Decimal(5_000_000)


def summary(label: str, achieved: int, metric: str | None = "revenue") -> WeekSummary:
    week = Week.from_label(label)
    return WeekSummary(
        label=label, start=week.start, target_value=Decimal(100_000) if metric else None,
        target_metric=metric, target_unit="", currency="CNY", achieved=Decimal(achieved), percent=None,
    )


def test_article_example_500万_breaks_into_quarter_month_week():
    parts = breakdown(GOAL, 2025)
    assert parts.yearly == Decimal(5_000_000)
    assert parts.quarterly == Decimal(1_250_000)
    assert parts.monthly == Decimal("416666.67")  # the article rounds this to 42万
    assert parts.weekly == Decimal("96153.85")  # ≈ 10万 a week over 52 weeks


def test_a_53_week_year_has_smaller_weeks():
    assert breakdown(GOAL, 2026).weekly == Decimal("94339.63")


def test_count_goals_round_up_to_whole_things():
    parts = breakdown(Decimal(500), 2025, "count")
    assert parts.weekly == Decimal(10)  # 9.6 → 10
    assert parts.monthly == Decimal(42)  # 41.7 → 42


def test_weeks_left_counts_the_current_week():
    assert weeks_left(Week.from_label("2025-W01")) == 52
    assert weeks_left(Week.from_label("2025-W52")) == 1
    assert weeks_left(Week.from_label("2026-W48")) == 6  # 2026 has 53 weeks


def test_suggestion_is_what_remains_over_the_weeks_left():
    week = Week.from_label("2025-W41")  # 12 weeks left
    assert weeks_left(week) == 12
    assert suggested_weekly(GOAL, Decimal(3_800_000), week) == Decimal(100_000)


def test_suggestion_never_negative_once_the_goal_is_met():
    assert suggested_weekly(GOAL, Decimal(6_000_000), Week.from_label("2025-W41")) == 0


def test_achieved_before_counts_only_earlier_weeks_of_the_same_year_and_metric():
    summaries = [
        summary("2025-W42", 50_000),  # this week: not yet
        summary("2025-W41", 100_000),
        summary("2025-W40", 200_000),
        summary("2025-W39", 7, metric="count"),  # other metric
        summary("2025-W38", 30_000, metric=None),  # no target: not counted
        summary("2024-W52", 900_000),  # last year
    ]
    assert achieved_before(summaries, Week.from_label("2025-W42"), "revenue") == Decimal(300_000)
    assert achieved_before(summaries, Week.from_label("2025-W42"), "count") == Decimal(7)


def test_sunday_weeks_count_by_the_same_label():
    sunday_week = Week.from_label("2025-W41", SUNDAY)
    assert sunday_week.start == date(2025, 10, 5)
    assert weeks_left(sunday_week) == 12


def test_cascade_on_track_behind_and_ahead():
    week = Week.from_label("2025-W27")  # 26 weeks gone: half the year
    on_track = cascade(GOAL, [summary("2025-W10", 2_500_000)], week)
    assert on_track.expected == Decimal(2_500_000)
    assert on_track.status is PaceStatus.ON_TRACK
    assert on_track.weeks_left == 26
    assert on_track.suggested == Decimal("96153.85")
    behind = cascade(GOAL, [summary("2025-W10", 1_000_000)], week)
    assert behind.status is PaceStatus.BEHIND
    assert behind.remaining == Decimal(4_000_000)
    assert behind.suggested == Decimal("153846.16")
    ahead = cascade(GOAL, [summary("2025-W10", 4_000_000)], week)
    assert ahead.status is PaceStatus.AHEAD


def test_first_week_of_the_year_is_on_track_with_nothing_done():
    result = cascade(GOAL, [], Week.from_label("2025-W01"))
    assert result.status is PaceStatus.ON_TRACK
    assert result.suggested == Decimal("96153.85")
