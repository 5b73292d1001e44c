"""``weekplanner demo``: a populated sample history to explore, kept apart from the rep's own data.

Without --data-dir the sample goes to ``<data folder>-demo``, so trying the
demo can never touch real data; a folder that already holds data is only
replaced with --force, and even then its contents are moved aside, not deleted.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _, ngettext

#: The files and folders that mean "this folder holds weekplanner data".
DATA_MARKERS = ("settings.json", "journal.json", "weeks")
MAX_DEMO_WEEKS = 260


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "demo",
        help=_("fill a separate data folder with a sample history and open it"),
        description=_("Create a realistic sample history (weeks with targets, quotas, activities, reviews) "
                      "and open the app on it. Without --data-dir it goes to its own folder next to your "
                      "data (the data folder's name + '-demo'), so your own data is never touched."),
        epilog=examples("weekplanner demo", "weekplanner demo --weeks 26 --no-open",
                        "weekplanner demo --data-dir /tmp/wp-demo --force"),
    )
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=_("where to create the sample (default: the data folder's name + '-demo')"))
    parser.add_argument("--weeks", metavar="N", default="12", help=_("how many weeks of history (default 12)"))
    parser.add_argument("--no-open", action="store_true", help=_("only create the sample; do not open the app"))
    parser.add_argument("--force", action="store_true",
                        help=_("replace a folder that already holds data (its contents are moved aside)"))
    parser.set_defaults(func=run)


def demo_folder(data_dir: str | None) -> Path:
    """``--data-dir`` as given, else the normal data folder's sibling ``…-demo``."""
    from weekplanner.paths import resolve_data_dir

    if data_dir:
        return Path(data_dir).expanduser()
    real = resolve_data_dir(None)
    return real.with_name(real.name + "-demo")


def holds_data(folder: Path) -> bool:
    return any((folder / marker).exists() for marker in DATA_MARKERS)


def move_aside(folder: Path, now: datetime) -> Path:
    """Rename ``folder`` to a dated sibling (after checking nobody has it open); returns the new path."""
    from weekplanner.storage.errors import FolderInUseError
    from weekplanner.storage.lock import Presence

    if not Presence(folder).nobody_else():
        raise FolderInUseError(folder)  # one clear line when a window or command has it open
    aside = folder.with_name(f"{folder.name}.replaced-{now:%Y%m%d-%H%M%S}")
    folder.rename(aside)
    return aside


def run(args: argparse.Namespace) -> int:
    import shlex
    import sys

    from weekplanner.cli.context import console
    from weekplanner.cli.render import plain
    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.parsing.amounts import parse_count

    weeks = parse_count(args.weeks, maximum=MAX_DEMO_WEEKS)
    folder = demo_folder(args.data_dir)
    from weekplanner.now import clock_from_environment

    now = clock_from_environment().now()
    out = console()
    if holds_data(folder):
        if not args.force:
            raise ParseError(_("{folder} already holds data; the sample was not written. Open it with "
                               "'weekplanner --data-dir {folder}', or replace it with --force (its contents "
                               "are moved aside, not deleted).").format(folder=folder))
        aside = move_aside(folder, now)
        out.print(plain(_("The previous contents of {folder} were moved to {aside}.").format(
            folder=folder, aside=aside)))

    try:
        from weekplanner.demo import build_demo
    except ImportError:
        raise ParseError(_("This installation has no sample data builder; reinstall weekplanner.")) from None

    build_demo(folder, weeks=weeks, today=now)
    out.print(plain(ngettext("Sample history of {weeks} week written to {folder}.",
                               "Sample history of {weeks} weeks written to {folder}.", weeks).format(weeks=weeks, folder=folder)))
    open_again = f"weekplanner --data-dir {shlex.quote(str(folder))}"
    if args.no_open or not (sys.stdin.isatty() and sys.stdout.isatty()):
        out.print(plain(_("Open it with: {command}").format(command=open_again)))
        return 0
    from weekplanner.tui.launch import launch

    return launch(argparse.Namespace(data_dir=str(folder), read_only=False, lang=args.lang, theme=args.theme))
