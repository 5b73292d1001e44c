"""Textual internals weekplanner relies on, each behind one function (tests/test_compat.py checks them).

Textual 8 has no public way to change the bindings of one screen instance after it was built
(the tick keys follow the rep's activity types; descriptions follow the UI language), to tell
whether a stylesheet was parsed yet without parsing it, to let its Footer compose before the
first bindings signal, to keep a style sheet's parsed rules when a screen brings styles of its own
(and from one run to the next), to translate the command palette's "No matches found", or to let
go of the drawn lines of widgets that were removed. These are the only places that reach inside.

Textual's Footer draws each key with widgets that ``textual.widgets`` does not export;
weekplanner's own Footer (which chooses the keys that fit the width) yields the same widgets so it
keeps Textual's look and styles.
"""

from __future__ import annotations

import os
import pickle
import sys
from functools import cache
from typing import TYPE_CHECKING, Any

from textual.cache import LRUCache
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

__all__ = ["FooterKey", "FooterLabel", "KeyGroup", "binding_table", "bind_key", "stylesheet_parsed",
           "keeping_parsed_rules", "RulesKeepingStylesheet", "dump_parsed_sheets", "keep_parsed_sheets",
           "footer_bindings_ready", "mark_footer_bindings_ready"]

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode
    from textual.widgets import Footer


def binding_table(node: DOMNode) -> dict[str, list[Binding]]:
    """The key → bindings map a node was given from its class's ``BINDINGS`` (what the Footer reads).

    Changes to it (reordering, replacing a Binding) show after ``refresh_bindings()``.
    """
    return node._bindings.key_to_bindings


def bind_key(node: DOMNode, key: str, action: str, description: str) -> None:
    """Add a binding to one node (not its class), as ``App.bind`` does for the app."""
    node._bindings.bind(key, action, description)


def stylesheet_parsed(stylesheet: Stylesheet) -> bool:
    """Whether the stylesheet was parsed yet (``Stylesheet.rules`` would parse it to answer)."""
    return bool(stylesheet._rules)


def keeping_parsed_rules(stylesheet: Stylesheet) -> Stylesheet:
    """A stylesheet like ``stylesheet`` (still empty) that parses each sheet once per set of theme colours.

    When a screen whose styles are new opens (the log form, settings, …), Textual re-parses every
    sheet of the app in a fresh stylesheet whose parse cache starts empty: ~20–40 ms on the first
    ``l`` or ``s``. The rules parsed from the same text with the same variables are the same, so this
    one keeps them for the process: opening a screen parses only its own sheet, and a theme switched
    back to is not parsed again.
    """
    return RulesKeepingStylesheet(variables=stylesheet._variables)


class RulesKeepingStylesheet(Stylesheet):
    """Textual's stylesheet with one parse cache for the process, keyed by the sheet and the colours."""

    _parsed: LRUCache[tuple, list[RuleSet]] = LRUCache(1024)
    #: Sheets an earlier run parsed (:func:`keep_parsed_sheets`), each taken when first asked for.
    _kept: dict[tuple, list[RuleSet]] = {}
    #: How many sheets this process has parsed itself (neither parsed before nor kept).
    parse_count = 0

    def __init__(self, *, variables: dict[str, str] | None = None) -> None:
        super().__init__(variables=variables)
        self._colours = tuple(self._variables.items())

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._colours = tuple(variables.items())

    def _parse_rules(self, css: str, read_from: Any, is_default_rules: bool = False, tie_breaker: int = 0,
                     scope: str = "") -> list[RuleSet]:
        key = (css, read_from, is_default_rules, tie_breaker, scope, self._colours)
        rules = self._parsed.get(key)
        if rules is None:
            rules = RulesKeepingStylesheet._kept.pop(key, None)
            if rules is None:
                rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
                RulesKeepingStylesheet.parse_count += 1
            self._parsed[key] = rules
        return rules

    def reparse(self) -> None:
        """Textual's ``reparse`` parses every source again in a fresh sheet so that an error leaves this one
        as it was; ``parse`` assigns the rules only once every source parsed, which keeps that."""
        self._invalid_css = set()
        self.parse()


#: Changes when the layout of :func:`dump_parsed_sheets` does.
_PARSED_SHEETS_FORMAT = 1


@cache
def _textual_stamp() -> tuple[Any, ...] | None:
    """What tells one installed Textual from another: the name of its distribution's metadata
    folder and when that was written (a reinstall rewrites it), with Python's version.

    ``importlib.metadata.version("textual")`` answers the same in ~15 ms; a look through one folder
    takes ~0.1 ms. None when Textual was not installed as a distribution (nothing tells its versions apart).
    """
    import textual

    folder = os.path.dirname(os.path.dirname(textual.__file__))
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("textual-") and entry.name.endswith(".dist-info"):
                    found.append((entry.name, os.stat(os.path.join(entry.path, "RECORD")).st_mtime_ns))
    except OSError:
        return None
    if not found:
        return None
    return (_PARSED_SHEETS_FORMAT, sys.version_info[:2], tuple(sorted(found)))


def dump_parsed_sheets() -> bytes | None:
    """The sheets this process has asked for so far, parsed, as bytes for :func:`keep_parsed_sheets`.

    Textual's parsed rules (``RuleSet`` and the styles in it) pickle as they are; they are only
    readable by the same Textual, so the bytes carry its stamp. None when no stamp can be had.
    """
    stamp = _textual_stamp()
    if stamp is None:
        return None
    parsed = RulesKeepingStylesheet._parsed
    sheets = [(key, parsed.get(key)) for key in list(parsed.keys())]
    return pickle.dumps((stamp, sheets), protocol=pickle.HIGHEST_PROTOCOL)


def keep_parsed_sheets(data: bytes) -> int:
    """Offer the sheets of :func:`dump_parsed_sheets` to every later parse; how many there are.

    A sheet is used only where the same text from the same place is parsed with the same colours;
    any other is parsed as usual. Raises ``ValueError`` when ``data`` is not what this Textual wrote
    (another version, damaged bytes) and takes nothing then. Only pass bytes this user wrote:
    unpickling runs code named in them.
    """
    try:
        stamp, sheets = pickle.loads(data)
    except Exception as error:  # unpickling damaged bytes can raise nearly anything
        raise ValueError(f"not parsed sheets: {error!r}") from None
    if stamp is None or stamp != _textual_stamp():
        raise ValueError("parsed by another Textual")
    if not (isinstance(sheets, list) and all(
            isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], tuple)
            and isinstance(entry[1], list) and all(isinstance(rule, RuleSet) for rule in entry[1])
            for entry in sheets)):
        raise ValueError("not parsed sheets")
    RulesKeepingStylesheet._kept.update(sheets)
    return len(sheets)


def release_drawn_lines() -> None:
    """Let go of the drawn lines that Textual keeps for widgets long removed.

    ``StylesCache.get_inner_outer`` is a ``functools.lru_cache`` on a method, so its keys hold up to
    1,024 widgets' style caches, each with the strips of its widget's last drawing, long after the
    widget is gone. After a few dozen forms opened and closed that is ≈ 170,000 objects kept alive,
    which every full garbage collection walks again: ≈ 120–160 ms per collection instead of
    ≈ 20–80 ms, a pause that lands on whatever key the rep pressed. The widgets on screen lose
    nothing: the next frame works out their two background styles again.
    """
    from textual._styles_cache import StylesCache

    StylesCache.get_inner_outer.cache_clear()


def footer_bindings_ready(footer: Footer) -> bool:
    """Whether Textual's Footer has had its first bindings signal (before it, it composes nothing)."""
    return footer._bindings_ready


def mark_footer_bindings_ready(footer: Footer) -> None:
    """What Textual's ``Footer.bindings_changed`` does first, for a Footer that overrides it."""
    footer._bindings_ready = True

@cache
def _command_palette_class() -> type:
    from rich.align import Align
    from rich.text import Text
    from textual.command import CommandList, CommandPalette
    from textual.widgets.option_list import Option

    class TranslatableCommandPalette(CommandPalette):
        """Textual's command palette with its "No matches found" line from ``no_matches_text()``.

        Textual writes that line as an English literal inside a private method; this is that method
        with the literal replaced (the test compares Textual's source with the copy it was made from).
        """

        def no_matches_text(self) -> str:
            return "No matches found"

        def _start_no_matches_countdown(self, search_value: str) -> None:
            self._stop_no_matches_countdown()

            def _show_no_matches() -> None:
                if search_value:
                    command_list = self.query_one(CommandList)
                    command_list.add_option(
                        Option(
                            Align.center(Text(self.no_matches_text(), style="not bold")),
                            disabled=True,
                            id=self._NO_MATCHES,
                        )
                    )
                    self._list_visible = True
                else:
                    self._list_visible = False

            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, _show_no_matches)

    return TranslatableCommandPalette


def __getattr__(name: str) -> Any:
    """``TranslatableCommandPalette`` is made when first asked for (when the palette first opens), not
    at start-up: making a subclass of a Textual screen costs a few tenths of a millisecond."""
    if name == "TranslatableCommandPalette":
        return _command_palette_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
