"""Themes: bundled TOML files validate, broken files are reported, the choice is saved."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from weekplanner.paths import user_themes_dir
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.themes import (
    DEFAULT_THEME, WP_VARIABLES, ThemeFileError, load_themes, parse_theme, unknown_theme_problem,
    wp_variable_defaults,
)

OURS = {"weekplanner-dark", "weekplanner-light", "weekplanner-office", "weekplanner-contrast"}
GOOD = 'name = "mine"\ndark = true\nprimary = "#336699"\n'


def test_bundled_themes_load_with_all_app_variables():
    themes, problems = load_themes()
    assert problems == []
    by_name = {t.name: t for t in themes}
    assert OURS <= set(by_name)
    assert by_name["weekplanner-light"].dark is False
    for theme in themes:
        assert set(WP_VARIABLES) <= set(theme.variables), theme.name
        for name in WP_VARIABLES:
            Color.parse(theme.variables[name])


@pytest.mark.parametrize("text, problem", [
    (GOOD + "shiny = true\n", "unknown key 'shiny'"),
    ('name = "x"\ndark = true\n', "'primary' is missing"),
    (GOOD.replace("#336699", "#33669"), "'primary' = \"#33669\" is not a colour"),
    (GOOD + "[variables]\nwp-ahed = \"#00ff00\"\n", "unknown variable 'wp-ahed'"),
    (GOOD + "[variables]\nwp-ahead = \"greenish\"\n", "'wp-ahead' = \"greenish\" is not a colour"),
    ('name = "x"\ndark = "yes"\nprimary = "#336699"\n', "'dark' must be true or false"),
    ("name = ", "not valid TOML"),
])
def test_invalid_theme_text_says_what_is_wrong(text, problem):
    with pytest.raises(ThemeFileError, match=problem.replace("(", r"\(").replace("[", r"\[")):
        parse_theme(text)


def test_built_in_themes_get_the_app_variables_from_their_own_colours():
    nord = wp_variable_defaults(BUILTIN_THEMES["nord"])
    generated = BUILTIN_THEMES["nord"].to_color_system().generate()
    assert nord["wp-ahead"] == generated["success"]
    assert nord["wp-missed"] == generated["error"]


def test_a_theme_that_sets_every_app_variable_derives_none():
    every = "\n".join(f'{name} = "#112233"' for name in WP_VARIABLES)
    assert wp_variable_defaults(parse_theme(GOOD + "[variables]\n" + every)) == {}
    partial = wp_variable_defaults(parse_theme(GOOD + '[variables]\nwp-ahead = "#112233"\n'))
    assert set(partial) == set(WP_VARIABLES)  # derived ones for the rest; the theme's own value wins in the app


def test_unknown_theme_name_lists_the_available_ones(tmp_path):
    assert unknown_theme_problem("weekplanner-office", tmp_path) is None
    assert unknown_theme_problem("nord", tmp_path) is None
    message = unknown_theme_problem("purple", tmp_path)
    assert "purple" in message and "weekplanner-dark" in message and "nord" in message


async def test_default_theme_and_app_variables_in_css(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == DEFAULT_THEME
        assert app.get_css_variables()["wp-ahead"] == "#3FB950"
        app.theme = "nord"
        await pilot.pause()
        assert app.get_css_variables()["wp-ahead"] == BUILTIN_THEMES["nord"].to_color_system().generate()["success"]


async def test_broken_user_theme_is_reported_and_the_default_used(repo, clock, data_dir):
    folder = user_themes_dir(data_dir)
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(GOOD.replace('name = "mine"', 'name = "broken"') + "glow = 3\n")
    (folder / "mine.toml").write_text(GOOD)
    repo.save_settings(repo.settings.with_changes(theme="broken"))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("broken.toml" in m and "unknown key 'glow'" in m for m in messages), messages
        assert app.theme == DEFAULT_THEME
        assert "mine" in app.available_themes


async def test_theme_choice_is_saved_but_cli_theme_is_not(repo, clock):
    app = WeekPlannerApp(repo, clock=clock, theme_name="weekplanner-contrast")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "weekplanner-contrast"
        assert repo.settings.theme == DEFAULT_THEME
        app.theme = "weekplanner-office"
        await pilot.pause()
        assert repo.settings.theme == "weekplanner-office"


async def test_saved_theme_is_used_at_start(repo, clock):
    repo.save_settings(repo.settings.with_changes(theme="weekplanner-light"))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "weekplanner-light"
        assert app.current_theme.dark is False


async def test_a_theme_switch_recolours_the_week_board(repo, clock):
    from week_support import seed_week

    from weekplanner.tui.widgets.week_board import WeekBoard

    seed_week(repo)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        board = app.screen.query_one(WeekBoard)

        def hint_colour() -> str:  # the re-balance hint: $warning, through a component class
            strips = board.render_lines(board.region.reset_offset)
            return str(next(segment.style.color for strip in strips for segment in strip
                            if "re-balance" in segment.text))

        dark = hint_colour()
        app.theme = "weekplanner-light"
        await pilot.pause()
        assert hint_colour() != dark


def test_the_bundled_theme_files_are_those_importlib_resources_finds():
    from importlib import resources

    from weekplanner.tui.themes import bundled_theme_files

    found = sorted(f.name for f in resources.files("weekplanner.themes").iterdir() if f.name.endswith(".toml"))
    assert [f.name for f in bundled_theme_files()] == found
    assert len(found) >= 4
