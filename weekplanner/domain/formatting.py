"""Numbers, money, percents and dates as a rep reads them, in English or Chinese.

One place for these so the TUI, the CLI and the exports agree to the character.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

from weekplanner.domain.week import Week
from weekplanner.i18n import _, current_language

CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def format_number(value: Decimal | int, decimals: int = 0) -> str:
    """``500000`` → ``500,000`` (both languages group by thousands in business writing)."""
    quantum = Decimal(1).scaleb(-decimals)
    return f"{Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP):,}"


def format_money(value: Decimal, currency: str = "CNY", compact: bool = False) -> str:
    """``¥500,000``; cents only when there are any; ``compact`` gives ``¥50万`` / ``¥500k``."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    value = Decimal(value)
    if compact:
        return symbol + compact_number(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return symbol + format_number(value, decimals)


def compact_number(value: Decimal | int) -> str:
    """Short form for tight cells: ``50万`` / ``1.5亿`` in Chinese, ``500k`` / ``1.2m`` in English."""
    value = Decimal(value)
    if current_language() == "zh":
        steps = ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万"))
    else:
        steps = ((Decimal(1_000_000_000), "bn"), (Decimal(1_000_000), "m"), (Decimal(1_000), "k"))
    def short(size: Decimal) -> Decimal:
        return (value / size).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    for i, (size, suffix) in enumerate(steps):
        smaller = steps[i + 1][0] if i + 1 < len(steps) else None
        # 999,950 would read "1000.0k" at the smaller step: it belongs to the larger one ("1m").
        rounds_up = smaller is not None and abs(short(smaller)) >= size / smaller
        if abs(value) >= size or rounds_up:
            return f"{short(size).normalize():f}{suffix}"
    return format_number(value)


def format_value(value: Decimal, metric: str, currency: str = "CNY", unit: str = "", compact: bool = False) -> str:
    """A target-like value: money for revenue, ``10 new clients`` for a count."""
    if metric == "revenue":
        return format_money(value, currency, compact)
    number = format_number(value)
    if current_language() != "zh" and Decimal(value) == 1:
        unit = singular(unit)
    if unit and not unit.isprintable():
        from weekplanner.safe_text import terminal_safe

        unit = terminal_safe(unit)
    return f"{number} {unit}".strip() if current_language() != "zh" else f"{number}{(' ' + unit) if unit and unit.isascii() else unit}"


def singular(unit: str) -> str:
    """``deals`` → ``deal``, ``new clients`` → ``new client``: "1 deal", not "1 deals".

    Only the last word of an English plural changes; anything else is left as the rep typed it.
    """
    head, _space, last = unit.rpartition(" ")
    if not last.isascii() or not last.isalpha() or len(last) < 3:
        return unit
    lower = last.lower()
    if lower.endswith("ies"):
        last = last[:-3] + ("Y" if last.isupper() else "y")
    elif lower.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head}{_space}{last}"


def format_list(items: Iterable[str]) -> str:
    """Items of a sentence: ``Calls 4, Visits 2`` in English, ``电话 4、拜访 2`` in Chinese (顿号)."""
    return ("、" if current_language() == "zh" else ", ").join(items)


def count_phrase(n: int, one: str, many: str) -> str:
    """``1 review found`` / ``3 reviews found``: ``one`` and ``many`` are translated messages with {n}."""
    return (one if n == 1 else many).format(n=n)


def format_daily_share(share: Decimal, metric: str, currency: str = "CNY", unit: str = "") -> str:
    """``2 new clients a day`` / ``每天 2 个新客户``; ``¥100,000 a day`` / ``每天 ¥100,000``."""
    if metric == "revenue":
        value = format_money(share, currency)
    else:
        decimals = 0 if share == share.to_integral_value() else 1
        value = f"{format_number(share, decimals)} {unit}".strip()
    return _("{share} a day").format(share=value)


def format_percent(value: Decimal | None) -> str:
    """``82.4%``; whole numbers without the ``.0``; ``–`` for none."""
    if value is None:
        return "–"
    exact = Decimal(value)
    value = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if exact < 100 <= value:
        # 99.96% is not done: never show a missed target as 100%.
        value = Decimal("99.9")
    text = f"{value:f}"
    return (text[:-2] if text.endswith(".0") else text) + "%"


def weekday_name(day: date | int) -> str:
    weekday = day if isinstance(day, int) else day.weekday()
    return (_WEEKDAYS_ZH if current_language() == "zh" else _WEEKDAYS_EN)[weekday]


def format_day(day: date) -> str:
    """``Wed 25 Nov`` / ``11月25日 周三``."""
    if current_language() == "zh":
        return f"{day.month}月{day.day}日 {weekday_name(day)}"
    return f"{weekday_name(day)} {day.day} {_MONTHS[day.month - 1]}"


def format_date_range(start: date, end: date) -> str:
    """``23–29 Nov`` / ``28 Dec – 3 Jan 2027`` / ``11月23日–29日``."""
    if current_language() == "zh":
        if start.year != end.year:
            return f"{start.year}年{start.month}月{start.day}日–{end.year}年{end.month}月{end.day}日"
        if start.month != end.month:
            return f"{start.month}月{start.day}日–{end.month}月{end.day}日"
        return f"{start.month}月{start.day}日–{end.day}日"
    if start.year != end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year} – {end.day} {_MONTHS[end.month - 1]} {end.year}"
    if start.month != end.month:
        return f"{start.day} {_MONTHS[start.month - 1]} – {end.day} {_MONTHS[end.month - 1]}"
    return f"{start.day}–{end.day} {_MONTHS[start.month - 1]}"


def format_week(week: Week) -> str:
    """``2026-W48 · 23–29 Nov``."""
    return f"{week.label} · {format_date_range(week.start, week.end)}"
