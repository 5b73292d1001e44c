"""Activities a rep ticks off (calls, visits, emails, custom types) and their outcomes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from weekplanner.i18n import N_, _


class ActivityType(NamedTuple):
    """A kind of activity with a one-key shortcut in the TUI.

    ``name`` is what the rep called it; built-in types leave it empty and are
    shown in the UI language (``display_name``).
    """

    key: str
    name: str = ""
    hotkey: str = ""
    hidden: bool = False

    @property
    def builtin(self) -> bool:
        return self.key in BUILTIN_NAMES

    @property
    def display_name(self) -> str:
        """The name to show: the rep's own (never a terminal control, see ``terminal_safe``) or the built-in one."""
        if self.name:
            from weekplanner.safe_text import terminal_safe

            return terminal_safe(self.name)
        if self.key in BUILTIN_NAMES:
            return _(BUILTIN_NAMES[self.key])
        return self.key


def logged_at(moment: datetime, now: datetime) -> datetime:
    """``moment`` when it may be logged: the future is refused (plans are quotas, not entries).

    The one rule for the command line (``log --time``) and the log form.
    """
    if moment > now:
        from weekplanner.domain.errors import ParseError

        raise ParseError(_("{when} is in the future; only what has been done can be logged.").format(
            when=moment.strftime("%Y-%m-%d %H:%M")))
    return moment


BUILTIN_NAMES = {"call": N_("Calls"), "visit": N_("Visits"), "email": N_("Emails")}
BUILTIN_TYPES: tuple[ActivityType, ...] = (
    ActivityType("call", hotkey="c"),
    ActivityType("visit", hotkey="v"),
    ActivityType("email", hotkey="e"),
)

#: Outcomes offered in forms; free text is accepted too.
OUTCOMES: dict[str, str] = {
    "no_answer": N_("No answer"),
    "follow_up": N_("Follow-up"),
    "meeting_booked": N_("Meeting booked"),
    "proposal_sent": N_("Proposal sent"),
    "deal_won": N_("Deal won"),
    "new_client": N_("New client"),
    "lost": N_("Lost"),
}
#: Outcomes worth listing in a manager summary.
NOTABLE_OUTCOMES = frozenset({"deal_won", "new_client"})


def outcome_label(outcome: str) -> str:
    """The outcome in the UI language (free text is shown as typed)."""
    return _(OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


class Activity(NamedTuple):
    """One logged entry: ``count`` activities of ``type`` at ``at``.

    ``amount`` is what the entry contributes to the week's target, in the
    target's unit (money for a revenue target, a number for a count target).
    """

    id: str
    type: str
    at: datetime
    count: int = 1
    client: str = ""
    note: str = ""
    outcome: str = ""
    amount: Decimal | None = None

    @property
    def day(self) -> date:
        return self.at.date()
