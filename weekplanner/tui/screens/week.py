"""The week screen, the app's home: target, quota grid, bars, log, commitments; one-key tick-off.

A tick writes through the repository first and then updates the widgets in
place (``show``/``refresh``), so the count on screen is always one that is on
disk and no keypress recomposes the screen. Navigating to another week does
one ``load_week``; nothing here scans the history on the way to the first frame
(the streak's earlier weeks are read in a worker afterwards).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from weekplanner.domain.formatting import format_day, format_week, weekday_name
from weekplanner.domain.hotkeys import letter_keys
from weekplanner.domain.plan import Adjustment
from weekplanner.domain.progress import WeekProgress, day_counts, day_met, day_results_back, streak, week_progress
from weekplanner.domain.rebalance import RebalanceProposal, rebalance, shortfalls
from weekplanner.domain.review import Commitment, commitments_from
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.safe_text import terminal_safe
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import WeekData, make_activity
from weekplanner.tui.app import restore_gc_threshold
from weekplanner.tui.translate import translate_screen
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.quota_grid import QuotaGrid
from weekplanner.tui.widgets.target_panel import status_class, target_lines
from weekplanner.tui.widgets.type_bars import TypeBars
from weekplanner.tui.widgets.week_board import BoardData, LogView, WeekBoard, entry_line
from weekplanner.tui.writes import RepositoryWriter

#: How often the screen checks the clock for a new day (seconds).
CLOCK_CHECK_SECONDS = 30
#: Below this width the screen uses one column.
NARROW_WIDTH = 118
#: Activity types without a hotkey of their own get these, in order.
NUMBER_KEYS = "123456789"


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

    def __init__(self, week: Week | None = None) -> None:
        super().__init__()
        self._initial_week = week
        self._tick_keys: list[str] = []
        self._prior_streak: list[tuple[date, bool | None]] | None = None
        self._show_original = False
        self.progress: WeekProgress | None = None
        self.commitments: list[Commitment] = []
        self._resumed = False
        #: Why the week shown cannot be read (its file is damaged), else None.
        self.damage: StorageError | None = None
        self._damage_shown: str | None = None

    # -- set-up -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # The week is read before the widgets exist, so the board is styled for its pace status as
        # it mounts instead of restyled on the first draw.
        self._load()
        self.progress = self._week_progress()
        yield Static(id="week-header", markup=False)
        with VerticalScroll(id="week-main"):
            yield WeekBoard(id="week-board", classes=status_class(self.progress, self.data.record))
        yield Footer()

    def _load(self) -> None:
        self.repo = self.app.repo
        self.clock = self.app.clock
        self.today = self.clock.today()
        self.week = self._initial_week or self.repo.week(self.today)
        self.data = self._read_week()
        self.commitments = self._commitments()
        self.log_day = self._default_log_day()

    def _read_week(self) -> WeekData:
        """The week from the repository; a damaged file gives an empty week and :attr:`damage` says why."""
        data, self.damage = self.repo.load_week_or_empty(self.week)
        if self.damage is None:
            self._damage_shown = None
        return data

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

    def on_mount(self) -> None:
        self._bind_tick_keys()
        translate_screen(self)
        self.render_week(progress=self.progress)  # computed in compose a moment ago
        self.call_after_refresh(self._show_damage)
        self.set_interval(CLOCK_CHECK_SECONDS, self.check_clock)
        self.call_after_refresh(self._start_streak_worker)

    def on_resize(self) -> None:
        """Below NARROW_WIDTH the log goes under the grid and the per-type bars fold into one line."""
        narrow = self.size.width < NARROW_WIDTH
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            if self.progress is not None:
                self.render_week(progress=self.progress)

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
        if first or not hasattr(self, "data"):  # the first resume comes with the push: on_mount draws
            return
        self.week = Week.containing(self.week.monday, self.repo.settings.week_start)
        self._bind_tick_keys()
        translate_screen(self)
        self._reload()  # a form, the entries or the review may have changed the week

    def refresh_language(self) -> None:
        """After a language switch: redraw everything."""
        self.on_screen_resume()

    @property
    def settings(self):
        return self.repo.settings

    @property
    def current_week(self) -> Week:
        return self.repo.week(self.today)

    def _type_names(self) -> dict[str, str]:
        return self.settings.type_names()

    def _bind_tick_keys(self) -> None:
        """One key per visible activity type: its own hotkey, else the next free number key."""
        table = self._bindings.key_to_bindings
        for key in self._tick_keys:
            table.pop(key, None)
        self._tick_keys = []
        numbers = iter(NUMBER_KEYS)
        reserved = letter_keys(binding.key for binding in self.BINDINGS)  # a hotkey never hides a command
        for activity_type in self.settings.visible_types():
            key = activity_type.hotkey.lower()
            if not key or key in reserved or key in self._tick_keys or len(key) != 1:
                key = next(numbers, "")
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

    # -- rendering ----------------------------------------------------------------
    def _default_log_day(self) -> date:
        if self.today in self.week:
            return self.today
        return self.week.end if self.week.end < self.today else self.week.start

    def _type_rows(self, progress: WeekProgress) -> list[tuple[str, str]]:
        names = self._type_names()
        return [(key, names.get(key, key)) for key in progress.types]

    def _week_progress(self) -> WeekProgress:
        settings = self.settings
        record = self.data.record
        return week_progress(
            self.week, record.plan, record.target, self.data.activities, self.clock.now(), settings.workdays,
            types=[t.key for t in settings.visible_types()],
            day_start_hour=settings.day_start_hour, day_end_hour=settings.day_end_hour,
        )

    def render_week(self, *, progress: WeekProgress | None = None) -> None:
        """Recompute the numbers of the week on screen (unless ``progress`` is given) and hand them to the board."""
        settings = self.settings
        record = self.data.record
        self.progress = progress = progress or self._week_progress()
        workdays = [d for d in self.week.days if d.weekday() in settings.workdays]
        last_name = weekday_name(workdays[-1]) if workdays else ""
        rows = self._type_rows(progress)
        grid_plan = record.original_plan if self._show_original else record.plan
        narrow = self.has_class("-narrow")
        self.query_one(WeekBoard).show(BoardData(
            target=target_lines(progress, record, last_name),
            status=status_class(progress, record),
            grid_title=self._grid_title(),
            grid=QuotaGrid(rows, workdays, grid_plan, progress.counts, self.today),
            bars=TypeBars([(name, progress.types[key]) for key, name in rows],
                          progress.activity_pace if self.week.start <= self.today else None,
                          show_today=self.today in self.week, show_bars=not narrow),
            hint=self._hint(),
            commitments=self.commitments,
            log=self._log_view(),
            narrow=narrow,
        ))
        self._render_header()

    def _grid_title(self) -> str:
        record = self.data.record
        if self._show_original:
            return _("Original plan, before re-balancing (o: back to the current plan)")
        if record.adjustments:
            latest = record.adjustments[-1]
            return _("Plan re-balanced {day}: {reason} (o: original plan)").format(
                day=format_day(latest.at.date()), reason=terminal_safe(latest.reason))
        if record.plan.is_empty():
            return _("No daily quotas yet. Press p to plan them.")
        return _("Daily quotas")

    def _render_header(self) -> None:
        parts = [format_week(self.week)]
        current = self.current_week
        if self.week == current:
            parts.append(_("Today {day}").format(day=format_day(self.today)))
            left = self.progress.workdays_left if self.progress else 0
            parts.append(_("1 workday left") if left == 1 else _("{n} workdays left").format(n=left))
            count = self.streak_days()
            if count:
                parts.append(_("Streak 1 day") if count == 1 else _("Streak {n} days").format(n=count))
        elif self.week < current:
            parts.append(_("Past week (. back to this week)"))
        else:
            parts.append(_("Future week (. back to this week)"))
        header = self.query_one("#week-header", Static)
        header.update(" · ".join(parts))
        header.set_class(self.week != current, "-other-week")

    def _log_view(self) -> LogView:
        """The log of ``log_day``, newest first, as the board lists it."""
        entries = [a for a in reversed(self.data.activities) if a.day == self.log_day]
        total = sum(a.count for a in entries)
        if self.log_day == self.today:
            heading = _("Today's log · {day} · {n} done").format(day=format_day(self.log_day), n=total)
        else:
            heading = _("Log of {day} · {n} done").format(day=format_day(self.log_day), n=total)
        names, target = self._type_names(), self.data.record.target
        return LogView(heading, [entry_line(a, names.get(a.type, a.type), target) for a in entries])

    def _missed_before_today(self) -> dict[str, int]:
        if self.today not in self.week or self.progress is None:
            return {}
        return shortfalls(self.data.record.plan, self.progress.counts, self.week, self.today)

    def _hint(self) -> str:
        """Offer a re-balance when a past workday ended below quota and nothing was adjusted today."""
        if self.damage is not None:
            return terminal_safe(str(self.damage))
        missing = self._missed_before_today()
        adjusted_today = any(a.at.date() >= self.today for a in self.data.record.adjustments)
        days_left = [d for d in self.week.workdays(self.settings.workdays) if d >= self.today]
        if not missing or adjusted_today or not days_left:
            return ""
        names = self._type_names()
        what = ", ".join(f"{names.get(k, k)} {n}" for k, n in missing.items())
        return _("Earlier days this week ended below quota ({missing} short). Press b to re-balance.").format(
            missing=what)

    # -- streak -------------------------------------------------------------------
    def streak_days(self) -> int:
        """Consecutive workdays with every quota met, this week's days first."""
        if self.progress is None or self.week != self.current_week:
            return 0
        plan = self.data.record.plan
        results = [(d, day_met(plan, self.progress.counts, d)) for d in self.week.days if d <= self.today]
        return streak(results + (self._prior_streak or []), self.today)

    def _start_streak_worker(self) -> None:
        restore_gc_threshold()  # the first frame is drawn
        self.run_worker(self._load_prior_streak, thread=True, exclusive=True, group="streak")

    def _load_prior_streak(self) -> None:
        """Earlier weeks' met/missed days, back to the first missed one."""
        labels = self.repo.week_labels()

        def load(week: Week):  # noqa: ANN202
            if not labels or week.label < labels[0]:
                return None
            try:
                data = self.repo.load_week(week)
            except StorageError:  # a damaged week ends the streak; its screen says why when opened
                return None
            return data.record.plan, data.activities

        results = day_results_back(load, self.repo.week(self.today).previous(), self.today)
        self.app.call_from_thread(self._set_prior_streak, results)

    def _set_prior_streak(self, results: list[tuple[date, bool | None]]) -> None:
        self._prior_streak = results
        self._render_header()

    # -- clock --------------------------------------------------------------------
    def check_clock(self) -> None:
        """Every half minute: a new day moves the screen on; otherwise pace catches up with the time."""
        today = self.clock.today()
        if today == self.today:
            if self.today in self.week:
                self.render_week()
            return
        was_current = self.week == self.current_week
        self.today = today
        if was_current:
            self._prior_streak = None
            self.show_week(self.repo.week(today))
            self._start_streak_worker()
        else:
            self.render_week()

    # -- navigation ----------------------------------------------------------------
    def show_week(self, week: Week) -> None:
        self.week = week
        self.log_day = self._default_log_day()
        self._show_original = False
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
            self.render_week(progress=self.progress)

    def action_next_day(self) -> None:
        if self.log_day < self.week.end:
            self.log_day = date.fromordinal(self.log_day.toordinal() + 1)
            self.render_week(progress=self.progress)

    def action_toggle_original(self) -> None:
        if not self.data.record.adjustments and not self._show_original:
            self.notify(_("This week's plan was never re-balanced; it is the original."))
            return
        self._show_original = not self._show_original
        self.render_week()

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
        self.data = self.data._replace(activities=self.data.activities + (activity,))
        self.log_day = self.today
        self.render_week()

    def _reload(self) -> None:
        """Read the week (and last week's commitments) again and draw it."""
        self.data = self._read_week()
        self.commitments = self._commitments()
        self.render_week()
        self.refresh_bindings()
        self._show_damage()

    # -- log with details; the day's entries and the commitments in their own screens -------
    def action_log_details(self) -> None:
        self._log_with_details(self.week, self.log_day, lambda day: setattr(self, "log_day", day))

    def action_entries(self) -> None:
        """All entries of the day the board shows, to edit or delete; the board follows the day shown last."""
        from weekplanner.tui.screens.entries import EntriesScreen

        def closed(day: date | None) -> None:  # runs before the resume that redraws the week
            if day is not None and day in self.week:
                self.log_day = day

        self.app.push_screen(EntriesScreen(self.week, self.log_day), closed)

    def on_week_board_side_clicked(self, message: WeekBoard.SideClicked) -> None:
        """A click on the log opens the day's entries; on the commitments, it is k."""
        if message.on_log:
            self.action_entries()
        else:
            self.action_toggle_commitment()

    def _commitments(self) -> list[Commitment]:
        """Last week's improvement plan, with this week's kept / not kept marks."""
        try:
            previous = self.repo.record(self.week.previous().label).review
        except StorageError:  # last week's file is damaged: its own screen says so when opened
            previous = None
        return commitments_from(previous, self.data.record.commitments_kept)

    def action_toggle_commitment(self) -> None:
        """One commitment: mark it kept / not kept at once. Several: pick them in a list."""
        if not self.commitments:
            self.notify(_("No commitments this week: last week's review has no improvement plan."))
            return
        if len(self.commitments) > 1:
            from weekplanner.tui.screens.commitments import CommitmentsScreen

            self.app.push_screen(CommitmentsScreen(self.week, self.commitments))  # redrawn on resume
            return
        if not self._writable():
            return
        from weekplanner.tui.widgets.commitments import next_mark, save_commitment_mark

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
        settings = self.settings
        record = self.data.record
        counts = self.progress.counts if self.progress else day_counts(self.data.activities)
        proposal = rebalance(record.plan, counts, self.week, settings.workdays, self.today,
                             settings.rebalance_cap)
        if not proposal.shortfall:
            self.notify(_("No earlier workday of this week ended below quota; nothing to re-balance."))
            return
        from weekplanner.tui.screens.rebalance import RebalanceScreen

        days = [d for d in self.week.workdays(settings.workdays) if d >= self.today]

        def applied(reason: str | None) -> None:
            if reason is not None:
                self.apply_rebalance(proposal, reason)

        self.app.push_screen(
            RebalanceScreen(proposal, record.plan, days, self._type_names(), settings.rebalance_cap), applied
        )

    def apply_rebalance(self, proposal: RebalanceProposal, reason: str) -> None:
        record = self.data.record
        adjustment = Adjustment(at=self.clock.now(), reason=reason, before=record.plan,
                                after=proposal.plan, kind="rebalance")
        new_record = record.with_changes(plan=proposal.plan, adjustments=record.adjustments + (adjustment,))
        if self._write(lambda: self.repo.save_record(new_record, _("re-balance the plan"))):
            self.data = self.data._replace(record=new_record)
            self.render_week()
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

