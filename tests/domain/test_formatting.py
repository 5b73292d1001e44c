"""Money, compact numbers, percents and dates in English and Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from weekplanner.domain.formatting import (
    compact_number,
    format_date_range,
    format_day,
    format_money,
    format_number,
    format_percent,
    format_value,
    format_week,
    weekday_name,
)
from weekplanner.domain.week import Week
from weekplanner.i18n import set_language


@pytest.fixture
def zh():
    set_language("zh")
    yield
    set_language("en")


def test_money_in_english():
    assert format_money(Decimal(500000)) == "¥500,000"
    assert format_money(Decimal("1234.5")) == "¥1,234.50"
    assert format_money(Decimal(500000), "USD") == "$500,000"
    assert format_money(Decimal(10), "XYZ") == "XYZ 10"
    assert format_money(Decimal(500000), compact=True) == "¥500k"
    assert format_money(Decimal(1_200_000), "EUR", compact=True) == "€1.2m"


def test_money_in_chinese(zh):
    assert format_money(Decimal(500000)) == "¥500,000"
    assert format_money(Decimal(500000), compact=True) == "¥50万"
    assert format_money(Decimal(150_000_000), compact=True) == "¥1.5亿"


def test_compact_numbers():
    assert compact_number(999) == "999"
    assert compact_number(Decimal(1500)) == "1.5k"
    assert compact_number(Decimal(2_500_000_000)) == "2.5bn"
    assert compact_number(Decimal(-15000)) == "-15k"
    # Rounding never gives "1000k": it moves to the next unit.
    assert compact_number(Decimal(999_950)) == "1m"
    assert compact_number(Decimal(950)) == "950"


def test_compact_numbers_in_chinese(zh):
    assert compact_number(Decimal(9999)) == "9,999"
    assert compact_number(Decimal(15000)) == "1.5万"
    assert compact_number(Decimal(1_200_000)) == "120万"
    assert compact_number(Decimal(99_999_999)) == "1亿"


def test_numbers_and_percents():
    assert format_number(1234567) == "1,234,567"
    assert format_number(Decimal("1234.55"), 1) == "1,234.6"
    assert format_percent(Decimal("82.44")) == "82.4%"
    assert format_percent(Decimal(100)) == "100%"
    assert format_percent(Decimal("120.0")) == "120%"
    assert format_percent(Decimal("0.05")) == "0.1%"
    assert format_percent(None) == "–"
    # A missed target is never shown as 100%.
    assert format_percent(Decimal("99.96")) == "99.9%"


def test_values_by_metric(zh):
    assert format_value(Decimal(500000), "revenue") == "¥500,000"
    assert format_value(Decimal(10), "count", unit="新客户") == "10新客户"
    assert format_value(Decimal(10), "count", unit="deals") == "10 deals"
    set_language("en")
    assert format_value(Decimal(10), "count", unit="new clients") == "10 new clients"
    assert format_value(Decimal(10), "count") == "10"


def test_date_ranges_in_english():
    assert format_date_range(date(2026, 11, 23), date(2026, 11, 29)) == "23–29 Nov"
    assert format_date_range(date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov – 6 Dec"
    assert format_date_range(date(2026, 12, 28), date(2027, 1, 3)) == "28 Dec 2026 – 3 Jan 2027"
    assert format_week(Week.from_label("2026-W48")) == "2026-W48 · 23–29 Nov"


def test_date_ranges_in_chinese(zh):
    assert format_date_range(date(2026, 11, 23), date(2026, 11, 29)) == "11月23日–29日"
    assert format_date_range(date(2026, 11, 30), date(2026, 12, 6)) == "11月30日–12月6日"
    assert format_date_range(date(2026, 12, 28), date(2027, 1, 3)) == "2026年12月28日–2027年1月3日"
    assert format_week(Week.from_label("2026-W53")) == "2026-W53 · 2026年12月28日–2027年1月3日"


def test_days_and_weekdays(zh):
    assert format_day(date(2026, 11, 25)) == "11月25日 周三"
    assert weekday_name(6) == "周日"
    set_language("en")
    assert format_day(date(2026, 11, 25)) == "Wed 25 Nov"
    assert weekday_name(date(2026, 11, 29)) == "Sun"


def test_one_is_singular_in_english():
    from decimal import Decimal

    from weekplanner.domain.formatting import format_value, singular
    from weekplanner.i18n import set_language

    assert format_value(Decimal(1), "count", unit="deals") == "1 deal"
    assert format_value(Decimal(2), "count", unit="deals") == "2 deals"
    assert format_value(Decimal(1), "count", unit="new clients") == "1 new client"
    assert [singular(u) for u in ("companies", "boxes", "glass", "status", "合同")] == [
        "company", "box", "glass", "status", "合同"]
    set_language("zh")
    assert format_value(Decimal(1), "count", unit="单") == "1单"


def test_lists_and_plurals_in_both_languages():
    from weekplanner.domain.formatting import format_list
    from weekplanner.i18n import ngettext, set_language

    def found(n: int) -> str:
        return ngettext("{n} review found", "{n} reviews found", n).format(n=n)

    assert format_list(["Calls 4", "Visits 2"]) == "Calls 4, Visits 2"
    assert [found(0), found(1), found(3)] == ["0 reviews found", "1 review found", "3 reviews found"]
    set_language("zh")
    assert format_list(["电话 4", "拜访 2"]) == "电话 4、拜访 2"
    assert [found(1), found(3)] == ["找到 1 篇复盘", "找到 3 篇复盘"]
    set_language("en")
