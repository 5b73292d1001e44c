"""First run: greet the rep and set up name, currency, week, workdays, target and quotas.

Seven short steps, one question each, Enter to go on; every step can be
skipped and "skip all" starts with the defaults, so a rep is planning within a
minute. Answers are kept on the screen (not in widgets) so a language switch
or a step back redraws the step without losing anything.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, OptionList, SelectionList
from textual.widgets.option_list import Option

from weekplanner.domain.formatting import format_value, weekday_name
from weekplanner.domain.parsing.amounts import parse_quota
from weekplanner.domain.parsing.currency import parse_currency
from weekplanner.domain.parsing.targets import parse_target_text
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import MONDAY, SUNDAY, Week
from weekplanner.i18n import N_, _, next_language
from weekplanner.tui.screens.base import WeekplannerScreen
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field, parse_fields
from weekplanner.tui.widgets.plain import PlainStatic

STEPS = ("name", "currency", "week_start", "workdays", "target", "quotas", "done")
QUOTA_TYPES = ("call", "visit", "email")
QUOTA_LABELS = {"call": N_("Calls per day"), "visit": N_("Visits per day"), "email": N_("Emails per day")}


class WelcomeScreen(WeekplannerScreen[bool]):
    """The first-run walk-through; dismisses with True once settings are saved."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("First-run set-up")

    CSS_PATH = [FIELD_CSS_PATH, Path(__file__).with_name("welcome.tcss")]
    BINDINGS = [
        Binding("enter", "next", N_("Next"), priority=True),
        Binding("ctrl+s", "skip_step", N_("Skip step")),
        Binding("ctrl+b", "back", N_("Back")),
        Binding("escape", "skip_all", N_("Skip all")),
        Binding("f2", "toggle_language", N_("中文 / English")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.step = 0
        self.answers: dict[str, Any] = {}

    # -- what is on the screen ----------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.app.repo.settings

    def _value(self, key: str, default: Any) -> Any:
        return self.answers.get(key, default)

    def compose(self) -> ComposeResult:
        name = STEPS[self.step]
        with VerticalScroll(id="welcome-box"):
            yield PlainStatic(_("Welcome to weekplanner"), id="welcome-title")
            yield PlainStatic(_("Step {n} of {total}").format(n=self.step + 1, total=len(STEPS)), id="welcome-step")
            yield from getattr(self, f"_compose_{name}")()
        yield Footer()

    def _compose_name(self) -> ComposeResult:
        yield PlainStatic(_("Let's set up your week. It takes under a minute, and every step can be skipped "
                       "(ctrl+s skips a step, Esc skips the rest)."), classes="welcome-text")
        yield PlainStatic(_("Just looking around? Quit with ctrl+q and run 'weekplanner demo' to explore "
                       "a week full of sample data."), classes="welcome-hint")
        yield Field(_("What is your name?"), self._value("name", self.settings.rep_name), required=False,
                    placeholder=_("e.g. Li Wei"), id="field-name")

    def _compose_currency(self) -> ComposeResult:
        yield PlainStatic(_("Which currency are your sales targets in?"), classes="welcome-text")
        yield Field(_("Currency"), self._value("currency", self.settings.currency), parser=parse_currency,
                    hint=_("Three letters: CNY, USD, EUR …"), id="field-currency")

    def _compose_week_start(self) -> ComposeResult:
        yield PlainStatic(_("On which day does your week start?"), classes="welcome-text")
        options = OptionList(Option(_("Monday"), id="monday"), Option(_("Sunday"), id="sunday"), id="week-start")
        start = self._value("week_start", self.settings.week_start)
        options.highlighted = 0 if start == MONDAY else 1
        yield options
        yield PlainStatic(_("↑/↓ to choose, Enter to go on."), classes="welcome-hint")

    def _ordered_days(self) -> list[int]:
        start = self._value("week_start", self.settings.week_start)
        return [(start + i) % 7 for i in range(7)]

    def _compose_workdays(self) -> ComposeResult:
        yield PlainStatic(_("Which days do you work?"), classes="welcome-text")
        chosen = self._value("workdays", self.settings.workdays)
        yield SelectionList[int](*[(weekday_name(d), d, d in chosen) for d in self._ordered_days()],
                                 id="workdays")
        yield PlainStatic(_("Space ticks a day on or off, Enter to go on."), classes="welcome-hint")

    def _compose_target(self) -> ComposeResult:
        currency = self._value("currency", self.settings.currency)
        yield PlainStatic(_("What is your sales target for this week?"), classes="welcome-text")
        answer = self.answers.get("target")
        typed = "" if answer is None else f"{answer[1]} {answer[2]}".strip()
        yield Field(_("Target ({currency})").format(currency=currency), typed,
                    parser=parse_target_text, required=False,
                    placeholder=_("e.g. 50000, 50k, 5万, or a count: 10 new clients"),
                    hint=_("Leave it empty to set it later with t."), id="field-target")

    def _compose_quotas(self) -> ComposeResult:
        yield PlainStatic(_("How many of each do you aim for on a normal workday?"), classes="welcome-text")
        quotas = self._value("quotas", self.settings.default_quotas)
        with Horizontal(id="quota-fields"):
            for key in QUOTA_TYPES:
                yield Field(_(QUOTA_LABELS[key]), str(quotas.get(key, 0)), parser=parse_quota, id=f"field-{key}")

    def _compose_done(self) -> ComposeResult:
        yield PlainStatic(_("All set. Here is your start:"), classes="welcome-text")
        yield PlainStatic(self._summary(), id="welcome-summary")
        yield PlainStatic(_("On the week screen: c / v / e tick off a call, visit or email; ? lists every key; "
                       "ctrl+p finds any command. Press Enter to start."), classes="welcome-hint")

    def _summary(self) -> str:
        currency = self._value("currency", self.settings.currency)
        start = self._value("week_start", self.settings.week_start)
        workdays = self._value("workdays", self.settings.workdays)
        days = " ".join(weekday_name(d) for d in self._ordered_days() if d in workdays) or _("none")
        quotas = self._value("quotas", self.settings.default_quotas)
        target = self.answers.get("target")
        lines = [
            _("Name: {name}").format(name=self._value("name", self.settings.rep_name) or "—"),
            _("Currency: {currency}").format(currency=currency),
            _("Week starts on: {day}").format(day=weekday_name(start)),
            _("Workdays: {days}").format(days=days),
            _("Target this week: {target}").format(
                target=format_value(target[1], target[0], currency, target[2]) if target is not None
                else _("not set yet")),
            _("Each workday: {calls} calls, {visits} visits, {emails} emails").format(
                calls=quotas.get("call", 0), visits=quotas.get("visit", 0), emails=quotas.get("email", 0)),
        ]
        return "\n".join(lines)

    def on_mount(self) -> None:
        self.call_after_refresh(self._focus_step)

    def _focus_step(self) -> None:
        """Put the cursor in the step's first field or list, so the rep can type straight away."""
        for selector in ("Input", "OptionList", "SelectionList"):
            found = self.query(selector)
            if found:
                found.first().focus()
                return
        self.focus_next()  # a step without a field: the step itself, so its keys scroll it

    async def _show(self, step: int) -> None:
        self.step = step
        await self.recompose()
        self.call_after_refresh(self._focus_step)

    # -- reading the answers --------------------------------------------------------
    def _read_step(self) -> bool:
        """Keep the current step's answer; False (with the problem shown) when it is not valid."""
        name = STEPS[self.step]
        if name == "name":
            self.answers["name"] = self.query_one("#field-name", Field).text.strip()
        elif name == "currency":
            values = parse_fields([self.query_one("#field-currency", Field)])
            if values is None:
                return False
            self.answers["currency"] = values[0]
        elif name == "week_start":
            highlighted = self.query_one("#week-start", OptionList).highlighted
            self.answers["week_start"] = SUNDAY if highlighted == 1 else MONDAY
        elif name == "workdays":
            selected = frozenset(self.query_one("#workdays", SelectionList).selected)
            if not selected:
                self.notify(_("Pick at least one workday (Space ticks a day)."), severity="warning")
                return False
            self.answers["workdays"] = selected
        elif name == "target":
            values = parse_fields([self.query_one("#field-target", Field)])
            if values is None:
                return False
            self.answers["target"] = values[0]
        elif name == "quotas":
            values = parse_fields([self.query_one(f"#field-{key}", Field) for key in QUOTA_TYPES])
            if values is None:
                return False
            self.answers["quotas"] = dict(zip(QUOTA_TYPES, values))
        return True

    # -- actions -------------------------------------------------------------------
    async def action_next(self) -> None:
        if STEPS[self.step] == "done":
            self._finish()
            return
        if self._read_step():
            await self._show(self.step + 1)

    async def action_skip_step(self) -> None:
        if STEPS[self.step] == "done":
            self._finish()
            return
        await self._show(self.step + 1)

    async def action_back(self) -> None:
        """Back one step, keeping what was typed on this one (an invalid answer is shown, and stays)."""
        if self.step > 0 and self._read_step():
            await self._show(self.step - 1)

    def action_skip_all(self) -> None:
        """Defaults for the steps not answered; what was typed on this step counts as its answer."""
        if self._read_step():
            self._finish()

    async def action_toggle_language(self) -> None:
        await self.app.apply_language(next_language())

    async def refresh_language(self) -> None:
        """Redraw the current step in the new language, keeping the answers."""
        if STEPS[self.step] not in ("done", "week_start", "workdays"):
            self._read_step()
        await self._show(self.step)

    def _finish(self) -> None:
        """Save what was answered (defaults for the rest), mark onboarding done, go to the week."""
        repo = self.app.repo
        if repo.read_only:
            self.dismiss(False)
            return
        current = self.settings
        quotas = self.answers.get("quotas")
        settings = current.with_changes(
            rep_name=self._value("name", current.rep_name),
            currency=self._value("currency", current.currency),
            week_start=self._value("week_start", current.week_start),
            workdays=self._value("workdays", current.workdays),
            default_quotas=dict(quotas) if quotas is not None else current.default_quotas,
            onboarded=True,
        )
        repo.save_settings(settings)
        # The first week is planned with the quotas just saved by the one rule every week follows
        # (plan.first_plan, applied when the week is read), whether the rep answered or escaped.
        week = Week.containing(self.app.clock.today(), settings.week_start)
        record = repo.record(week.label)
        target: tuple[str, Decimal, str] | None = self.answers.get("target")
        if target is not None:
            metric, value, unit = target
            record = record.with_changes(target=Target(Metric(metric), value, currency=settings.currency, unit=unit))
            repo.save_record(record, _("first week set up"))
        self.dismiss(True)
