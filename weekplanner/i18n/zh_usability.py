"""Simplified Chinese messages added while trying the app as a new rep (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # domain/parsing.py — a week field that got neither a week nor a date
    "'{text}' is not a week or a date.": "“{text}”既不是周次也不是日期。",
    # cli/cmd_history.py — the list includes the week under way
    "Weeks, newest first": "各周（最新的在前）",
}
