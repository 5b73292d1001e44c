"""The week screen, the app's home: target, quota grid, bars, log, commitments; one-key tick-off.

The screen's own state is three reactive attributes (the week shown, the day
whose log is shown, the original plan or the current one). Everything drawn
comes from :func:`weekplanner.tui.week_view.week_view` over the week as read
from the repository: after every write (a tick, a form, an undo) the screen
reads the week again (about 0.2 ms) and recomputes the view instead of patching
a copy, so what is on screen is what is on disk. Nothing scans the history on
the way to the first frame; the streak is read in a worker afterwards.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from weekplanner.compat.textual_api import bind_key, binding_table
from weekplanner.domain.hotkeys import letter_keys, tick_keys
from weekplanner.domain.review import Commitment
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import SETTINGS_FILE, WeekData, make_activity
from weekplanner.tui.live import DataChanged
from weekplanner.tui.screens import week_clock, week_log, week_planning
from weekplanner.tui.translate import bindings_changed, translate_screen
from weekplanner.tui.week_view import WeekView, week_view
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.week_board import WeekBoard
from weekplanner.tui.writes import RepositoryWriter

if TYPE_CHECKING:  # the suggestion (its cascade, the history's insights) is loaded after the first frame
    from weekplanner.domain.target_suggestion import TargetSuggestion

#: How often the screen checks the clock for a new day (seconds).
CLOCK_CHECK_SECONDS = 30
#: Below this width the screen uses one column.
NARROW_WIDTH = 118


#: What needs the week's data: refused (shown disabled) while the week's file cannot be read.
WEEK_ACTIONS = frozenset({
    "tick", "log_details", "entries", "undo", "redo", "rebalance", "set_target", "plan_quotas",
    "toggle_commitment", "toggle_original", "review", "export",
})

#: ``[`` and ``]`` share one Footer entry, so the keys of a week with four activity types fit in 120 columns.
WEEKS = Binding.Group(N_("Week"), compact=True)


class WeekScreen(RepositoryWriter[None]):
    """One week at a glance, and the place where the day's work is ticked off."""

    TITLE = N_("Week screen")

    CSS_PATH = ["week.tcss", "../widgets/week_board.tcss"]

    BINDINGS = [
        Binding("l", "log_details", N_("Log…")),
        # Not in the Footer: the log's heading on the board says "Enter: edit".
        Binding("enter", "entries", N_("Edit the log"), key_display="⏎", show=False),
        Binding("ctrl+z", "undo", N_("Undo")),
        Binding("ctrl+y", "redo", N_("Redo"), show=False),
        # Not in the Footer: the hint above the grid says "Press b" when a day fell short.
        Binding("b", "rebalance", N_("Re-balance"), show=False),
        Binding("t", "set_target", N_("Target")),
        Binding("T", "accept_target", N_("Accept the suggested target"), key_display="T", show=False),
        Binding("p", "plan_quotas", N_("Plan")),
        Binding("left_square_bracket,left", "previous_week", N_("Prev week"), key_display="[", group=WEEKS),
        Binding("right_square_bracket,right", "next_week", N_("Next week"), key_display="]", group=WEEKS),
        Binding("full_stop,home", "this_week", N_("This week"), key_display=".", show=False),
        Binding("g", "jump", N_("Go to week"), show=False),
        Binding("less_than_sign", "previous_day", N_("Log: previous day"), key_display="<", show=False),
        Binding("greater_than_sign", "next_day", N_("Log: next day"), key_display=">", show=False),
        Binding("k", "toggle_commitment", N_("Commitment kept?"), show=False),
        Binding("o", "toggle_original", N_("Original plan"), show=False),
        Binding("r", "review", N_("Review")),
        Binding("h", "history", N_("History"), show=False),
        Binding("x", "export", N_("Export"), show=False),
        Binding("s", "settings", N_("Settings"), show=False),
        # The board scrolls on the screen's keys; its scroll area takes no focus (see compose).
        Binding("up", "scroll_board('up')", show=False),
        Binding("down", "scroll_board('down')", show=False),
        Binding("pageup", "scroll_board('page_up')", show=False),
        Binding("pagedown", "scroll_board('page_down')", show=False),
    ]
    #: What leaves the Footer first when the terminal is too narrow for every key (help and ctrl+p list them).
    FOOTER_SPARE = ("previous_week", "plan_quotas", "set_target")

    #: The week shown, the day whose log the board shows, and whether the grid shows the original plan.
    week: var[Week] = var(Week.containing(date(2000, 1, 3)), init=False)
    log_day: var[date] = var(date(2000, 1, 3), init=False)
    show_original: var[bool] = var(False, init=False)

    def __init__(self, week: Week | None = None) -> None:
        super().__init__()
        self._initial_week = week
        self._tick_keys: list[str] = []
        self._streak = 0
        #: Per week label, the target offered on its empty target panel (read after the first frame).
        self._suggestions: dict[str, TargetSuggestion | None] = {}
        self.view: WeekView | None = None
        self._resumed = False
        #: Why the week shown cannot be read (its file is damaged), else None.
        self.damage: StorageError | None = None
        self._damage_shown: str | None = None

    # -- set-up -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # The week is read and its view computed before the widgets exist, so the board is styled for
        # its pace status as it mounts instead of restyled on the first draw.
        self.repo = self.app.repo
        self.clock = self.app.clock
        self.today = self.clock.today()
        self.set_reactive(WeekScreen.week, self._initial_week or self.repo.week(self.today))
        self.set_reactive(WeekScreen.log_day, self._nearest_log_day())
        self._read()
        # Laid out for the terminal's width from the first frame (on_resize follows it later).
        self.set_class(self.app.size.width < NARROW_WIDTH, "-narrow")
        self.view = self._compute()
        yield Static(id="week-header", markup=False)
        # Not focusable: Textual restyles a widget and all inside it when its focus changes, so a focused
        # scroll area restyled the board (29 component styles) as every form opened and again as it
        # closed, ~5 ms each time. Nothing here types; the screen's keys scroll it.
        with VerticalScroll(id="week-main", can_focus=False):
            yield WeekBoard(id="week-board", classes=self.view.status)
        yield Footer()

    def on_mount(self) -> None:
        if not self.is_attached:  # the app quit while the screen was mounting
            return
        self._bind_tick_keys()
        translate_screen(self)
        self._draw(self.view)  # computed in compose a moment ago
        self.call_after_refresh(self._show_damage)
        self.set_interval(CLOCK_CHECK_SECONDS, self.check_clock)
        self.call_after_refresh(self._start_streak_worker)
        self.call_after_refresh(self._start_suggestion_worker)

    def on_resize(self) -> None:
        """Below NARROW_WIDTH the log goes under the grid and the per-type bars fold into one line."""
        narrow = self.size.width < NARROW_WIDTH
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            if self.view is not None:
                self._draw()

    @on(events.ScreenResume)
    def _skip_restyle_on_push(self, event: events.ScreenResume) -> None:
        # Runs before on_screen_resume and Screen's own handler (decorated handlers come first).
        if not self._resumed:
            # The resume that comes with the push: every widget was styled as it was mounted a
            # moment ago, so Textual's restyle of the whole screen would only repeat that work.
            event.refresh_styles = False

    def on_screen_resume(self) -> None:
        """Back from a form or another screen: settings, plan or target may have changed."""
        first, self._resumed = not self._resumed, True
        if first or self.view is None:  # the first resume comes with the push: on_mount draws
            return
        self.set_reactive(WeekScreen.week, Week.containing(self.week.monday, self.repo.settings.week_start))
        self._bind_tick_keys()
        translate_screen(self)
        self._suggestions.clear()  # settings or history may have changed
        self._reload()  # a form, the entries or the review may have changed the week
        self._start_streak_worker()

    def refresh_language(self) -> None:
        """After a language switch: redraw everything."""
        self.on_screen_resume()

    @property
    def settings(self):
        return self.repo.settings

    @property
    def current_week(self) -> Week:
        return self.repo.week(self.today)

    @property
    def progress(self):
        """The numbers on screen (tests and the palette read them)."""
        return self.view.progress if self.view else None

    @property
    def commitments(self) -> list[Commitment]:
        return self.view.commitments if self.view else []

    def _type_names(self) -> dict[str, str]:
        return self.settings.type_names()

    def _bind_tick_keys(self) -> None:
        """One key per visible activity type: its own hotkey, else the next free number key."""
        table = binding_table(self)
        for key in self._tick_keys:
            table.pop(key, None)
        self._tick_keys = []
        reserved = letter_keys(binding.key for binding in self.BINDINGS)  # a hotkey never hides a command
        types = self.settings.visible_types()
        keys = tick_keys(((t.key, t.hotkey) for t in types), reserved)
        for activity_type in types:
            key = keys.get(activity_type.key)
            if not key:
                continue
            bind_key(self, key, f"tick('{activity_type.key}')", activity_type.display_name)
            self._tick_keys.append(key)
        # Tick keys first, so the Footer shows them before everything else.
        ordered = {key: table[key] for key in self._tick_keys}
        ordered.update((key, bindings) for key, bindings in table.items() if key not in ordered)
        table.clear()
        table.update(ordered)
        bindings_changed(self)  # the tick keys' descriptions are new
        self.refresh_bindings()

    # -- reading and drawing --------------------------------------------------------
    def _nearest_log_day(self) -> date:
        if self.today in self.week:
            return self.today
        return self.week.end if self.week.end < self.today else self.week.start

    def _read(self) -> None:
        """The week and last week's review, as they are on disk; a damaged file gives an empty week
        and :attr:`damage` says why (last week's damage only hides its commitments)."""
        self.data: WeekData
        self.data, self.damage = self.repo.load_week_or_empty(self.week)
        if self.damage is None:
            self._damage_shown = None
        try:
            previous = self.repo.record(self.week.previous().label)
        except StorageError:  # last week's file is damaged: its own screen says so when opened
            previous = None
        self._previous_review = previous.review if previous else None
        self._previous_target = previous.target if previous else None
        if self.is_mounted:
            self._start_suggestion_worker()

    def _show_damage(self) -> None:
        """Open the damaged-file screen once per arrival on a damaged week (not again on every resume)."""
        if self.damage is None or self._damage_shown == self.week.label:
            return
        self._damage_shown = self.week.label
        from weekplanner.tui.screens.damaged import DamagedFileScreen

        self.app.push_screen(DamagedFileScreen(self.damage))  # a restore redraws the week on resume

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On a damaged week only moving to another week, other screens and help stay available."""
        if self.damage is not None and action in WEEK_ACTIONS:
            return None
        return True

    # -- the target offered to a week without one (week_planning.py) ---------------------------
    _wants_suggestion = week_planning.wants_suggestion
    _start_suggestion_worker = week_planning.start_suggestion_worker
    _load_suggestion = week_planning.load_suggestion
    _set_suggestion = week_planning.set_suggestion
    action_accept_target = week_planning.action_accept_target

    def _compute(self) -> WeekView:
        return week_view(
            self.week, self.data.record, self.data.activities, self._previous_review, self.settings,
            self.clock.now(), log_day=self.log_day, show_original=self.show_original,
            streak=self._streak if self.week == self.current_week else 0,
            narrow=self.has_class("-narrow"), problem=str(self.damage) if self.damage else "",
            suggestion=self._suggestions.get(self.week.label),
        )

    def _draw(self, view: WeekView | None = None) -> None:
        """Show ``view`` (or a freshly computed one): the board and the header."""
        if not self.is_attached:  # the app quit while the screen was mounting (a quit typed at once)
            return
        self.view = view = view or self._compute()
        self.query_one(WeekBoard).show(view)
        header = self.query_one("#week-header", Static)
        header.update(view.header)
        header.set_class(view.other_week, "-other-week")

    def _reload(self) -> None:
        """Read the week again and draw it (after any write, and when the week shown changes)."""
        self._read()
        self._draw()
        self.refresh_bindings()
        self._show_damage()

    def watch_week(self) -> None:
        self._reload()

    def watch_log_day(self) -> None:
        self._draw()

    def watch_show_original(self) -> None:
        self._draw()

    # -- time passing: the streak and the clock (week_clock.py) ---------------------------------
    streak_days = week_clock.streak_days
    _start_streak_worker = week_clock.start_streak_worker
    _load_streak = week_clock.load_streak
    _set_streak = week_clock.set_streak
    check_clock = week_clock.check_clock

    # -- navigation ----------------------------------------------------------------
    def show_week(self, week: Week) -> None:
        """Show ``week`` (read from disk), its log on today or its nearest day, the current plan."""
        self.set_reactive(WeekScreen.show_original, False)
        if week == self.week:
            self.set_reactive(WeekScreen.log_day, self._nearest_log_day())
            self._reload()
            return
        self.set_reactive(WeekScreen.week, week)
        self.set_reactive(WeekScreen.log_day, self._nearest_log_day())
        self._reload()

    def action_previous_week(self) -> None:
        self.show_week(self.week.previous())

    def action_next_week(self) -> None:
        self.show_week(self.week.next())

    def action_this_week(self) -> None:
        self.show_week(self.current_week)

    def action_scroll_board(self, where: str) -> None:
        """↑ ↓ PgUp PgDn scroll the board when it is taller than the terminal."""
        getattr(self.query_one("#week-main", VerticalScroll), f"scroll_{where}")()  # scroll_up … scroll_page_down

    def action_jump(self) -> None:
        from weekplanner.tui.screens.jump import JumpScreen

        def jumped(week: Week | None) -> None:
            if week is not None:
                self.show_week(week)

        self.app.push_screen(JumpScreen(self.today, self.settings.week_start), jumped)

    def action_previous_day(self) -> None:
        if self.log_day > self.week.start:
            self.log_day = date.fromordinal(self.log_day.toordinal() - 1)

    def action_next_day(self) -> None:
        if self.log_day < self.week.end:
            self.log_day = date.fromordinal(self.log_day.toordinal() + 1)

    def action_toggle_original(self) -> None:
        if not self.data.record.adjustments and not self.show_original:
            self.notify(_("This week's plan was never re-balanced; it is the original."))
            return
        self.show_original = not self.show_original

    # -- writing (RepositoryWriter: read-only refusal, storage errors, undo / redo) ---------
    def action_tick(self, activity_type: str) -> None:
        """Log one ``activity_type`` now; the screen shows it once it is on disk."""
        if not self._writable():
            return
        if self.today not in self.week:
            self.notify(_("Ticks count for today; press . to go back to this week, or l to log for a day of this week."),
                        severity="warning")
            return
        activity = make_activity(activity_type, self.clock.now())
        name = self._type_names().get(activity_type, activity_type)
        if not self._write(lambda: self.repo.add_activity(activity, _("log 1 {type}").format(type=name))):
            return
        self.set_reactive(WeekScreen.log_day, self.today)
        self._reload()
        self._start_streak_worker()

    def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved (see weekplanner.tui.live): draw what is on disk now."""
        message.stop()
        if SETTINGS_FILE in message.files:
            self.refresh_language()  # types, hotkeys or the week's start may have changed too
        else:
            self._reload()
            self._start_streak_worker()

    # -- log with details; the day's entries and the commitments (week_log.py) ---------------
    action_log_details = week_log.action_log_details
    action_entries = week_log.action_entries
    action_show_day = week_log.action_show_day
    action_toggle_commitment = week_log.action_toggle_commitment

    # -- planning: forms owned by the planning screens (week_planning.py) ----------------------
    _confirm_past_edit = week_planning.confirm_past_edit
    action_set_target = week_planning.action_set_target
    action_plan_quotas = week_planning.action_plan_quotas
    action_rebalance = week_planning.action_rebalance
    apply_rebalance = week_planning.apply_proposal

    # -- other screens (routes live on the app) -------------------------------------------
    def action_review(self) -> None:
        self.app.action_open_review(self.week)

    def action_history(self) -> None:
        self.app.action_open_history()

    def action_export(self) -> None:
        self.app.action_open_export(self.week)

    def action_settings(self) -> None:
        self.app.action_open_settings()

