"""One-key shortcuts for activity types: a single letter, unique, not taken by a screen key.

The week screen ticks an activity off with its type's letter, so a letter that
is also a command key (``t`` for the target …) or another type's letter would
make one of the two unreachable.
"""

from __future__ import annotations

import re
from typing import Iterable

from weekplanner.i18n import _


def letter_keys(keys: Iterable[str]) -> set[str]:
    """The single letters among Textual binding keys such as ``"l"``, ``"ctrl+z"``, ``"question_mark,f1"``."""
    return {k.strip() for key in keys for k in key.split(",") if re.fullmatch(r"[a-z]", k.strip())}


#: Activity types without a letter of their own get these, in order.
NUMBER_KEYS = "123456789"


def hotkey_problem(hotkey: str, others: Iterable[str], reserved: Iterable[str]) -> str | None:
    """What is wrong with ``hotkey`` (None when it is fine); ``others`` are the other types' letters.

    An empty hotkey is fine: the type gets the next free number key (:func:`tick_keys`).
    """
    if not hotkey:
        return None
    if not re.fullmatch(r"[a-z]", hotkey):
        return _("The hotkey must be one letter from a to z (or empty for a number key), not '{text}'.").format(
            text=hotkey)
    if hotkey in set(reserved):
        return _("'{key}' is already a key of the week screen; choose another letter.").format(key=hotkey)
    if hotkey in set(others):
        return _("'{key}' is already the hotkey of another activity type.").format(key=hotkey)
    return None


def new_type_key(name: str, taken: Iterable[str]) -> str:
    """A storage key for a new type: ``Demos`` → ``demos``; names without Latin letters → ``custom1`` …"""
    used = set(taken)
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if base and base not in used:
        return base
    stem = base or "custom"
    number = 1
    while f"{stem}{number}" in used:
        number += 1
    return f"{stem}{number}"


def tick_keys(types: Iterable[tuple[str, str]], reserved: Iterable[str]) -> dict[str, str]:
    """Type key → the one key that picks it: its own letter, else the next number from 1 to 9.

    ``types`` are (type key, hotkey) pairs in the order shown; a letter that is
    ``reserved`` (a screen key) or already taken falls back to a number too. The
    week screen ticks with these keys and the log form picks the type with them.
    """
    taken = set(reserved)
    keys: dict[str, str] = {}
    numbers = iter(NUMBER_KEYS)
    for type_key, hotkey in types:
        key = hotkey.lower()
        if len(key) != 1 or key in taken or key in keys.values():
            key = next(numbers, "")
        if key:
            keys[type_key] = key
    return keys
