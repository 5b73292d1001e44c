"""``weekplanner send``: the summary to a chat group's robot (DingTalk, WeCom, Feishu) or by e-mail.

The robot's webhook and secret come from the settings (``--save`` stores the
ones given on the command line); a secret is never printed in full. The
signature's timestamp comes from the command's clock, so
``$WEEKPLANNER_TODAY`` fixes it for tests. Sending is checked: any failure is
one line naming the robot or server and what to fix, exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

PASSWORD_ENV = "WEEKPLANNER_SMTP_PASSWORD"


def _add_weeks(parser: argparse.ArgumentParser, end: str = "--to") -> None:
    """``--week``, ``--month`` or ``--from W`` with ``end`` (e-mail's ``--to`` is the recipients, so ``--until``)."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="W", help=_("the week: 2026-W48, a date, this, last (default: this week)"))
    which.add_argument("--from", dest="first", metavar="W",
                       help=_("first week of a range (with {end})").format(end=end))
    which.add_argument("--month", metavar="YYYY-MM", help=_("the weeks whose Monday falls in this month: 2026-11, this or last"))
    parser.add_argument(end, dest="last", metavar="W", help=_("last week of a range (with --from)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=_("print what would be sent (secrets masked) and send nothing"))
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help=_("how long to wait for an answer (default: 10)"))


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "send",
        help=_("send the summary to a DingTalk, WeCom or Feishu group robot, or by e-mail"),
        description=_("Send the summary of a week or a range to a chat group's custom robot, or by e-mail. "
                      "Save a robot once with --save (or in the app's Settings); then only the platform is needed."),
        epilog=examples(
            "weekplanner send dingtalk --webhook 'https://oapi.dingtalk.com/robot/send?access_token=…' "
            "--secret SEC… --save",
            "weekplanner send dingtalk --week last",
            "weekplanner send wecom --from 2026-W45 --to 2026-W48 --dry-run",
            "weekplanner send email --to boss@example.com --smtp smtp.exmail.qq.com:465 --ssl --user me@example.com",
        ),
    )
    targets = parser.add_subparsers(dest="send_target", metavar="TARGET", title=_("targets"), required=True)
    from weekplanner.domain.settings import ROBOT_PLATFORMS
    from weekplanner.export.robots import PLATFORM_NAMES

    for platform in ROBOT_PLATFORMS:
        robot = targets.add_parser(
            platform, help=_("post to a {platform} group robot").format(platform=_(PLATFORM_NAMES[platform])),
            description=_("Post the summary to the {platform} group's custom robot.").format(
                platform=_(PLATFORM_NAMES[platform])),
        )
        _add_weeks(robot)
        robot.add_argument("--webhook", metavar="URL", help=_("the robot's webhook address (default: the saved one)"))
        robot.add_argument("--secret", metavar="S",
                           help=_("the robot's signing secret, if signing is on (default: the saved one)"))
        if platform == "dingtalk":
            robot.add_argument("--keyword", metavar="WORD",
                               help=_("a custom keyword the robot requires (added when the summary lacks it)"))
        robot.add_argument("--save", action="store_true", help=_("save --webhook/--secret in the settings"))
        robot.set_defaults(func=run_robot, platform=platform)

    mail = targets.add_parser("email", help=_("e-mail the summary (HTML with a plain-text alternative)"),
                              description=_("E-mail the summary. The password is read from ${env} or asked for; "
                                            "it is never stored.").format(env=PASSWORD_ENV))
    _add_weeks(mail, end="--until")
    mail.add_argument("--to", dest="recipients", nargs="+", metavar="ADDR",
                      help=_("who gets it (default: the saved addresses)"))
    mail.add_argument("--smtp", metavar="HOST:PORT", help=_("the mail server (default: the saved one)"))
    security = mail.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls",
                          help=_("encrypt with STARTTLS (default, usually port 587)"))
    security.add_argument("--ssl", dest="security", action="store_const", const="ssl",
                          help=_("connect with SSL/TLS (usually port 465)"))
    security.add_argument("--plain", dest="security", action="store_const", const="plain",
                          help=_("no encryption (only for a server on this machine)"))
    mail.add_argument("--user", metavar="U", help=_("the login name (none: send without logging in)"))
    mail.add_argument("--sender", metavar="ADDR", help=_("the From address (default: --user)"))
    mail.add_argument("--attach-xlsx", action="store_true", help=_("attach the Excel workbook"))
    mail.add_argument("--save", action="store_true", help=_("save the server, user and addresses (not the password)"))
    mail.set_defaults(func=run_email)


def _load(args: argparse.Namespace, write: bool):
    """The report and the settings, saving what --save asks for first."""
    from weekplanner.cli.cmd_export import resolve_weeks
    from weekplanner.cli.context import open_repo
    from weekplanner.export.summary import load_report

    if args.send_target == "email" and bool(args.first) != bool(args.last):
        from weekplanner.export.post import SendError

        raise SendError(_("A range needs both --from and --until, e.g. --from 2026-W45 --until 2026-W48."))
    with open_repo(args, write=write) as repo:
        weeks = resolve_weeks(args, repo.clock.today(), repo.settings.week_start)
        settings = repo.settings
        if write:
            settings = _saved(args, settings)
            repo.save_settings(settings)
        return load_report(repo, weeks), settings, repo.clock.now()


def _saved(args: argparse.Namespace, settings):
    from weekplanner.domain.settings import MailSettings, Robot

    if args.send_target == "email":
        mail = settings.mail
        return settings.with_changes(mail=MailSettings(
            smtp=args.smtp or mail.smtp, security=args.security or mail.security, user=args.user or mail.user,
            sender=args.sender or mail.sender, to=tuple(args.recipients or mail.to)))
    old = settings.robot(args.platform) or Robot(args.platform)
    return settings.with_robot(Robot(
        args.platform, args.webhook or old.webhook, old.secret if args.secret is None else args.secret,
        getattr(args, "keyword", None) or old.keyword))


def run_robot(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console
    from weekplanner.domain.settings import Robot
    from weekplanner.export.post import SendError, check_webhook, post_messages
    from weekplanner.export.robots import mask, mask_url, platform_name, robot_messages

    report, settings, now = _load(args, write=args.save)
    saved = settings.robot(args.platform) or Robot(args.platform)
    robot = Robot(args.platform, args.webhook or saved.webhook,
                  saved.secret if args.secret is None else args.secret,
                  getattr(args, "keyword", None) or saved.keyword)
    name = platform_name(args.platform)
    if not robot.webhook:
        raise SendError(_("No {robot} robot is set up; give --webhook URL (and --secret if signing is on), "
                          "add --save to keep them, or set it in Settings.").format(robot=name))
    check_webhook(args.platform, robot.webhook)
    messages = robot_messages(report, robot, now.timestamp())
    if args.dry_run:
        out = sys.stdout
        if robot.secret:
            out.write(_("Secret: {masked}").format(masked=mask(robot.secret)) + "\n")
        for message in messages:
            out.write(f"POST {mask_url(message.url)}\n")
            out.write(json.dumps(message.body, ensure_ascii=False, indent=2) + "\n")
        return 0
    sent = post_messages(args.platform, messages, args.timeout)
    console().print(_("Sent the summary {label} to the {robot} robot ({count} messages).").format(
        label=report.label, robot=name, count=sent) if sent > 1 else
        _("Sent the summary {label} to the {robot} robot.").format(label=report.label, robot=name), markup=False)
    return 0


def _password(user: str) -> str:
    if not user:
        return ""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    from weekplanner.export.post import SendError

    if not sys.stdin.isatty():
        raise SendError(_("No password for {user}: set {env} or run the command in a terminal to be asked.").format(
            user=user, env=PASSWORD_ENV))
    import getpass

    return getpass.getpass(_("Password for {user}: ").format(user=user))


def run_email(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console
    from weekplanner.export.mail import build_message, parse_server, send_message
    from weekplanner.export.post import SendError

    report, settings, _now = _load(args, write=args.save)
    mail = settings.mail
    to = list(args.recipients or mail.to)
    smtp = args.smtp or mail.smtp
    if not to:
        raise SendError(_("No one to send to; give --to ADDR (add --save to keep it)."))
    if not smtp:
        raise SendError(_("No mail server; give --smtp HOST:PORT, e.g. smtp.exmail.qq.com:465 with --ssl."))
    security = args.security or mail.security or "starttls"
    server = parse_server(smtp, security)
    user = args.user if args.user is not None else mail.user
    sender = args.sender or mail.sender or user
    if not sender:
        raise SendError(_("No sender address; give --sender ADDR or --user."))
    message = build_message(report, sender, to, args.attach_xlsx)
    if args.dry_run:
        out = sys.stdout
        out.write(f"SMTP {server.host}:{server.port} ({server.security})" + (f" user {user}" if user else "") + "\n")
        for key in ("From", "To", "Subject"):
            out.write(f"{key}: {message[key]}\n")
        out.write(_("Parts: {parts}").format(parts=", ".join(
            part.get_filename() or part.get_content_type() for part in message.walk()
            if not part.is_multipart())) + "\n\n")
        out.write(message.get_body(("plain",)).get_content())
        return 0
    send_message(message, server, user or "", _password(user or ""), args.timeout)
    console().print(_("E-mailed the summary {label} to {addresses}.").format(
        label=report.label, addresses=", ".join(to)), markup=False)
    return 0
