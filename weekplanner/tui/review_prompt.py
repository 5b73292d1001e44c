"""One reminder to write the week's review: when its last workday has ended, or, on opening
the app in a new week, when last week was worked but never reviewed.

Shown at most once per week per run of the app, as a notification that names
the key to press; it never blocks and never repeats (not a nag).
"""

from __future__ import annotations

from datetime import datetime, time

from textual.app import App

from weekplanner.domain.week import Week
from weekplanner.i18n import _


def _needs_review(repo, week: Week) -> bool:
    from weekplanner.storage.errors import StorageError

    try:
        record = repo.record(week.label)
    except StorageError:  # a damaged week is shown as damaged when opened; no reminder for it
        return False
    return record.review is None and (record.target is not None or not record.plan.is_empty())


def week_to_review(repo, now: datetime) -> tuple[Week, bool] | None:
    """The week the rep should review now, and whether it is the current week; None when none is due."""
    settings = repo.settings
    this_week = repo.week(now.date())
    workdays = this_week.workdays(settings.workdays)
    if workdays:
        last_end = datetime.combine(workdays[-1], time(settings.day_end_hour))
        if now >= last_end and _needs_review(repo, this_week):
            return this_week, True
    previous = this_week.previous()
    if _needs_review(repo, previous):
        return previous, False
    return None


def maybe_prompt_review(app: App) -> str | None:
    """Notify once if a review is due; returns the label of the week named, or None."""
    due = week_to_review(app.repo, app.clock.now())  # type: ignore[attr-defined]
    if due is None:
        return None
    week, current = due
    shown: set[str] = app.__dict__.setdefault("_review_prompts_shown", set())
    if week.label in shown:
        return None
    shown.add(week.label)
    if current:
        message = _("This week's last workday has ended. Press r to write the review of {week}.")
    else:
        message = _("Last week ({week}) has no review yet. Press [ to go back to it, then r to write or skip it.")
    app.notify(message.format(week=week.label), title=_("Weekly review"), timeout=20)
    return week.label
