"""When: weeks, dates, months, times of day and moments, as typed in English or Chinese."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.text import has_foreign_digits, normalise
from weekplanner.domain.week import MAX_YEAR, MIN_YEAR, MONDAY, Week
from weekplanner.i18n import _

_DATE = r"(?a)^\d{4}-\d{2}-\d{2}$"


_RELATIVE_WEEKS = {
    "this": 0, "本周": 0, "这周": 0, "这个星期": 0,
    "last": -1, "上周": -1, "上个星期": -1,
    "next": 1, "下周": 1, "下个星期": 1,
}


def parse_week(text: str, today: date, week_start: int = MONDAY) -> Week:
    """``2026-W48``, ``this``, ``last``, ``next``, or a date ``2026-11-23`` (any day of the week)."""
    raw = normalise(text).lower()
    accepted = _("Use a week label like 2026-W48, a date like 2026-11-23, or this, last, next.")
    if not raw:
        raise ParseError(_("The week is empty.") + " " + accepted)
    if raw in _RELATIVE_WEEKS:
        return Week.containing(today, week_start).next(_RELATIVE_WEEKS[raw])
    if has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted)
    if "w" in raw:
        try:
            return Week.from_label(normalise(text), week_start)
        except ParseError as error:
            raise ParseError(str(error) + " " + accepted) from None
    if not re.match(_DATE, raw) and raw not in _RELATIVE_DAYS and _spoken_date(raw, today) is None:
        # Say everything a week field takes, not only the dates.
        raise ParseError(_("'{text}' is not a week or a date.").format(text=text) + " " + accepted)
    return Week.containing(parse_date(raw, today), week_start)


_RELATIVE_DAYS = {"today": 0, "今天": 0, "yesterday": -1, "昨天": -1, "前天": -2}


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
    raw = normalise(text).lower()
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
    if has_foreign_digits(raw):
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
    raw = normalise(text)
    accepted = _("Use the form 2026-11, or this, last, next.")
    if today is not None and " ".join(raw.lower().split()) in _RELATIVE_MONTHS:
        from dateutil.relativedelta import relativedelta  # calendar months: 31 Mar − 1 month is 28/29 Feb

        month = today.replace(day=1) + relativedelta(months=_RELATIVE_MONTHS[" ".join(raw.lower().split())])
        return month.year, month.month
    if has_foreign_digits(raw):
        raise ParseError(_("'{text}' uses digits this app does not read.").format(text=text) + " " + accepted)
    match = re.match(_MONTH, raw)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ParseError(_("'{text}' is not a month.").format(text=text) + " " + accepted)
    year = int(match.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(_("'{text}' is outside the years this app accepts ({low}–{high}).").format(
            text=text, low=MIN_YEAR, high=MAX_YEAR) + " " + accepted)
    return year, int(match.group(2))


def parse_time(text: str) -> time:
    """A time of day ``14:05`` or ``9:30`` (24-hour clock; ``１４：０５`` too), for entries logged after the fact.

    The one reader of a time of day: the log form, ``log --at`` and ``$WEEKPLANNER_TODAY`` use it.
    """
    try:
        return _clock_time(normalise(text).replace("：", ":"), text, seconds=False)
    except ParseError as problem:
        raise ParseError(f"{problem} " + _("Use a time like 14:05 or 9:30 (24-hour clock).")) from None


def _clock_time(raw: str, text: str, *, seconds: bool) -> time:
    """``14:05`` (``14:05:30`` when ``seconds``); the problem alone (callers add what is accepted)."""
    if has_foreign_digits(raw):
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
    raw = normalise(text).replace("：", ":")
    if not raw:
        raise ParseError(_("The moment is empty.") + " " + accepted)
    day_text, separator, time_text = raw.replace(" ", "T", 1).partition("T")
    try:
        day = _calendar_date(day_text, text)
        at = _clock_time(time_text, text, seconds=True) if separator else MOMENT_DEFAULT_TIME
    except ParseError as problem:
        raise ParseError(f"{problem} {accepted}") from None
    return datetime.combine(day, at)
