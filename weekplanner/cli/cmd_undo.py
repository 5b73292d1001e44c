"""``weekplanner undo``: take back the last change, whether made here or in the app (one shared history)."""

from __future__ import annotations

import argparse

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "undo",
        help=_("take back the last logged activity or change"),
        description=_("Take back the newest change: a logged activity, a target or quota change, an edit. "
                      "Every window and command shares one history, so this takes back the newest change "
                      "whoever made it (a tick in an open window too) and says what it was. A change whose "
                      "data was changed after it (a restore, an import, an edit by hand) is refused rather "
                      "than written over. --redo puts back what was undone last."),
        epilog=examples("weekplanner undo", "weekplanner undo --redo"),
    )
    parser.add_argument("--redo", action="store_true", help=_("re-apply the change most recently undone"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.render import plain

    with open_repo(args, write=True) as repo:
        summary = repo.redo() if args.redo else repo.undo()
    out = console()
    if summary is None:
        out.print(_("Nothing to redo.") if args.redo else _("Nothing to undo."))
        return 0
    message = _("Redone: {change}") if args.redo else _("Undone: {change}")
    out.print(plain(message.format(change=summary)))
    return 0
