"""Reading what is typed on the command line: activity types, weeks, days, times, outcomes.

Each reader returns a valid value or raises ``ParseError`` saying what is
accepted, so a mistyped argument is one clear line and exit code 2.
"""

from __future__ import annotations

import re
from datetime import date, time

from weekplanner.domain.activity import BUILTIN_NAMES, OUTCOMES, ActivityType
from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing import parse_week
from weekplanner.domain.settings import Settings
from weekplanner.domain.week import Week
from weekplanner.i18n import LANGUAGES, _, current_language, set_language

#: The everyday Chinese words for the built-in types, accepted whatever the UI language.
CHINESE_TYPE_WORDS = {"电话": "call", "打电话": "call", "拜访": "visit", "邮件": "email", "电邮": "email"}

#: Compiled on first use (``re`` caches it), not at import.
_TIME = r"^(\d{1,2})[:：](\d{2})$"


def in_every_language(message: str) -> set[str]:
    """``message`` translated into each UI language (to accept names typed in either)."""
    previous = current_language()
    try:
        found = set()
        for language in LANGUAGES:
            set_language(language)
            found.add(_(message))
        return found
    finally:
        set_language(previous)


def _names_of(activity_type: ActivityType) -> set[str]:
    names = {activity_type.key, activity_type.display_name}
    if activity_type.hotkey:
        names.add(activity_type.hotkey)
    if activity_type.name:
        names.add(activity_type.name)
    if activity_type.key in BUILTIN_NAMES:
        names |= in_every_language(BUILTIN_NAMES[activity_type.key])
    names |= {word for word, key in CHINESE_TYPE_WORDS.items() if key == activity_type.key}
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


def parse_time_of_day(text: str) -> time:
    """``14:30`` or ``9:05`` (24-hour clock)."""
    match = re.match(_TIME, text.strip())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ParseError(_("'{text}' is not a time of day; use the 24-hour form HH:MM, such as 09:30 or 14:00.").format(
        text=text))


def outcome_key(text: str) -> str:
    """A known outcome by key (``deal_won``) or label in either language; other text as typed."""
    wanted = text.strip()
    folded = wanted.casefold().replace(" ", "_").replace("-", "_")
    for key, label in OUTCOMES.items():
        if folded == key or wanted.casefold() in {name.casefold() for name in in_every_language(label)}:
            return key
    return wanted
