"""``weekplanner status``: the week at a glance, for people (tables) and scripts (``--json``).

Every number comes from :func:`weekplanner.domain.progress.week_progress`, so it
agrees with the app. The JSON form is versioned (``schema``); fields are only
ever added within a version.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.domain.progress import Pace, WeekProgress
    from weekplanner.domain.record import WeekRecord
    from weekplanner.domain.settings import Settings
    from weekplanner.domain.target import Target

SCHEMA = "weekplanner.status/1"


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import add_week_option, examples

    parser = subparsers.add_parser(
        "status",
        help=_("show the week's target, progress, pace and quotas"),
        description=_("Show the week's target, what is achieved, the pace (ahead, on track or behind), "
                      "the forecast at the current rate, and quotas against what is done per activity "
                      "type today and this week. Reads only; it works while the app is open, and shows what "
                      "every window and command has saved."),
        epilog=examples("weekplanner status", "weekplanner status --week last",
                        "weekplanner status --week 2026-W48 --json"),
    )
    add_week_option(parser)
    parser.add_argument("--json", action="store_true",
                        help=_("print a versioned JSON document instead of tables (for scripts)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import week_arg
    from weekplanner.domain.progress import progress_of

    with open_repo(args, write=False) as repo:
        settings = repo.settings
        now = repo.clock.now()
        week = week_arg(args.week, now.date(), settings)
        data = repo.load_week(week)
        progress = progress_of(week, data.record, data.activities, now, settings)
        streak = repo.streak_on(min(now.date(), week.end))
    if args.json:
        import json

        from weekplanner.safe_text import json_terminal_safe

        document = json.dumps(status_document(progress, data.record, settings, now, streak), ensure_ascii=False,
                              indent=2)
        print(json_terminal_safe(document))
        return 0
    print_status(console(), progress, data.record, settings, now, streak)
    return 0


# -- JSON -----------------------------------------------------------------------
def _money(value: Decimal | None) -> str | None:
    """Decimals as strings: exact, and no float rounding in the reader's language."""
    return None if value is None else f"{value:f}"


def _share(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.0001')):f}"


def _pace_doc(pace: "Pace | None", basis: str) -> dict[str, Any] | None:
    if pace is None:
        return None
    return {"basis": basis, "status": pace.status.value, "expected": _share(pace.expected),
            "actual": _share(pace.actual)}


def _target_doc(target: "Target | None") -> dict[str, Any] | None:
    if target is None:
        return None
    return {
        "metric": target.metric.value,
        "value": _money(target.value),
        "currency": target.currency if target.is_revenue else None,
        "unit": target.unit,
        "description": target.description,
        "changes": [
            {"old": _money(c.old), "new": _money(c.new), "reason": c.reason, "at": c.at.isoformat()}
            for c in target.changes
        ],
    }


def status_document(progress: "WeekProgress", record: "WeekRecord", settings: "Settings", now: datetime,
                    streak: int) -> dict[str, Any]:
    """The ``weekplanner.status/1`` document (see the README for every field)."""
    from weekplanner.cli.render import type_name

    week = progress.week
    target_pace = _pace_doc(progress.target_pace, "target")
    activity_pace = _pace_doc(progress.activity_pace, "activities")
    return {
        "schema": SCHEMA,
        "generated_at": now.isoformat(),
        "today": now.date().isoformat(),
        "week": {
            "label": week.label,
            "start": week.start.isoformat(),
            "end": week.end.isoformat(),
            "workdays": [d.isoformat() for d in week.workdays(settings.workdays)],
            "workdays_left": progress.workdays_left,
            "elapsed": _share(progress.elapsed),
        },
        "target": _target_doc(progress.target),
        "achieved": _money(progress.achieved),
        "percent": _money(progress.target_percent),
        "pace": target_pace or activity_pace,
        "activity_pace": activity_pace,
        "forecast": None if progress.forecast is None else {
            "projected": _money(progress.forecast.projected),
            "percent": _money(progress.forecast.percent),
        },
        "types": [
            {"type": p.type, "name": type_name(settings, p.type), "done_today": p.done_today,
             "quota_today": p.quota_today, "done_week": p.done_week, "quota_week": p.quota_week,
             "moved_week": p.moved_week}
            for p in progress.types.values()
        ],
        "streak": streak,
        "adjustments": [
            {"at": a.at.isoformat(), "kind": a.kind, "reason": a.reason} for a in record.adjustments
        ],
    }


# -- tables ---------------------------------------------------------------------
def print_status(out, progress: "WeekProgress", record: "WeekRecord", settings: "Settings", now: datetime,
                 streak: int) -> None:
    from weekplanner.domain.formatting import done_of
    from weekplanner.cli.render import key_values, new_table, pace_text, plain, target_value, type_name
    from weekplanner.domain.formatting import format_number, format_percent, format_week

    target = progress.target
    rows: list[tuple[str, str]] = []
    if target is None:
        rows.append((_("Target"), _("none set — weekplanner target set VALUE")))
        if progress.achieved:
            rows.append((_("Achieved"), format_number(progress.achieved, 2 if progress.achieved % 1 else 0)))
    else:
        described = target_value(target, target.value)
        if target.description:
            described += f" — {target.description}"
        rows.append((_("Target"), described))
        rows.append((_("Achieved"), "{value} ({percent})".format(
            value=target_value(target, progress.achieved), percent=format_percent(progress.target_percent))))
    if progress.target_pace is not None:
        pace = progress.target_pace
        rows.append((_("Pace"), _("{status} — {actual} done, {expected} expected by now").format(
            status=pace_text(pace.status), actual=format_percent(pace.actual * 100),
            expected=format_percent(pace.expected * 100))))
    if progress.activity_pace is not None:
        pace = progress.activity_pace
        rows.append((_("Activities"), _("{status} — {actual} of the plan done, {expected} due by now").format(
            status=pace_text(pace.status), actual=format_percent(pace.actual * 100),
            expected=format_percent(pace.expected * 100))))
    if progress.forecast is not None and target is not None:
        rows.append((_("Forecast"), _("{value} ({percent}) at the current rate").format(
            value=target_value(target, progress.forecast.projected.quantize(Decimal(1))),
            percent=format_percent(progress.forecast.percent))))
    if now.date() in progress.week:
        rows.append((_("Workdays left"), str(progress.workdays_left)))
    rows.append((_("Streak"), _("{n} in a row (workdays with every quota met)").format(n=streak)))

    out.print(format_week(progress.week), style="bold")
    out.print(key_values(rows))

    in_week = now.date() in progress.week
    headers = [_("Activity")] + ([_("Today")] if in_week else []) + [_("This week") if in_week else _("Week")]
    table = new_table(out, *headers)
    for p in progress.types.values():
        cells = [plain(type_name(settings, p.type))]
        if in_week:
            cells.append(done_of(p.done_today, p.quota_today))
        cells.append(done_of(p.done_week, p.quota_week))
        table.add_row(*cells)
    if progress.types:
        out.print(table)

    if target is not None and target.changes:
        changes = new_table(out, _("When"), _("From"), _("To"), _("Reason"), title=_("Target changes"))
        for change in target.changes:
            changes.add_row(change.at.strftime("%Y-%m-%d %H:%M"), target_value(target, change.old),
                            target_value(target, change.new), plain(change.reason))
        out.print(changes)
    if record.adjustments:
        adjustments = new_table(out, _("When"), _("Reason"), title=_("Plan adjustments"))
        for adjustment in record.adjustments:
            adjustments.add_row(adjustment.at.strftime("%Y-%m-%d %H:%M"), plain(adjustment.reason or "–"))
        out.print(adjustments)
