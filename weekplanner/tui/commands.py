"""The command palette (ctrl+p): every action of the app, by name, in the UI language.

Commands that belong to a screen are dispatched through that screen's key
bindings (looked up by key), so the palette runs exactly what the key would and
never drifts from the screens' action names. App-wide commands (theme,
language, settings, help, review, history, export) call the app directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from weekplanner.i18n import N_, _


@dataclass(frozen=True)
class PaletteCommand:
    """One palette entry: English title and help (translated at display), and what it does.

    ``key`` is the week screen's key for it; ``app_action`` the app action to run
    when the current screen has no such key (or for app-wide commands).
    """

    title: str
    help: str
    key: str = ""
    app_action: str = ""
    title_field: str = ""


#: Everything a rep can do, in the order the palette lists it.
COMMANDS: tuple[PaletteCommand, ...] = (
    PaletteCommand(N_("Log with details…"), N_("Log an activity with client, note, outcome, amount or another day"), "l"),
    PaletteCommand(N_("Undo"), N_("Take back the last change (also one made on the command line)"), "ctrl+z"),
    PaletteCommand(N_("Redo"), N_("Put back the change you last undid"), "ctrl+y"),
    PaletteCommand(N_("Set the week's target"), N_("Set or change this week's target (revenue or a count)"), "t"),
    PaletteCommand(N_("Plan daily quotas"), N_("Plan how many calls, visits and emails for each workday"), "p"),
    PaletteCommand(N_("Re-balance the rest of the week"), N_("Spread what is behind over the remaining workdays"), "b"),
    PaletteCommand(N_("Weekly review"), N_("Review the week: results, lessons learned, improvement plan"), "r", "open_review"),
    PaletteCommand(N_("History"), N_("Past weeks: targets, results and trends"), "h", "open_history"),
    PaletteCommand(N_("Export a summary"), N_("Write a manager summary of a week or a range of weeks"), "x", "open_export"),
    PaletteCommand(N_("Jump to week…"), N_("Go to a week by label (2026-W48), date or 'last week'"), "g"),
    PaletteCommand(N_("Previous week"), N_("Show the week before"), "left_square_bracket"),
    PaletteCommand(N_("Next week"), N_("Show the week after"), "right_square_bracket"),
    PaletteCommand(N_("This week"), N_("Go back to the current week"), "home"),
    PaletteCommand(N_("Switch theme"), N_("Pick a colour theme; the choice is saved"), app_action="change_theme"),
    PaletteCommand(N_("Switch language / 切换语言"), N_("Switch between English and Chinese (中文); the choice is saved"),
                   app_action="toggle_language"),
    PaletteCommand(N_("Settings"), N_("Name, currency, week start, workdays, activity types, default quotas"),
                   "s", "open_settings"),
    PaletteCommand(N_("Help"), N_("Keys for every screen"), app_action="open_help"),
)


def _log_commands(app: Any) -> list[PaletteCommand]:
    """One "Log …" command per visible activity type, custom types included."""
    settings = app.repo.settings
    commands = []
    for activity_type in settings.visible_types():
        if not activity_type.hotkey:
            continue
        commands.append(PaletteCommand(
            N_("Log one: {type}"), N_("Tick off one {type} for today (key {key})"),
            activity_type.hotkey, title_field=activity_type.display_name,
        ))
    return commands


def command_title(command: PaletteCommand) -> str:
    return _(command.title).format(type=command.title_field)


def command_help(command: PaletteCommand) -> str:
    return _(command.help).format(type=command.title_field, key=command.key)


class WeekPlannerCommands(Provider):
    """Lists and runs every weekplanner command in the palette."""

    def _commands(self) -> list[PaletteCommand]:
        return _log_commands(self.app) + list(COMMANDS)

    async def _run(self, command: PaletteCommand) -> None:
        screen = self.screen
        if command.key:
            active = screen.active_bindings.get(command.key)
            if active is not None and active.enabled:
                await self.app.run_action(active.binding.action, active.node)
                return
        if command.app_action:
            await self.app.run_action(command.app_action)
            return
        self.app.notify(_("'{command}' is available on the week screen.").format(command=command_title(command)),
                        severity="warning")

    def _callback(self, command: PaletteCommand) -> Callable[[], Any]:
        return partial(self._run, command)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command_title(command), self._callback(command), help=command_help(command))

    async def search(self, query: str) -> Hits:
        """Match the title in the UI language, or its English original (so English works in Chinese too)."""
        matcher = self.matcher(query)
        for command in self._commands():
            title = command_title(command)
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._callback(command), help=command_help(command))
                continue
            english = command.title.format(type=command.title_field)
            score = matcher.match(english)
            if score > 0:
                yield Hit(score * 0.9, title, self._callback(command), text=title, help=command_help(command))
