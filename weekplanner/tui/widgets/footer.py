"""Textual's Footer, rebuilt at most once per refresh and only when the keys it shows changed;
a read-only window says so at its left end, on every screen.

Textual's Footer recomposes on every bindings signal, and each rebuild mounts
one widget per key with a style pass each. Opening the week screen sends about
ten such signals (screen push, focus, translated descriptions, the tick keys),
which made the Footer the largest single cost of start-up. This one coalesces
the signals of one refresh and skips the rebuild when nothing visible changed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets import Label

from weekplanner.compat.textual_api import footer_bindings_ready, mark_footer_bindings_ready
from weekplanner.i18n import _


class Footer(TextualFooter):
    """A drop-in Footer (same name, same CSS type) that rebuilds only for a visible change."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - the Footer's own signature
        super().__init__(*args, **kwargs)
        self._rebuild_pending = False
        self._shown: tuple | None = None

    def _visible_keys(self) -> tuple:
        """What the Footer would draw: the shown bindings with their labels and states."""
        get_key_display = self.app.get_key_display
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (binding.key, get_key_display(binding), binding.description, binding.action, enabled,
                 tooltip, binding.group)
                for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
                if binding.show or binding.action == "command_palette"
            ),
        )

    def compose(self) -> ComposeResult:
        if footer_bindings_ready(self):
            self._shown = self._visible_keys()
            repo = getattr(self.app, "repo", None)
            if repo is not None and repo.read_only:  # on every screen, for as long as the window lives
                yield Label(_("Read-only"), classes="wp-read-only", markup=False)
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        mark_footer_bindings_ready(self)
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached or self._visible_keys() == self._shown:
            return
        await self.recompose()
