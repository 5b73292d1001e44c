"""Numbers a rep types: money amounts, counts, quotas, percents and ratios, Chinese numerals too."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.text import MAX_INPUT_LENGTH, has_foreign_digits, normalise
from weekplanner.i18n import _

#: The largest amount accepted: one trillion (1万亿) — beyond any weekly target.
MAX_AMOUNT = Decimal("1000000000000")
#: The largest count accepted for one entry or one target.
MAX_COUNT = 100_000
#: The largest daily quota for one activity type.
MAX_QUOTA = 1_000

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


def parse_amount(text: str) -> Decimal:
    """``500000``, ``500,000``, ``¥500,000``, ``500k``, ``1.2m``, ``50万``, ``1.5亿`` → Decimal.

    Money is kept to the cent; zero, negatives, NaN, infinity and amounts over
    one trillion are refused.
    """
    accepted = _("Use a positive amount such as 500000, 500,000, ¥500,000, 500k, 1.2m, 50万 or 1.5亿.")
    raw = normalise(text)
    if not raw:
        raise ParseError(_("The amount is empty.") + " " + accepted)
    if len(raw) > MAX_INPUT_LENGTH:
        raise ParseError(_("The amount is too long to be a number.") + " " + accepted)
    if has_foreign_digits(raw):
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
    raw = normalise(text)
    lowest = 0 if allow_zero else 1
    accepted = _("Use a whole number from {low} to {high}.").format(low=lowest, high=f"{maximum:,}")
    if not raw:
        raise ParseError(_("The number is empty.") + " " + accepted)
    if (
        len(raw) > MAX_INPUT_LENGTH
        or has_foreign_digits(raw)
        or not re.fullmatch(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)", raw)
    ):
        raise ParseError(_("'{text}' is not a whole number.").format(text=text) + " " + accepted)
    if raw[0] in "-−":  # "-0" too: a count has no sign
        raise ParseError(_("'{text}' has a sign; a count has none.").format(text=text) + " " + accepted)
    value = int(raw.replace(",", ""))
    if value < lowest or value > maximum:
        raise ParseError(_("{value} is out of range.").format(value=value) + " " + accepted)
    return value


def parse_quota(text: str) -> int:
    """A daily quota: a whole number from 0 to :data:`MAX_QUOTA`."""
    return parse_count(text, allow_zero=True, maximum=MAX_QUOTA)


def parse_week_total(text: str, workdays: int = 7) -> int:
    """A weekly total of one activity type: 0 up to the daily maximum on each of ``workdays`` days."""
    return parse_count(text, allow_zero=True, maximum=MAX_QUOTA * max(workdays, 1))


def parse_hour(text: str) -> int:
    """An hour of the working day's start or end: a whole number from 0 to 24."""
    return parse_count(text, allow_zero=True, maximum=24)



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



def parse_percent(text: str, *, maximum: Decimal = Decimal(1000)) -> Decimal:
    """``25%``, ``25`` or ``12.5 %`` → the share as a Decimal (``0.25``); from 0 to ``maximum`` percent."""
    raw = normalise(text).replace("％", "%").rstrip("%").strip()
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
    raw = normalise(text)
    accepted = _("Use a number such as 4 or 2.5 (from 0 to {high}).").format(high=f"{maximum:f}")
    if not raw:
        raise ParseError(_("The number is empty.") + " " + accepted)
    if has_foreign_digits(raw) or not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", raw):
        raise ParseError(_("'{text}' is not a number.").format(text=text) + " " + accepted)
    value = Decimal(raw)
    if value > maximum:
        raise ParseError(_("{value} is out of range.").format(value=raw) + " " + accepted)
    return value
