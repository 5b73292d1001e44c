"""The rep's settings: name, currency, week start, workdays, activity types, defaults, goal, look,
and where the summary is sent (group robots, e-mail).

Secrets and webhooks are never shown: a saved one appears masked in the field's
placeholder; an empty field keeps it, a new value replaces it, ``-`` removes it.

Everything is checked before anything is saved; problems show inline and what
was typed stays. Switching the week start moves no data: activities are kept
by date and plans by weekday, so the same days simply group into other weeks.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Label, Select, Static

from weekplanner.domain.activity import ActivityType
from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_percent, weekday_name
from weekplanner.domain.hotkeys import hotkey_problem, letter_keys, new_type_key
from weekplanner.domain.parsing.amounts import parse_amount, parse_hour, parse_percent, parse_quota
from weekplanner.domain.parsing.currency import parse_currency
from weekplanner.domain.plan import NEW_WEEK_DEFAULTS, NEW_WEEK_LAST_WEEK
from weekplanner.domain.settings import ROBOT_PLATFORMS, MailSettings, Robot, Settings
from weekplanner.domain.week import MONDAY, SUNDAY
from weekplanner.i18n import N_, _, available_languages, language_name
from weekplanner.tui.screens.target_form import editable_number
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field, parse_fields, reveal_problem
from weekplanner.safe_text import control_characters_refusal, has_control_characters, terminal_safe
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic
from weekplanner.tui.widgets.toggles import MarkedCheckbox

_AUTO = "auto"
#: Typed into a robot's webhook or secret field, removes the saved one.
REMOVE = "-"


def _kept(saved: str) -> str:
    """The placeholder of a secret field: what is saved, masked, and how to change it."""
    from weekplanner.export.robots import mask

    if not saved:
        return _("not set")
    return _("saved: {masked}").format(masked=mask(saved))


def _webhook_parser(platform: str):
    def parse(text: str) -> str:
        text = text.strip()
        if text and text != REMOVE:
            from weekplanner.export.post import check_webhook

            check_webhook(platform, text)
        return text

    return parse


def _replaced(typed: str, saved: str) -> str:
    return saved if not typed else "" if typed == REMOVE else typed


def reserved_letters(app: object) -> set[str]:
    """Letters the app and the week screen already bind, which a type's hotkey must not take."""
    from weekplanner.tui.screens.week import WeekScreen

    keys = [b.key for b in getattr(app, "BINDINGS", [])] + [b.key for b in WeekScreen.BINDINGS]
    return letter_keys(keys)


class TypeRow(Horizontal):
    """One activity type: name, hotkey, default daily quota, hidden."""

    DEFAULT_CLASSES = "type-row"

    def __init__(self, activity_type: ActivityType | None, quota: int, index: int) -> None:
        super().__init__(id=f"type-{index}")
        self.activity_type = activity_type
        self.quota = quota

    def compose(self) -> ComposeResult:
        known = self.activity_type
        placeholder = known.display_name if known else _("name of the new type")
        yield Input(terminal_safe(known.name) if known else "", placeholder=placeholder, classes="type-name", compact=True)
        yield Input(known.hotkey if known else "", placeholder="a–z", max_length=1, classes="type-hotkey", compact=True)
        yield Input(str(self.quota), classes="type-quota", compact=True)
        yield MarkedCheckbox(_("hidden"), known.hidden if known else False, classes="type-hidden", compact=True)

    def value(self, selector: str) -> str:
        return self.query_one(selector, Input).value.strip()


class SettingsScreen(ModalScreen[bool]):
    """Settings as a form; dismisses True when saved."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Settings")

    CSS_PATH = ["settings.tcss", FIELD_CSS_PATH]
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+n", "add_type", N_("Add activity type")),
    ]

    def compose(self) -> ComposeResult:
        settings = self.app.repo.settings
        self._rows = 0
        with Vertical(id="settings-dialog"):
            yield PlainLabel(_("Settings"), id="settings-title")
            with VerticalScroll(id="settings-body"):
                with Horizontal(classes="field-row"):
                    yield Field(_("Your name"), settings.rep_name, required=False, id="rep-name")
                    yield Field(_("Currency"), settings.currency, parser=parse_currency, id="currency",
                                placeholder="CNY")
                yield PlainLabel(_("Week starts on"), classes="field--label")
                yield Select(
                    [(_("Monday"), MONDAY), (_("Sunday"), SUNDAY)], value=settings.week_start,
                    allow_blank=False, id="week-start",
                )
                yield PlainLabel(_("Workdays"), classes="field--label")
                with Horizontal(id="workdays"):
                    for day in range(7):
                        yield MarkedCheckbox(weekday_name(day), day in settings.workdays, id=f"workday-{day}", compact=True)
                yield PlainStatic("", id="workdays-error", classes="error-line")
                yield PlainLabel(_("Activity types: name, hotkey, default daily quota, hidden (ctrl+n adds one)"),
                            classes="field--label")
                with Vertical(id="types"):
                    for activity_type in settings.activity_types:
                        yield self._type_row(activity_type, settings.default_quotas.get(activity_type.key, 0))
                yield PlainStatic("", id="types-error", classes="error-line")
                with Horizontal(classes="field-row"):
                    with Vertical(classes="select-field"):
                        yield Label(_("A week nobody planned starts with"), classes="field--label")
                        yield Select(
                            [(_("The default daily quotas"), NEW_WEEK_DEFAULTS),
                             (_("Last week's original plan"), NEW_WEEK_LAST_WEEK)],
                            value=settings.new_week_plan, allow_blank=False, id="new-week-plan",
                        )
                with Horizontal(classes="field-row"):
                    yield Field(
                        _("Re-balance cap (extra per day)"), format_percent(settings.rebalance_cap * 100),
                        parser=parse_percent, id="rebalance-cap",
                    )
                    yield Field(_("Day starts (hour)"), str(settings.day_start_hour), parser=parse_hour, id="day-start")
                    yield Field(_("Day ends (hour)"), str(settings.day_end_hour), parser=parse_hour, id="day-end")
                with Horizontal(classes="field-row"):
                    yield Field(
                        _("Yearly goal (empty for none)"),
                        editable_number(settings.yearly_goal) if settings.yearly_goal else "",
                        parser=parse_amount, required=False, id="yearly-goal",
                    )
                    with Vertical(classes="select-field"):
                        yield PlainLabel(_("Goal measured as"), classes="field--label")
                        yield Select(
                            [(_("Revenue"), "revenue"), (_("Count"), "count")],
                            value=settings.yearly_goal_metric, allow_blank=False, id="goal-metric",
                        )
                with Horizontal(classes="field-row"):
                    with Vertical(classes="select-field"):
                        yield PlainLabel(_("Language"), classes="field--label")
                        yield Select(
                            [(_("Automatic (from the system)"), _AUTO),
                             *((language_name(code), code) for code in available_languages())],
                            value=settings.language or _AUTO, allow_blank=False, id="language",
                        )
                    with Vertical(classes="select-field"):
                        yield PlainLabel(_("Theme"), classes="field--label")
                        themes = sorted(self.app.available_themes)
                        current = settings.theme if settings.theme in themes else self.app.theme
                        yield Select([(name, name) for name in themes], value=current, allow_blank=False, id="theme")
                yield from self._sharing(settings)
        yield Footer()

    def _sharing(self, settings: Settings) -> ComposeResult:
        """The group robots and the mail server the summary is sent to."""
        from urllib.parse import urlsplit

        from weekplanner.export.robots import platform_name

        yield Label(_("Group robots (weekplanner send, or Send in the export screen)"), classes="field--label")
        yield Static(_("A saved webhook or secret shows masked: leave its field empty to keep it, type - to "
                       "remove it."), classes="field--hint")
        for platform in ROBOT_PLATFORMS:
            robot = settings.robot(platform) or Robot(platform)
            with Horizontal(classes="field-row"):
                yield Field(_("{robot} webhook").format(robot=platform_name(platform)), "", required=False,
                            placeholder=_("saved: {masked}").format(
                                masked=f"{urlsplit(robot.webhook).netloc} ***{robot.webhook[-2:]}")
                            if robot.webhook else "https://…",
                            parser=_webhook_parser(platform), id=f"robot-{platform}-webhook")
                if platform != "wecom":
                    with Vertical(classes="select-field"):
                        yield Label(_("Signing secret"), classes="field--label")
                        yield Input("", placeholder=_kept(robot.secret), password=True,
                                    id=f"robot-{platform}-secret")
                if platform == "dingtalk":
                    yield Field(_("Keyword"), robot.keyword, required=False, id="robot-dingtalk-keyword")
        mail = settings.mail
        yield Label(_("E-mail (the password is never saved)"), classes="field--label")
        with Horizontal(classes="field-row"):
            yield Field(_("Mail server (HOST:PORT)"), mail.smtp, required=False, id="mail-smtp",
                        placeholder="smtp.exmail.qq.com:465")
            with Vertical(classes="select-field"):
                yield Label(_("Encryption"), classes="field--label")
                yield Select([("STARTTLS", "starttls"), ("SSL/TLS", "ssl"), (_("none (this machine only)"), "plain")],
                             value=mail.security if mail.security in ("starttls", "ssl", "plain") else "starttls",
                             allow_blank=False, id="mail-security")
        with Horizontal(classes="field-row"):
            yield Field(_("User"), mail.user, required=False, id="mail-user")
            yield Field(_("From address"), mail.sender, required=False, id="mail-sender")
        yield Field(_("Send to (addresses, comma separated)"), ", ".join(mail.to), required=False, id="mail-to")

    def _type_row(self, activity_type: ActivityType | None, quota: int) -> TypeRow:
        row = TypeRow(activity_type, quota, self._rows)
        self._rows += 1
        return row

    def on_mount(self) -> None:
        self.query_one("#rep-name", Field).focus()

    # -- actions ---------------------------------------------------------------------------
    async def action_add_type(self) -> None:
        row = self._type_row(None, 0)
        await self.query_one("#types").mount(row)
        row.query_one(".type-name", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def _read_types(self) -> tuple[tuple[ActivityType, ...], dict[str, int]] | None:
        """Types and default quotas from the rows; None (problems shown) when any row is wrong."""
        error = self.query_one("#types-error", Static)
        rows = list(self.query(TypeRow))
        reserved = reserved_letters(self.app)
        problems: list[str] = []
        types: list[ActivityType] = []
        quotas: dict[str, int] = {}
        hotkeys = [row.value(".type-hotkey").lower() for row in rows]
        for index, row in enumerate(rows):
            for widget in row.query(Input):
                widget.remove_class("-invalid")
            name, hotkey = row.value(".type-name"), hotkeys[index]
            label = name or (row.activity_type.display_name if row.activity_type else _("new type"))
            if row.activity_type is None and not name:
                problems.append(_("Give the new activity type a name."))
                row.query_one(".type-name", Input).add_class("-invalid")
            if has_control_characters(name):
                problems.append(f"{terminal_safe(label)}: {control_characters_refusal()}")
                row.query_one(".type-name", Input).add_class("-invalid")
            problem = hotkey_problem(hotkey, hotkeys[:index], reserved)  # the later of two is flagged
            if problem:
                problems.append(f"{label}: {problem}")
                row.query_one(".type-hotkey", Input).add_class("-invalid")
            try:
                quota = parse_quota(row.value(".type-quota") or "0")
            except ParseError as wrong:
                problems.append(f"{label}: {wrong}")
                row.query_one(".type-quota", Input).add_class("-invalid")
                quota = 0
            key = row.activity_type.key if row.activity_type else new_type_key(name, [t.key for t in types])
            hidden = row.query_one(".type-hidden", Checkbox).value
            types.append(ActivityType(key, name, hotkey, hidden))
            if quota:
                quotas[key] = quota
        error.update("\n".join(problems))
        if problems:
            reveal_problem(error, next(iter(self.query(".type-row Input.-invalid"))))
            return None
        return tuple(types), quotas

    def action_save(self) -> None:
        settings = self.app.repo.settings
        names = ["#rep-name", "#currency", "#rebalance-cap", "#day-start", "#day-end", "#yearly-goal"]
        fields = [self.query_one(name, Field) for name in names]
        values = parse_fields(fields)
        read_types = self._read_types()
        workdays = frozenset(d for d in range(7) if self.query_one(f"#workday-{d}", Checkbox).value)
        workdays_error = self.query_one("#workdays-error", Static)
        workdays_error.update("" if workdays else _("Choose at least one workday."))
        if not workdays and values is not None and read_types is not None:  # else an earlier problem has the focus
            reveal_problem(workdays_error, self.query_one("#workday-0", Checkbox))
        sharing = self._read_sharing(settings)
        if values is None or read_types is None or not workdays or sharing is None:
            return
        rep_name, currency, cap, day_start, day_end, goal = values
        if day_end <= day_start:
            self.query_one("#day-end", Field).error = _("The day must end after it starts ({start}:00).").format(
                start=day_start
            )
            self.query_one("#day-end", Field).focus()
            return
        types, quotas = read_types
        language = self.query_one("#language", Select).value
        theme = str(self.query_one("#theme", Select).value)
        updated = settings.with_changes(
            rep_name=rep_name or "", currency=currency, week_start=int(self.query_one("#week-start", Select).value),
            workdays=workdays, activity_types=types, default_quotas=quotas, rebalance_cap=cap,
            day_start_hour=day_start, day_end_hour=day_end, yearly_goal=goal,
            yearly_goal_metric=str(self.query_one("#goal-metric", Select).value),
            language=None if language == _AUTO else str(language), theme=theme,
            robots=sharing[0], mail=sharing[1],
            new_week_plan=str(self.query_one("#new-week-plan", Select).value),
        )
        self.app.repo.save_settings(updated)
        self._apply_look(settings, updated)
        self.dismiss(True)

    def _read_sharing(self, settings: Settings) -> tuple[tuple[Robot, ...], MailSettings] | None:
        """The robots and mail settings from the form; None (problems shown) when a webhook is wrong."""
        fields = [self.query_one(f"#robot-{p}-webhook", Field) for p in ROBOT_PLATFORMS]
        webhooks = parse_fields(fields)
        if webhooks is None:
            return None
        updated = settings
        for platform, typed in zip(ROBOT_PLATFORMS, webhooks):
            saved = settings.robot(platform) or Robot(platform)
            secret = saved.secret
            if platform != "wecom":
                secret = _replaced(self.query_one(f"#robot-{platform}-secret", Input).value.strip(), saved.secret)
            keyword = self.query_one("#robot-dingtalk-keyword", Field).text.strip() if platform == "dingtalk" else ""
            updated = updated.with_robot(Robot(platform, _replaced(typed, saved.webhook), secret, keyword))
        to = tuple(a.strip() for a in self.query_one("#mail-to", Field).text.replace("，", ",").split(",") if a.strip())
        mail = MailSettings(
            smtp=self.query_one("#mail-smtp", Field).text.strip(),
            security=str(self.query_one("#mail-security", Select).value),
            user=self.query_one("#mail-user", Field).text.strip(),
            sender=self.query_one("#mail-sender", Field).text.strip(), to=to,
        )
        return updated.robots, mail

    def _apply_look(self, before: Settings, after: Settings) -> None:
        """Switch theme and language now when the app can (the change is already saved)."""
        if after.theme != self.app.theme and after.theme in self.app.available_themes:
            self.app.theme = after.theme
        if after.language and after.language != before.language and hasattr(self.app, "apply_language"):
            self.app.call_later(self.app.apply_language, after.language)

