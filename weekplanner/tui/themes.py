"""Colour themes: bundled and user TOML files, validated and registered with the app.

Themes are TOML rather than Python so a rep can copy one into
``<data folder>/themes/`` and tweak colours without touching code. Every file
is checked strictly (unknown keys, bad colours) because a silently ignored typo
would look like a bug in the app; a broken file is reported by name and skipped.

Screens colour pace and quotas with the app-specific variables
(``$wp-ahead`` …). Our themes set them; for Textual's built-in themes (and user
themes that leave them out) they are derived from the theme's own
success/warning/error/accent colours, so every theme works.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from textual.color import Color, ColorParseError
from textual.theme import BUILTIN_THEMES, Theme

from weekplanner.i18n import _

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from textual.app import App

DEFAULT_THEME = "weekplanner-dark"

#: App-specific colour variables every theme provides, and the Textual colour each falls back to.
WP_VARIABLES: dict[str, str] = {
    "wp-ahead": "success",
    "wp-on-track": "primary",
    "wp-behind": "warning",
    "wp-met": "success",
    "wp-missed": "error",
    "wp-today": "accent",
}

_COLOUR_KEYS = ("primary", "secondary", "accent", "warning", "error", "success",
                "foreground", "background", "surface", "panel", "boost")
_REQUIRED = ("name", "dark", "primary")
_ALLOWED = set(_COLOUR_KEYS) | {"name", "dark", "luminosity_spread", "text_alpha", "variables"}


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message says what is wrong."""


class ThemeProblem(NamedTuple):
    """A theme file that was skipped, and why."""

    source: str
    message: str

    def __str__(self) -> str:
        return _("Theme file {file}: {problem}").format(file=self.source, problem=self.message)


def _check_colour(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(_("'{key}' must be a colour in quotes, such as \"#4F9CF9\".").format(key=key))
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(
            _("'{key}' = \"{value}\" is not a colour; use #RRGGBB, rgb(…) or a colour name.").format(
                key=key, value=value)
        ) from None
    return value


def parse_theme(text: str) -> Theme:
    """A Theme from TOML text; raises ``ThemeFileError`` naming the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ThemeFileError(_("not valid TOML ({error}).").format(error=error)) from None
    unknown = sorted(set(data) - _ALLOWED)
    if unknown:
        raise ThemeFileError(_("unknown key '{key}'; allowed keys: {allowed}.").format(
            key=unknown[0], allowed=", ".join(sorted(_ALLOWED))))
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise ThemeFileError(_("'{key}' is missing.").format(key=missing[0]))
    name = data["name"]
    if not isinstance(name, str) or not name.strip() or any(c.isspace() for c in name):
        raise ThemeFileError(_("'name' must be one word, such as \"my-theme\"."))
    if not isinstance(data["dark"], bool):
        raise ThemeFileError(_("'dark' must be true or false."))
    colours = {key: _check_colour(key, data[key]) for key in _COLOUR_KEYS if key in data}
    numbers: dict[str, float] = {}
    for key in ("luminosity_spread", "text_alpha"):
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ThemeFileError(_("'{key}' must be a number from 0 to 1.").format(key=key))
            numbers[key] = float(value)
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeFileError(_("'variables' must be a table ([variables])."))
    checked: dict[str, str] = {}
    for key, value in variables.items():
        if key.startswith("wp-"):
            if key not in WP_VARIABLES:
                raise ThemeFileError(_("unknown variable '{key}'; weekplanner's variables are: {allowed}.").format(
                    key=key, allowed=", ".join(WP_VARIABLES)))
            checked[key] = _check_colour(key, value)
        elif isinstance(value, str):
            checked[key] = value
        else:
            raise ThemeFileError(_("variable '{key}' must be text in quotes.").format(key=key))
    return Theme(name=name, dark=data["dark"], variables=checked, **colours, **numbers)


def bundled_theme_files() -> list[Path | Traversable]:
    """The TOML files shipped in the ``weekplanner.themes`` package (works from a wheel and a zip).

    An installed package is a folder, read directly; ``importlib.resources`` (which brings
    ``zipfile`` along, ~2.4 ms of every start-up) is needed only when it is not (a zipped install).
    """
    import weekplanner.themes as package

    locations = list(package.__spec__.submodule_search_locations or [])
    if len(locations) == 1 and Path(locations[0]).is_dir():
        folder: Path | Traversable = Path(locations[0])
    else:
        from importlib import resources

        folder = resources.files(package)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def load_themes(user_dir: Path | None = None) -> tuple[list[Theme], list[ThemeProblem]]:
    """Bundled themes, then the rep's own (which may replace a bundled one by name)."""
    themes: list[Theme] = []
    problems: list[ThemeProblem] = []
    sources: list[tuple[str, Any]] = [(f.name, f) for f in bundled_theme_files()]
    if user_dir is not None and user_dir.is_dir():
        sources += [(str(path), path) for path in sorted(user_dir.glob("*.toml"))]
    for label, source in sources:
        try:
            themes.append(parse_theme(source.read_text(encoding="utf-8")))
        except (ThemeFileError, OSError, UnicodeDecodeError) as error:
            problems.append(ThemeProblem(label, str(error)))
    return themes, problems


def theme_names(themes: Iterable[Theme]) -> list[str]:
    """Every theme name the app offers: ours first, then Textual's built-ins."""
    ours = [t.name for t in themes]
    return ours + sorted(n for n in BUILTIN_THEMES if n not in ours)


def wp_variable_defaults(theme: Theme) -> dict[str, str]:
    """The ``wp-*`` variables derived from a theme's own colours (for themes that omit them).

    A theme that sets all of them (ours do) needs no derived ones: generating a theme's colour
    system costs about a millisecond, and Textual already does it once at start-up.
    """
    if all(name in theme.variables for name in WP_VARIABLES):
        return {}
    generated = theme.to_color_system().generate()
    return {name: generated[source] for name, source in WP_VARIABLES.items()}


def unknown_theme_problem(name: str, user_dir: Path | None) -> str | None:
    """For ``--theme NAME``: None if the theme exists, else a message listing the available names."""
    themes, _problems = load_themes(user_dir)
    names = theme_names(themes)
    if name in names:
        return None
    return _("There is no theme '{name}'. Available themes: {names}.").format(name=name, names=", ".join(names))


def preselect_theme(app: "App[Any]", user_dir: Path | None, wanted: str | None) -> tuple[list[Theme], list[ThemeProblem]]:
    """Register the themes and switch to ``wanted`` before the app runs, silently; returns what was loaded.

    With the theme in place before the styles are first parsed, :func:`install_themes` (given the
    loaded themes) changes nothing, so start-up parses every style sheet once less.
    """
    loaded = load_themes(user_dir)
    for theme in loaded[0]:
        app.register_theme(theme)
    if wanted and wanted in app.available_themes:
        app.theme = wanted
    elif DEFAULT_THEME in app.available_themes:
        app.theme = DEFAULT_THEME
    return loaded


def install_themes(app: "App[Any]", user_dir: Path | None, wanted: str | None,
                   loaded: tuple[list[Theme], list[ThemeProblem]] | None = None) -> str:
    """Register all themes on ``app``, report broken files, switch to ``wanted`` (else the default).

    ``loaded`` is what :func:`preselect_theme` read, to not read the files twice.
    Returns the name of the theme in use.
    """
    themes, problems = loaded or load_themes(user_dir)
    for theme in themes:
        app.register_theme(theme)
    for problem in problems:
        app.notify(str(problem), title=_("Theme not loaded"), severity="error", timeout=12)
    name = wanted or DEFAULT_THEME
    if name not in app.available_themes:
        app.notify(
            _("Theme '{name}' is not available; using {default}.").format(name=name, default=DEFAULT_THEME),
            severity="warning",
        )
        name = DEFAULT_THEME
    app.theme = name
    return name


def persist_theme_changes(app: "App[Any]", repo: Any, started_with: str) -> None:
    """Save the theme to settings whenever the rep picks another one (palette, settings).

    The switch to ``started_with`` at start-up is not a choice (it may come from
    ``--theme`` for one session), so it is not saved.
    """
    skip_start = [True]

    def on_theme_changed(theme: Theme) -> None:
        if skip_start[0]:
            skip_start[0] = False
            if theme.name == started_with:
                return
        if repo.read_only or repo.settings.theme == theme.name:
            return
        repo.save_settings(repo.settings.with_changes(theme=theme.name))

    app.theme_changed_signal.subscribe(app, on_theme_changed)
