"""``weekplanner target``: set or show the week's one measurable goal.

Once a week has begun, moving its target needs a reason, kept in the target's
history: the review and the manager summary show what changed and why.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.domain.settings import Settings
    from weekplanner.domain.target import Target
    from weekplanner.domain.week import Week


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import add_week_option, examples

    parser = subparsers.add_parser(
        "target",
        help=_("set or show the week's target"),
        description=_("Set or show the week's target: revenue (money) or a count of something (new clients, "
                      "deals). Changing a target after its week has begun needs --reason; every change is "
                      "kept with its reason."),
        epilog=examples(
            "weekplanner target set 500k --description \"Close ACME renewal + 2 new accounts\"",
            "weekplanner target set 8 --metric count --unit \"new clients\" --week next",
            "weekplanner target set \"10 new clients\"",
            "weekplanner target set 400k --reason \"ACME postponed to December\"",
            "weekplanner target show --week last",
        ),
    )
    actions = parser.add_subparsers(dest="target_action", metavar="ACTION", title=_("actions"), required=True)

    set_parser = actions.add_parser(
        "set", help=_("set or change the target"),
        description=_("Set the week's target, or change it (with --reason once the week has begun)."),
        epilog=examples("weekplanner target set 500k", "weekplanner target set 50万 --week 2026-W49",
                        "weekplanner target set 10 --metric count --unit deals"),
    )
    set_parser.add_argument("value", metavar="VALUE",
                            help=_("the target: money such as 500000, 500k, 50万 (revenue), or a whole number "
                                   "and what it counts such as \"10 new clients\" or 10个新客户 (count)"))
    set_parser.add_argument("--metric", choices=["revenue", "count"],
                            help=_("revenue or count (default: the current target's, else revenue)"))
    set_parser.add_argument("--unit", metavar="TEXT", help=_("what a count target counts, e.g. \"new clients\""))
    set_parser.add_argument("--currency", metavar="CODE",
                            help=_("currency of a revenue target, e.g. CNY, USD (default: the settings')"))
    set_parser.add_argument("--description", metavar="TEXT",
                            help=_("what exactly the target means (the specific \"what\")"))
    add_week_option(set_parser)
    set_parser.add_argument("--reason", metavar="TEXT", default="",
                            help=_("why the target changes (required once the week has begun)"))
    set_parser.set_defaults(func=run_set)

    show_parser = actions.add_parser(
        "show", help=_("show the target and its changes"),
        description=_("Show the week's target, its description and every change with its reason."),
        epilog=examples("weekplanner target show", "weekplanner target show --week last"),
    )
    add_week_option(show_parser)
    show_parser.set_defaults(func=run_show)


def new_target(
    old: "Target | None", args: argparse.Namespace, settings: "Settings", week: "Week", now: datetime
) -> "Target":
    """The target the arguments ask for, with the change (and its reason) recorded when needed."""
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.changes import change_target, reason_needed, week_started
    from weekplanner.domain.parsing.currency import parse_currency
    from weekplanner.domain.parsing.targets import parse_count_target, parse_target_text, parse_target_value
    from weekplanner.domain.target import Metric, Target

    typed_unit = ""
    metric = Metric(args.metric) if args.metric else None
    if metric is None:
        try:  # "10 new clients" / "10个新客户" is a count target with its unit, typed in one argument
            kind, _value, typed_unit = parse_target_text(args.value)
        except ParseError:
            kind = ""
        if kind == Metric.COUNT.value:
            metric = Metric.COUNT
    metric = metric or (old.metric if old else Metric.REVENUE)
    if metric is Metric.REVENUE:
        value = parse_target_value(args.value, revenue=True)
    else:
        count, typed_unit = parse_count_target(args.value)
        value = parse_target_value(str(count), revenue=False)
    currency = parse_currency(args.currency) if args.currency else (
        old.currency if old and old.is_revenue else settings.currency)
    unit = (args.unit if args.unit is not None else (typed_unit or (old.unit if old else ""))).strip()
    description = (args.description if args.description is not None else (old.description if old else "")).strip()
    if metric is Metric.REVENUE:
        unit = ""
    new = Target(metric, value, currency=currency, unit=unit, description=description)
    started = week_started(week, settings.workdays, now, settings.day_start_hour)
    if reason_needed(old, new, started) and not args.reason.strip():
        raise ParseError(
            _("The week {week} has begun, so changing its target needs a reason: add --reason \"…\" "
              "(it is kept in the target's history).").format(week=week.label)
        )
    return change_target(old, new, args.reason, now, started)


def run_set(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import week_arg
    from weekplanner.cli.render import plain, target_value

    with open_repo(args, write=True) as repo:
        settings = repo.settings
        now = repo.clock.now()
        week = week_arg(args.week, now.date(), settings)
        record = repo.record(week.label)
        old = record.target
        target = new_target(old, args, settings, week, now)
        out = console()
        if target == old:
            out.print(plain(_("The target of {week} is already {value}; nothing changed.").format(
                week=week.label, value=target_value(target, target.value))))
            return 0
        shown = target_value(target, target.value)
        summary = (_("set the target of {week} to {value}") if old is None
                   else _("change the target of {week} to {value}")).format(week=week.label, value=shown)
        repo.save_record(record.with_changes(target=target), summary)
    if old is None or target_value(old, old.value) == shown:
        out.print(plain(_("Target of {week} set to {value}.").format(week=week.label, value=shown)))
    else:
        out.print(plain(_("Target of {week} changed from {old} to {new}.").format(
            week=week.label, old=target_value(old, old.value), new=shown)))
        if target.changes and target.changes[-1].at == now and target.changes[-1].reason:
            out.print(plain(_("Reason: {reason}").format(reason=target.changes[-1].reason)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import week_arg
    from weekplanner.cli.render import key_values, new_table, plain, target_value
    from weekplanner.domain.formatting import format_week

    with open_repo(args, write=False) as repo:
        settings = repo.settings
        week = week_arg(args.week, repo.clock.today(), settings)
        target = repo.record(week.label).target
    out = console()
    out.print(format_week(week), style="bold")
    if target is None:
        out.print(plain(_("No target set for {week}. Set one with: weekplanner target set VALUE --week {week}").format(
            week=week.label)))
        return 0
    metric = _("revenue") if target.is_revenue else _("count")
    rows = [(_("Target"), target_value(target, target.value)), (_("Metric"), metric)]
    if target.description:
        rows.append((_("Description"), target.description))
    out.print(key_values(rows))
    if target.changes:
        table = new_table(out, _("When"), _("From"), _("To"), _("Reason"), title=_("Target changes"))
        for change in target.changes:
            table.add_row(change.at.strftime("%Y-%m-%d %H:%M"), target_value(target, change.old),
                          target_value(target, change.new), plain(change.reason or "–"))
        out.print(table)
    return 0
