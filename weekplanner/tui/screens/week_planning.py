"""The week screen's planning: the target offered to a week without one, the target and quota forms
(asking first for a week that is over), and re-balancing the rest of the week.

These are methods of :class:`~weekplanner.tui.screens.week.WeekScreen`, kept in their own module
to keep the screen's module short: the class binds them by name (``action_rebalance =
week_planning.action_rebalance``), so ``self`` is the week screen and nothing else changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from weekplanner.domain.formatting import format_percent
from weekplanner.domain.plan import moved_work
from weekplanner.domain.rebalance import RebalanceProposal, apply_rebalance, propose_rebalance, rebalance_days
from weekplanner.domain.week import Week
from weekplanner.i18n import _

if TYPE_CHECKING:
    from weekplanner.domain.target_suggestion import TargetSuggestion
    from weekplanner.tui.screens.week import WeekScreen


def wants_suggestion(self: WeekScreen) -> bool:
    return (self.data.record.target is None and self.week.end >= self.today
            and self.week.label not in self._suggestions)


def start_suggestion_worker(self: WeekScreen) -> None:
    if self._wants_suggestion():
        self.run_worker(self._load_suggestion, thread=True, exclusive=True, group="suggestion")


def load_suggestion(self: WeekScreen) -> None:
    """The suggestion needs the history (the cascade, the 4-week average): read off the first frame,
    and its code loaded then too (the cascade and the history's insights are not on the way to it)."""
    from weekplanner.domain.target_suggestion import suggest_target

    week, last_target = self.week, self._previous_target
    suggestion = suggest_target(week, last_target, self.repo.history(), self.settings)
    self.app.call_from_thread(self._set_suggestion, week, suggestion)


def set_suggestion(self: WeekScreen, week: Week, suggestion: TargetSuggestion | None) -> None:
    self._suggestions[week.label] = suggestion
    if week == self.week:
        self._draw()


def action_accept_target(self: WeekScreen) -> None:
    """``T``: the suggested target becomes the week's target (t still opens the form)."""
    if self.data.record.target is not None:
        self.notify(_("This week has a target; press t to change it."))
        return
    suggestion = self._suggestions.get(self.week.label)
    if suggestion is None or self.week.end < self.today:
        self.notify(_("No target to suggest yet (no yearly goal, last week's target or finished weeks); "
                      "press t to set one."), severity="warning")
        return
    if not self._writable():
        return
    record = self.data.record.with_changes(target=suggestion.target)
    if self._write(lambda: self.repo.save_record(record, _("set the week's target"))):
        self._reload()



def confirm_past_edit(self: WeekScreen, then: Callable[[], None]) -> None:
    """Editing a week that is over asks first; the current and future weeks go straight on."""
    if self.week.end >= self.today:
        then()
        return
    from weekplanner.tui.screens.confirm import ConfirmScreen

    question = _("{week} is over. Change its plan anyway?").format(week=self.week.label)
    self.app.push_screen(
        ConfirmScreen(question, yes=_("Edit"), no=_("Cancel")), lambda yes: then() if yes else None
    )


def action_set_target(self: WeekScreen) -> None:
    if self._writable():
        from weekplanner.tui.screens.target_form import TargetForm

        self._confirm_past_edit(lambda: self.app.push_screen(TargetForm(self.week)))


def action_plan_quotas(self: WeekScreen) -> None:
    if self._writable():
        from weekplanner.tui.screens.quota_form import QuotaForm

        self._confirm_past_edit(lambda: self.app.push_screen(QuotaForm(self.week)))


def action_rebalance(self: WeekScreen) -> None:
    if not self._writable():
        return
    if self.today not in self.week:
        self.notify(_("Re-balancing spreads what was missed over the days left; only this week has those. "
                      "Press . to go there."), severity="warning")
        return
    self._read()  # what is on disk now: another window or a command may have logged since
    settings = self.settings
    record = self.data.record
    now = self.clock.now()
    counts = self._compute().progress.counts
    proposal = propose_rebalance(record, counts, self.week, settings.workdays, now,
                                 settings.rebalance_cap, settings.day_end_hour)
    if not proposal.changes_anything:
        if proposal.shortfall:
            message = _("No day left can take more: each day takes at most {cap} more than its usual quota.")
        elif moved_work(record.adjustments):
            message = _("What earlier days missed was already moved to the days left; nothing more to re-balance.")
        else:
            message = _("No earlier workday of this week ended below quota; nothing to re-balance.")
        self.notify(message.format(cap=format_percent(settings.rebalance_cap * 100)))
        return
    from weekplanner.tui.screens.rebalance import RebalanceScreen

    days = rebalance_days(self.week, settings.workdays, now, settings.day_end_hour)

    def applied(reason: str | None) -> None:
        if reason is not None:
            self.apply_rebalance(proposal, reason)

    self.app.push_screen(
        RebalanceScreen(proposal, record.plan, days, self._type_names(), settings.rebalance_cap), applied
    )


def apply_proposal(self: WeekScreen, proposal: RebalanceProposal, reason: str) -> None:
    record = self.data.record
    new_record = apply_rebalance(record, proposal, reason, self.clock.now())
    if self._write(lambda: self.repo.save_record(new_record, _("re-balance the plan"), base=record)):
        self._reload()
        self.notify(_("Plan re-balanced. ctrl+z undoes it; o shows the original plan."))
