"""The help screen (? or F1): every key, screen by screen, in the UI language.

The list is built from the screens' own ``BINDINGS`` when the help opens, so it
never goes stale when a screen gains or changes a key.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer

from weekplanner.i18n import N_, _
from weekplanner.tui.screens.base import WeekplannerScreen
from weekplanner.tui.widgets.plain import PlainStatic
from weekplanner.tui.translate import english_binding

#: Screens shown first, in this order; any other screen follows alphabetically.
SCREEN_ORDER = ("WeekScreen", "EntriesScreen", "LogForm", "TargetForm", "QuotaForm", "RebalanceScreen",
                "JumpScreen", "ReviewScreen", "HistoryScreen", "ExportScreen", "SettingsScreen")
_SKIPPED = {"HelpScreen", "WeekplannerScreen"}  # the help itself, the base of the others
#: Keys a screen's widgets handle (a list's Enter, the entries' Delete), so they are in no BINDINGS.
WIDGET_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "EntriesScreen": (("Enter", N_("Edit the highlighted entry")),
                      ("Delete", N_("Delete the highlighted entry (asks first)"))),
    "HistoryScreen": (("Enter", N_("Open the highlighted week with its review (read-only)")),),
    "CommitmentsScreen": (("Enter / space", N_("Mark the highlighted commitment: kept → not kept → not marked")),),
}


def screen_classes() -> list[type[Screen]]:
    """Every screen class defined in ``weekplanner.tui.screens`` (imported now, on demand)."""
    import weekplanner.tui.screens as package

    found: dict[str, type[Screen]] = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__ and name not in _SKIPPED:
                found[name] = cls
    order = {name: i for i, name in enumerate(SCREEN_ORDER)}
    return sorted(found.values(), key=lambda c: (order.get(c.__name__, len(order)), c.__name__))


def screen_title(cls: type[Screen]) -> str:
    """The screen's own ``TITLE`` in the UI language (every screen has one: a test checks it)."""
    return _(cls.TITLE or cls.__name__)


def key_rows(bindings: Iterable[Binding | tuple[str, ...]], key_display) -> list[tuple[str, str]]:
    """(keys, description) per action, in the order declared; keys of one action joined."""
    rows: dict[str, tuple[list[str], str]] = {}
    for binding in Binding.make_bindings(bindings):
        if not binding.description:
            continue
        keys, _description = rows.setdefault(binding.action, ([], _(english_binding(binding).description)))
        shown = key_display(binding)
        if shown not in keys:
            keys.append(shown)
    return [(" / ".join(keys), description) for keys, description in rows.values()]


class HelpScreen(WeekplannerScreen[None], ModalScreen[None]):
    """Keys by screen; Esc, q or ? closes it."""

    CSS_PATH = Path(__file__).with_name("help.tcss")
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", N_("Close"), key_display="Esc"),
    ]

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(title, rows) for "everywhere" and each screen that has keys."""
        display = self.app.get_key_display
        everywhere = key_rows(type(self.app).BINDINGS, display)
        result = [(_("Everywhere"), everywhere)]
        for cls in screen_classes():
            rows = key_rows(cls.BINDINGS, display)
            rows += [(keys, _(text)) for keys, text in WIDGET_KEYS.get(cls.__name__, ())]
            if cls.__name__ == "WeekScreen":
                rows = self._tick_rows() + rows
            if rows:
                result.append((screen_title(cls), rows))
        return result

    def _tick_rows(self) -> list[tuple[str, str]]:
        """The one-key tick-off of each activity type (bound at run time, so not in BINDINGS): its letter or 1–9."""
        from weekplanner.domain.hotkeys import letter_keys, tick_keys
        from weekplanner.tui.screens.week import WeekScreen

        types = self.app.repo.settings.visible_types()
        keys = tick_keys(((t.key, t.hotkey) for t in types), letter_keys(b.key for b in WeekScreen.BINDINGS))
        return [(keys[t.key], _("Log one: {type}").format(type=t.display_name)) for t in types if t.key in keys]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield PlainStatic(_("Keys"), id="help-title")
            for title, rows in self.sections():
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", no_wrap=True, min_width=8)
                table.add_column()
                for keys, description in rows:
                    table.add_row(Text(keys), Text(description))
                yield PlainStatic(title, classes="help-section-title")
                yield PlainStatic(table, classes="help-section")
            yield PlainStatic(_("Tip: ctrl+p finds any command by name, in English or Chinese."), id="help-tip")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
