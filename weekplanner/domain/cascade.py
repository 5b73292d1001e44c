"""The goal cascade: a yearly goal broken into quarters, months and weeks.

"500万 a year → 125万 a quarter → 42万 a month → 10万 a week" tells a rep what
a normal week looks like; what the *current* week needs is what remains of the
goal spread over the weeks left, so a slow spring raises the autumn's weekly
target instead of being forgotten.

Weeks are counted by ISO week label (``2026-W48``), the same for Monday and
Sunday week starts, so a year has 52 or 53 weeks.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Iterable, NamedTuple

from weekplanner.domain.progress import PaceStatus, pace_status
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.week import Week, iso_weeks_in_year

_CENT = Decimal("0.01")


class GoalBreakdown(NamedTuple):
    """The yearly goal as equal shares of a quarter, a month and a week."""

    yearly: Decimal
    quarterly: Decimal
    monthly: Decimal
    weekly: Decimal


class GoalCascade(NamedTuple):
    """Where the year stands at ``week`` and what this week should aim for."""

    breakdown: GoalBreakdown
    achieved: Decimal
    remaining: Decimal
    weeks_left: int
    suggested: Decimal
    expected: Decimal
    status: PaceStatus


def _round(value: Decimal, metric: str) -> Decimal:
    """Money to the cent; counts up to a whole number (half a client is not a plan)."""
    if metric == "count":
        return value.to_integral_value(rounding=ROUND_CEILING)
    return value.quantize(_CENT, rounding=ROUND_CEILING)


def breakdown(goal: Decimal, year: int, metric: str = "revenue") -> GoalBreakdown:
    """``breakdown(5_000_000, 2025)`` → 1,250,000 / 416,666.67 / 96,153.85 (2025 has 52 weeks)."""
    goal = Decimal(goal)
    return GoalBreakdown(
        yearly=goal,
        quarterly=_round(goal / 4, metric),
        monthly=_round(goal / 12, metric),
        weekly=_round(goal / iso_weeks_in_year(year), metric),
    )


def week_year_and_number(week: Week) -> tuple[int, int]:
    year, number, _day = week.monday.isocalendar()
    return year, number


def weeks_left(week: Week) -> int:
    """Weeks remaining in ``week``'s year, counting ``week`` itself."""
    year, number = week_year_and_number(week)
    return iso_weeks_in_year(year) - number + 1


def achieved_before(summaries: Iterable[WeekSummary], week: Week, metric: str = "revenue") -> Decimal:
    """What the weeks of ``week``'s year before ``week`` achieved toward a goal of ``metric``.

    Only weeks whose target had that metric count: a revenue week's achievement
    is money, a count week's is a number of things, and the two do not add up.
    """
    year, number = week_year_and_number(week)
    total = Decimal(0)
    for summary in summaries:
        label_year, label_number = (int(part) for part in summary.label.split("-W"))
        if label_year == year and label_number < number and summary.target_metric == metric:
            total += summary.achieved
    return total


def suggested_weekly(goal: Decimal, achieved: Decimal, week: Week, metric: str = "revenue") -> Decimal:
    """(goal − achieved so far this year) ÷ weeks remaining, never below zero."""
    remaining = max(Decimal(goal) - achieved, Decimal(0))
    return _round(remaining / weeks_left(week), metric)


def cascade(
    goal: Decimal, summaries: Iterable[WeekSummary], week: Week, metric: str = "revenue"
) -> GoalCascade:
    """The goal cascade at ``week``: breakdown, year to date, suggestion and on-track status.

    "On track" compares what was achieved before this week with the pro-rata
    share of the goal for the weeks already gone (within 5 points of the goal).
    """
    goal = Decimal(goal)
    year, number = week_year_and_number(week)
    total_weeks = iso_weeks_in_year(year)
    done = achieved_before(summaries, week, metric)
    expected = _round(goal * (number - 1) / total_weeks, metric)
    status = pace_status(expected / goal, done / goal) if goal > 0 else PaceStatus.ON_TRACK
    return GoalCascade(
        breakdown=breakdown(goal, year, metric),
        achieved=done,
        remaining=max(goal - done, Decimal(0)),
        weeks_left=weeks_left(week),
        suggested=suggested_weekly(goal, done, week, metric),
        expected=expected,
        status=status,
    )
