"""The numbers a review starts from, so lessons are written against facts, not memory.

One place computes them for the review screen, the read-only week view and the
CLI's ``$EDITOR`` template, so all three show the same figures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Iterable, NamedTuple

from weekplanner.domain.activity import Activity, ActivityType
from weekplanner.domain.formatting import format_day, format_number, format_percent, format_value
from weekplanner.domain.plan import Adjustment, adjustment_label
from weekplanner.domain.progress import day_counts, done_percent
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Commitment
from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import WeekSummary, summarise
from weekplanner.domain.target import TargetChange
from weekplanner.domain.week import Week
from weekplanner.i18n import _, ngettext


class DayResult(NamedTuple):
    """One workday: activities planned and done (all types together)."""

    day: date
    planned: int
    done: int

    @property
    def share(self) -> Decimal | None:
        """Done as a share of planned (:func:`done_percent` as a fraction); None on a day without a quota."""
        percent = done_percent(self.done, self.planned)
        return percent / 100 if percent is not None else None


class Move(NamedTuple):
    """One number this week against last week (did it move?)."""

    key: str  # "achieved" or an activity type
    before: Decimal
    after: Decimal

    @property
    def delta(self) -> Decimal:
        return self.after - self.before


class ReviewFacts(NamedTuple):
    summary: WeekSummary
    days: tuple[DayResult, ...]
    best_day: DayResult | None
    worst_day: DayResult | None
    adjustments: tuple[Adjustment, ...]
    target_changes: tuple[TargetChange, ...]
    streak: int


def review_facts(
    week: Week,
    record: WeekRecord,
    activities: Iterable[Activity],
    workdays: frozenset[int],
    today: date,
    streak: int = 0,
) -> ReviewFacts:
    """This week's numbers as of ``today``; ``streak`` is the repository's streak on the week's last lived day."""
    items = list(activities)
    summary = summarise(week, record, items)
    counts = day_counts(a for a in items if a.day in week)
    days = tuple(
        DayResult(d, record.plan.day_total(d), sum(counts.get(d, {}).values()))
        for d in week.days
        if d.weekday() in workdays or counts.get(d)
    )
    ranked = [d for d in days if d.day <= today and (d.planned or d.done)]
    best = worst = None
    if ranked:
        key = lambda d: (d.share if d.share is not None else Decimal(d.done), d.done)  # noqa: E731
        best = max(ranked, key=key)
        worst = min(ranked, key=key)
        if best == worst:
            worst = None
    return ReviewFacts(
        summary=summary,
        days=days,
        best_day=best,
        worst_day=worst,
        adjustments=record.adjustments,
        target_changes=record.target.changes if record.target else (),
        streak=streak,
    )


def number_moves(previous: WeekSummary, current: WeekSummary) -> list[Move]:
    """Achieved (when both weeks had the same kind of target) and each activity type done, last week → this week."""
    moves = []
    if previous.target_metric is not None and previous.target_metric == current.target_metric:
        moves.append(Move("achieved", previous.achieved, current.achieved))
    keys = dict.fromkeys([*current.planned, *current.done, *previous.planned, *previous.done])
    for key in keys:
        moves.append(Move(key, Decimal(previous.done.get(key, 0)), Decimal(current.done.get(key, 0))))
    return moves



def type_display_name(key: str, settings: Settings) -> str:
    """The type's name in the UI language; a type no longer in the settings still gets a name."""
    found = settings.type_named(key)
    return found.display_name if found else ActivityType(key).display_name


def _value(value: Decimal, summary: WeekSummary) -> str:
    return format_value(value, summary.target_metric or "count", summary.currency, summary.target_unit)


def _day_result(result: DayResult) -> str:
    return _("{day} ({done} of {planned})").format(
        day=format_day(result.day), done=result.done, planned=result.planned
    )


def describe_facts(facts: ReviewFacts, settings: Settings) -> list[str]:
    """The week's numbers as lines of text, in the UI language."""
    s = facts.summary
    lines = []
    if s.target_value is None:
        lines.append(_("No target was set this week."))
    else:
        lines.append(_("Target {target} · achieved {achieved} ({percent})").format(
            target=_value(s.target_value, s), achieved=_value(s.achieved, s), percent=format_percent(s.percent)
        ))
    for key in dict.fromkeys([*s.planned, *s.done]):
        lines.append(_("{name}: {done} done of {planned} planned").format(
            name=type_display_name(key, settings), done=s.done.get(key, 0), planned=s.planned.get(key, 0)
        ))
    if facts.best_day:
        lines.append(_("Best day: {day}").format(day=_day_result(facts.best_day)))
    if facts.worst_day:
        lines.append(_("Worst day: {day}").format(day=_day_result(facts.worst_day)))
    for change in facts.target_changes:
        lines.append(_("Target changed from {old} to {new}: {reason}").format(
            old=_value(change.old, s), new=_value(change.new, s), reason=change.reason or "–"
        ))
    for adjustment in facts.adjustments:
        lines.append(_("{what} on {day}: {reason}").format(
            what=adjustment_label(adjustment.kind), day=format_day(adjustment.at.date()), reason=adjustment.reason or "–"
        ))
    lines.append(ngettext("Streak: {n} workday with every quota met",
                          "Streak: {n} workdays in a row with every quota met", facts.streak).format(n=facts.streak))
    return lines


def describe_commitments(
    commitments: list[Commitment], moves: list[Move], previous: WeekSummary | None, settings: Settings,
    *, list_items: bool = True,
) -> list[str]:
    """"Last week you committed to …: kept? did the numbers move?" as lines of text.

    ``list_items=False`` leaves out the items (a screen that lists them as toggles).
    """
    if not commitments:
        return []
    lines = []
    if list_items:
        marks = {True: _("kept"), False: _("not kept"), None: _("not marked")}
        lines.append(_("Last week you committed to:"))
        for c in commitments:
            lines.append("  {mark} · {text}".format(mark=marks[c.kept], text=c.text))
    if moves and previous is not None:
        parts = []
        for move in moves:
            if move.key == "achieved":
                name, before, after = _("Achieved"), _value(move.before, previous), _value(move.after, previous)
            else:
                name, before, after = type_display_name(move.key, settings), format_number(move.before), format_number(move.after)
            sign = "+" if move.delta > 0 else ""
            delta = _value(move.delta, previous) if move.key == "achieved" else format_number(move.delta)
            parts.append("{name} {before} → {after} ({sign}{delta})".format(
                name=name, before=before, after=after, sign=sign, delta=delta
            ))
        lines.append(_("Did the numbers move? {moves}").format(moves="; ".join(parts)))
    return lines
