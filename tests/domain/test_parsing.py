"""Parsers: what reps type is either a valid value or a ParseError saying what is accepted."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_money, format_number
from weekplanner.domain.parsing.amounts import MAX_AMOUNT, MAX_QUOTA, parse_amount, parse_count, parse_quota
from weekplanner.domain.parsing.currency import parse_currency
from weekplanner.domain.parsing.dates import parse_date, parse_time, parse_week
from weekplanner.domain.week import MONDAY, SUNDAY, Week
from weekplanner.i18n import set_language

TODAY = date(2026, 11, 25)
ACCEPTED_AMOUNTS = "Use a positive amount such as"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("500000", Decimal("500000")),
        ("500,000", Decimal("500000")),
        ("¥500,000", Decimal("500000")),
        ("¥ 500,000", Decimal("500000")),
        ("500000元", Decimal("500000")),
        ("CNY 500000", Decimal("500000")),
        ("500k", Decimal("500000")),
        ("500K", Decimal("500000")),
        ("1.2m", Decimal("1200000")),
        ("50万", Decimal("500000")),
        ("50w", Decimal("500000")),
        ("1.5亿", Decimal("150000000")),
        ("1,000.50", Decimal("1000.50")),
        ("0.5", Decimal("0.50")),
        (".5", Decimal("0.50")),
        ("1.2345万", Decimal("12345")),
        ("1000000000000", MAX_AMOUNT),
    ],
)
def test_amounts_accepted(text, expected):
    value = parse_amount(text)
    assert value == expected
    assert isinstance(value, Decimal)


def test_fullwidth_input_is_deliberately_normalised():
    """A Chinese input method in full-width mode types these; they mean exactly the ASCII number."""
    assert parse_amount("５０万") == Decimal("500000")
    assert parse_amount("￥５００，０００") == Decimal("500000")
    assert parse_amount("１。５万") == Decimal("15000")
    assert parse_count("１２") == 12
    assert parse_date("２０２６－１１－２３", TODAY) == date(2026, 11, 23)
    assert parse_week("２０２６－Ｗ４８", TODAY) == Week.from_label("2026-W48")
    assert parse_currency("ｕｓｄ") == "USD"


def test_whole_amounts_have_no_cents_and_fractional_ones_keep_two():
    assert str(parse_amount("500000")) == "500000"
    assert str(parse_amount("1.5")) == "1.50"
    assert str(parse_amount("1.50万")) == "15000"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "The amount is empty."),
        ("   ", "The amount is empty."),
        ("0", "more than zero"),
        ("0.00", "more than zero"),
        ("0万", "more than zero"),
        ("-5", "must be positive"),
        ("−5", "must be positive"),
        ("¥-500", "must be positive"),
        ("nan", "is not an amount"),
        ("NaN", "is not an amount"),
        ("inf", "is not an amount"),
        ("Infinity", "is not an amount"),
        ("1e5", "is not an amount"),
        ("5,00,000", "is not an amount"),
        ("500,00", "is not an amount"),
        ("1.", "is not an amount"),
        ("5.5.5", "is not an amount"),
        ("+500", "is not an amount"),
        ("500 000", "is not an amount"),
        ("five", "is not an amount"),
        ("2万亿", "too large"),
        ("٥٠٠", "uses digits this app does not read"),
        ("५००", "uses digits this app does not read"),
        ("𝟓𝟎", "uses digits this app does not read"),
        ("²", "uses digits this app does not read"),
        ("1.234", "more than two decimals"),
        ("1.0000000000000000000000000000001", "more than two decimals"),
        ("0.0000001万", "more than two decimals"),
        ("99999999999999999", "too large"),
        ("1000000000000.01", "too large"),
        ("10001亿", "too large"),
        ("9" * 65, "too long"),
    ],
)
def test_amounts_refused_with_a_message_saying_what_is_accepted(text, fragment):
    with pytest.raises(ParseError) as error:
        parse_amount(text)
    message = str(error.value)
    assert fragment in message
    # Every message says what is accepted, by example or by limit.
    assert ACCEPTED_AMOUNTS in message or "accepted" in message or "such as" in message


def test_amount_errors_are_translated():
    set_language("zh")
    with pytest.raises(ParseError) as error:
        parse_amount("0")
    assert "金额必须大于零" in str(error.value)
    assert "50万" in str(error.value)


@pytest.mark.parametrize(("text", "expected"), [("10", 10), ("1,000", 1000), (" 7 ", 7), ("100000", 100_000)])
def test_counts_accepted(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["", "0", "-1", "−1", "+5", "1.5", "1,0", "10,00", "100001", "ten", "٣", "9" * 5000])
def test_counts_refused(text):
    with pytest.raises(ParseError) as error:
        parse_count(text)
    assert "Use a whole number from 1 to 100,000." in str(error.value)


def test_count_with_zero_and_maximum():
    assert parse_count("0", allow_zero=True) == 0
    with pytest.raises(ParseError, match="from 0 to 5"):
        parse_count("6", allow_zero=True, maximum=5)


def test_quota_accepts_zero_and_caps():
    assert parse_quota("0") == 0
    assert parse_quota(str(MAX_QUOTA)) == MAX_QUOTA
    with pytest.raises(ParseError, match="from 0 to 1,000"):
        parse_quota(str(MAX_QUOTA + 1))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2026-W48", "2026-W48"),
        ("2026-w48", "2026-W48"),
        ("this", "2026-W48"),
        ("本周", "2026-W48"),
        ("last", "2026-W47"),
        ("上周", "2026-W47"),
        ("NEXT", "2026-W49"),
        ("下周", "2026-W49"),
        ("2026-11-23", "2026-W48"),
        ("2026-11-29", "2026-W48"),
        ("2026-12-31", "2026-W53"),
        ("2027-01-03", "2026-W53"),
        ("today", "2026-W48"),
    ],
)
def test_weeks_parsed(text, label):
    assert parse_week(text, TODAY).label == label


def test_week_parsing_with_sunday_start():
    week = parse_week("2026-11-29", TODAY, SUNDAY)
    assert week.start == date(2026, 11, 29) and week.label == "2026-W49"
    assert parse_week("this", TODAY, SUNDAY).start == date(2026, 11, 22)


def test_relative_weeks_across_the_year():
    assert parse_week("next", date(2026, 12, 24)).label == "2026-W53"
    assert parse_week("next", date(2026, 12, 31)).label == "2027-W01"
    assert parse_week("last", date(2027, 1, 5)).label == "2026-W53"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "The week is empty."),
        ("2027-W53", "2027 has no week 53"),
        ("2026-W00", "2026 has no week 0"),
        ("someday", "'someday' is not a week or a date. Use a week label like 2026-W48, a date like 2026-11-23, or this, last, next."),
        ("next week", "is not a"),
        ("2026-13-01", "is not a real date"),
        ("0001-01-01", "1900–2999"),
        ("٢٠٢٦-W٤٨", "uses digits this app does not read"),
    ],
)
def test_weeks_refused(text, fragment):
    with pytest.raises(ParseError) as error:
        parse_week(text, TODAY)
    assert fragment in str(error.value)
    assert "2026-W48" in str(error.value) or "2026-11-23" in str(error.value)


def test_dates_parsed_without_guessing():
    assert parse_date("2026-11-23", TODAY) == date(2026, 11, 23)
    assert parse_date("today", TODAY) == TODAY
    assert parse_date("昨天", TODAY) == TODAY - timedelta(days=1)
    assert parse_date("yesterday", date(2027, 1, 1)) == date(2026, 12, 31)
    for fuzzy in ("23/11/2026", "Nov 23", "2026-11-3", "2026-02-30", "tomorrow", "٢٠٢٦-١١-٢٣"):
        with pytest.raises(ParseError, match="Use a date like 2026-11-23"):
            parse_date(fuzzy, TODAY)


def test_dates_do_not_depend_on_today_unless_relative():
    assert parse_date("2026-11-23", date(1999, 1, 1)) == parse_date("2026-11-23", date(2030, 6, 6))


def test_currency_codes():
    assert parse_currency("cny") == "CNY"
    for bad in ("", "CN", "CNYY", "12A", "¥¥"):
        with pytest.raises(ParseError, match="is not a currency code. Use a three-letter ISO 4217 code"):
            parse_currency(bad)


@pytest.mark.parametrize("typed, code", [("jpy", "JPY"), ("CHF", "CHF"), (" sgd ", "SGD"), ("ｋｒｗ", "KRW"),
                                         ("XAF", "XAF"), ("ZWG", "ZWG"), ("$", "USD"), ("港币", "HKD")])
def test_any_iso_4217_code_is_a_currency(typed, code):
    assert parse_currency(typed) == code


@pytest.mark.parametrize("typed", ["ABC", "QQQ", "usb", "XXX", "XTS", "YUA"])
def test_three_letters_that_are_no_currency_are_refused(typed):
    with pytest.raises(ParseError) as refused:
        parse_currency(typed)
    message = str(refused.value)
    assert f"'{typed}' is not an ISO 4217 currency code." in message
    assert "such as CNY, USD or EUR; ¥, 人民币, 元 or RMB mean CNY." in message  # what is accepted
    set_language("zh")
    with pytest.raises(ParseError, match=f"“{typed}”不是 ISO 4217 货币代码。 请使用三个字母的 ISO 4217 货币代码"):
        parse_currency(typed)


def test_the_iso_4217_list_is_the_codes_in_use():
    from weekplanner.domain.parsing.currency import iso_4217_codes

    codes = iso_4217_codes()
    assert 170 <= len(codes) <= 190 and all(re.fullmatch("[A-Z]{3}", c) for c in codes)
    assert {"CNY", "USD", "EUR", "GBP", "HKD", "JPY", "TWD", "MOP", "SLE", "XCG"} <= codes
    assert not {"RMB", "XXX", "XTS", "HRK", "SLL", "ANG", "ZWL", "CUC"} & codes  # withdrawn, or no currency


# --------------------------------------------------------------------------- properties

_typed_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789,.-+¥$€万亿千kKmMwW元 eE٠١٢٣०१２３４５", max_size=20),
)


@settings(max_examples=400, deadline=None)
@given(_typed_text)
def test_parse_amount_returns_a_valid_amount_or_a_parse_error(text):
    try:
        value = parse_amount(text)
    except ParseError as error:
        assert str(error)
        return
    assert isinstance(value, Decimal)
    assert value.is_finite()
    assert Decimal(0) < value <= MAX_AMOUNT
    assert value == value.quantize(Decimal("0.01"))


@settings(max_examples=300, deadline=None)
@given(_typed_text)
def test_parse_count_and_quota_return_a_valid_number_or_a_parse_error(text):
    for parse, low, high in ((parse_count, 1, 100_000), (parse_quota, 0, MAX_QUOTA)):
        try:
            value = parse(text)
        except ParseError:
            continue
        assert isinstance(value, int) and low <= value <= high


_week_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789-Ww ", max_size=12),
    st.from_regex(r"\d{4}-W\d{1,2}", fullmatch=True),
    st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
)


@settings(max_examples=400, deadline=None)
@given(_week_text, st.sampled_from([MONDAY, SUNDAY]))
def test_parse_week_and_date_return_a_value_or_a_parse_error(text, week_start):
    try:
        week = parse_week(text, TODAY, week_start)
    except ParseError:
        pass
    else:
        assert isinstance(week, Week) and week.start.weekday() == week_start
    try:
        day = parse_date(text, TODAY)
    except ParseError:
        pass
    else:
        assert isinstance(day, date)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=12), st.from_regex(r"\d{1,2}[:：]\d{2}", fullmatch=True)))
def test_parse_time_returns_a_time_or_a_parse_error(text):
    try:
        value = parse_time(text)
    except ParseError:
        return
    assert 0 <= value.hour <= 23 and 0 <= value.minute <= 59


def test_times_in_other_scripts_are_refused():
    assert parse_time("１４：０５").hour == 14
    with pytest.raises(ParseError, match="24-hour clock"):
        parse_time("١٤:٠٥")


_amounts = st.decimals(min_value=Decimal("0.01"), max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(_amounts, st.sampled_from(["en", "zh"]))
def test_valid_amounts_round_trip_through_formatting(value, language):
    set_language(language)
    try:
        assert parse_amount(format_money(value)) == value
        assert parse_amount(format_number(value, 2)) == value
        assert parse_amount(f"{value:f}") == value
    finally:
        set_language("en")


_days = st.dates(min_value=date(1901, 1, 1), max_value=date(2998, 12, 31))


@settings(max_examples=300, deadline=None)
@given(_days, st.sampled_from([MONDAY, SUNDAY]))
def test_seven_consecutive_days_share_a_week_and_day_plus_seven_is_the_next(day, week_start):
    week = Week.containing(day, week_start)
    assert all(Week.containing(d, week_start) == week for d in week.days)
    assert len({Week.containing(week.start + timedelta(days=i), week_start).label for i in range(7)}) == 1
    assert Week.containing(day + timedelta(days=7), week_start) == week.next()
    assert week.next().label != week.label


@settings(max_examples=300, deadline=None)
@given(_days, st.sampled_from([MONDAY, SUNDAY]))
def test_label_round_trips(day, week_start):
    week = Week.containing(day, week_start)
    assert Week.from_label(week.label, week_start) == week
    assert parse_week(week.label, TODAY, week_start) == week


def test_months_relative_to_today_follow_the_calendar():
    from datetime import date

    from weekplanner.domain.parsing.dates import parse_month

    assert parse_month("last", date(2027, 1, 4)) == (2026, 12)
    assert parse_month("上月", date(2026, 3, 31)) == (2026, 2)
    assert parse_month("this month", date(2026, 11, 30)) == (2026, 11)
    assert parse_month("next", date(2026, 12, 31)) == (2027, 1)
    assert parse_month("2026-11") == (2026, 11)
    with pytest.raises(ParseError, match="is not a month"):
        parse_month("last")  # no today: a relative month cannot be read


# -- a count target typed in one field ----------------------------------------------------------

def test_count_target_with_its_unit():
    from weekplanner.domain.parsing.targets import parse_count_target, parse_target_text

    assert parse_count_target("10 new clients") == (10, "new clients")
    assert parse_count_target("10个新客户") == (10, "个新客户")
    assert parse_count_target("１０  deals ") == (10, "deals")
    assert parse_count_target("12") == (12, "")
    assert parse_target_text("10 new clients") == ("count", Decimal(10), "new clients")
    assert parse_target_text("50万") == ("revenue", Decimal(500000), "")
    assert parse_target_text("10块") == ("revenue", Decimal(10), "")
    for wrong, message in (("0 clients", "out of range"), ("2.5", "not a count"), ("lots", "10 new clients")):
        with pytest.raises(ParseError, match=message):
            (parse_count_target if wrong == "2.5" else parse_target_text)(wrong)


def test_daily_share_of_a_target():
    from weekplanner.domain.formatting import format_daily_share
    from weekplanner.domain.target import Metric, Target, daily_share
    from weekplanner.i18n import set_language

    assert daily_share(Target(Metric.COUNT, Decimal(10), unit="new clients"), 5) == Decimal(2)
    assert daily_share(Target(Metric.COUNT, Decimal(12), unit="deals"), 5) == Decimal("2.4")
    assert daily_share(Target(Metric.REVENUE, Decimal(500000)), 0) is None
    assert format_daily_share(Decimal(2), "count", unit="new clients") == "2 new clients a day"
    assert format_daily_share(Decimal(100000), "revenue", "CNY") == "¥100,000 a day"
    set_language("zh")
    assert format_daily_share(Decimal(2), "count", unit="个新客户") == "每天 2 个新客户"


# -- what a Chinese rep types ---------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["¥", "￥", "人民币", "元", "RMB", "rmb"])
def test_yuan_in_every_spelling_is_cny(typed):
    assert parse_currency(typed) == "CNY"


@pytest.mark.parametrize("typed, value", [
    ("五十万", 500_000), ("十二万五千", 125_000), ("一亿两千万", 120_000_000), ("两千", 2_000),
    ("一万零五", 10_005), ("1万亿", 1_000_000_000_000), ("一万亿", 1_000_000_000_000),
])
def test_chinese_numerals_and_wan_yi(typed, value):
    assert parse_amount(typed) == Decimal(value)


def test_chinese_numerals_that_are_no_number_are_refused():
    for bad in ("五五", "万", "十万亿亿"):
        with pytest.raises(ParseError):
            parse_amount(bad)


@pytest.mark.parametrize("typed, day", [
    ("2026年12月7日", date(2026, 12, 7)), ("12月7日", date(2026, 12, 7)), ("12月7号", date(2026, 12, 7)),
    ("12-7", date(2026, 12, 7)), ("上周一", date(2026, 11, 16)), ("下周三", date(2026, 12, 2)),
    ("周五", date(2026, 11, 27)), ("星期日", date(2026, 11, 29)), ("前天", date(2026, 11, 23)),
])
def test_dates_as_a_chinese_rep_types_them(typed, day):
    assert parse_date(typed, TODAY) == day
    assert parse_week(typed, TODAY) == Week.containing(day)


def test_a_chinese_date_that_does_not_exist_is_refused():
    with pytest.raises(ParseError, match="not a real date"):
        parse_date("2026年2月30日", TODAY)
    assert parse_week("下周", TODAY).label == "2026-W49"
