"""What every subcommand shares: opening the data folder, the console, one-line errors (exit 2)."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from typing import Iterator

from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _, set_language

EXIT_USER_ERROR = 2


def console(stderr: bool = False):  # -> rich.console.Console
    """A Rich console; Rich itself honours ``NO_COLOR`` and non-terminal output."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


@contextmanager
def open_repo(args: argparse.Namespace, *, write: bool) -> Iterator["Repository"]:  # noqa: F821
    """Open the data folder from ``--data-dir``/env/default; writers take the lock."""
    from weekplanner.paths import resolve_data_dir
    from weekplanner.storage.repository import Repository

    repo = Repository(resolve_data_dir(args.data_dir), read_only=not write or args.read_only)
    try:
        if args.lang is None and repo.has_settings() and repo.settings.language in ("en", "zh"):
            set_language(repo.settings.language)
        yield repo
    finally:
        repo.close()


def run_command(args: argparse.Namespace) -> int:
    """Run ``args.func``; user errors and storage errors become one clear line and exit 2."""
    from weekplanner.storage.errors import StorageError

    try:
        return int(args.func(args) or 0)
    except (ParseError, StorageError) as error:
        print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
