"""Strict parsers for what reps type: amounts, counts, percents, weeks, dates, times and moments.

Each parser returns a valid value or raises :class:`ParseError` with a message
saying what is wrong and what is accepted. Nothing here guesses: no fuzzy date
parsing, and the result never depends on today unless the text is relative
("this", "last", "next", "today"), where today is passed in.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation, localcontext

from weekplanner.domain.errors import ParseError
from weekplanner.domain.week import MAX_YEAR, MIN_YEAR, MONDAY, Week
from weekplanner.i18n import _, in_every_language

#: The largest amount accepted: one trillion (1万亿) — beyond any weekly target.
MAX_AMOUNT = Decimal("1000000000000")
#: The largest count accepted for one entry or one target.
MAX_COUNT = 100_000
#: The largest daily quota for one activity type.
MAX_QUOTA = 1_000
#: Typed text longer than this is refused before any arithmetic (no number needs more).
MAX_INPUT_LENGTH = 64

_MULTIPLIERS = {
    "": Decimal(1),
    "k": Decimal(1_000),
    "千": Decimal(1_000),
    "w": Decimal(10_000),
    "万": Decimal(10_000),
    "m": Decimal(1_000_000),
    "百万": Decimal(1_000_000),
    "亿": Decimal(100_000_000),
    "万亿": Decimal(1_000_000_000_000),
}
# Patterns are strings that ``re`` compiles on first use and caches: a command that parses no
# amount or date (``status``) does not pay ~0.6 ms to compile them at import.
_CURRENCY_PREFIX = r"(?i)^(?:¥|\$|€|£|cny|rmb|usd|eur)\s*"
_CURRENCY_SUFFIX = r"(?i)\s*(?:元|块|cny|rmb|usd|eur)$"
_NUMBER = r"(?i)^(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(?P<suffix>k|w|m|千|万|百万|万亿|亿)?$"
_DATE = r"(?a)^\d{4}-\d{2}-\d{2}$"


#: Fullwidth ASCII forms (U+FF01..U+FF5E) → ASCII, the ideographic space and full stop, fullwidth ¥.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: ord(" "), 0x3002: ord("."), 0xFFE5: ord("¥")})


def _normalise(text: str) -> str:
    """Fold what a Chinese input method types in full-width mode to ASCII — deliberately.

    ``５０万`` reads as ``50万``, ``１，０００`` as ``1,000``, ``１。５万`` as
    ``1.5万``: a rep typing in Chinese mode means exactly those numbers. Nothing
    else is folded: superscripts (``²``), mathematical digits (``𝟓``) and the
    digits of other scripts (Arabic-Indic ``٥``, Devanagari ``५``) are left as
    they are and refused with a message naming them.
    """
    return text.translate(_FULLWIDTH).strip()


def _has_foreign_digits(text: str) -> bool:
    return any(ch.isdigit() and not ("0" <= ch <= "9") for ch in text)


def parse_amount(text: str) -> Decimal:
    """``500000``, ``500,000``, ``¥500,000``, ``500k``, ``1.2m``, ``50万``, ``1.5亿`` → Decimal.

    Money is kept to the cent; zero, negatives, NaN, infinity and amounts over
    one trillion are refused.
    """
    accepted = _("Use a positive amount such as 500000, 500,000, ¥500,000, 500k, 1.2m, 50万 or 1.5亿.")
    raw = _normalise(text)
    if not raw:
        raise ParseError(_("The amount is empty.") + " " + accepted)
    if len(raw) > MAX_INPUT_LENGTH:
        raise ParseError(_("The amount is too long to be a number.") + " " + accepted)
    if _has_foreign_digits(raw):
        raise ParseError(
            _("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted
        )
    body = re.sub(_CURRENCY_SUFFIX, "", re.sub(_CURRENCY_PREFIX, "", raw))
    if body.startswith(("-", "−")) or raw.startswith(("-", "−")):
        raise ParseError(_("The amount must be positive, not '{text}'.").format(text=text) + " " + accepted)
    match = re.match(_NUMBER, body)
    if not match:
        spelled = chinese_numeral(body)
        if spelled is not None:  # 五十万, 十二万五千: what a rep says is what they type
            return parse_amount(str(spelled))
        raise ParseError(_("'{text}' is not an amount.").format(text=text) + " " + accepted)
    with localcontext() as exact:
        # Enough digits that multiplying by 万/亿 never rounds (1.000000000000000000000000000001 is not 1).
        exact.prec = 2 * MAX_INPUT_LENGTH
        try:
            number = Decimal(match.group("number").replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            raise ParseError(_("'{text}' is not an amount.").format(text=text) + " " + accepted) from None
        value = number * _MULTIPLIERS[(match.group("suffix") or "").lower()]
        if value <= 0:
            raise ParseError(_("The amount must be more than zero.") + " " + accepted)
        if value > MAX_AMOUNT:
            raise ParseError(
                _("'{text}' is too large; amounts up to 1,000,000,000,000 (1万亿) are accepted.").format(text=text)
            )
        if value != value.quantize(Decimal("0.01")):
            raise ParseError(
                _("'{text}' has more than two decimals; amounts are kept to the cent, such as 1234.56.").format(
                    text=text
                )
            )
        cents = value.quantize(Decimal("0.01"))
    return cents if cents != cents.to_integral_value() else cents.quantize(Decimal(1))


def parse_count(text: str, *, allow_zero: bool = False, maximum: int = MAX_COUNT) -> int:
    """A whole number of things (clients, calls): ``10``, ``１０``; no decimals, no signs."""
    raw = _normalise(text)
    lowest = 0 if allow_zero else 1
    accepted = _("Use a whole number from {low} to {high}.").format(low=lowest, high=f"{maximum:,}")
    if not raw:
        raise ParseError(_("The number is empty.") + " " + accepted)
    if (
        len(raw) > MAX_INPUT_LENGTH
        or _has_foreign_digits(raw)
        or not re.fullmatch(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)", raw)
    ):
        raise ParseError(_("'{text}' is not a whole number.").format(text=text) + " " + accepted)
    if raw[0] in "-−":  # "-0" too: a count has no sign
        raise ParseError(_("'{text}' has a sign; a count has none.").format(text=text) + " " + accepted)
    value = int(raw.replace(",", ""))
    if value < lowest or value > maximum:
        raise ParseError(_("{value} is out of range.").format(value=value) + " " + accepted)
    return value


def parse_target_value(text: str, *, revenue: bool) -> Decimal:
    """A target's value, or what an entry adds toward it: money for a revenue target, else a whole count.

    Entries logged while no target is set count as money (``revenue=True``).
    """
    return parse_amount(text) if revenue else Decimal(parse_count(text))


#: The longest unit a count target may name (``new clients``, ``个新客户``).
MAX_UNIT_LENGTH = 40
#: A whole number, then what it counts, starting with a letter of any script (``2.5`` has no unit ``.5``).
_COUNT_WITH_UNIT = r"(?s)^(?P<number>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+))\s*(?P<unit>[^\W\d_].*)?$"


def parse_count_target(text: str) -> tuple[int, str]:
    """A count target typed in one field: ``10 new clients`` → (10, "new clients"), ``10个新客户`` →
    (10, "个新客户"), ``10`` → (10, "")."""
    raw = _normalise(text)
    match = re.match(_COUNT_WITH_UNIT, raw) if len(raw) <= MAX_INPUT_LENGTH + MAX_UNIT_LENGTH else None
    if not match:
        raise ParseError(
            _("'{text}' is not a count; type a whole number and what it counts, such as 10 new clients or "
              "10个新客户.").format(text=text)
        )
    value = parse_count(match.group("number"))
    unit = " ".join((match.group("unit") or "").split())
    if unit and _is_amount(raw):  # 50万, 10块, 5k: money, not ten of something
        raise ParseError(
            _("'{text}' is an amount of money, not a count; a count target is a whole number and what it "
              "counts, such as 10 new clients.").format(text=text)
        )
    if len(unit) > MAX_UNIT_LENGTH:
        raise ParseError(_("The unit is too long; use at most {n} characters, such as new clients.").format(
            n=MAX_UNIT_LENGTH))
    return value, unit


def _is_amount(text: str) -> bool:
    try:
        parse_amount(text)
    except ParseError:
        return False
    return True


def parse_target_text(text: str) -> tuple[str, Decimal, str]:
    """What a rep types as a week's target, in one field: (metric, value, unit).

    Money (``500k``, ``¥500,000``, ``50万``) is a revenue target; a whole number
    followed by what it counts (``10 new clients``, ``10个新客户``) is a count target.
    """
    try:
        return "revenue", parse_amount(text), ""
    except ParseError as not_money:
        try:
            value, unit = parse_count_target(text)
        except ParseError as not_count:
            match = re.match(_COUNT_WITH_UNIT, _normalise(text))
            if match and match.group("unit"):  # a number and a unit: the count's own error (0 clients)
                raise not_count from None
            raise ParseError(
                str(not_money) + " " + _("A count target is a whole number and what it counts, such as "
                                         "10 new clients.")
            ) from None
        if not unit:  # a bare number that is no amount (0, 1.005) stays the amount's error
            raise not_money from None
        return "count", Decimal(value), unit


def parse_quota(text: str) -> int:
    """A daily quota: a whole number from 0 to :data:`MAX_QUOTA`."""
    return parse_count(text, allow_zero=True, maximum=MAX_QUOTA)


def parse_week_total(text: str, workdays: int = 7) -> int:
    """A weekly total of one activity type: 0 up to the daily maximum on each of ``workdays`` days."""
    return parse_count(text, allow_zero=True, maximum=MAX_QUOTA * max(workdays, 1))


def parse_hour(text: str) -> int:
    """An hour of the working day's start or end: a whole number from 0 to 24."""
    return parse_count(text, allow_zero=True, maximum=24)


def parse_outcome(text: str) -> str:
    """A known outcome's key when ``text`` names one, else the words typed (spaces tidied).

    A key (``deal_won``, ``deal won``, ``deal-won``) or a label in either language
    (``Deal won``, ``成交``) names one; anything else is the rep's own outcome.
    """
    from weekplanner.domain.activity import OUTCOMES

    clean = " ".join(text.split())
    folded = clean.casefold()
    as_key = folded.replace(" ", "_").replace("-", "_")
    for key, label in OUTCOMES.items():
        if as_key == key or folded in {name.casefold() for name in in_every_language(label)}:
            return key
    return clean


_RELATIVE_WEEKS = {
    "this": 0, "本周": 0, "这周": 0, "这个星期": 0,
    "last": -1, "上周": -1, "上个星期": -1,
    "next": 1, "下周": 1, "下个星期": 1,
}


def parse_week(text: str, today: date, week_start: int = MONDAY) -> Week:
    """``2026-W48``, ``this``, ``last``, ``next``, or a date ``2026-11-23`` (any day of the week)."""
    raw = _normalise(text).lower()
    accepted = _("Use a week label like 2026-W48, a date like 2026-11-23, or this, last, next.")
    if not raw:
        raise ParseError(_("The week is empty.") + " " + accepted)
    if raw in _RELATIVE_WEEKS:
        return Week.containing(today, week_start).next(_RELATIVE_WEEKS[raw])
    if _has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted)
    if "w" in raw:
        try:
            return Week.from_label(_normalise(text), week_start)
        except ParseError as error:
            raise ParseError(str(error) + " " + accepted) from None
    if not re.match(_DATE, raw) and raw not in _RELATIVE_DAYS and _spoken_date(raw, today) is None:
        # Say everything a week field takes, not only the dates.
        raise ParseError(_("'{text}' is not a week or a date.").format(text=text) + " " + accepted)
    return Week.containing(parse_date(raw, today), week_start)


_RELATIVE_DAYS = {"today": 0, "今天": 0, "yesterday": -1, "昨天": -1, "前天": -2}

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


def chinese_numeral(text: str) -> int | None:
    """``五十万`` → 500000, ``十二万五千`` → 125000, ``一亿两千万`` → 120000000; None when not a numeral.

    Whole numbers only, written with 零一二两三四五六七八九 and 十百千万亿.
    """
    if not text or any(ch not in _CHINESE_DIGITS and ch not in _CHINESE_UNITS and ch not in _CHINESE_BIG_UNITS
                       for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CHINESE_DIGITS:
            if digit is not None and _CHINESE_DIGITS[ch] != 0:
                return None  # 五五: two digits in a row is no numeral
            digit = _CHINESE_DIGITS[ch] or None
        elif ch in _CHINESE_UNITS:
            section += (1 if digit is None else digit) * _CHINESE_UNITS[ch]
            digit = None
        else:
            big = _CHINESE_BIG_UNITS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                return None
            total = (total + section) * big if big > 10_000 or total < big else total + section * big
            section, digit = 0, None
    return total + section + (digit or 0) or None


_CHINESE_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: 2026年12月7日 / 12月7日 / 12-7 (the year: today's) / 上周一, 下周三, 周五 (this week's).
_CHINESE_DATE = r"^(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]?$"
_MONTH_DAY = r"(?a)^(?P<month>\d{1,2})-(?P<day>\d{1,2})$"
_RELATIVE_WEEKDAY = r"^(?P<which>上|下|本|这)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])$"


def _spoken_date(raw: str, today: date) -> date | None:
    """The dates a Chinese rep types (see the patterns above); None when ``raw`` is none of them."""
    match = re.match(_CHINESE_DATE, raw) or re.match(_MONTH_DAY, raw)
    if match:
        year = int(match.groupdict().get("year") or today.year)
        try:
            return date(year, int(match.group("month")), int(match.group("day")))
        except ValueError:
            raise ParseError(_("'{text}' is not a real date.").format(text=raw) + " " + _date_accepted()) from None
    match = re.match(_RELATIVE_WEEKDAY, raw)
    if match:
        weeks = {"上": -1, "下": 1}.get(match.group("which") or "", 0)
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
        return monday + timedelta(days=_CHINESE_WEEKDAYS[match.group("day")])
    return None


def _date_accepted() -> str:  # noqa: N802 - a message, translated when asked for
    return _("Use a date like 2026-11-23, 2026年11月23日, 11月23日, or today, yesterday, 上周一.")


def parse_date(text: str, today: date) -> date:
    """``2026-11-23``, ``today`` or ``yesterday``, ``2026年11月23日``, ``11月23日``, ``11-23``, ``上周一``; nothing fuzzy."""
    raw = _normalise(text).lower()
    if raw in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[raw])
    spoken = _spoken_date(raw, today)
    if spoken is not None:
        raw = spoken.isoformat()
    try:
        return _calendar_date(raw, text)
    except ParseError as problem:
        raise ParseError(f"{problem} " + _date_accepted()) from None


def _calendar_date(raw: str, text: str) -> date:
    """``2026-11-23`` within the years this app accepts; the problem alone (callers add what is accepted)."""
    if _has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text))
    if not re.match(_DATE, raw):
        raise ParseError(_("'{text}' is not a date.").format(text=text))
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ParseError(_("'{text}' is not a real date.").format(text=text)) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ParseError(_("'{text}' is outside the years this app accepts ({low}–{high}).").format(
            text=text, low=MIN_YEAR, high=MAX_YEAR))
    return day


_MONTH = r"(?a)^(\d{4})-(\d{1,2})$"


#: Months named relative to today (``--month last``; in a range field only the unambiguous forms).
_RELATIVE_MONTHS = {
    "this": 0, "last": -1, "next": 1,
    "this month": 0, "last month": -1, "next month": 1,
    "本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
}
#: The relative months a range field reads as months (there ``last`` alone is last week).
MONTH_WORDS = frozenset(k for k in _RELATIVE_MONTHS if k not in ("this", "last", "next"))


def parse_month(text: str, today: date | None = None) -> tuple[int, int]:
    """A month ``2026-11`` (``２０２６-１１`` too), or ``this`` / ``last`` / ``next`` (本月 / 上月 / 下月)
    relative to ``today`` → ``(2026, 11)``, within the years this app accepts."""
    raw = _normalise(text)
    accepted = _("Use the form 2026-11, or this, last, next.")
    if today is not None and " ".join(raw.lower().split()) in _RELATIVE_MONTHS:
        from dateutil.relativedelta import relativedelta  # calendar months: 31 Mar − 1 month is 28/29 Feb

        month = today.replace(day=1) + relativedelta(months=_RELATIVE_MONTHS[" ".join(raw.lower().split())])
        return month.year, month.month
    if _has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted)
    match = re.match(_MONTH, raw)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ParseError(_("'{text}' is not a month.").format(text=text) + " " + accepted)
    year = int(match.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(_("'{text}' is outside the years this app accepts ({low}–{high}).").format(
            text=text, low=MIN_YEAR, high=MAX_YEAR) + " " + accepted)
    return year, int(match.group(2))


#: What a rep types for a currency besides its code: ¥ / ￥ / 人民币 / 元 / RMB all mean CNY.
_CURRENCY_WORDS = {"¥": "CNY", "人民币": "CNY", "元": "CNY", "RMB": "CNY", "$": "USD", "美元": "USD",
                   "€": "EUR", "欧元": "EUR", "£": "GBP", "英镑": "GBP", "港币": "HKD", "港元": "HKD"}


def parse_currency(text: str) -> str:
    """A three-letter currency code such as CNY, USD, EUR; ``¥``, ``￥``, ``人民币``, ``元``, ``RMB`` → CNY."""
    raw = _normalise(text).upper()
    if raw in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[raw]
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise ParseError(
            _("'{text}' is not a currency code; use three letters such as CNY, USD or EUR.").format(text=text)
        )
    return raw


def parse_percent(text: str, *, maximum: Decimal = Decimal(1000)) -> Decimal:
    """``25%``, ``25`` or ``12.5 %`` → the share as a Decimal (``0.25``); from 0 to ``maximum`` percent."""
    raw = _normalise(text).replace("％", "%").rstrip("%").strip()
    try:
        return parse_ratio(raw, maximum=maximum) / 100
    except ParseError:
        raise ParseError(
            _("'{text}' is not a percent from 0 to {high}; use for example 25% or 12.5.").format(
                text=text, high=f"{maximum:f}"
            )
        ) from None


def parse_ratio(text: str, *, maximum: Decimal = Decimal(1000)) -> Decimal:
    """A rate such as calls per visit: ``4``, ``2.5``, ``０.５``; from 0 to ``maximum``."""
    raw = _normalise(text)
    accepted = _("Use a number such as 4 or 2.5 (from 0 to {high}).").format(high=f"{maximum:f}")
    if not raw:
        raise ParseError(_("The number is empty.") + " " + accepted)
    if _has_foreign_digits(raw) or not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", raw):
        raise ParseError(_("'{text}' is not a number.").format(text=text) + " " + accepted)
    value = Decimal(raw)
    if value > maximum:
        raise ParseError(_("{value} is out of range.").format(value=raw) + " " + accepted)
    return value


def parse_time(text: str) -> time:
    """A time of day ``14:05`` or ``9:30`` (24-hour clock; ``１４：０５`` too), for entries logged after the fact.

    The one reader of a time of day: the log form, ``log --at`` and ``$WEEKPLANNER_TODAY`` use it.
    """
    try:
        return _clock_time(_normalise(text).replace("：", ":"), text, seconds=False)
    except ParseError as problem:
        raise ParseError(f"{problem} " + _("Use a time like 14:05 or 9:30 (24-hour clock).")) from None


def _clock_time(raw: str, text: str, *, seconds: bool) -> time:
    """``14:05`` (``14:05:30`` when ``seconds``); the problem alone (callers add what is accepted)."""
    if _has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text))
    pattern = r"(\d{1,2}):(\d{2})(?::(\d{2}))?" if seconds else r"(\d{1,2}):(\d{2})()"
    match = re.fullmatch(pattern, raw, re.ASCII)
    if not match:
        raise ParseError(_("'{text}' is not a time.").format(text=text))
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ParseError(_("'{text}' is not a real time.").format(text=text))
    return time(hour, minute, second)


#: What a moment without a time of day means: noon, the middle of a working day.
MOMENT_DEFAULT_TIME = time(12)


def parse_moment(text: str) -> datetime:
    """A moment: ``2026-11-25T14:00`` (a space for the ``T``, seconds allowed) or a date alone (noon).

    Used for ``$WEEKPLANNER_TODAY``: the same years, digits and 24-hour clock as every
    other date and time; nothing relative ("today" needs a today), no time zones.
    """
    accepted = _("Use a date like 2026-11-25 or a date and time like 2026-11-25T14:00.")
    raw = _normalise(text).replace("：", ":")
    if not raw:
        raise ParseError(_("The moment is empty.") + " " + accepted)
    day_text, separator, time_text = raw.replace(" ", "T", 1).partition("T")
    try:
        day = _calendar_date(day_text, text)
        at = _clock_time(time_text, text, seconds=True) if separator else MOMENT_DEFAULT_TIME
    except ParseError as problem:
        raise ParseError(f"{problem} {accepted}") from None
    return datetime.combine(day, at)
