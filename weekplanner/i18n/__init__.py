"""English / Simplified Chinese UI text through one mechanism.

Every user-facing string is written in English and wrapped in ``_()``; the
Chinese text lives in per-area catalogs (``zh_*.py``, plain dicts keyed by the
English message; every ``zh_*`` module in this package is loaded). Plain Python catalogs need no compile step (gettext ``.mo``
files would), load in microseconds, and let a test parse the source with
``ast`` and prove that every ``_()`` message has a translation.

Messages use ``str.format`` fields (``_("{n} calls").format(n=3)``) so word
order can differ between the languages.
"""

from __future__ import annotations

import os
from typing import Mapping

LANGUAGES = ("en", "zh")
_language = "en"
_catalog: dict[str, str] | None = None


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
