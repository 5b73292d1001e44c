"""What the week screen shows, as one pure function of the week's data, the settings and the clock.

The screen keeps no numbers of its own: after every write it reads the week
again and asks :func:`week_view` for the board, so what is on screen is what is
on disk, computed by the same domain rules as ``status`` and the exports
(progress, moved work, re-balance, streak). Nothing here imports Textual, so the
view is tested without a pilot; the widgets only lay the strings out.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable, NamedTuple

from weekplanner.domain.activity import Activity, outcome_label
from weekplanner.domain.formatting import (
    done_of, format_daily_share, format_day, format_list, format_percent, format_value, format_week, weekday_name,
)
from weekplanner.domain.plan import WeekPlan
from weekplanner.domain.progress import Pace, PaceStatus, TypeProgress, WeekProgress, pace_label, progress_of
from weekplanner.domain.rebalance import propose_rebalance
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Commitment, Review, commitments_from
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Target, daily_share
from weekplanner.domain.week import Week
from weekplanner.i18n import _, ngettext
from weekplanner.safe_text import clipped, terminal_safe

if TYPE_CHECKING:  # only drawn when given; computed after the first frame (week_planning.load_suggestion)
    from weekplanner.domain.target_suggestion import TargetSuggestion

#: The board's classes for the week's target (colours in ``week_board.tcss``).
STATUS_CLASSES = ("-ahead", "-on-track", "-behind", "-no-pace", "-no-target")


class TargetLines(NamedTuple):
    """What the target block says: its text lines by part, and the bar's share and pace marker."""

    #: ``title``, ``figures``, ``pace``, ``change``; parts not shown are absent.
    lines: dict[str, str]
    #: Share of the target achieved, and where the pace says it should be by now (None: no marker).
    actual: Decimal = Decimal(0)
    expected: Decimal | None = None


class LogView(NamedTuple):
    """The day's log as the board shows it: heading and one line per entry, newest first."""

    heading: str
    entries: list[str]


class BarsView(NamedTuple):
    """Per type (name, progress) for the bars, the activity pace (None before the week), today's column or not."""

    rows: list[tuple[str, TypeProgress]]
    pace: Pace | None
    show_today: bool


class WeekView(NamedTuple):
    """Everything the week screen draws, computed in one piece."""

    header: str
    other_week: bool
    status: str
    target: TargetLines
    grid_title: str
    #: Header row, then one row per type: (text, state) with state "", today, met, missed or total.
    grid: list[list[tuple[str, str]]]
    bars: BarsView
    hint: str
    commitments: list[Commitment]
    log: LogView
    narrow: bool
    progress: WeekProgress
    #: The workdays of the grid's columns, in order (a click on a column shows that day's log).
    days: tuple[date, ...] = ()


def _type_names(settings: Settings) -> dict[str, str]:
    """Type key → the name shown, as text a terminal shows and never obeys (a name may come from any file)."""
    return {key: terminal_safe(clipped(name, 40)) for key, name in settings.type_names().items()}


def pace_word(status: PaceStatus | None) -> str:
    return pace_label(status, capitalised=True) if status is not None else ""


def pace_class(status: PaceStatus | None) -> str:
    """The CSS class for a pace status (``-ahead``, ``-on-track``, ``-behind``; ``-no-pace`` for none)."""
    return "-" + status.value.replace("_", "-") if status is not None else "-no-pace"


def status_class(progress: WeekProgress, record: WeekRecord) -> str:
    """The board's class for the week's target: its pace status, or that it has none."""
    if record.target is None:
        return "-no-target"
    pace = progress.target_pace
    return pace_class(pace.status if pace else None)


def target_title(target: Target) -> str:
    """``Revenue ¥500,000`` or ``10 new clients``."""
    value = format_value(target.value, target.metric.value, target.currency, target.unit)
    return _("Revenue {value}").format(value=value) if target.is_revenue else value


def target_amount(target: Target, value: Decimal) -> str:
    return format_value(value, target.metric.value, target.currency, target.unit)


def target_lines(progress: WeekProgress, record: WeekRecord, last_workday_name: str,
                 suggestion: TargetSuggestion | None = None) -> TargetLines:
    """Title, figures, pace and forecast, and the latest change of the week's target."""
    target = record.target
    if target is None:
        lines = {"title": _("No target set for this week. Press t to set one.")}
        if suggestion is not None:
            lines["pace"] = _("T accepts {target} ({source}).").format(
                target=target_title(suggestion.target), source=suggestion.label)
        return TargetLines(lines)
    pace = progress.target_pace
    heading = target_title(target)
    if target.description:
        heading += " — " + target.description
    lines = {"title": heading}
    lines["figures"] = _("{achieved} of {target} · {percent}").format(
        achieved=target_amount(target, progress.achieved),
        target=target_amount(target, target.value),
        percent=format_percent(progress.target_percent),
    )
    words = []
    if pace is not None:
        words.append(
            _("{status}: expected {expected} by now").format(
                status=pace_word(pace.status), expected=format_percent(pace.expected * 100)
            )
        )
    if progress.forecast is not None:
        if progress.elapsed >= 1:
            words.append(_("Week ended at {percent} of target").format(
                percent=format_percent(progress.forecast.percent)))
        else:
            words.append(_("At this rate: {percent} of target by {day}").format(
                percent=format_percent(progress.forecast.percent), day=last_workday_name))
    lines["pace"] = " · ".join(words)
    if target.changes:
        latest = target.changes[-1]
        lines["change"] = _("Changed {day} from {old} to {new}: {reason}").format(
            day=format_day(latest.at.date()),
            old=target_amount(target, latest.old),
            new=target_amount(target, latest.new),
            reason=latest.reason or _("no reason given"),
        )
    return TargetLines(
        lines,
        pace.actual if pace else Decimal(0),
        pace.expected if pace and progress.elapsed < 1 else None,
    )


def entry_line(activity: Activity, type_name: str, target: Target | None) -> str:
    """``14:02  Call ×2 · ACME · Deal won · ¥80,000 · note``."""
    head = f"{activity.at:%H:%M}  {type_name}"
    if activity.count != 1:
        head += f" ×{activity.count}"
    parts = [head]
    if activity.client:
        parts.append(activity.client)
    if activity.outcome:
        parts.append(outcome_label(activity.outcome))
    if activity.amount is not None:
        if target is not None:
            parts.append(format_value(activity.amount, target.metric.value, target.currency, target.unit))
        else:
            parts.append(format_value(activity.amount, "count"))
    if activity.note:
        parts.append(activity.note)
    return terminal_safe(clipped(" · ".join(parts)))


def cell_text(done: int, quota: int) -> str:
    """``4/10``; a day without quota shows its count, or ``·`` when nothing happened."""
    return done_of(done, quota) if done or quota else "·"


def grid_cells(
    rows: list[tuple[str, str]], days: list[date], plan: WeekPlan, progress: WeekProgress, today: date,
    *, totals_from_plan: bool,
) -> list[list[tuple[str, str]]]:
    """Header, then per type ``done/quota`` per workday and the week's total.

    The total is what the week commits to (moved work once), or, for the
    original plan, that plan's own total.
    """
    header = [(_("Activity"), ""),
              *((f"{weekday_name(day)} {day.day}", "today" if day == today else "") for day in days),
              (_("Total"), "")]
    grid = [header]
    for key, name in rows:
        cells = [(name, "")]
        for day in days:
            done = progress.counts.get(day, {}).get(key, 0)
            quota = plan.quota(day, key)
            state = ""
            if day == today:
                state = "today"
            elif day < today and quota:
                state = "met" if done >= quota else "missed"
            cells.append((cell_text(done, quota), state))
        totals = progress.types[key]
        quota_week = plan.week_total(key) if totals_from_plan else totals.quota_week
        cells.append((f"{totals.done_week}/{quota_week}" if quota_week else str(totals.done_week), "total"))
        grid.append(cells)
    return grid


def target_share(record: WeekRecord, workdays: int) -> str:
    """``Target: 2 new clients a day``, shown beside the quotas (10 new clients a week = 2 a day)."""
    if record.target is None:
        return ""
    share = daily_share(record.target, workdays)
    if share is None:
        return ""
    target = record.target
    return _("Target: {share}").format(share=format_daily_share(share, target.metric.value, target.currency,
                                                                   target.unit))


def grid_title(record: WeekRecord, show_original: bool, workdays: int = 0) -> str:
    """The grid's heading: which plan it shows, and the target's daily share beside the quotas."""
    title = _grid_heading(record, show_original)
    share = target_share(record, workdays)
    return f"{title} · {share}" if share else title


def _grid_heading(record: WeekRecord, show_original: bool) -> str:
    if show_original:
        return _("Original plan, before re-balancing (o: back to the current plan)")
    if record.adjustments:
        latest = record.adjustments[-1]
        label = (_("Plan re-balanced {day}: {reason} (o: original plan)") if latest.kind == "rebalance"
                 else _("Plan changed {day}: {reason} (o: original plan)"))
        return label.format(day=format_day(latest.at.date()),
                            reason=terminal_safe(clipped(latest.reason)) or _("no reason given"))
    if record.plan.is_empty():
        return _("No daily quotas yet. Press p to plan them.")
    return _("Daily quotas")


def rebalance_hint(record: WeekRecord, progress: WeekProgress, settings: Settings, now: datetime) -> str:
    """Offer ``b`` while a re-balance would move something: once moved, the same shortfall is not offered again."""
    proposal = propose_rebalance(record, progress.counts, progress.week, settings.workdays, now,
                                 settings.rebalance_cap, settings.day_end_hour)
    if not proposal.changes_anything:
        return ""
    names = _type_names(settings)
    what = format_list(f"{names.get(k, k)} {n}" for k, n in proposal.shortfall.items())
    return _("Earlier days this week ended below quota ({missing} short). Press b to re-balance.").format(
        missing=what)


def log_view(activities: Iterable[Activity], log_day: date, today: date, settings: Settings,
             target: Target | None) -> LogView:
    """The log of ``log_day``, newest first."""
    entries = [a for a in reversed(tuple(activities)) if a.day == log_day]
    total = sum(a.count for a in entries)
    if log_day == today:
        heading = _("Today's log · {day} · {n} done").format(day=format_day(log_day), n=total)
    else:
        heading = _("Log of {day} · {n} done").format(day=format_day(log_day), n=total)
    names = _type_names(settings)
    return LogView(heading, [entry_line(a, names.get(a.type, a.type), target) for a in entries])


def header(week: Week, current: Week, today: date, progress: WeekProgress, streak: int) -> str:
    parts = [format_week(week)]
    if week == current:
        parts.append(_("Today {day}").format(day=format_day(today)))
        left = progress.workdays_left
        if left == 0:
            parts.append(_("No workdays left this week"))
        else:
            parts.append(ngettext("{n} workday left", "{n} workdays left", left).format(n=left))
        if streak:
            parts.append(ngettext("Streak {n} day", "Streak {n} days", streak).format(n=streak))
    elif week < current:
        parts.append(_("Past week (. back to this week)"))
    else:
        parts.append(_("Future week (. back to this week)"))
    return " · ".join(parts)


def week_view(
    week: Week,
    record: WeekRecord,
    activities: Iterable[Activity],
    previous_review: Review | None,
    settings: Settings,
    now: datetime,
    *,
    log_day: date,
    show_original: bool = False,
    streak: int = 0,
    narrow: bool = False,
    problem: str = "",
    suggestion: TargetSuggestion | None = None,
) -> WeekView:
    """The week screen for ``week`` as of ``now``: the one function its every number comes from.

    ``problem`` says why the week's file cannot be read; it takes the hint's place.
    """
    items = tuple(activities)
    today = now.date()
    progress = progress_of(week, record, items, now, settings)
    workdays = [d for d in week.days if d.weekday() in settings.workdays]
    names = _type_names(settings)
    rows = [(key, names.get(key, key)) for key in progress.types]
    current = Week.containing(today, settings.week_start)
    plan = record.original_plan if show_original else record.plan
    return WeekView(
        header=header(week, current, today, progress, streak),
        other_week=week != current,
        status=status_class(progress, record),
        target=target_lines(progress, record, weekday_name(workdays[-1]) if workdays else "",
                            suggestion if week.end >= today else None),
        grid_title=grid_title(record, show_original, len(workdays)),
        grid=grid_cells(rows, workdays, plan, progress, today, totals_from_plan=show_original),
        bars=BarsView([(name, progress.types[key]) for key, name in rows],
                      progress.activity_pace if week.start <= today else None, today in week),
        hint=terminal_safe(problem) if problem else (
            rebalance_hint(record, progress, settings, now) if today in week and progress.workdays_left else ""),
        commitments=commitments_from(previous_review, record.commitments_kept),
        log=log_view(items, log_day, today, settings, record.target),
        narrow=narrow,
        progress=progress,
        days=tuple(workdays),
    )
