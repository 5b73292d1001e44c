"""Which weeks a summary covers: one week, ``W..W``, or the weeks of a month."""

from __future__ import annotations

import re
from datetime import date

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing import parse_week
from weekplanner.domain.week import MAX_YEAR, MIN_YEAR, MONDAY, Week
from weekplanner.i18n import _

#: A longer range is almost surely a typo (2016 for 2026) and would read years of files.
MAX_WEEKS = 106

#: Compiled on first use (``re`` caches it), not at import.
_MONTH = r"^(\d{4})-(\d{1,2})$"


def weeks_between(first: Week, last: Week) -> list[Week]:
    if last < first:
        raise ParseError(
            _("The range ends ({last}) before it starts ({first}).").format(first=first.label, last=last.label)
        )
    count = (last.start - first.start).days // 7 + 1
    if count > MAX_WEEKS:
        raise ParseError(
            _("The range has {count} weeks; export at most {limit} weeks at a time.").format(
                count=count, limit=MAX_WEEKS
            )
        )
    return [first.next(i) for i in range(count)]


def parse_month(text: str) -> tuple[int, int]:
    """``2026-11`` → (2026, 11); a year outside the app's years is refused like in a date."""
    match = re.match(_MONTH, text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ParseError(_("'{text}' is not a month; use the form 2026-11.").format(text=text))
    if not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        raise ParseError(_("'{text}' is outside the years this app accepts ({low}–{high}).").format(
            text=text, low=MIN_YEAR, high=MAX_YEAR) + " " + _("Use a month like 2026-11."))
    return int(match.group(1)), int(match.group(2))


def weeks_in_month(year: int, month: int, week_start: int = MONDAY) -> list[Week]:
    """The weeks whose Monday falls in the month (the Monday names the week, whatever the start)."""
    first = Week.containing(date(year, month, 1), week_start)
    weeks = [first.next(i) for i in range(6)]
    return [w for w in weeks if (w.monday.year, w.monday.month) == (year, month)]


def parse_range(text: str, today: date, week_start: int = MONDAY) -> list[Week]:
    """What the export screen accepts: a week, ``2026-W45..2026-W48`` or a month ``2026-11``."""
    raw = text.strip()
    if re.match(_MONTH, raw):
        return weeks_in_month(*parse_month(raw), week_start)
    parts = [p for p in re.split(r"\s*(?:\.\.|–|\s)\s*", raw) if p]
    if len(parts) == 1:
        return [parse_week(parts[0], today, week_start)]
    if len(parts) == 2:
        return weeks_between(parse_week(parts[0], today, week_start), parse_week(parts[1], today, week_start))
    raise ParseError(
        _("'{text}' is not a range; use a week (2026-W48), two weeks (2026-W45..2026-W48) or a month (2026-11).").format(
            text=text
        )
    )
