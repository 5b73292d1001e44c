"""Strict parsers for what reps type: amounts, counts, weeks and dates.

Each parser returns a valid value or raises :class:`ParseError` with a message
saying what is wrong and what is accepted. Nothing here guesses: no fuzzy date
parsing, and the result never depends on today unless the text is relative
("this", "last", "next", "today"), where today is passed in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from weekplanner.domain.errors import ParseError
from weekplanner.domain.week import MONDAY, Week
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
}
_CURRENCY_PREFIX = re.compile(r"^(?:¥|\$|€|£|cny|rmb|usd|eur)\s*", re.IGNORECASE)
_CURRENCY_SUFFIX = re.compile(r"\s*(?:元|块|cny|rmb|usd|eur)$", re.IGNORECASE)
_NUMBER = re.compile(
    r"^(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(?P<suffix>k|w|m|千|万|百万|亿)?$",
    re.IGNORECASE,
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _normalise(text: str) -> str:
    """Fold fullwidth digits and punctuation (what Chinese input methods type) to ASCII.

    NFKC maps ``５０万`` to ``50万`` and ``，`` to ``,``; digits of other scripts
    stay as they are and are then rejected by the ASCII-only patterns.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    return folded.replace("，", ",").replace("。", ".")


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
    if _has_foreign_digits(raw):
        raise ParseError(
            _("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted
        )
    if raw.startswith("-") or raw.startswith("−"):
        raise ParseError(_("The amount must be positive, not '{text}'.").format(text=text) + " " + accepted)
    body = _CURRENCY_SUFFIX.sub("", _CURRENCY_PREFIX.sub("", raw))
    match = _NUMBER.match(body)
    if not match:
        raise ParseError(_("'{text}' is not an amount.").format(text=text) + " " + accepted)
    try:
        number = Decimal(match.group("number").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise ParseError(_("'{text}' is not an amount.").format(text=text) + " " + accepted) from None
    value = number * _MULTIPLIERS[(match.group("suffix") or "").lower()]
    if value <= 0:
        raise ParseError(_("The amount must be more than zero.") + " " + accepted)
    if value > MAX_AMOUNT:
        raise ParseError(_("'{text}' is larger than this app accepts (at most 1万亿).").format(text=text))
    if value != value.quantize(Decimal("0.01")):
        raise ParseError(_("'{text}' has more than two decimals; amounts are kept to the cent.").format(text=text))
    return value.quantize(Decimal("0.01")) if value != value.to_integral_value() else value.quantize(Decimal(1))


def parse_count(text: str, *, allow_zero: bool = False, maximum: int = MAX_COUNT) -> int:
    """A whole number of things (clients, calls): ``10``, ``１０``; no decimals, no signs."""
    raw = _normalise(text)
    lowest = 0 if allow_zero else 1
    accepted = _("Use a whole number from {low} to {high}.").format(low=lowest, high=f"{maximum:,}")
    if not raw:
        raise ParseError(_("The number is empty.") + " " + accepted)
    if _has_foreign_digits(raw) or not re.fullmatch(r"[+-]?\d+", raw.replace(",", "")):
        raise ParseError(_("'{text}' is not a whole number.").format(text=text) + " " + accepted)
    value = int(raw.replace(",", ""))
    if value < lowest or value > maximum:
        raise ParseError(_("{value} is out of range.").format(value=value) + " " + accepted)
    return value


def parse_quota(text: str) -> int:
    """A daily quota: a whole number from 0 to :data:`MAX_QUOTA`."""
    return parse_count(text, allow_zero=True, maximum=MAX_QUOTA)


_RELATIVE_WEEKS = {
    "this": 0, "本周": 0, "这周": 0,
    "last": -1, "上周": -1,
    "next": 1, "下周": 1,
}


def parse_week(text: str, today: date, week_start: int = MONDAY) -> Week:
    """``2026-W48``, ``this``, ``last``, ``next``, or a date ``2026-11-23`` (any day of the week)."""
    raw = _normalise(text).lower()
    accepted = _("Use a week label like 2026-W48, a date like 2026-11-23, or this, last, next.")
    if not raw:
        raise ParseError(_("The week is empty.") + " " + accepted)
    if raw in _RELATIVE_WEEKS:
        return Week.containing(today, week_start).next(_RELATIVE_WEEKS[raw])
    if "w" in raw:
        try:
            return Week.from_label(raw, week_start)
        except ParseError as error:
            raise ParseError(str(error) + " " + accepted) from None
    return Week.containing(parse_date(raw, today), week_start)


_RELATIVE_DAYS = {"today": 0, "今天": 0, "yesterday": -1, "昨天": -1}


def parse_date(text: str, today: date) -> date:
    """``2026-11-23``, ``today`` or ``yesterday``; nothing fuzzy."""
    raw = _normalise(text).lower()
    accepted = _("Use a date like 2026-11-23, or today, yesterday.")
    if raw in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[raw])
    if not _DATE.match(raw):
        raise ParseError(_("'{text}' is not a date.").format(text=text) + " " + accepted)
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ParseError(_("'{text}' is not a real date.").format(text=text) + " " + accepted) from None


def parse_currency(text: str) -> str:
    """A three-letter currency code such as CNY, USD, EUR."""
    raw = _normalise(text).upper()
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise ParseError(
            _("'{text}' is not a currency code; use three letters such as CNY, USD or EUR.").format(text=text)
        )
    return raw
