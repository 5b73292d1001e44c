"""English / Simplified Chinese UI text through one mechanism.

Every user-facing string is written in English and wrapped in ``_()``; the
Chinese text lives in per-area catalogs (``zh_*.py``, plain dicts keyed by the
English message; every ``zh_*`` module in this package is loaded).

Why plain Python dicts instead of gettext ``.po``/``.mo`` files: no compile
step (``.mo`` files must be built and shipped, and go stale silently), the
catalog loads once in about a millisecond, each area owns its own file (no
merge conflicts in one big ``.po``), and ``tests/test_i18n.py`` parses the
source with ``ast`` and proves every ``_()``/``N_()`` message has a Chinese
translation with the same ``{fields}``. There are two languages, no plural
forms beyond what ``{n}`` wording covers, so gettext's machinery buys nothing.

Rules: wrap English text in ``_()`` where it is shown; at module or class
level (constants, ``BINDINGS`` descriptions) use ``N_()`` and translate at use,
because class bodies run once at import, before a language switch.
The TUI re-translates binding descriptions itself (``weekplanner.tui.translate``).

Messages use ``str.format`` fields (``_("{n} calls").format(n=3)``) so word
order can differ between the languages.
"""

from __future__ import annotations

import os
from typing import Mapping

LANGUAGES = ("en", "zh")
_language = "en"
_catalog: dict[str, str] | None = None
_reverse: dict[str, str] | None = None


def catalog_modules() -> list[str]:
    """Names of the Chinese catalog modules (``zh_*.py`` beside this file), one per area."""
    import pkgutil

    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("zh_"))


def _load_zh() -> dict[str, str]:
    import importlib

    merged: dict[str, str] = {}
    for name in catalog_modules():
        merged.update(importlib.import_module(f"{__name__}.{name}").MESSAGES)
    return merged


def _(message: str) -> str:
    """Translate ``message`` into the current language (English is the key)."""
    if _language == "en":
        return message
    global _catalog
    if _catalog is None:
        _catalog = _load_zh()
    return _catalog.get(message, message)


def source_text(text: str) -> str:
    """The English message behind ``text`` if it is a Chinese translation, else ``text``.

    Lets text that was translated too early (e.g. in a class body at import)
    be translated again after a language switch.
    """
    global _reverse
    if _catalog is None:  # nothing was translated yet, so there is no translation to undo
        return text
    if _reverse is None:
        _reverse = {zh: en for en, zh in _catalog.items()}
    return _reverse.get(text, text)


def in_every_language(message: str) -> set[str]:
    """``message`` as each UI language shows it, so a word typed in either language is understood."""
    global _catalog
    if _catalog is None:
        _catalog = _load_zh()
    return {message, _catalog.get(message, message)}


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet."""
    return message


def set_language(language: str) -> None:
    """Switch the UI language; unknown codes raise ``ValueError``."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of: en, zh")
    _language = language


def current_language() -> str:
    return _language


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for: ``LANG=zh_CN.UTF-8`` gives ``zh``."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
