"""Review tags across weeks: which recur in weeks below target, and which to offer as the rep types."""

from __future__ import annotations

from datetime import date
from typing import Iterable, NamedTuple

from weekplanner.domain.review import normalise_tags
from weekplanner.domain.summary import WeekSummary, finished
from weekplanner.i18n import _


class TagCount(NamedTuple):
    """``tag`` appeared in ``weeks`` of the ``of_weeks`` weeks below target."""

    tag: str
    weeks: int
    of_weeks: int


def is_below_target(summary: WeekSummary) -> bool:
    return summary.percent is not None and summary.percent < 100


def tag_summary(summaries: Iterable[WeekSummary], min_weeks: int = 2) -> list[TagCount]:
    """Tags that recur among the weeks below target, most frequent first.

    ``("price objection", 5, 8)`` means the tag was on the review of 5 of the
    8 weeks that ended below target. Tags seen in fewer than ``min_weeks`` of
    those weeks are left out (one bad week is an anecdote, not a pattern).
    """
    below = [s for s in finished(summaries) if is_below_target(s)]
    counts: dict[str, int] = {}
    for summary in below:
        for tag in normalise_tags(summary.tags):
            counts[tag] = counts.get(tag, 0) + 1
    rows = [TagCount(tag, n, len(below)) for tag, n in counts.items() if n >= max(min_weeks, 1)]
    return sorted(rows, key=lambda r: (-r.weeks, r.tag))


def describe_tag_count(row: TagCount) -> str:
    """``'price objection' in 5 of the 8 weeks below target`` (translated)."""
    return _("'{tag}' in {count} of the {total} weeks below target").format(
        tag=row.tag, count=row.weeks, total=row.of_weeks
    )


def complete_tag(typed: str, known: Iterable[str]) -> str:
    """The tag ``typed`` completes to: the first ``known`` tag it starts (case-insensitive), else itself.

    The tag field shows this completion and filters by it, so what is shown is what is used.
    """
    start = typed.strip().lower()
    if not start:
        return ""
    return next((tag for tag in known if tag.lower().startswith(start)), typed.strip())


def tag_suggestions(summaries: Iterable[WeekSummary], prefix: str = "") -> list[str]:
    """Tags used before, most used first (ties: most recent first), for the review form.

    With ``prefix`` only tags starting with it (case-insensitive) are offered.
    """
    uses: dict[str, int] = {}
    last_seen: dict[str, date] = {}
    for summary in summaries:
        for tag in normalise_tags(summary.tags):
            uses[tag] = uses.get(tag, 0) + 1
            last_seen[tag] = max(last_seen.get(tag, summary.start), summary.start)
    start = " ".join(prefix.split()).lower()
    tags = [t for t in uses if t.startswith(start)]
    return sorted(tags, key=lambda t: (-uses[t], -last_seen[t].toordinal(), t))
