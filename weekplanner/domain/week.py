"""Weeks: identified by their start date, labelled by ISO year and week.

A week starts on Monday (ISO) or Sunday (a setting). A Sunday week takes the
label of the ISO week of the Monday inside it, so the same label names the same
working week whichever start the rep prefers; plans, targets and reviews are
keyed by that label and survive a change of week start.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _

MONDAY = 0
SUNDAY = 6
WEEK_STARTS = (MONDAY, SUNDAY)
DEFAULT_WORKDAYS: frozenset[int] = frozenset({0, 1, 2, 3, 4})

#: Years a week label or a typed date may name; outside them is a typo, not a plan
#: (and the Sunday before 0001-01-01 does not exist).
MIN_YEAR = 1900
MAX_YEAR = 2999

#: Compiled on first use (``re`` caches it), not at import.
_LABEL = r"(?ai)^(\d{4})-?W(\d{1,2})$"


class Week(NamedTuple):
    """Seven days from ``start`` (a Monday or a Sunday); weeks sort by their start."""

    start: date

    @classmethod
    def containing(cls, day: date, week_start: int = MONDAY) -> "Week":
        if week_start not in WEEK_STARTS:
            raise ValueError(f"week_start must be 0 (Monday) or 6 (Sunday), not {week_start}")
        offset = (day.weekday() - week_start) % 7
        return cls(day - timedelta(days=offset))

    @classmethod
    def from_label(cls, label: str, week_start: int = MONDAY) -> "Week":
        """``2026-W48`` → that week; ``2027-W53`` (no such week) raises ``ParseError``."""
        match = re.match(_LABEL, label.strip())
        if not match:
            raise ParseError(
                _("'{text}' is not a week label; use the form 2026-W48.").format(text=label)
            )
        year, number = int(match.group(1)), int(match.group(2))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ParseError(
                _("'{text}' names a year outside {low}–{high}; use a label such as 2026-W48.").format(text=label, low=MIN_YEAR, high=MAX_YEAR)
            )
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:
            raise ParseError(
                _("{year} has no week {number}; weeks run from W01 to W{last:02d}.").format(
                    year=year, number=number, last=iso_weeks_in_year(year)
                )
            ) from None
        return cls.containing(monday, week_start)

    @property
    def week_start(self) -> int:
        return self.start.weekday()

    @property
    def monday(self) -> date:
        """The Monday inside this week; it names the week's ISO label."""
        return self.start + timedelta(days=(7 - self.start.weekday()) % 7)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range(7))

    @property
    def label(self) -> str:
        year, number, _day = self.monday.isocalendar()
        return f"{year}-W{number:02d}"

    def next(self, weeks: int = 1) -> "Week":
        return Week(self.start + timedelta(days=7 * weeks))

    def previous(self, weeks: int = 1) -> "Week":
        return Week(self.start - timedelta(days=7 * weeks))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def workdays(self, workdays: frozenset[int] = DEFAULT_WORKDAYS) -> tuple[date, ...]:
        """The days of this week that are workdays (weekday numbers, Monday = 0)."""
        return tuple(d for d in self.days if d.weekday() in workdays)

    def __str__(self) -> str:
        return self.label


def iso_weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the last one."""
    return date(year, 12, 28).isocalendar()[1]
