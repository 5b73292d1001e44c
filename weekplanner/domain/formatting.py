"""Numbers, money, percents and dates as a rep reads them, in English or Chinese.

One place for these so the TUI, the CLI and the exports agree to the character.
The patterns (weekday and month names, date layouts, the list separator, the
short number steps such as 万/亿) come from the language's catalog.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

from weekplanner.domain.week import Week
from weekplanner.i18n import _, current_language, ngettext, pgettext

CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(weekday names, month names) in the current language, looked up once per language."""
    language = current_language()
    names = _NAMES.get(language)
    if names is None:
        weekdays = (pgettext("weekday", "Mon"), pgettext("weekday", "Tue"), pgettext("weekday", "Wed"),
                    pgettext("weekday", "Thu"), pgettext("weekday", "Fri"), pgettext("weekday", "Sat"),
                    pgettext("weekday", "Sun"))
        months = (pgettext("month", "Jan"), pgettext("month", "Feb"), pgettext("month", "Mar"),
                  pgettext("month", "Apr"), pgettext("month", "May"), pgettext("month", "Jun"),
                  pgettext("month", "Jul"), pgettext("month", "Aug"), pgettext("month", "Sep"),
                  pgettext("month", "Oct"), pgettext("month", "Nov"), pgettext("month", "Dec"))
        names = _NAMES[language] = (weekdays, months)
    return names


def _compact_steps() -> list[tuple[Decimal, str]]:
    """The short-number steps of the language, largest first: ``1000 k`` in English, ``10000 万`` in Chinese."""
    # TRANSLATORS: the sizes and suffixes of short numbers ("500k", "50万"), largest first, separated by |
    steps = pgettext("short number steps", "1000000000 bn|1000000 m|1000 k")
    found = []
    for step in steps.split("|"):
        size, _sep, suffix = step.strip().partition(" ")
        found.append((Decimal(size), suffix))
    return found


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
    steps = _compact_steps()

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
    if unit and not unit.isprintable():
        from weekplanner.safe_text import terminal_safe

        unit = terminal_safe(unit)
    if not unit:
        return number
    count = int(value) if Decimal(value) == Decimal(value).to_integral_value() else 2
    # TRANSLATORS: a count and the unit the rep typed ("10 new clients"); {one} is the unit made singular
    pattern = ngettext("{number} {one}", "{number} {unit}", count)
    text = pattern.format(number=number, unit=unit, one=singular(unit))
    if unit.isascii():  # a Latin unit never touches the digits, in any language: "10 deals"
        text = text.replace(number + unit, f"{number} {unit}")
    return text


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


def done_of(done: int, quota: int) -> str:
    """``7/10``; ``7`` when there was no quota: done against quota in every table, report and status."""
    return f"{done}/{quota}" if quota else str(done)


def format_list(items: Iterable[str]) -> str:
    """Items of a sentence: ``Calls 4, Visits 2`` in English, ``电话 4、拜访 2`` in Chinese (顿号)."""
    # TRANSLATORS: what separates the items of a list in a sentence
    return pgettext("list separator", ", ").join(items)


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
    return _names()[0][weekday]


def format_day(day: date) -> str:
    """``Wed 25 Nov`` / ``11月25日 周三``."""
    # TRANSLATORS: fields {weekday} {day} {month} (number) {month_name} {year}
    return pgettext("date pattern: day", "{weekday} {day} {month_name}").format(**_date_fields(day))


def _date_fields(day: date, prefix: str = "") -> dict[str, object]:
    return {prefix + "weekday": weekday_name(day), prefix + "day": day.day, prefix + "month": day.month,
            prefix + "month_name": _names()[1][day.month - 1], prefix + "year": day.year}


def format_date_range(start: date, end: date) -> str:
    """``23–29 Nov`` / ``28 Dec 2026 – 3 Jan 2027`` / ``11月23日–29日``."""
    fields = {**_date_fields(start, "start_"), **_date_fields(end, "end_")}
    if start.year != end.year:
        # TRANSLATORS: fields start_ and end_ + weekday, day, month (number), month_name, year
        pattern = pgettext("date pattern: range over two years",
                           "{start_day} {start_month_name} {start_year} – {end_day} {end_month_name} {end_year}")
    elif start.month != end.month:
        # TRANSLATORS: fields start_ and end_ + weekday, day, month (number), month_name, year
        pattern = pgettext("date pattern: range over two months", "{start_day} {start_month_name} – {end_day} {end_month_name}")
    else:
        # TRANSLATORS: fields start_ and end_ + weekday, day, month (number), month_name, year
        pattern = pgettext("date pattern: range in one month", "{start_day}–{end_day} {end_month_name}")
    return pattern.format(**fields)


def format_week(week: Week) -> str:
    """``2026-W48 · 23–29 Nov``."""
    return f"{week.label} · {format_date_range(week.start, week.end)}"
