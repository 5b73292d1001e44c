"""UI text in the rep's language through gettext.

Every user-facing string is written in English and wrapped in ``_()``; at
module or class level (constants, ``BINDINGS`` descriptions) use ``N_()`` and
translate at use, because class bodies run once at import, before a language
switch. Where one English word means two things, ``pgettext(context, word)``
tells them apart; where a count picks the wording, ``ngettext(singular,
plural, n)``. Messages use ``str.format`` fields so word order can differ.

The translations are gettext catalogs: ``locale/<code>/LC_MESSAGES/weekplanner.po``
is the source a translator edits (Poedit, Weblate), ``weekplanner.mo`` beside it
is what runs (the README's developer section has the workflow). Adding a
language is adding a catalog. Nothing is looked for at start-up: English opens
no file at all, another language opens its one ``.mo`` the first time a message
is translated.

Language codes are the catalogs' folder names, except ``zh``, the code the
settings have always stored, which means Simplified Chinese (``zh_CN``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from gettext import NullTranslations

DOMAIN = "weekplanner"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "locale")
#: Codes the settings store → the catalog folder they mean.
_ALIASES = {"zh": "zh_CN"}
#: Catalog folder → the code the app uses for it (``zh_CN`` is stored as ``zh``).
_CODES = {folder: code for code, folder in _ALIASES.items()}

_language = "en"
_translations: dict[str, "NullTranslations"] = {}
_available: list[str] | None = None


def catalog_path(language: str) -> str:
    """The compiled catalog of ``language`` (it may not exist)."""
    folder = _ALIASES.get(language, language)
    return os.path.join(LOCALE_DIR, folder, "LC_MESSAGES", DOMAIN + ".mo")


def is_language(language: str) -> bool:
    """English, or a language with a compiled catalog."""
    if language == "en":
        return True
    return bool(language) and language.replace("_", "").isalnum() and os.path.isfile(catalog_path(language))


def available_languages() -> list[str]:
    """English and every language with a catalog (the locale folder, listed once: for choices, not at start-up)."""
    global _available
    if _available is not None:
        return _available
    try:
        folders = sorted(os.listdir(LOCALE_DIR))
    except OSError:
        folders = []
    found = [_CODES.get(folder, folder) for folder in folders]
    _available = ["en", *(code for code in found if code != "en" and is_language(code))]
    return _available


def translation(language: str) -> "NullTranslations":
    """The catalog of ``language``, read once; English is the messages themselves."""
    found = _translations.get(language)
    if found is None:
        import gettext

        if language == "en":
            found = gettext.NullTranslations()
        else:
            with open(catalog_path(language), "rb") as mo:
                found = gettext.GNUTranslations(mo)
        _translations[language] = found
    return found


def _(message: str) -> str:
    """Translate ``message`` into the current language (English is the key)."""
    return gettext_in(_language, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The wording for ``n`` things: ``ngettext("{n} review found", "{n} reviews found", n).format(n=n)``."""
    if _language == "en":
        return singular if n == 1 else plural
    return translation(_language).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` in ``context``, for an English word that means two things."""
    return pgettext_in(_language, context, message)


def gettext_in(language: str, message: str) -> str:
    """``message`` in ``language`` whatever the current language is."""
    return message if language == "en" else translation(language).gettext(message)


def pgettext_in(language: str, context: str, message: str) -> str:
    """``message`` in ``context`` in ``language`` whatever the current language is."""
    return message if language == "en" else translation(language).pgettext(context, message)


def in_every_language(message: str) -> set[str]:
    """``message`` as each UI language shows it, so a word typed in either language is understood."""
    return {gettext_in(language, message) for language in available_languages()}


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet."""
    return message


def language_name(language: str) -> str:
    """What ``language`` calls itself (``English``, ``中文``), from its own catalog."""
    return pgettext_in(language, "the name of this catalog's language, in that language", "English")


def next_language() -> str:
    """The language after the current one, for a key that switches between them."""
    languages = available_languages()
    return languages[(languages.index(_language) + 1) % len(languages)] if _language in languages else "en"


def language_tag() -> str:
    """The current language as HTML's ``lang`` writes it (``zh-CN``), from the catalog's header."""
    if _language == "en":
        return "en"
    return translation(_language).info().get("language", _language).replace("_", "-")


def set_language(language: str) -> None:
    """Switch the UI language; a code without a catalog raises ``ValueError``."""
    global _language
    language = _CODES.get(language, language)
    if not is_language(language):
        raise ValueError(f"unknown language {language!r}; use one of: {', '.join(available_languages())}")
    _language = language


def current_language() -> str:
    return _language


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for, English when there is no catalog for it.

    The first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE`` that is set decides:
    ``zh_CN.UTF-8`` (or a bare ``zh``) gives ``zh``; ``zh_TW`` and ``zh_HK`` give English
    until a ``zh_TW`` / ``zh_HK`` catalog exists; ``fr_FR`` gives ``fr`` once there is a
    ``fr_FR`` or ``fr`` catalog.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            locale_name = value.split(":")[0].split(".")[0].split("@")[0]
            language, _sep, territory = locale_name.partition("_")
            candidates = [f"{language}_{territory}"] if territory else []
            if not territory or language != "zh":  # Chinese of another territory is not zh_CN's script
                candidates.append(language)
            for candidate in candidates:
                code = _CODES.get(candidate, candidate)
                if is_language(code):
                    return code
            return "en"
    return "en"
