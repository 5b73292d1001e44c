"""Textual internals weekplanner relies on, each checked by ``tests/compat/test_textual_api.py``.

Textual's Footer draws each key with widgets that ``textual.widgets`` does not export;
weekplanner's own Footer (which chooses the keys that fit the width) yields the same widgets so it
keeps Textual's look and styles.
"""

from __future__ import annotations

from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

__all__ = ["FooterKey", "FooterLabel", "KeyGroup"]
