"""``weekplanner restore``: put back a data file from the rolling daily backups.

Without FILE it checks every data file and restores each one that cannot be
read from its newest backup; the replaced file is always kept aside as
``<name>.broken-<timestamp>``, so nothing is lost either way.
"""

from __future__ import annotations

import argparse

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "restore",
        help=_("restore a data file from the daily backups"),
        description=_("Put back a data file from the daily backups (the last 7 days are kept). Without FILE, "
                      "every file that cannot be read is restored from its newest backup. The file replaced "
                      "is kept aside as <name>.broken-<time>."),
        epilog=examples("weekplanner restore", "weekplanner restore --list",
                        "weekplanner restore 2026-W48 --from 2026-11-24", "weekplanner restore settings.json"),
    )
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help=_("a week label (2026-W48) or a file in the data folder (settings.json, journal.json)"))
    parser.add_argument("--list", action="store_true", help=_("list the backups instead of restoring"))
    parser.add_argument("--from", dest="day", metavar="DATE", help=_("restore the backup of that day (2026-11-24)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.render import plain
    from weekplanner.domain.parsing.dates import parse_date
    from weekplanner.storage.errors import StorageError

    out = console()
    with open_repo(args, write=not args.list) as repo:
        day = parse_date(args.day, repo.clock.today()) if args.day else None
        if args.list:
            found = [b for b in repo.backups(args.file) if day is None or b.day == day]
            if not found:
                out.print(_("No backups yet; they are made each day the data changes."))
                return 0
            from rich.table import Table

            table = Table(_("Date"), _("File"), _("Size"), box=None)
            for backup in found:
                table.add_row(backup.day.isoformat(), plain(backup.relative),
                              _("{n} bytes").format(n=backup.size))
            out.print(table)
            return 0
        if args.file:
            targets = [args.file]
        else:
            broken = repo.check()
            if not broken:
                out.print(_("All data files can be read; nothing to restore."))
                return 0
            targets = [str(error.path) for error in broken]
        for target in targets:
            try:
                backup, aside = repo.restore(target, day)
            except StorageError as error:
                if args.file:
                    raise
                raise StorageError(_("{problem} Fix the file by hand or restore another one.").format(
                    problem=error)) from None
            out.print(plain(_("Restored {file} from the backup of {day}.").format(
                file=backup.relative, day=backup.day.isoformat())))
            if aside is not None:
                out.print(plain(_("The replaced file was kept as {path}.").format(path=aside)))
    return 0
