"""Out-of-range and signed input: one clean line (exit 2), on the command line and in the export screen."""

from __future__ import annotations

import pytest

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.amounts import parse_count, parse_quota
from weekplanner.export.ranges import parse_month, parse_range


@pytest.mark.parametrize("month", ["0000-01", "0001-01", "9999-12", "3000-01", "1899-12"])
def test_export_month_out_of_range_is_a_clean_error(month, cli):
    result = cli("export", "--month", month)
    assert result.code == 2 and "Traceback" not in result.err
    assert "1900" in result.err and "2999" in result.err, result.err


@pytest.mark.parametrize("month", ["0000-01", "0001-01", "9999-12"])
def test_out_of_range_months_raise_parse_errors(month):
    from datetime import date

    with pytest.raises(ParseError):
        parse_month(month)
    with pytest.raises(ParseError):
        parse_range(month, date(2026, 11, 25))


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01T10:00", "3000-01-01"])
def test_weekplanner_today_out_of_range_is_a_clean_error(today, cli, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", today)
    result = cli("status")
    assert result.code == 2 and "Traceback" not in result.err and "WEEKPLANNER_TODAY" in result.err, result.err


@pytest.mark.parametrize("text", ["-0", "−0", "-00", "-5", "+3"])
def test_signs_are_refused_even_on_zero(text):
    with pytest.raises(ParseError):
        parse_quota(text)
    with pytest.raises(ParseError):
        parse_count(text, allow_zero=True)


def test_quota_minus_zero_and_history_weeks_minus_zero_are_refused(cli):
    for argv in (["quota", "set", "call", "-0"], ["history", "--weeks", "-0"]):
        result = cli(*argv)
        assert result.code == 2, (argv, result.out)


def test_an_empty_week_is_refused_by_export_as_by_status(cli):
    assert cli("status", "--week", "").code == 2
    result = cli("export", "--week", "")
    assert result.code == 2 and "The week is empty" in result.err
