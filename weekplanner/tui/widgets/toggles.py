"""Checkbox and radio button whose mark differs on and off, so the state reads without colour.

Textual's toggles draw the same ``X`` (``●`` for radio buttons) whether on or off and show the
state by colour alone, which is lost with ``NO_COLOR``, on a monochrome terminal and to a
colour-blind eye. These draw ``✓`` / ``●`` when on and a blank when off, through Textual's
public ``BUTTON_INNER`` attribute of the toggle.
"""

from __future__ import annotations

from textual.widgets import Checkbox, RadioButton

#: The mark inside a checkbox / radio button, when on and when off.
CHECK_ON, CHECK_OFF = "✓", " "
RADIO_ON, RADIO_OFF = "●", " "


class MarkedCheckbox(Checkbox):
    """A Checkbox showing ``▐✓▌`` when ticked and ``▐ ▌`` when not."""

    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 - Textual's name for the mark
        return CHECK_ON if self.value else CHECK_OFF


class MarkedRadioButton(RadioButton):
    """A RadioButton showing ``▐●▌`` when chosen and ``▐ ▌`` when not."""

    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 - Textual's name for the mark
        return RADIO_ON if self.value else RADIO_OFF
