"""Weeks: ISO labels (W53), Sunday starts, navigation across years, workdays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from weekplanner.domain.errors import ParseError
from weekplanner.domain.week import MONDAY, SUNDAY, Week, iso_weeks_in_year


def test_monday_week_contains_its_days_and_label():
    week = Week.containing(date(2026, 11, 25))
    assert week.start == date(2026, 11, 23)
    assert week.end == date(2026, 11, 29)
    assert week.label == "2026-W48"
    assert str(week) == "2026-W48"
    assert len(week.days) == 7 and week.days[0] == week.start and week.days[-1] == week.end
    assert date(2026, 11, 29) in week and date(2026, 11, 30) not in week
    assert "2026-11-25" not in week


def test_iso_week_53_spans_the_new_year():
    week = Week.containing(date(2027, 1, 3))
    assert week.start == date(2026, 12, 28)
    assert week.end == date(2027, 1, 3)
    assert week.label == "2026-W53"
    assert Week.from_label("2026-W53") == week
    assert iso_weeks_in_year(2026) == 53
    assert iso_weeks_in_year(2027) == 52


def test_week_53_of_a_52_week_year_is_rejected_with_a_clear_message():
    with pytest.raises(ParseError) as error:
        Week.from_label("2027-W53")
    assert "2027 has no week 53" in str(error.value)
    assert "W01 to W52" in str(error.value)


@pytest.mark.parametrize("label", ["2026-W00", "2026-W54", "W48", "2026-48", "20261-W01", "", "next week"])
def test_malformed_or_impossible_labels_are_parse_errors(label):
    with pytest.raises(ParseError):
        Week.from_label(label)


def test_year_outside_the_accepted_range_is_rejected():
    with pytest.raises(ParseError, match="1900–2999"):
        Week.from_label("0001-W01", SUNDAY)


def test_label_forms_accepted():
    assert Week.from_label("2026w48") == Week(date(2026, 11, 23))
    assert Week.from_label(" 2026-W8 ") == Week(date(2026, 2, 16))


def test_sunday_week_takes_the_label_of_the_monday_inside():
    week = Week.containing(date(2026, 11, 25), SUNDAY)
    assert week.start == date(2026, 11, 22)
    assert week.start.weekday() == SUNDAY
    assert week.monday == date(2026, 11, 23)
    assert week.label == "2026-W48"
    assert Week.from_label("2026-W48", SUNDAY) == week
    # A Sunday belongs to the following week when weeks start on Sunday.
    assert Week.containing(date(2026, 11, 29), SUNDAY).label == "2026-W49"
    assert Week.containing(date(2026, 11, 29), MONDAY).label == "2026-W48"


def test_sunday_week_across_the_year_boundary():
    week = Week.containing(date(2027, 1, 2), SUNDAY)
    assert week.start == date(2026, 12, 27)
    assert week.label == "2026-W53"
    assert week.next().label == "2027-W01"
    assert week.next().start == date(2027, 1, 3)


def test_navigation_across_the_year_boundary():
    week = Week.from_label("2026-W52")
    assert week.next().label == "2026-W53"
    assert week.next(2).label == "2027-W01"
    assert Week.from_label("2027-W01").previous().label == "2026-W53"
    assert Week.from_label("2026-W01").previous().label == "2025-W52"
    assert Week.from_label("2021-W01").previous().label == "2020-W53"
    assert week.next(-1) == week.previous()


def test_week_start_must_be_monday_or_sunday():
    with pytest.raises(ValueError):
        Week.containing(date(2026, 11, 25), 2)


def test_workdays_default_and_configurable():
    week = Week.from_label("2026-W48")
    assert [d.weekday() for d in week.workdays()] == [0, 1, 2, 3, 4]
    assert week.workdays(frozenset({0, 1, 2, 3, 4, 5})) == tuple(
        date(2026, 11, 23) + timedelta(days=i) for i in range(6)
    )
    assert week.workdays(frozenset()) == ()
    sunday_week = Week.containing(date(2026, 11, 25), SUNDAY)
    # Sunday-to-Thursday workweek: the Sunday comes first.
    assert [d.weekday() for d in sunday_week.workdays(frozenset({6, 0, 1, 2, 3}))] == [6, 0, 1, 2, 3]


def test_weeks_order_by_start():
    assert Week.from_label("2026-W47") < Week.from_label("2026-W48") < Week.from_label("2027-W01")
