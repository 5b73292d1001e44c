"""The ``weekplanner`` command: no subcommand opens the TUI; subcommands script it.

Each subcommand lives in its own module ``cmd_<name>.py`` exposing
``register(subparsers)``; heavy imports (Rich, TinyDB, Textual) happen inside
the command's ``run`` so ``--help`` and quick commands start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from weekplanner import __version__
from weekplanner.i18n import _, detect_language, set_language

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (
    "status", "log", "undo", "target", "quota", "review", "history",
    "export", "rollup", "demo", "restore",
)


def _command_modules() -> list[object]:
    modules = []
    for name in COMMANDS:
        try:
            modules.append(importlib.import_module(f"weekplanner.cli.cmd_{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"weekplanner.cli.cmd_{name}":
                raise
    return modules


def _early_language(argv: Sequence[str]) -> None:
    """Pick the language before the parser is built, so ``--help`` is translated too."""
    language = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            language = argv[i + 1]
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
    if language in ("en", "zh"):
        set_language(language)
    else:
        set_language(detect_language())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weekplanner",
        description=_("Plan and run your sales week: target, daily quotas, tick-off, pace, review, summary. "
                      "Without a command, opens the full-screen app."),
    )
    parser.add_argument("--version", action="version", version=f"weekplanner {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_("data folder (default: $WEEKPLANNER_DATA_DIR or the per-user data folder)"))
    parser.add_argument("--lang", choices=["en", "zh"], help=_("language of the interface (default: settings, then the locale)"))
    parser.add_argument("--theme", metavar="NAME", help=_("colour theme for the app"))
    parser.add_argument("--read-only", action="store_true", help=_("open the data without changing it"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    for module in _command_modules():
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _early_language(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from weekplanner.tui.launch import launch

        return launch(args)
    from weekplanner.cli.context import run_command

    return run_command(args)
