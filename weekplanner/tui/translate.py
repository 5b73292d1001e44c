"""Follow the UI language in Textual's key bindings (Footer, help panel).

``BINDINGS`` are evaluated once, when the class body runs at import, so their
descriptions are written in English (``N_()``) and translated here, per
instance, whenever a screen is shown and after a language switch. Every
translated binding remembers the English binding it came from (``english_binding``),
so switching back and forth translates from the English, never from a translation
(two English words can share one translation).
Textual copies a class's bindings into each node's own binding table at
construction, which is what the Footer reads; replacing the (frozen) Binding
objects there (:func:`weekplanner.compat.textual_api.binding_table`) is the
least intrusive way to change what the Footer shows.
"""

from __future__ import annotations

import inspect
from dataclasses import replace
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from weekplanner.compat.textual_api import binding_table
from weekplanner.i18n import _, current_language, set_language

if TYPE_CHECKING:
    from textual.app import App


#: The language each node's binding descriptions were last translated into.
_translated_into: "WeakKeyDictionary[DOMNode, str]" = WeakKeyDictionary()

#: A translated binding → the English binding it was made from.
_ENGLISH: dict[Binding, Binding] = {}


def english_binding(binding: Binding) -> Binding:
    """The binding as declared, in English, whatever language ``binding`` was translated into."""
    return _ENGLISH.get(binding, binding)


def _translated(binding: Binding) -> Binding:
    binding = english_binding(binding)
    description = _(binding.description) if binding.description else binding.description
    tooltip = _(binding.tooltip) if binding.tooltip else binding.tooltip
    group = binding.group
    if group is not None and group.description:
        group = Binding.Group(_(group.description), compact=group.compact)
    if description == binding.description and tooltip == binding.tooltip and group == binding.group:
        return binding
    translated = replace(binding, description=description, tooltip=tooltip, group=group)
    _ENGLISH[translated] = binding
    return translated


def translate_bindings(node: DOMNode) -> None:
    """Put ``node``'s binding descriptions into the current language."""
    if _translated_into.get(node) == current_language():
        return
    table = binding_table(node)
    for key, bindings in table.items():
        table[key] = [_translated(b) for b in bindings]
    _translated_into[node] = current_language()


def bindings_changed(node: DOMNode) -> None:
    """``node``'s bindings were changed in place: translate them again on the next pass."""
    _translated_into.pop(node, None)


def translate_screen(screen: Screen) -> None:
    """Translate the bindings of a screen and every widget on it, and refresh the Footer."""
    translate_bindings(screen)
    for node in screen.walk_children(with_self=False):
        translate_bindings(node)
    screen.refresh_bindings()


def follow_language(app: "App[object]") -> None:
    """Translate the app's bindings now, and every screen's as it is shown."""
    translate_bindings(app)
    app.screen_change_signal.subscribe(app, translate_screen, immediate=True)


async def switch_language(app: "App[object]", language: str) -> None:
    """Switch the UI language at run time, save it, and redraw every open screen.

    A screen may define ``refresh_language()`` (sync or async) to update its
    text in place and keep its state. Otherwise a screen that redraws itself
    on resume (``on_screen_resume``) is asked to do that; any other screen is
    recomposed.
    """
    set_language(language)
    repo = getattr(app, "repo", None)
    if repo is not None and not repo.read_only and repo.settings.language != language:
        repo.save_settings(repo.settings.with_changes(language=language))
    translate_bindings(app)
    for screen in list(app.screen_stack):
        refresh = getattr(screen, "refresh_language", None)
        if refresh is None:
            resume = getattr(screen, "on_screen_resume", None)
            if resume is not None and not inspect.signature(resume).parameters:
                refresh = resume
        if refresh is not None:
            result = refresh()
            if inspect.isawaitable(result):
                await result
        else:
            await screen.recompose()
        translate_screen(screen)
