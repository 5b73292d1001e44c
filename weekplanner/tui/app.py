"""The Textual application: holds the repository and the clock, routes to screens.

Screens render and dispatch; every change goes through ``self.repo`` (the
storage layer), every number comes from the domain core. Screens are imported
when first opened so start-up loads only the week screen.
"""

from __future__ import annotations

from typing import Callable, Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.screen import Screen

from weekplanner.compat.textual_api import keeping_parsed_rules, release_drawn_lines, stylesheet_parsed
from weekplanner.domain.clock import Clock, SystemClock
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.storage.repository import Repository
from weekplanner.tui.live import DataChanged


def _palette_commands() -> type:
    """The command palette's provider, loaded when the palette first opens (Textual calls this)."""
    from weekplanner.tui.commands import WeekPlannerCommands

    return WeekPlannerCommands


class WeekPlannerApp(App[None]):
    """weekplanner's TUI; any number of them (and commands) may write to one data folder at once."""

    TITLE = "weekplanner"
    # Pushing a screen whose styles are new re-parses every style sheet and restyles every widget,
    # so the week screen's sheets (as in WeekScreen.CSS_PATH) and the history screen's are read with
    # the app's: one parse fewer on the way to the first frame, ~16 ms less on the history's.
    CSS_PATH = [
        "app.tcss",
        "screens/week.tcss",
        "screens/../widgets/week_board.tcss",
        "screens/history.tcss",
    ]
    BINDINGS = [
        Binding("question_mark,f1", "open_help", N_("Help"), key_display="?"),
        # Shown in help and the palette; the Footer keeps its room for the keys of the week.
        Binding("ctrl+q", "quit", N_("Quit"), show=False, priority=True),
        # Declared here (not left to Textual) so its Footer label is translated too.
        Binding("ctrl+p", "command_palette", N_("Commands"), show=False, priority=True),
    ]
    # BINDINGS descriptions are English N_() markers: weekplanner.tui.translate
    # translates them per screen and again after a language switch.
    COMMANDS = App.COMMANDS | {_palette_commands}

    def __init__(
        self,
        repo: Repository,
        *,
        clock: Clock | None = None,
        theme_name: str | None = None,
        read_only_reason: str | None = None,
        first_run: bool = False,
    ) -> None:
        super().__init__()
        self.stylesheet = keeping_parsed_rules(self.stylesheet)
        self.repo = repo
        self.clock: Clock = clock or SystemClock()
        self.requested_theme = theme_name
        self.read_only_reason = read_only_reason
        #: Show the welcome walk-through first (the launcher sets it for an empty data folder).
        self.first_run = first_run
        from weekplanner.paths import user_themes_dir
        from weekplanner.tui.themes import preselect_theme

        self._themes_loaded = preselect_theme(self, user_themes_dir(repo.folder),
                                              theme_name or repo.settings.theme)

    def get_default_screen(self) -> Screen:
        """The week screen is the app's first screen (after the walk-through on a first run).

        As the first screen it is composed, laid out and drawn with the app, in one frame.
        Pushed from ``on_mount`` instead, its first frame was drawn inside Textual's start-up
        batch and thrown away, and the screen appeared only after the next layout.
        """
        if self.first_run:
            return super().get_default_screen()
        from weekplanner.tui.screens.week import WeekScreen

        return WeekScreen()

    def on_mount(self) -> None:
        self.prepare_look_and_language()
        if self.first_run:
            from weekplanner.tui.startup import after_first_frame

            after_first_frame()  # the walk-through comes first: nothing to hurry
            from weekplanner.tui.screens.week import WeekScreen
            from weekplanner.tui.screens.welcome import WelcomeScreen

            self.push_screen(WelcomeScreen(), lambda _done: self.push_screen(WeekScreen()))
        else:
            from weekplanner.tui.review_prompt import maybe_prompt_review

            # After the first frame: the week shows first, the reminder slides in over it.
            self.call_after_refresh(maybe_prompt_review, self)
        if self.repo.settings_problem is not None:
            from weekplanner.tui.screens.damaged import DamagedFileScreen

            self.push_screen(DamagedFileScreen(self.repo.settings_problem))
        if self.read_only_reason:
            self.notify(self.read_only_reason, title=_("Read-only"), severity="warning", timeout=10)
        # A screen closed (or covered): what Textual kept of the widgets it drew goes with it.
        self.screen_change_signal.subscribe(self, lambda _screen: release_drawn_lines())
        from weekplanner.tui.live import WATCH_SECONDS, look_for_changes

        self.set_interval(WATCH_SECONDS, lambda: look_for_changes(self), name="look for changes")
        from weekplanner.tui.startup import WARM_UP_SECONDS

        self.set_timer(WARM_UP_SECONDS, self._warm_up_history, name="warm up history")

    def _warm_up_history(self) -> None:
        from weekplanner.tui.startup import import_history_screen

        self.run_worker(import_history_screen, thread=True, exclusive=True, group="warm-up")

    def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved; the screen on top did not reload (a form): say so if it matters."""
        from weekplanner.tui.live import edited_underneath

        edited_underneath(self, message)

    def notify(self, message: str, *, title: str = "", severity: "SeverityLevel" = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification (screens and widgets route theirs here) shows its text as text.

        Messages quote what was typed and what files hold (a client, a path, a problem),
        so they are never read as markup and never carry a terminal control.
        """
        from weekplanner.safe_text import terminal_safe

        super().notify(terminal_safe(message), title=terminal_safe(title), severity=severity, timeout=timeout,
                       markup=False)

    async def on_event(self, event: events.Event) -> None:
        """A paste holding terminal controls (copied from a terminal or a web page) arrives without them."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            from weekplanner.safe_text import has_control_characters, terminal_safe

            if has_control_characters(event.text):
                self.notify(_("Control characters (such as escape codes) were removed from the pasted text."),
                            severity="warning")
                event = events.Paste(terminal_safe(event.text))
        await super().on_event(event)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette entries, less those weekplanner has in its own words.

        "Theme", "Quit" and "Keys" would stand beside "Switch theme", "Quit" and
        "Help" (weekplanner.tui.commands); what is left is in the UI language.
        """
        own = {"Theme", "Quit", "Keys"}
        titles = {"Screenshot": (N_("Screenshot"), N_("Save an SVG picture of the current screen")),
                  "Maximize": (N_("Maximize"), N_("Maximize the focused widget")),
                  "Minimize": (N_("Minimize"), N_("Minimize the widget and restore to normal size"))}
        for command in super().get_system_commands(screen):
            if command.title in own:
                continue
            title, help_text = titles.get(command.title, (command.title, command.help))
            yield SystemCommand(_(title), _(help_text), command.callback, command.discover)

    def action_command_palette(self) -> None:
        """Textual's palette, its search prompt and "No matches found" in the UI language."""
        from textual.command import CommandPalette

        from weekplanner.tui.palette import WeekplannerCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(WeekplannerCommandPalette(id="--command-palette", placeholder=_("Search for commands…")))

    def action_help_quit(self) -> None:
        """ctrl+c (which copies text) says how to quit, in the UI language."""
        self.notify(_("Press {key} to quit the app.").format(key="ctrl+q"), title=_("Do you want to quit?"))

    # -- routes to the other screens (each imported on first use) ---------------
    def action_open_help(self) -> None:
        from weekplanner.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def show_if_damaged(self, week: Week, restored: Callable[[], None] | None = None) -> bool:
        """Open the damaged-file screen when ``week`` cannot be read (True), instead of a screen that needs it.

        ``restored`` runs once the file was put back from a backup.
        """
        _data, problem = self.repo.load_week_or_empty(week)
        if problem is None:
            return False
        from weekplanner.tui.screens.damaged import DamagedFileScreen

        self.push_screen(DamagedFileScreen(problem), lambda done: restored() if done and restored else None)
        return True

    def action_open_review(self, week: Week | None = None) -> None:
        from weekplanner.tui.screens.review import ReviewScreen

        week = week or self.repo.week(self.clock.today())
        if not self.show_if_damaged(week):
            self.push_screen(ReviewScreen(week))

    def action_open_history(self) -> None:
        from weekplanner.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def action_open_export(self, week: Week | None = None) -> None:
        from weekplanner.tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(week or self.repo.week(self.clock.today())))

    def action_open_settings(self) -> None:
        from weekplanner.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    # -- themes and language (weekplanner.tui.themes / weekplanner.tui.translate) --
    def refresh_css(self, animate: bool = True) -> None:
        """Textual re-parses every style sheet when the theme is set; before the first parse, skip it.

        The theme is chosen in ``__init__`` (so the first parse reads its colours), which makes
        Textual queue a full re-parse that would run just before that first parse anyway, in a
        fresh sheet whose parse cache is thrown away: ~5 ms of start-up for nothing. Setting the
        variables is all that is needed while nothing has been parsed.
        """
        if not stylesheet_parsed(self.stylesheet):
            self.stylesheet.set_variables(self.get_css_variables())
            return
        super().refresh_css(animate)

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        """Restyle ``node`` after a class change, unless it is not in the DOM yet (it is styled as it mounts).

        Textual's Input sets classes as it is built (its value's validity, ``compact``), and each change
        restyled the widget then and there, with its four component styles, before it had a parent,
        only for it to be styled again when mounted: two wasted passes per input, ≈ 60 for a form of
        thirty cells.
        """
        if node is not self and not node.is_attached:
            return
        super().update_styles(node, animate)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """``$wp-ahead`` … for themes that do not set them (Textual's built-ins)."""
        from weekplanner.tui.themes import wp_variable_defaults

        return wp_variable_defaults(self.current_theme)

    def prepare_look_and_language(self) -> None:
        """Register themes, apply --theme or the saved one, translate key descriptions."""
        from weekplanner.paths import user_themes_dir
        from weekplanner.tui.themes import install_themes, persist_theme_changes
        from weekplanner.tui.translate import follow_language

        started = install_themes(self, user_themes_dir(self.repo.folder), self.requested_theme or self.repo.settings.theme,
                                 getattr(self, "_themes_loaded", None))
        persist_theme_changes(self, self.repo, started)
        follow_language(self)

    async def apply_language(self, language: str) -> None:
        """Switch the UI language now (``en``, ``zh``, …), save it, redraw the open screens."""
        from weekplanner.tui.translate import switch_language

        await switch_language(self, language)

    async def action_toggle_language(self) -> None:
        from weekplanner.i18n import next_language

        await self.apply_language(next_language())
