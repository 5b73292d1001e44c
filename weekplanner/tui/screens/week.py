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
from typing import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static

from weekplanner.domain.formatting import format_percent
from weekplanner.domain.hotkeys import letter_keys, tick_keys
from weekplanner.domain.plan import moved_work
from weekplanner.domain.rebalance import RebalanceProposal, apply_rebalance, propose_rebalance, rebalance_days
from weekplanner.domain.review import Commitment, commitments_markable, next_mark
from weekplanner.domain.target_suggestion import TargetSuggestion, suggest_target
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import SETTINGS_FILE, WeekData, make_activity
from weekplanner.tui.app import restore_gc_threshold
from weekplanner.tui.live import DataChanged
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.week_view import WeekView, week_view
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.week_board import WeekBoard
from weekplanner.tui.writes import RepositoryWriter

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


class WeekScreen(RepositoryWriter, Screen[None]):
    """One week at a glance, and the place where the day's work is ticked off."""

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
        with VerticalScroll(id="week-main"):
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

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual calls one of ``_on_screen_resume`` / ``on_screen_resume`` per class, so this one
        # hands on to the latter itself; Screen's own handler still runs after it.
        if not self._resumed:
            # The resume that comes with the push: every widget was styled as it was mounted a
            # moment ago, so Textual's restyle of the whole screen would only repeat that work.
            event.refresh_styles = False
        self.on_screen_resume()

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
        table = self._bindings.key_to_bindings
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
            self._bindings.bind(key, f"tick('{activity_type.key}')", activity_type.display_name)
            self._tick_keys.append(key)
        # Tick keys first, so the Footer shows them before everything else.
        ordered = {key: table[key] for key in self._tick_keys}
        ordered.update((key, bindings) for key, bindings in table.items() if key not in ordered)
        table.clear()
        table.update(ordered)
        self._wp_bindings_language = None  # type: ignore[attr-defined] - descriptions changed
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

    # -- the target offered to a week without one ------------------------------------
    def _wants_suggestion(self) -> bool:
        return (self.data.record.target is None and self.week.end >= self.today
                and self.week.label not in self._suggestions)

    def _start_suggestion_worker(self) -> None:
        if self._wants_suggestion():
            self.run_worker(self._load_suggestion, thread=True, exclusive=True, group="suggestion")

    def _load_suggestion(self) -> None:
        """The suggestion needs the history (the cascade, the 4-week average): read off the first frame."""
        week, last_target = self.week, self._previous_target
        suggestion = suggest_target(week, last_target, self.repo.history(), self.settings)
        self.app.call_from_thread(self._set_suggestion, week, suggestion)

    def _set_suggestion(self, week: Week, suggestion: TargetSuggestion | None) -> None:
        self._suggestions[week.label] = suggestion
        if week == self.week:
            self._draw()

    def action_accept_target(self) -> None:
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

    # -- streak -------------------------------------------------------------------
    def streak_days(self) -> int:
        """The streak the header shows (the repository's streak on today; 0 on other weeks)."""
        return self._streak if self.week == self.current_week else 0

    def _start_streak_worker(self) -> None:
        restore_gc_threshold()  # the first frame is drawn
        self.run_worker(self._load_streak, thread=True, exclusive=True, group="streak")

    def _load_streak(self) -> None:
        """The streak as every surface computes it; read in a thread, as it may walk back through weeks."""
        streak = self.repo.streak_on(self.today)
        self.app.call_from_thread(self._set_streak, streak)

    def _set_streak(self, streak: int) -> None:
        if streak != self._streak:
            self._streak = streak
            if self.is_attached:  # the worker may finish after the screen (or the app) has closed
                self._draw()

    # -- clock --------------------------------------------------------------------
    def check_clock(self) -> None:
        """Every half minute: a new day moves the screen on; otherwise pace catches up with the time."""
        today = self.clock.today()
        if today == self.today:
            if self.today in self.week:
                self._draw()  # the clock moved on: pace and the hint follow it
            return
        was_current = self.week == self.current_week
        self.today = today
        if was_current:
            self.show_week(self.repo.week(today))
        else:
            self._draw()  # the clock moved on: pace and the hint follow it
        self._start_streak_worker()

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

    # -- log with details; the day's entries and the commitments in their own screens -------
    def action_log_details(self) -> None:
        self._log_with_details(self.week, self.log_day,
                               lambda day: self.set_reactive(WeekScreen.log_day, day))  # drawn on resume

    def action_entries(self) -> None:
        """All entries of the day the board shows, to edit or delete; the board follows the day shown last."""
        from weekplanner.tui.screens.entries import EntriesScreen

        def closed(day: date | None) -> None:  # runs before the resume that redraws the week
            if day is not None and day in self.week:
                self.set_reactive(WeekScreen.log_day, day)

        self.app.push_screen(EntriesScreen(self.week, self.log_day), closed)

    def on_week_board_side_clicked(self, message: WeekBoard.SideClicked) -> None:
        """A click on the log opens the day's entries; on the commitments, it is k."""
        if message.on_log:
            self.action_entries()
        else:
            self.action_toggle_commitment()

    def action_toggle_commitment(self) -> None:
        """One commitment: mark it kept / not kept at once. Several: pick them in a list."""
        if not self.commitments:
            self.notify(_("No commitments this week: last week's review has no improvement plan."))
            return
        if not commitments_markable(self.week.start, self.today):
            self.notify(_("This week has not started; its commitments can be marked once it has."),
                        severity="warning")
            return
        if len(self.commitments) > 1:
            from weekplanner.tui.screens.commitments import CommitmentsScreen

            self.app.push_screen(CommitmentsScreen(self.week, self.commitments))  # redrawn on resume
            return
        if not self._writable():
            return
        from weekplanner.tui.widgets.commitments import save_commitment_mark

        only = self.commitments[0]
        kept = next_mark(only.kept)
        if self._write(lambda: save_commitment_mark(self.repo, self.week.label, only.index, kept)):
            self._reload()

    # -- planning (forms owned by the planning screens) --------------------------------------
    def _confirm_past_edit(self, then: Callable[[], None]) -> None:
        """Editing a week that is over asks first; the current and future weeks go straight on."""
        if self.week.end >= self.today:
            then()
            return
        from weekplanner.tui.screens.confirm import ConfirmScreen

        question = _("{week} is over. Change its plan anyway?").format(week=self.week.label)
        self.app.push_screen(
            ConfirmScreen(question, yes=_("Edit"), no=_("Cancel")), lambda yes: then() if yes else None
        )

    def action_set_target(self) -> None:
        if self._writable():
            from weekplanner.tui.screens.target_form import TargetForm

            self._confirm_past_edit(lambda: self.app.push_screen(TargetForm(self.week)))

    def action_plan_quotas(self) -> None:
        if self._writable():
            from weekplanner.tui.screens.quota_form import QuotaForm

            self._confirm_past_edit(lambda: self.app.push_screen(QuotaForm(self.week)))

    def action_rebalance(self) -> None:
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

    def apply_rebalance(self, proposal: RebalanceProposal, reason: str) -> None:
        record = self.data.record
        new_record = apply_rebalance(record, proposal, reason, self.clock.now())
        if self._write(lambda: self.repo.save_record(new_record, _("re-balance the plan"), base=record)):
            self._reload()
            self.notify(_("Plan re-balanced. ctrl+z undoes it; o shows the original plan."))

    # -- other screens (routes live on the app) -------------------------------------------
    def action_review(self) -> None:
        self.app.action_open_review(self.week)

    def action_history(self) -> None:
        self.app.action_open_history()

    def action_export(self) -> None:
        self.app.action_open_export(self.week)

    def action_settings(self) -> None:
        self.app.action_open_settings()

