"""The Textual internals in weekplanner.compat.textual_api still exist and take what weekplanner passes."""

from __future__ import annotations

import inspect

from textual.widgets import Footer

from weekplanner.compat.textual_api import FooterKey, FooterLabel, KeyGroup


def test_footer_widgets_are_the_ones_textuals_footer_yields():
    assert inspect.getmodule(Footer) is inspect.getmodule(FooterKey)
    parameters = list(inspect.signature(FooterKey.__init__).parameters)
    assert parameters[:6] == ["self", "key", "key_display", "description", "action", "disabled"]
    assert {"tooltip", "classes"} <= set(parameters)
    key = FooterKey("c", "c", "Calls", "tick('call')", tooltip="Log one call")
    assert (key.key, key.key_display, key.description, key.action) == ("c", "c", "Calls", "tick('call')")
    assert hasattr(FooterKey, "compact")  # data-bound to the Footer's compact style
    assert issubclass(FooterLabel, __import__("textual.widgets", fromlist=["Label"]).Label)
    assert KeyGroup.__name__ == "KeyGroup" and "-compact" in Footer.DEFAULT_CSS
