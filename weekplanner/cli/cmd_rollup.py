"""``weekplanner rollup``: the manager merges reps' JSON summaries into one team table."""

from __future__ import annotations

import argparse
import sys

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "rollup",
        help=_("merge several reps' JSON summaries of the same week(s) into one team table"),
        description=_("Read JSON summaries ('weekplanner export --format json') of the same week(s) "
                      "and write one team table sorted by achievement. Files that do not fit are "
                      "named on standard error and left out."),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=_("a rep's JSON summary"))
    parser.add_argument("--format", "-f", choices=("md", "csv", "html"), default="md",
                        help=_("md (default), csv or html"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=_("write to FILE instead of standard output (a name without an extension gets the "
                               "format's)"))
    parser.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.cmd_export import write_output
    from weekplanner.cli.context import EXIT_USER_ERROR
    from weekplanner.export.rollup import RENDERERS, build_rollup

    rollup, errors = build_rollup(args.files)
    from weekplanner.safe_text import terminal_safe

    for source, message in errors:
        print(terminal_safe(f"weekplanner: {source}: {message}"), file=sys.stderr)
    if rollup is None:
        print(f"weekplanner: {_('error')}: " + _("no summary could be rolled up."), file=sys.stderr)
        return EXIT_USER_ERROR
    return write_output(RENDERERS[args.format](rollup), args.format, args.output, _("Team summary saved to {path}"),
                        force=args.force)
