"""The command palette (ctrl+p): every action of the screen it is opened from, by name, in the UI language.

The commands are the key bindings active on that screen (its own, the app's,
and the week screen's tick keys bound at run time), so the palette runs exactly
what the key would and lists a key the moment a screen gains it. A few actions
get a longer title than their Footer label (``t`` is "Target" in the Footer,
"Set the week's target" here); app-wide commands without a key (theme,
language, and the other screens from screens that do not bind them) follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from weekplanner.i18n import N_, _
from weekplanner.tui.translate import english_binding


@dataclass(frozen=True)
class PaletteCommand:
    """One palette entry: English title and help (translated at display), and what runs it.

    ``action`` runs on ``node`` (the screen or the app that binds it); ``key`` is shown in the help.
    """

    title: str
    help: str
    action: str
    node: Any = None
    key: str = ""
    title_field: str = ""


#: Palette titles and help by action name, where the Footer's short label would say too little.
PALETTE_TEXT: dict[str, tuple[str, str]] = {
    "log_details": (N_("Log with details…"), N_("Log an activity with client, note, outcome, amount or another day")),
    "undo": (N_("Undo"), N_("Take back the last change (also one made on the command line)")),
    "redo": (N_("Redo"), N_("Put back the change you last undid")),
    "set_target": (N_("Set the week's target"), N_("Set or change this week's target (revenue or a count)")),
    "accept_target": (N_("Accept the suggested target"),
                      N_("Make the target the empty target panel suggests this week's target")),
    "plan_quotas": (N_("Plan daily quotas"), N_("Plan how many calls, visits and emails for each workday")),
    "rebalance": (N_("Re-balance the rest of the week"), N_("Spread what is behind over the remaining workdays")),
    "review": (N_("Weekly review"), N_("Review the week: results, lessons learned, improvement plan")),
    "history": (N_("History"), N_("Past weeks: targets, results and trends")),
    "export": (N_("Export a summary"), N_("Write a manager summary of a week or a range of weeks")),
    "jump": (N_("Jump to week…"), N_("Go to a week by label (2026-W48), date or 'last week'")),
    "previous_week": (N_("Previous week"), N_("Show the week before")),
    "next_week": (N_("Next week"), N_("Show the week after")),
    "this_week": (N_("This week"), N_("Go back to the current week")),
    "previous_day": (N_("Log: previous day"), N_("Show the log of the day before")),
    "next_day": (N_("Log: next day"), N_("Show the log of the day after")),
    "entries": (N_("Edit the log"), N_("All entries of the day shown, to edit or delete")),
    "toggle_commitment": (N_("Mark a commitment kept / not kept"),
                          N_("Not marked → kept → not kept → not marked, for last week's commitments")),
    "toggle_original": (N_("Original plan"), N_("Show the plan as it was before any re-balance or edit")),
    "settings": (N_("Settings"), N_("Name, currency, week start, workdays, activity types, default quotas")),
    "open_help": (N_("Help"), N_("Keys for every screen")),
    "quit": (N_("Quit"), N_("Leave weekplanner (everything is already saved)")),
}
#: App-wide commands without a key, each left out where the screen binds its ``same_as`` action.
APP_COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    (N_("Switch theme"), N_("Pick a colour theme; the choice is saved"), "change_theme", ""),
    (N_("Switch language / 切换语言"), N_("Switch between English and Chinese (中文); the choice is saved"),
     "toggle_language", ""),
    (N_("Weekly review"), N_("Review the week: results, lessons learned, improvement plan"), "open_review", "review"),
    (N_("History"), N_("Past weeks: targets, results and trends"), "open_history", "history"),
    (N_("Export a summary"), N_("Write a manager summary of a week or a range of weeks"), "open_export", "export"),
    (N_("Settings"), N_("Name, currency, week start, workdays, activity types, default quotas"),
     "open_settings", "settings"),
)
#: Bindings the palette leaves out: opening itself.
_SKIPPED_ACTIONS = {"command_palette"}


def _own_actions(node: Any) -> set[str]:
    """Actions bound by weekplanner's own classes (not Textual's focus and copy keys, listed by Textual)."""
    from textual.binding import Binding

    actions: set[str] = set()
    for cls in type(node).__mro__:
        if cls.__module__.startswith("weekplanner."):
            actions.update(b.action for b in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))
    return actions


def _key_label(binding: Any, app: App) -> str:
    return binding.key_display or app.get_key_display(binding)


def screen_commands(screen: Screen, app: App) -> list[PaletteCommand]:
    """The palette's commands on ``screen``: its key bindings and the app's, then the app-wide extras."""
    commands: list[PaletteCommand] = []
    seen: set[str] = set()
    own = _own_actions(screen) | _own_actions(app)
    for active in screen.active_bindings.values():
        binding, node = active.binding, active.node
        if not isinstance(node, (Screen, App)) or binding.action in _SKIPPED_ACTIONS or binding.action in seen:
            continue
        if binding.action not in own and not binding.action.startswith("tick("):
            continue
        seen.add(binding.action)
        key = _key_label(binding, app)
        if binding.action.startswith("tick("):  # bound with the type's name in the UI language
            commands.append(PaletteCommand(N_("Log one: {type}"), N_("Tick off one {type} for today (key {key})"),
                                           binding.action, node, key, title_field=binding.description))
            continue
        name = english_binding(binding).description
        title, help_text = PALETTE_TEXT.get(binding.action, (name, ""))
        if title:
            commands.append(PaletteCommand(title, help_text, binding.action, node, key))
    for title, help_text, action, same_as in APP_COMMANDS:
        if same_as not in seen:
            commands.append(PaletteCommand(title, help_text, action, app))
    return commands


def command_title(command: PaletteCommand) -> str:
    return _(command.title).format(type=command.title_field)


def command_help(command: PaletteCommand) -> str:
    text = _(command.help).format(type=command.title_field, key=command.key) if command.help else ""
    if command.key and "{key}" not in command.help:
        text = f"{text} ({command.key})" if text else command.key
    return text


class WeekPlannerCommands(Provider):
    """Lists and runs the commands of the screen the palette was opened from."""

    def _commands(self) -> list[PaletteCommand]:
        return screen_commands(self.screen, self.app)

    async def _run(self, command: PaletteCommand) -> None:
        await self.app.run_action(command.action, command.node)

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
