"""Log an activity with details (client, outcome, amount toward the target, day, time), or edit one.

The form only validates and returns the :class:`Activity`; the week screen
writes it, so every write and its undo entry happen in one place. Errors show
under their field and nothing typed is cleared.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Select, Static

from weekplanner.domain.activity import OUTCOMES, Activity, logged_at, outcome_label
from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_day, format_list
from weekplanner.domain.parsing.amounts import parse_count
from weekplanner.domain.parsing.dates import parse_time
from weekplanner.domain.parsing.targets import parse_outcome, parse_target_value
from weekplanner.domain.target import Target
from weekplanner.i18n import N_, _, pgettext
from weekplanner.safe_text import terminal_safe
from weekplanner.storage.repository import new_activity_id
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.field import reveal_problem
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic


def amount_text(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:f}"


class LogForm(ModalScreen[Activity | None]):
    """Dismisses with the new or edited activity, or None when cancelled."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Log with details")

    CSS_PATH = "log_form.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save")),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(
        self,
        *,
        types: list[tuple[str, str]],
        days: list[date],
        target: Target | None,
        now: datetime,
        day: date,
        existing: Activity | None = None,
        keys: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.types = types
        #: Type key → the key that picks it (the week screen's tick keys: c, v, e, 1–9).
        self.keys = keys or {}
        self.days = days
        self.target = target
        self.now = now
        self.day = existing.day if existing is not None and existing.day in days else day
        self.existing = existing

    # -- layout -------------------------------------------------------------------
    def _amount_label(self) -> str:
        if self.target is None:
            return _("Amount toward the target (no target set; optional)")
        if self.target.is_revenue:
            return _("Amount won toward the target, e.g. 80000, 8万, ¥80,000 (optional)")
        unit = self.target.unit or _("items")
        return _("Count toward the target ({unit}), e.g. 1 (optional)").format(unit=unit)

    def compose(self) -> ComposeResult:
        existing = self.existing
        day_options = [(format_day(d), d) for d in self.days]
        if self.day not in self.days:
            day_options.append((format_day(self.day), self.day))
        with Vertical(id="log-dialog"):
            yield PlainStatic(_("Edit entry") if existing else _("Log an activity"), id="log-title", markup=False)
            with VerticalScroll(id="log-fields"):
                yield PlainLabel(_("Type (press its key: {keys})").format(
                    keys=format_list(f"{self.keys[key]} {name}" for key, name in self.types if key in self.keys))
                    if self.keys else _("Type"))
                yield Select(
                    [(f"{name} ({self.keys[key]})" if key in self.keys else name, key) for key, name in self.types],
                    value=existing.type if existing else self.types[0][0],
                    allow_blank=False, id="field-type",
                )
                yield PlainLabel(_("How many"))
                yield Input(str(existing.count) if existing else "1", id="field-count")
                yield PlainStatic(id="error-count", classes="field-error", markup=False)
                yield PlainLabel(_("Client"))
                yield Input(terminal_safe(existing.client) if existing else "", placeholder=_("e.g. ACME Trading"),
                            id="field-client")
                yield PlainLabel(_("Outcome"))
                labels = [_(label) for label in OUTCOMES.values()]
                yield Input(
                    terminal_safe(outcome_label(existing.outcome)) if existing else "",
                    placeholder=_("e.g. {examples}, or your own words").format(examples=format_list(labels[:3])),
                    suggester=SuggestFromList(labels, case_sensitive=False),
                    id="field-outcome",
                )
                yield PlainLabel(self._amount_label())
                yield Input(amount_text(existing.amount) if existing else "", id="field-amount")
                yield PlainStatic(id="error-amount", classes="field-error", markup=False)
                with Horizontal(id="when-row"):
                    with Vertical():
                        yield PlainLabel(pgettext("the date an entry is logged on", "Day"))
                        yield Select(day_options, value=self.day, allow_blank=False, id="field-day")
                    with Vertical():
                        yield PlainLabel(_("Time"))
                        at = existing.at if existing else self.now
                        yield Input(f"{at:%H:%M}", id="field-time")
                yield PlainStatic(id="error-time", classes="field-error", markup=False)
                yield PlainLabel(_("Note"))
                yield Input(terminal_safe(existing.note) if existing else "", id="field-note")
            with Horizontal(id="log-buttons"):
                yield Button(_("Save (ctrl+s)"), id="log-save", variant="primary")
                yield Button(_("Cancel (esc)"), id="log-cancel")

    def on_mount(self) -> None:
        translate_screen(self)
        for error in self.query(".field-error"):
            error.display = False
        # A new entry starts on its type, so its key (v for a visit) picks it; an edit starts on the count.
        if self.existing is None:
            self.query_one("#field-type", Select).focus()
        else:
            self.query_one("#field-count", Input).focus()
        self._untouched = self._values()

    def _values(self) -> tuple[object, ...]:
        """Everything the fields hold, to tell an untouched form from one the rep filled in."""
        return (self.query_one("#field-type", Select).value, self.query_one("#field-day", Select).value,
                *(field.value for field in self.query(Input)))

    def _touched(self) -> bool:
        return self._values() != self._untouched

    def on_key(self, event: events.Key) -> None:
        """On the type: a type's key picks it; Enter saves once something was chosen or typed."""
        select = self.query_one("#field-type", Select)
        if self.focused is not select or select.expanded:
            return
        picked = next((key for key, pick in self.keys.items() if pick == event.character), None)
        if picked is not None:
            select.value = picked
            event.stop()
            event.prevent_default()
        elif event.key == "enter" and self._touched():
            event.stop()
            event.prevent_default()
            self.action_save()

    # -- validation ----------------------------------------------------------------
    def _field(self, name: str) -> str:
        return self.query_one(f"#field-{name}", Input).value

    def _error(self, name: str, message: str | None) -> None:
        error = self.query_one(f"#error-{name}", Static)
        error.update(message or "")
        error.display = bool(message)

    def _reveal(self, name: str) -> None:
        """The first problem is seen and its field focused, however short the terminal."""
        reveal_problem(self.query_one(f"#error-{name}", Static), self.query_one(f"#field-{name}", Input))

    def _parse_amount(self, text: str) -> Decimal | None:
        if not text.strip():
            return None
        return parse_target_value(text, revenue=self.target is None or self.target.is_revenue)

    def collect(self) -> Activity | None:
        """The activity the fields describe, or None after showing what is wrong."""
        problems = 0
        values: dict[str, object] = {}
        checks = {
            "count": lambda: parse_count(self._field("count")),
            "amount": lambda: self._parse_amount(self._field("amount")),
            "time": lambda: parse_time(self._field("time")),
        }
        for name, check in checks.items():
            try:
                values[name] = check()
                self._error(name, None)
            except ParseError as problem:
                self._error(name, str(problem))
                if not problems:
                    self._reveal(name)
                problems += 1
        if problems:
            return None
        day = self.query_one("#field-day", Select).value
        assert isinstance(day, date)
        at = datetime.combine(day, values["time"])  # type: ignore[arg-type]
        shown = self.existing.at if self.existing is not None else self.now
        if self._field("time").strip() == f"{shown:%H:%M}" and day == shown.date():
            # The time was left as shown: keep its seconds, so the entry stays in its place in the log
            # (a new one after the ticks of the same minute, an edited one where it was).
            at = datetime.combine(day, shown.time())
        clock = getattr(self.app, "clock", None)
        try:
            at = logged_at(at, max(clock.now(), self.now) if clock is not None else self.now)
        except ParseError as problem:  # the same rule as ``weekplanner log --time``
            self._error("time", str(problem))
            self._reveal("time")
            return None
        fields = dict(
            type=str(self.query_one("#field-type", Select).value),
            at=at,
            count=values["count"],
            client=self._field("client").strip(),
            note=self._field("note").strip(),
            outcome=parse_outcome(self._field("outcome")),
            amount=values["amount"],
        )
        if self.existing is not None:
            return self.existing._replace(**fields)  # type: ignore[arg-type]
        return Activity(id=new_activity_id(), **fields)  # type: ignore[arg-type]

    # -- actions -------------------------------------------------------------------
    def action_save(self) -> None:
        activity = self.collect()
        if activity is not None:
            self.dismiss(activity)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter saves what was filled in; in an untouched form it only moves on (no empty call is logged)."""
        event.stop()
        if self.existing is None and not self._touched():
            self.focus_next()
            return
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "log-save":
            self.action_save()
        else:
            self.action_cancel()


def log_form_for(app, week, day: date, existing: Activity | None = None) -> LogForm:  # noqa: ANN001
    """The form for ``week`` of ``app``'s repository: its days up to today, ``day`` chosen, the visible types
    (plus ``existing``'s own type when it has been hidden since)."""
    settings = app.repo.settings
    types = [(t.key, t.display_name) for t in settings.visible_types()]
    if existing is not None and existing.type not in {key for key, _name in types}:
        types.append((existing.type, settings.type_names().get(existing.type, existing.type)))
    today = app.clock.today()
    days = [d for d in week.days if d <= today] or [week.start]
    record = app.repo.record(week.label)
    from weekplanner.domain.hotkeys import letter_keys, tick_keys
    from weekplanner.tui.screens.week import WeekScreen

    reserved = letter_keys(binding.key for binding in WeekScreen.BINDINGS)
    keys = tick_keys(((t.key, t.hotkey) for t in settings.visible_types()), reserved)
    return LogForm(types=types, days=days, target=record.target, now=app.clock.now(),
                   day=day if day in days else days[-1], existing=existing, keys=keys)
