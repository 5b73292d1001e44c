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


def clipped(text: str, limit: int = 300) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: a pasted essay stays one glance on a board."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def has_control_characters(text: str) -> bool:
    """True when ``text`` holds a control character other than tab and newline (refused at input)."""
    return re.search(_CONTROL, text) is not None


def control_characters_refusal() -> str:
    """What a form or a command says when what was typed holds a control character."""
    from weekplanner.i18n import _

    return _("This text holds a control character (such as an escape code), which cannot be stored. "
             "Type or paste plain text: letters, digits, punctuation, spaces, tabs and line breaks.")


def refuse_control_characters(text: str) -> str:
    """``text`` as it is, or a ``ParseError`` when it holds a control character (for every text typed)."""
    if has_control_characters(text):
        from weekplanner.domain.errors import ParseError

        raise ParseError(control_characters_refusal())
    return text


def json_terminal_safe(document: str) -> str:
    """JSON text (as ``json.dumps(..., ensure_ascii=False)`` writes it) with DEL and C1 controls escaped too.

    ``json.dumps`` escapes C0 controls but writes DEL and C1 (U+0080–U+009F, e.g. the one-character
    CSI) as they are; escaped as ``\\u009b`` the document means the same and the terminal sees no control.
    """
    return re.sub(r"[\x7f-\x9f]", lambda m: "\\u%04x" % ord(m.group(0)), document)


#: What a spreadsheet (Excel, WPS, LibreOffice) reads as the start of a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A text cell a spreadsheet will show as text: a leading ``'`` before a formula trigger (OWASP).

    Only for user text; numbers the report writes itself are left as numbers.
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
