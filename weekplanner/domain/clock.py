""""Now" and "today" as an injectable dependency, so tests can fix the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable, Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The local wall clock (naive local time, as a rep thinks of their day)."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """A clock frozen at ``at``; tests move it by assigning ``at``."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()


def clock_from(func: Callable[[], datetime]) -> Clock:
    """Wrap a function returning ``datetime`` as a clock."""

    class _FuncClock:
        def now(self) -> datetime:
            return func()

        def today(self) -> date:
            return func().date()

    return _FuncClock()
