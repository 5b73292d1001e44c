"""Which weeks a summary covers: one week, ``W..W``, or the weeks of a month."""

from __future__ import annotations

import re
from datetime import date

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.dates import MONTH_WORDS, parse_month, parse_week
from weekplanner.domain.week import MONDAY, Week
from weekplanner.i18n import _

#: A longer range is almost surely a typo (2016 for 2026) and would read years of files.
MAX_WEEKS = 106

#: Text shaped like a month (``2026-11``, digits of any script): read by the domain's parse_month.
_MONTH_LIKE = r"^\d{4}-\d{1,2}$"


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


def weeks_in_month(year: int, month: int, week_start: int = MONDAY) -> list[Week]:
    """The weeks whose Monday falls in the month (the Monday names the week, whatever the start)."""
    from dateutil.relativedelta import MO, relativedelta  # ~8 ms: not at start-up

    first_day = date(year, month, 1)
    first_monday = first_day + relativedelta(weekday=MO(+1))  # the 1st itself when it is a Monday
    last_monday = first_day + relativedelta(day=31, weekday=MO(-1))  # day=31 is the month's last day
    return weeks_between(Week.containing(first_monday, week_start), Week.containing(last_monday, week_start))


def parse_range(text: str, today: date, week_start: int = MONDAY) -> list[Week]:
    """What the export screen accepts: a week, ``2026-W45..2026-W48``, a month ``2026-11`` or ``last month`` (上月)."""
    raw = text.strip()
    if re.match(_MONTH_LIKE, raw) or " ".join(raw.lower().split()) in MONTH_WORDS:
        return weeks_in_month(*parse_month(raw, today), week_start)
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
