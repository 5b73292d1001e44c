"""``weekplanner quota``: plan how many of each activity to do per workday, and show the grid.

A change to a week already under way is kept as a plan adjustment (with the
optional --reason), so the review can show the plan as it was and as it became.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.domain.plan import WeekPlan
    from weekplanner.domain.settings import Settings
    from weekplanner.domain.week import Week


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import add_week_option, examples

    parser = subparsers.add_parser(
        "quota",
        help=_("set or show daily quotas per activity type"),
        description=_("Plan the week: how many calls, visits, emails … to do on each workday. A per-day "
                      "quota is set on every workday (or one day with --day); a per-week total is split "
                      "over the workdays, the remainder going to the earliest days."),
        epilog=examples("weekplanner quota set call 10", "weekplanner quota set visit 12 --per-week",
                        "weekplanner quota set email 30 --day 2026-11-27", "weekplanner quota show --week next"),
    )
    actions = parser.add_subparsers(dest="quota_action", metavar="ACTION", title=_("actions"), required=True)

    set_parser = actions.add_parser(
        "set", help=_("set a quota for one activity type"),
        description=_("Set the quota of one activity type for the week: N per workday (default), N for "
                      "the whole week split over the workdays (--per-week), or N on one day (--day)."),
        epilog=examples("weekplanner quota set call 10", "weekplanner quota set c 40 --per-week --week next",
                        "weekplanner quota set 拜访 0 --day 2026-11-27 --reason \"trade fair\""),
    )
    set_parser.add_argument("type", metavar="TYPE",
                            help=_("activity type: its key, hotkey or name (call, c, Calls, 电话)"))
    set_parser.add_argument("n", metavar="N", help=_("how many (0 removes the quota)"))
    per = set_parser.add_mutually_exclusive_group()
    per.add_argument("--per-day", dest="per_week", action="store_false",
                     help=_("N on each workday (the default)"))
    per.add_argument("--per-week", dest="per_week", action="store_true",
                     help=_("N for the whole week, split over the workdays "
                            "(in a week under way, days already past keep their quotas)"))
    add_week_option(set_parser)
    set_parser.add_argument("--day", metavar="DATE",
                            help=_("only this day: 2026-11-27, today or yesterday (per-day only)"))
    set_parser.add_argument("--reason", metavar="TEXT", default="",
                            help=_("why the plan changes (kept with the week's adjustments)"))
    set_parser.set_defaults(func=run_set, per_week=False)

    show_parser = actions.add_parser(
        "show", help=_("show the quota grid (types × workdays)"),
        description=_("Show the week's quotas per activity type and workday, with what is done so far."),
        epilog=examples("weekplanner quota show", "weekplanner quota show --week next"),
    )
    add_week_option(show_parser)
    show_parser.set_defaults(func=run_show)


def planned(plan: "WeekPlan", activity_type: str, args: argparse.Namespace, settings: "Settings",
            week: "Week", today: date) -> "WeekPlan":
    """The plan with ``activity_type``'s quotas set as the arguments say."""
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.parsing.amounts import parse_quota, parse_week_total
    from weekplanner.domain.parsing.dates import parse_date
    from weekplanner.domain.plan import open_workdays, split_week_total

    workdays = [d.weekday() for d in week.workdays(settings.workdays)]
    if args.per_week:
        if args.day:
            raise ParseError(_("--day sets one day's quota; it cannot be combined with --per-week."))
        total = parse_week_total(args.n, len(workdays))
        if not workdays and total:
            raise ParseError(_("This week has no workdays to spread the quota over; check the workdays "
                               "in the settings."))
        open_days = open_workdays(week.days, workdays, today)
        kept = {d: plan.quota(d, activity_type) for d in workdays if d not in open_days}
        return plan.with_type(activity_type, split_week_total(total, open_days, kept))
    n = parse_quota(args.n)
    if args.day:
        day = parse_date(args.day, today)
        if day not in week:
            raise ParseError(_("{day} is not in the week {week} ({start} to {end}).").format(
                day=day.isoformat(), week=week.label, start=week.start.isoformat(), end=week.end.isoformat()))
        return plan.with_quota(day, activity_type, n)
    return plan.with_type(activity_type, {d: n for d in workdays})


def run_set(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import resolve_type
    from weekplanner.cli.render import plain
    from weekplanner.domain.formatting import format_list, weekday_name
    from weekplanner.domain.parsing.dates import parse_date, parse_week
    from weekplanner.domain.changes import change_plan, week_started
    from weekplanner.domain.week import Week

    with open_repo(args, write=True) as repo:
        settings = repo.settings
        now = repo.clock.now()
        activity_type = resolve_type(settings, args.type)
        if args.week:
            week = parse_week(args.week, now.date(), settings.week_start)
        elif args.day:  # the week of the day given
            week = Week.containing(parse_date(args.day, now.date()), settings.week_start)
        else:
            week = Week.containing(now.date(), settings.week_start)
        record = repo.record(week.label)
        plan = planned(record.plan, activity_type.key, args, settings, week, now.date())
        out = console()
        name = activity_type.display_name
        if plan == record.plan:
            out.print(plain(_("The {type} quota of {week} is already that; nothing changed.").format(
                type=name, week=week.label)))
            return 0
        started = week_started(week, settings.workdays, now, settings.day_start_hour)
        repo.save_record(change_plan(record, plan, args.reason, now, started),
                         _("set the {type} quota of {week}").format(type=name, week=week.label))
    per_day = format_list(
        f"{weekday_name(d)} {plan.quota(d, activity_type.key)}" for d in week.days
        if d.weekday() in settings.workdays or plan.quota(d, activity_type.key))
    out.print(plain(_("{type} quota of {week}: {total} this week ({per_day}).").format(
        type=name, week=week.label, total=plan.week_total(activity_type.key), per_day=per_day)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import week_arg
    from weekplanner.domain.formatting import done_of
    from weekplanner.cli.render import new_table, plain, type_name
    from weekplanner.domain.formatting import format_week, weekday_name
    from weekplanner.domain.progress import progress_of
    from weekplanner.domain.summary import week_state

    with open_repo(args, write=False) as repo:
        settings = repo.settings
        now = repo.clock.now()
        today = now.date()
        week = week_arg(args.week, today, settings)
        data = repo.load_week(week)
    plan = data.record.plan
    progress = progress_of(week, data.record, data.activities, now, settings)
    counts = progress.counts
    lived = week_state(week.start, today) != "future"
    days = week.workdays(settings.workdays)
    keys = list(dict.fromkeys([*(t.key for t in settings.visible_types()), *plan.types()]))
    out = console()
    out.print(format_week(week), style="bold")
    if plan.is_empty():
        out.print(plain(_("No quotas planned for {week}. Set them with: weekplanner quota set TYPE N").format(
            week=week.label)))
    headers = [_("Activity")] + [
        (f"{weekday_name(d)} {d.day}" + (" *" if d == today else "")) for d in days] + [_("Total")]
    table = new_table(out, *headers)
    for key in keys:
        row = [plain(type_name(settings, key))]
        for day in days:
            row.append(done_of(counts.get(day, {}).get(key, 0), plan.quota(day, key)) if day <= today
                       else str(plan.quota(day, key)))
        totals = progress.types[key]
        total = done_of(totals.done_week, totals.quota_week) if lived else str(totals.quota_week)
        if totals.moved_week:
            total += " " + _("({n} moved)").format(n=totals.moved_week)
        row.append(total)
        table.add_row(*row)
    out.print(table)
    if lived:
        out.print(_("Cells show done/quota up to today; later days show the quota. * marks today."), style="dim")
    return 0
