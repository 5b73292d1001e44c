"""What the Footer shows, read the same way by every screen's test."""

from __future__ import annotations

from weekplanner.compat.textual_api import FooterKey


def footer_keys(app) -> tuple[list[FooterKey], FooterKey | None]:
    """The keys in the Footer, and the command-palette key apart (None while the Footer rebuilds)."""
    keys = list(app.screen.query("Footer FooterKey"))
    palette = next((k for k in keys if k.has_class("-command-palette")), None)
    return [k for k in keys if k is not palette], palette
