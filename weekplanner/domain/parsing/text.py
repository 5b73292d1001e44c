"""What every parser does first: fold what a Chinese input method types, and spot digits of other scripts."""

from __future__ import annotations

#: Typed text longer than this is refused before any arithmetic (no number needs more).
MAX_INPUT_LENGTH = 64

#: Fullwidth ASCII forms (U+FF01..U+FF5E) → ASCII, the ideographic space and full stop, fullwidth ¥.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: ord(" "), 0x3002: ord("."), 0xFFE5: ord("¥")})


def normalise(text: str) -> str:
    """Fold what a Chinese input method types in full-width mode to ASCII — deliberately.

    ``５０万`` reads as ``50万``, ``１，０００`` as ``1,000``, ``１。５万`` as
    ``1.5万``: a rep typing in Chinese mode means exactly those numbers. Nothing
    else is folded: superscripts (``²``), mathematical digits (``𝟓``) and the
    digits of other scripts (Arabic-Indic ``٥``, Devanagari ``५``) are left as
    they are and refused with a message naming them.
    """
    return text.translate(_FULLWIDTH).strip()


def has_foreign_digits(text: str) -> bool:
    return any(ch.isdigit() and not ("0" <= ch <= "9") for ch in text)

