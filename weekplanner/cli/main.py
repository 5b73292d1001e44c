"""The ``weekplanner`` command: no subcommand opens the TUI; subcommands script it.

Each subcommand lives in its own module ``cmd_<name>.py`` exposing
``register(subparsers)``; heavy imports (Rich, TinyDB, Textual) happen inside
the command's ``run`` so ``--help`` and quick commands start fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import re
import sys
import unicodedata
from typing import NoReturn, Sequence

from weekplanner import __version__
from weekplanner.compat.argparse_api import HelpFormatterHooks, title_default_groups
from weekplanner.i18n import _, available_languages, detect_language, is_language, set_language

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (
    "status", "log", "undo", "target", "quota", "review", "history",
    "export", "send", "rollup", "demo", "restore",
)


def _command_modules(names: Sequence[str] = COMMANDS) -> list[object]:
    """The modules of the commands named: every one must import (a missing one is a broken install)."""
    return [importlib.import_module(f"weekplanner.cli.cmd_{name}") for name in names]


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The value of ``--option VALUE`` or ``--option=VALUE`` in ``argv`` (the last one wins)."""
    value = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith(option + "="):
            value = arg.split("=", 1)[1]
    return value


#: Options before the command that take a value (``--data-dir DIR``).
_VALUED_OPTIONS = ("--data-dir", "--lang", "--theme")


def _positionals(argv: Sequence[str]) -> list[str] | None:
    """The arguments of ``argv`` that are neither options nor their values, in order.

    None when a help flag or ``--`` comes before the first of them (then the whole parser is
    built, so the full help lists every command).
    """
    found: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--" or (arg in ("-h", "--help") and not found):
            return found or None
        elif arg.startswith("--") and "=" not in arg:
            # argparse accepts unambiguous prefixes (--data DIR), so match those too.
            skip = len(arg) > 2 and any(option.startswith(arg) for option in _VALUED_OPTIONS)
        elif not arg.startswith("-"):
            found.append(arg)
    return found


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, or None when it names none (then the whole parser is built).

    Building one command's parser instead of all eleven saves most of the parser's cost.
    Any help flag before the command asks for the full help, so it counts as no command.
    """
    positionals = _positionals(argv)
    if positionals:
        return positionals[0] if positionals[0] in COMMANDS else None
    return None


def _parsers_needed(argv: Sequence[str]) -> Sequence[str]:
    """The commands whose parsers ``argv`` needs: the one it names; none when it names none and asks
    for no help (it opens the full-screen app, which needs no command's parser); else all of them."""
    chosen = _chosen_command(argv)
    if chosen:
        return (chosen,)
    return () if _positionals(argv) == [] else COMMANDS


def _stored_language(data_dir: str | None) -> str | None:
    """The language saved in the settings, read straight from the file (no TinyDB) to start fast.

    Any problem with the file is ignored here; the command itself reports it.
    """
    import json

    from weekplanner.paths import resolve_data_dir

    try:
        path = resolve_data_dir(data_dir) / "settings.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = next(iter(data.get("settings", {}).values()), {})
        language = doc.get("language") if isinstance(doc, dict) else None
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    return language if isinstance(language, str) and is_language(language) else None


def _early_language(argv: Sequence[str]) -> None:
    """Pick the language before the parser is built, so ``--help`` is translated too.

    ``--lang`` first, then the language stored in the settings, then the locale.
    """
    language = _option_value(argv, "--lang")
    if not (language and is_language(language)):
        language = _stored_language(_option_value(argv, "--data-dir"))
    set_language(language if language and is_language(language) else detect_language())


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_TOKEN_PATTERN = f"[{_WIDE}]|[^\\s{_WIDE}]+"
#: Chinese punctuation that must not start a line.
_NO_LINE_START = set("，。、；：？！）》」』】”’")


def wrap_cells(text: str, width: int) -> list[str]:
    """Wrap ``text`` to ``width`` terminal columns; Chinese characters take two and may break anywhere."""
    lines: list[str] = []
    line, used = "", 0
    # Compiled on first use (re caches it): compiling costs more than a command's whole parser.
    for match in re.finditer(_TOKEN_PATTERN, text):
        token = match.group()
        spaced = match.start() > 0 and text[match.start() - 1].isspace()
        cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in token)
        extra = 1 if (spaced and line) else 0
        if line and used + extra + cells > width and token not in _NO_LINE_START:
            lines.append(line)
            line, used, extra = "", 0, 0
        line += (" " if extra else "") + token
        used += extra + cells
    if line:
        lines.append(line)
    return lines


class HelpFormatter(HelpFormatterHooks):
    """Wraps prose by display width (Chinese is double width), keeps indented example lines as written,
    translates the "usage:" prefix."""

    def wrap_lines(self, text: str, width: int) -> list[str]:
        return wrap_cells(" ".join(text.split()), width)

    def fill_paragraphs(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.strip("\n").split("\n\n"):
            if any(line.startswith(" ") for line in block.splitlines()):
                blocks.append("\n".join(indent + line for line in block.splitlines()))
            else:
                blocks.append("\n".join(indent + line for line in wrap_cells(" ".join(block.split()), width)))
        return "\n\n".join(blocks)

    def usage_prefix(self) -> str:
        return _("usage: ")

    def usage_order(self, actions: list[argparse.Action]) -> list[argparse.Action]:
        """A command's own options first, the global ones (inherited with ``parents=``) last."""
        return sorted(actions, key=lambda action: action.dest in GLOBAL_OPTIONS)


class ArgumentParser(argparse.ArgumentParser):
    """argparse with translated headings and one-line usage errors (exit 2).

    Subcommand parsers are made from :class:`CommandParser`, so every command behaves the same.
    """

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        title_default_groups(self, _("arguments"), _("options"))
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=_("show this help and exit"))

    def parse_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def, override]
        """Unknown options are reported by the top parser; point the hint at the command's own help."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = " ".join(str(getattr(parsed, name)) for name in ("command", "target_action", "quota_action", "send_target")
                               if getattr(parsed, name, None))
            self.error(_("unrecognized arguments: {args}").format(args=" ".join(extras)),
                       f"{self.prog} {command}".strip())
        return parsed

    def error(self, message: str, prog: str | None = None) -> NoReturn:  # type: ignore[override]
        hint = _("see '{prog} --help'").format(prog=prog or self.prog)
        self.exit(2, f"weekplanner: {_('error')}: {message} ({hint})\n")


def _language_code(text: str) -> str:
    """``--lang``: English or a language with a catalog."""
    if not is_language(text):
        raise argparse.ArgumentTypeError(_("unknown language '{text}'; use one of: {languages}").format(
            text=text, languages=", ".join(available_languages())))
    return text


class CommandParser(ArgumentParser):
    """A command's parser (and its actions', ``target set``): it takes the global options too.

    SUPPRESS: given after the command they count, left out they keep the value given before it.
    A command that defines one of them itself (``demo --data-dir``) keeps its own ("resolve").
    """

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("parents", [_global_options(argparse.SUPPRESS)])
        kwargs.setdefault("conflict_handler", "resolve")
        super().__init__(*args, **kwargs)


#: The destinations of the options every command accepts (:func:`_global_options`).
GLOBAL_OPTIONS = frozenset({"data_dir", "lang", "theme", "read_only"})


def _global_options(default: object = None) -> argparse.ArgumentParser:
    """The options every command accepts, before or after the command name, as a ``parents=`` parser.

    A new one for each parser that takes them: ``parents=`` shares the option objects, and a
    command that resolves a clash with its own option changes them.
    """
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group(_("global options"))
    group.add_argument("--data-dir", metavar="DIR", default=default,
                       help=_("data folder (default: $WEEKPLANNER_DATA_DIR or the per-user data folder)"))
    group.add_argument("--lang", type=_language_code, metavar="LANG", default=default,
                       help=_("language of the interface (default: settings, then the locale)"))
    group.add_argument("--theme", metavar="NAME", default=default, help=_("colour theme for the app"))
    group.add_argument("--read-only", action="store_true", default=False if default is None else default,
                       help=_("open the data without changing it (any number of windows and commands "
                              "may change it at the same time otherwise)"))
    return parser


def build_parser(only: str | None = None, *, commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``only``, just that command below the global options
    (with ``commands``, just those: none for the full-screen app)."""
    parser = ArgumentParser(
        prog="weekplanner",
        description=_("Plan and run your sales week: target, daily quotas, tick-off, pace, review, summary. "
                      "Without a command, opens the full-screen app."),
        epilog=_("Start with 'weekplanner demo' to explore a sample week, or 'weekplanner COMMAND --help' "
                 "for one command."),
        parents=[_global_options()],
    )
    parser.add_argument("--version", action="version", version=f"weekplanner {__version__}",
                        help=_("show the version and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"),
                                       parser_class=CommandParser)
    names = commands if commands is not None else ((only,) if only else COMMANDS)
    for module in _command_modules(names):
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _early_language(args_list)
    from weekplanner.safe_text import control_characters_refusal, has_control_characters

    if any(has_control_characters(arg) for arg in args_list):
        # Every text a command stores or prints comes from here: refused before anything is read or written.
        print(f"weekplanner: {_('error')}: " + control_characters_refusal(), file=sys.stderr)
        return 2
    parser = build_parser(commands=_parsers_needed(args_list))
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # --help, --version, usage errors: return the code instead of exiting
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else 2
    if args.command is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            # A full-screen app drawn into a pipe or a file is escape codes nobody can read.
            print(f"weekplanner: {_('error')}: " + _(
                "the full-screen app needs a terminal; in a script or a pipe use a command such as "
                "'weekplanner status' (see 'weekplanner --help')."), file=sys.stderr)
            return 2
        from weekplanner.tui.launch import launch

        return launch(args)
    from weekplanner.cli.context import run_command

    return run_command(args)


def run() -> NoReturn:
    """The program's entry (``weekplanner``, ``python -m weekplanner``): :func:`main` in a one-shot process.

    A command lives some tens of milliseconds and leaves almost no cyclic garbage,
    yet the collector walks the objects of every imported module again and again
    while they load, and once more when the interpreter tears them down: ~6 ms of a
    ~45 ms ``status``. So it is off while the command runs and what is left is
    frozen before exit. The full-screen app switches it back on in its start-up
    step, right before it runs (``weekplanner.tui.startup``).
    """
    gc.disable()
    code = main()
    gc.freeze()
    raise SystemExit(code)
