"""What every subcommand shares: opening the data folder, the clock, the console, one-line errors (exit 2).

``WEEKPLANNER_TODAY`` (``2026-11-25T14:00`` or ``2026-11-25``) fixes "now"
(:func:`weekplanner.now.clock_from_environment`), so scripts and tests get the
same answer every day.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.storage.repository import Repository

EXIT_USER_ERROR = 2


def examples(*lines: str) -> str:
    """A help epilog listing example command lines (kept as written by the help formatter)."""
    return _("examples:") + "\n" + "\n".join("  " + line for line in lines)


def add_week_option(parser: argparse.ArgumentParser) -> None:
    """``--week W``, read later with :func:`weekplanner.cli.inputs.week_arg`."""
    parser.add_argument("--week", metavar="W",
                        help=_("the week: 2026-W48, a date in it, this, last or next (default: this week)"))


def console(stderr: bool = False):  # -> rich.console.Console
    """A Rich console that shows text as text; Rich itself honours ``NO_COLOR`` and non-terminal output.

    Every string it prints (table cells too) goes through ``render_str``: there it is made
    terminal-safe and never read as markup, so a client named ``[bold]`` or one holding an
    escape sequence prints as typed, harmlessly.
    """
    from rich.console import Console

    from weekplanner.safe_text import terminal_safe

    class SafeConsole(Console):
        def render_str(self, text: str, **options):  # noqa: ANN003, ANN202 - Rich's signature
            options["markup"] = False
            return super().render_str(terminal_safe(text), **options)

    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=True, markup=False)


@contextmanager
def open_repo(args: argparse.Namespace, *, write: bool) -> Iterator["Repository"]:
    """Open the data folder from ``--data-dir``/env/default.

    Writers take the folder's lock only for the moment each change is written,
    so every command reads and writes while the app is open in another terminal.
    The language was already chosen in ``main`` (flag, stored setting, locale), so
    a broken settings file never stops a command such as ``restore`` that repairs it.
    """
    from weekplanner.now import clock_from_environment
    from weekplanner.paths import resolve_data_dir
    from weekplanner.storage.repository import Repository

    repo = Repository(resolve_data_dir(args.data_dir), read_only=not write or args.read_only,
                      clock=clock_from_environment())
    try:
        yield repo
    finally:
        repo.close()


def run_command(args: argparse.Namespace) -> int:
    """Run ``args.func``; user errors and storage errors become one clear line and exit 2."""
    from weekplanner.storage.errors import StorageError

    try:
        return int(args.func(args) or 0)
    except (ParseError, StorageError) as error:
        from weekplanner.safe_text import terminal_safe

        print(terminal_safe(f"weekplanner: {_('error')}: {error}"), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
