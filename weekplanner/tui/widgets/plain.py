"""Textual's Static and Label for text that may hold what a rep typed: shown as typed, never obeyed.

A client name, a review or a type name can hold Textual markup (``Demo [/]``
would raise ``MarkupError``, ``[v2]`` would vanish) or terminal escape
sequences (a window title, the clipboard). These widgets never read their text
as markup and pass it through :func:`~weekplanner.safe_text.terminal_safe`;
other content (Rich ``Text``, Textual ``Content``) is shown as given. They are
still a ``Static`` and a ``Label`` to style sheets and queries.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Label, Static

from weekplanner.safe_text import terminal_safe


def _safe(content: Any) -> Any:
    return terminal_safe(content) if isinstance(content, str) else content


class PlainStatic(Static):
    """A ``Static`` whose text is never markup and never a terminal control."""

    def __init__(self, content: Any = "", **options: Any) -> None:
        options["markup"] = False
        super().__init__(_safe(content), **options)

    def update(self, content: Any = "", **options: Any) -> None:
        super().update(_safe(content), **options)


class PlainLabel(Label):
    """A ``Label`` whose text is never markup and never a terminal control."""

    def __init__(self, content: Any = "", **options: Any) -> None:
        options["markup"] = False
        super().__init__(_safe(content), **options)

    def update(self, content: Any = "", **options: Any) -> None:
        super().update(_safe(content), **options)
