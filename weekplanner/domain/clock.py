""""Now" and "today" as an injectable dependency, so tests can fix the clock."""

from __future__ import annotations

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


class FixedClock:
    """A clock frozen at ``at``; tests move it by assigning ``at``."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __repr__(self) -> str:
        return f"FixedClock({self.at!r})"

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
