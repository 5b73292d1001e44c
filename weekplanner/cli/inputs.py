"""Reading what is typed on the command line that only the command line takes: activity types, ``--week``.

Times, dates, weeks, amounts, counts and outcomes are read by the domain's
parsers (:mod:`weekplanner.domain.parsing`), as in the forms. Each reader returns
a valid value or raises ``ParseError`` saying what is accepted, so a mistyped
argument is one clear line and exit code 2.
"""

from __future__ import annotations

from datetime import date

from weekplanner.domain.activity import BUILTIN_NAMES, ActivityType
from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.dates import parse_week
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import Week
from weekplanner.i18n import _, available_languages, in_every_language, pgettext_in


def _typed_words(key: str) -> set[str]:
    """The everyday words for a built-in type in every language (打电话, 电邮), whatever the UI language."""
    found: set[str] = set()
    for language in available_languages():
        if key == "call":
            words = pgettext_in(language, "other words a rep types for Calls, separated by |", "call")
        elif key == "visit":
            words = pgettext_in(language, "other words a rep types for Visits, separated by |", "visit")
        elif key == "email":
            words = pgettext_in(language, "other words a rep types for Emails, separated by |", "email")
        else:
            return found
        found.update(word.strip() for word in words.split("|"))
    return found


def _names_of(activity_type: ActivityType) -> set[str]:
    names = {activity_type.key, activity_type.display_name}
    if activity_type.hotkey:
        names.add(activity_type.hotkey)
    if activity_type.name:
        names.add(activity_type.name)
    if activity_type.key in BUILTIN_NAMES:
        names |= in_every_language(BUILTIN_NAMES[activity_type.key])
    names |= _typed_words(activity_type.key)
    return {n.strip().casefold() for n in names if n.strip()}


def known_types(settings: Settings) -> str:
    """``call (c, Calls), visit (v, Visits)`` — for error messages and help."""
    parts = []
    for t in settings.activity_types:
        extra = ", ".join(x for x in (t.hotkey, t.display_name) if x and x != t.key)
        parts.append(f"{t.key} ({extra})" if extra else t.key)
    return ", ".join(parts)


def resolve_type(settings: Settings, text: str) -> ActivityType:
    """An activity type by key (``call``), hotkey (``c``) or name (``Calls``, ``电话``)."""
    wanted = text.strip().casefold()
    for activity_type in settings.activity_types:  # exact keys first: a hotkey never shadows a key
        if activity_type.key.casefold() == wanted:
            return activity_type
    for activity_type in settings.activity_types:
        if wanted and wanted in _names_of(activity_type):
            return activity_type
    raise ParseError(
        _("'{text}' is not an activity type. Known types: {known}.").format(text=text, known=known_types(settings))
    )


def week_arg(text: str | None, today: date, settings: Settings) -> Week:
    """``--week`` (label, date, this/last/next), the current week when not given."""
    if text is None:
        return Week.containing(today, settings.week_start)
    return parse_week(text, today, settings.week_start)
