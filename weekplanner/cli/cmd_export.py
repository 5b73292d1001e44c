"""``weekplanner export``: the manager summary of a week, a range or a month, in six formats."""

from __future__ import annotations

import argparse
import sys

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _

FORMAT_CHOICES = ("md", "csv", "json", "html", "text", "xlsx")


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=_("write the manager summary (周报) as Markdown, CSV, JSON, HTML, chat text or an Excel workbook"),
        description=_("Write the summary of a week, a range of weeks or a month. "
                      "Without -o it goes to standard output, ready to pipe or paste."),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="W", help=_("the week: 2026-W48, a date, this, last (default: this week)"))
    which.add_argument("--from", dest="first", metavar="W", help=_("first week of a range (with --to)"))
    which.add_argument("--month", metavar="YYYY-MM", help=_("the weeks whose Monday falls in this month: 2026-11, this or last"))
    parser.add_argument("--to", dest="last", metavar="W", help=_("last week of a range (with --from)"))
    parser.add_argument("--format", "-f", choices=FORMAT_CHOICES, default="md",
                        help=_("md (default), csv, json, html, text (for a chat) or xlsx (needs -o)"))
    parser.add_argument("--width", type=int, metavar="N",
                        help=_("line width of --format text in columns, Chinese characters counting two "
                               "(default: 30, a phone's chat)"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=_("write to FILE instead of standard output (a name without an extension gets the "
                               "format's)"))
    parser.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    parser.set_defaults(func=run)


def render_options(args: argparse.Namespace) -> dict[str, object]:
    """Renderer options the flags ask for (only text takes any)."""
    width = getattr(args, "width", None)
    if width is None or args.format != "text":
        return {}
    from weekplanner.domain.errors import ParseError
    from weekplanner.export.text import MAX_WIDTH, MIN_WIDTH

    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ParseError(_("--width {width} is out of range; use {low} to {high} columns.").format(
            width=width, low=MIN_WIDTH, high=MAX_WIDTH))
    return {"width": width}


def resolve_weeks(args: argparse.Namespace, today, week_start: int) -> list:
    """The weeks the flags ask for; a user error raises ``ParseError`` (one line, exit 2)."""
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.parsing.dates import parse_month, parse_week
    from weekplanner.export.ranges import weeks_between, weeks_in_month

    if bool(args.first) != bool(args.last):
        raise ParseError(_("A range needs both --from and --to, e.g. --from 2026-W45 --to 2026-W48."))
    if args.first:
        return weeks_between(parse_week(args.first, today, week_start), parse_week(args.last, today, week_start))
    if args.month:
        return weeks_in_month(*parse_month(args.month, today), week_start)
    return [parse_week("this" if args.week is None else args.week, today, week_start)]


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import open_repo
    from weekplanner.export.formats import render
    from weekplanner.export.summary import load_report

    from weekplanner.cli.context import EXIT_USER_ERROR

    options = render_options(args)
    if args.format == "xlsx" and not args.output and sys.stdout.isatty():
        print(f"weekplanner: {_('error')}: " + _(
            "a workbook is not for the terminal; add -o FILE.xlsx (or redirect to a file)."), file=sys.stderr)
        return EXIT_USER_ERROR
    with open_repo(args, write=False) as repo:
        weeks = resolve_weeks(args, repo.clock.today(), repo.settings.week_start)
        report = load_report(repo, weeks)
    return write_output(render(report, args.format, **options), args.format, args.output,
                        _("Summary saved to {path}"), force=args.force)


def write_output(content: str | bytes, fmt: str, output: str | None, saved: str, *, force: bool = False) -> int:
    """To standard output, or to ``output`` (then ``saved`` names the full path); exit code."""
    from weekplanner.cli.context import EXIT_USER_ERROR, console
    from weekplanner.export.formats import encoding, write_file

    if not output:
        from weekplanner.safe_text import json_terminal_safe, terminal_safe

        if isinstance(content, str):
            # What reaches a terminal carries no escape sequence from user text (JSON keeps its meaning).
            content = json_terminal_safe(content) if fmt == "json" else terminal_safe(content)
        # Bytes, so the encoding (the CSV's BOM included) is the same as in a file.
        data = content if isinstance(content, bytes) else content.encode(encoding(fmt))
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        path = write_file(content, fmt, output, replace=force)
    except OSError as error:
        print(f"weekplanner: {_('error')}: " + _("could not write {path}: {reason}").format(
            path=output, reason=error.strerror or error), file=sys.stderr)
        return EXIT_USER_ERROR  # a StorageError (exists, symlink, disk full) is one line too, from run_command
    console().print(saved.format(path=path), markup=False)
    return 0
