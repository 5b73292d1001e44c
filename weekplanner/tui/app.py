"""The Textual application: holds the repository and the clock, routes to screens.

Screens render and dispatch; every change goes through ``self.repo`` (the
storage layer), every number comes from the domain core. Screens are imported
when first opened so start-up loads only the week screen.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from weekplanner.domain.clock import Clock, SystemClock
from weekplanner.domain.week import Week
from weekplanner.i18n import _
from weekplanner.storage.repository import Repository


class WeekPlannerApp(App[None]):
    """weekplanner's TUI."""

    TITLE = "weekplanner"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("question_mark,f1", "open_help", _("Help"), key_display="?"),
        Binding("ctrl+q", "quit", _("Quit"), priority=True),
    ]

    def __init__(
        self,
        repo: Repository,
        *,
        clock: Clock | None = None,
        theme_name: str | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__()
        self.repo = repo
        self.clock: Clock = clock or SystemClock()
        self.requested_theme = theme_name
        self.read_only_reason = read_only_reason

    def on_mount(self) -> None:
        from weekplanner.tui.screens.week import WeekScreen

        self.push_screen(WeekScreen())
        if self.read_only_reason:
            self.notify(self.read_only_reason, title=_("Read-only"), severity="warning", timeout=10)

    # -- routes to the other screens (each imported on first use) ---------------
    def action_open_help(self) -> None:
        from weekplanner.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_open_review(self, week: Week | None = None) -> None:
        from weekplanner.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(week or self.repo.week(self.clock.today())))

    def action_open_history(self) -> None:
        from weekplanner.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def action_open_export(self, week: Week | None = None) -> None:
        from weekplanner.tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(week or self.repo.week(self.clock.today())))

    def action_open_settings(self) -> None:
        from weekplanner.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())
