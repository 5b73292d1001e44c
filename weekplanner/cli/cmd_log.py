"""``weekplanner log``: tick off activities from the shell, with the same effect as a key in the app."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.domain.clock import Clock

#: The time given to an entry logged for an earlier day without --time.
DEFAULT_PAST_TIME = time(12, 0)


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "log",
        help=_("log activities done (calls, visits, emails …)"),
        description=_("Log N activities of a type (1 by default), optionally with the client, a note, the "
                      "outcome and an amount that counts toward the week's target. Prints what was logged "
                      "and the new count for the day and the week. 'weekplanner undo' takes it back. Works while "
                      "the app is open (its window shows the entry within a second); when another window or "
                      "command is saving at that moment it waits a few seconds, and says so if it still "
                      "cannot save (nothing is saved then)."),
        epilog=examples(
            "weekplanner log call",
            "weekplanner log c 3",
            "weekplanner log visit --client \"ACME Ltd\" --outcome deal_won --amount 50万",
            "weekplanner log 电话 --date yesterday --time 16:30",
        ),
    )
    parser.add_argument("type", metavar="TYPE",
                        help=_("activity type: its key, hotkey or name (call, c, Calls, 电话)"))
    parser.add_argument("n", metavar="N", nargs="?", default="1", help=_("how many (default 1)"))
    parser.add_argument("--client", metavar="TEXT", default="", help=_("the client or company"))
    parser.add_argument("--note", metavar="TEXT", default="", help=_("a note"))
    parser.add_argument("--outcome", metavar="TEXT", default="",
                        help=_("the outcome: no_answer, follow_up, meeting_booked, proposal_sent, deal_won, "
                               "new_client, lost, or your own words"))
    parser.add_argument("--amount", metavar="VALUE",
                        help=_("what this counts toward the target: money (500k, 50万) for a revenue "
                               "target, a whole number for a count target"))
    parser.add_argument("--date", metavar="DATE",
                        help=_("the day it happened: 2026-11-23, today or yesterday (default today)"))
    parser.add_argument("--time", metavar="HH:MM",
                        help=_("the time it happened (default now, or 12:00 for an earlier day)"))
    parser.set_defaults(func=run)


def when_logged(date_text: str | None, time_text: str | None, clock: "Clock") -> datetime:
    """The moment an entry happened; the future is refused (plans are quotas, not entries)."""
    from weekplanner.domain.activity import logged_at
    from weekplanner.domain.parsing.dates import parse_date, parse_time

    now = clock.now()
    day: date = now.date() if date_text is None else parse_date(date_text, now.date())
    if time_text is not None:
        moment = datetime.combine(day, parse_time(time_text))
    elif day == now.date():
        moment = now
    else:
        moment = datetime.combine(day, DEFAULT_PAST_TIME)
    return logged_at(moment, now)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import resolve_type
    from weekplanner.domain.formatting import done_of
    from weekplanner.cli.render import plain, target_value
    from weekplanner.domain.activity import outcome_label
    from weekplanner.domain.formatting import format_day
    from weekplanner.domain.parsing.amounts import parse_count
    from weekplanner.domain.parsing.targets import parse_outcome, parse_target_value
    from weekplanner.domain.progress import progress_of
    from weekplanner.storage.repository import make_activity

    count = parse_count(args.n)
    with open_repo(args, write=True) as repo:
        settings = repo.settings
        activity_type = resolve_type(settings, args.type)
        at = when_logged(args.date, args.time, repo.clock)
        week = repo.week(at.date())
        record = repo.record(week.label)
        amount = None if args.amount is None else parse_target_value(
            args.amount, revenue=record.target is None or record.target.is_revenue)
        activity = make_activity(
            activity_type.key, at, count,
            client=args.client.strip(), note=args.note.strip(),
            outcome=parse_outcome(args.outcome), amount=amount,
        )
        name = activity_type.display_name
        repo.add_activity(activity, _("log {n} × {type}").format(n=count, type=name))
        data = repo.load_week(week)
        now = repo.clock.now()
        progress = progress_of(week, data.record, data.activities, max(now, at), settings)

    out = console()
    details = [x for x in (activity.client, outcome_label(activity.outcome) if activity.outcome else "") if x]
    if amount is not None:
        details.append(target_value(record.target, amount) if record.target else f"{amount:f}")
    fields = dict(n=count, type=name, day=format_day(at.date()), time=at.strftime("%H:%M"))
    if details:
        line = _("Logged {n} × {type} on {day} at {time} ({details}).").format(details=", ".join(details), **fields)
    else:
        line = _("Logged {n} × {type} on {day} at {time}.").format(**fields)
    out.print(plain(line))
    type_progress = progress.types[activity_type.key]
    day_done = progress.counts.get(at.date(), {}).get(activity_type.key, 0)
    day_quota = record.plan.quota(at.date(), activity_type.key)
    out.print(plain(_("{type}: {day} on {date}, {week} this week.").format(
        type=name, day=done_of(day_done, day_quota), date=format_day(at.date()),
        week=done_of(type_progress.done_week, type_progress.quota_week))))
    if amount is not None and record.target is not None:
        out.print(plain(_("Achieved: {value} of {target}.").format(
            value=target_value(record.target, progress.achieved),
            target=target_value(record.target, record.target.value))))
    return 0
