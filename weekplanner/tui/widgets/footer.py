"""Textual's Footer, rebuilt at most once per refresh and only when the keys it shows changed;
the keys fit the width (:mod:`footer_fit`), and a read-only window says so at its left end.

Textual's Footer recomposes on every bindings signal, and each rebuild mounts
one widget per key with a style pass each. Opening the week screen sends about
ten such signals (screen push, focus, translated descriptions, the tick keys),
which made the Footer the largest single cost of start-up. This one coalesces
the signals of one refresh and skips the rebuild when nothing visible changed.
It draws the keys with Textual's own Footer widgets, so it looks and styles the same.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets import Label

from weekplanner.compat.textual_api import FooterKey, FooterLabel, KeyGroup, footer_bindings_ready, mark_footer_bindings_ready
from weekplanner.i18n import _
from weekplanner.tui.widgets.footer_fit import FooterEntry, fit_entries, runs


class Footer(TextualFooter):
    """A drop-in Footer (same name, same CSS type) that rebuilds only for a visible change.

    A screen may name the actions that leave the Footer first when it is too narrow
    (``FOOTER_SPARE``); they stay in help and the command palette.
    """

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - the Footer's own signature
        super().__init__(*args, **kwargs)
        self._rebuild_pending = False
        self._shown: tuple | None = None

    def _palette_entry(self) -> FooterEntry | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _node, binding, enabled, tooltip = found
        return FooterEntry(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                           enabled, binding.tooltip or binding.description)

    def _entries(self) -> tuple[tuple[FooterEntry, ...], FooterEntry | None]:
        """The keys to show (fitted to the width) and the command-palette key at the right end."""
        get_key_display = self.app.get_key_display
        entries: dict[str, FooterEntry] = {}
        for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values():
            if binding.show and binding.action not in entries:  # one entry per action, as Textual shows it
                entries[binding.action] = FooterEntry(binding.key, get_key_display(binding), binding.description,
                                                      binding.action, enabled, tooltip, binding.group)
        palette = self._palette_entry()
        shown = list(entries.values())
        width = self.size.width or self.app.size.width
        if not self.compact:  # the widths fit_entries counts are those of the regular style
            shown, palette = fit_entries(shown, width, getattr(self.screen, "FOOTER_SPARE", ()), palette)
        return tuple(shown), palette

    def _visible_keys(self) -> tuple:
        """What the Footer would draw: the shown keys with their labels and states."""
        return (self.compact, self._entries())

    def compose(self) -> ComposeResult:
        if not footer_bindings_ready(self):
            return
        self._shown = self._visible_keys()
        repo = getattr(self.app, "repo", None)
        if repo is not None and repo.read_only:  # on every screen, for as long as the window lives
            yield Label(_("Read-only"), classes="wp-read-only", markup=False)
        entries, palette = self._shown[1]
        for run in runs(entries):
            if len(run) > 1:
                group = run[0].group
                with KeyGroup(classes="-compact" if group.compact else ""):
                    for entry in run:
                        yield self._key(FooterKey(entry.key, entry.key_display, "", entry.action,
                                                  disabled=not entry.enabled, tooltip=entry.tooltip or entry.description,
                                                  classes="-grouped"))
                yield FooterLabel(group.description)
            else:
                entry = run[0]
                yield self._key(FooterKey(entry.key, entry.key_display, entry.description, entry.action,
                                          disabled=not entry.enabled, tooltip=entry.tooltip))
        if palette is not None:
            yield FooterKey(palette.key, palette.key_display, palette.description, palette.action,
                            classes="-command-palette", disabled=not palette.enabled, tooltip=palette.tooltip)

    def _key(self, key: FooterKey) -> FooterKey:
        """A key that follows the Footer's ``compact``, starting from it: a FooterKey starts compact and
        would otherwise be restyled twice as it mounts (compact, then not), once per key on screen."""
        key.set_reactive(FooterKey.compact, self.compact)
        return key.data_bind(compact=TextualFooter.compact)

    def bindings_changed(self, screen: Screen) -> None:
        mark_footer_bindings_ready(self)
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._schedule_rebuild()

    def on_resize(self, event: events.Resize) -> None:
        """A new width may fit more keys or fewer."""
        if footer_bindings_ready(self) and self.is_attached:
            self._schedule_rebuild()

    def _schedule_rebuild(self) -> None:
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached or self._visible_keys() == self._shown:
            return
        await self.recompose()
