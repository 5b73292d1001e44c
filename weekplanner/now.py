"""What "now" is for this run: the wall clock, or the moment fixed by ``$WEEKPLANNER_TODAY``.

The command line and the full-screen app both start here, so a script, a test or a
demo can live through a week (Monday morning, Friday evening, next Monday) in either.
Reading the variable happens here, at the edge; the text is read by the domain's
:func:`~weekplanner.domain.parsing.dates.parse_moment`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Mapping

from weekplanner.domain.errors import ParseError

if TYPE_CHECKING:
    from weekplanner.domain.clock import Clock

ENV_TODAY = "WEEKPLANNER_TODAY"


def clock_from_environment(environ: Mapping[str, str] | None = None) -> "Clock":
    """The system clock, or a clock fixed at ``$WEEKPLANNER_TODAY`` (``2026-11-25T14:00``; a date alone is noon).

    A value that is not a moment raises :class:`ParseError` naming the variable, for a one-line error.
    """
    from weekplanner.domain.clock import FixedClock, SystemClock
    from weekplanner.domain.parsing.dates import parse_moment

    text = (os.environ if environ is None else environ).get(ENV_TODAY, "").strip()
    if not text:
        return SystemClock()
    try:
        return FixedClock(parse_moment(text))
    except ParseError as problem:
        raise ParseError(f"{ENV_TODAY}='{text}': {problem}") from None
