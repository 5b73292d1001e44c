"""User text made safe for where it is shown: a terminal, a spreadsheet cell.

Client names, notes, reviews, type names and other reps' files are typed by
people and copied from anywhere; they can hold escape sequences that retitle a
window or write the clipboard, and cells that a spreadsheet runs as formulas.
Every output that shows user text goes through one of these functions, so the
rule is written once.
"""

from __future__ import annotations

import re

#: A whole escape sequence (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes), 7-bit or C1-introduced.
_ESCAPE_SEQUENCE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI … final byte
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC/DCS/… to ST or BEL
    r"|\x1b[ -/]*[0-~]"  # two-byte escapes (ESC c, ESC 7, ESC ( B …)
)
#: C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"


def _visible(match: re.Match[str]) -> str:
    """A control character as its Unicode control picture (ESC → ␛), so it is seen, not obeyed."""
    char = match.group(0)
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def terminal_safe(text: str) -> str:
    """``text`` with every escape sequence removed and every other control character shown as a symbol.

    Newlines and tabs stay; nothing left can move the cursor, retitle the window,
    write the clipboard or clear the screen.
    """
    if not text or (text.isprintable() and "\x1b" not in text):
        return text
    text = re.sub(_ESCAPE_SEQUENCE, "", text)
    return re.sub(_CONTROL, _visible, text)


def has_control_characters(text: str) -> bool:
    """True when ``text`` holds a control character other than tab and newline (refused at input)."""
    return re.search(_CONTROL, text) is not None


#: What a spreadsheet (Excel, WPS, LibreOffice) reads as the start of a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A text cell a spreadsheet will show as text: a leading ``'`` before a formula trigger (OWASP).

    Only for user text; numbers the report writes itself are left as numbers.
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
