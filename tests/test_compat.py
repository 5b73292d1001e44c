"""Each reach into another library's internals (weekplanner.compat) still does what it relies on.

When Textual or argparse change under one of them, its test here fails first, naming the touch.
"""

from __future__ import annotations

import argparse
import inspect

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from weekplanner.compat import argparse_api, textual_api


# -- Textual ---------------------------------------------------------------------------------
class _Keys(Screen[None]):
    BINDINGS = [Binding("a", "first", "First")]

    def compose(self) -> ComposeResult:
        yield Footer()


class _KeysApp(App[None]):
    def get_default_screen(self) -> Screen:
        return _Keys()


async def test_a_binding_table_edit_and_a_bound_key_reach_the_active_bindings():
    app = _KeysApp()
    async with app.run_test() as pilot:
        screen = app.screen
        table = textual_api.binding_table(screen)
        assert [b.description for b in table["a"]] == ["First"]
        table["a"] = [Binding("a", "first", "Erste")]
        textual_api.bind_key(screen, "z", "last", "Last")
        screen.refresh_bindings()
        await pilot.pause()
        active = screen.active_bindings
        assert active["a"].binding.description == "Erste"
        assert active["z"].binding.action == "last" and active["z"].binding.description == "Last"


async def test_a_stylesheet_reads_as_unparsed_until_the_app_parses_it():
    app = _KeysApp()
    assert textual_api.stylesheet_parsed(app.stylesheet) is False
    async with app.run_test():
        assert textual_api.stylesheet_parsed(app.stylesheet) is True


def test_a_kept_stylesheet_parses_a_sheet_once_per_set_of_colours(monkeypatch):
    from textual.css.stylesheet import Stylesheet, StylesheetParseError

    parsed: list[str] = []
    textuals = Stylesheet._parse_rules

    def counting(self, css, *args, **kwargs):
        parsed.append(css)
        return textuals(self, css, *args, **kwargs)

    monkeypatch.setattr(Stylesheet, "_parse_rules", counting)
    monkeypatch.setattr(textual_api.RulesKeepingStylesheet, "_parsed", type(textual_api.RulesKeepingStylesheet._parsed)(64))
    light = {"accent": "#ffffff"}
    sheet = textual_api.keeping_parsed_rules(Stylesheet(variables=light))
    sheet.add_source("Static { color: $accent; }", read_from=("app.tcss", ""))
    sheet.parse()
    sheet.add_source("Input { color: red; }", read_from=("form.tcss", ""))
    sheet.reparse()  # what Textual does when a screen brings a sheet of its own
    assert parsed == ["Static { color: $accent; }", "Input { color: red; }"]
    assert len(sheet.rules) == 2
    other = textual_api.keeping_parsed_rules(Stylesheet(variables=light))  # a second app, same colours
    other.add_source("Static { color: $accent; }", read_from=("app.tcss", ""))
    other.parse()
    assert len(parsed) == 2 and other.rules[0].styles.color == sheet.rules[0].styles.color
    sheet.set_variables({"accent": "#000000"})  # another theme: parsed again, with its colours
    sheet.reparse()
    assert len(parsed) == 4 and sheet.rules[0].styles.color != other.rules[0].styles.color
    rules = list(sheet.rules)
    sheet.add_source("Static { color: ; }", read_from=("broken.tcss", ""))
    try:
        sheet.reparse()
    except StylesheetParseError:
        pass
    else:
        raise AssertionError("a broken sheet parsed")
    assert [id(rule) for rule in sheet.rules] == [id(rule) for rule in rules]  # as it was, as with Textual's reparse


def test_parsed_sheets_go_through_bytes_and_are_taken_instead_of_parsing(monkeypatch):
    import pytest
    from textual.cache import LRUCache
    from textual.css.stylesheet import Stylesheet

    kept = textual_api.RulesKeepingStylesheet
    monkeypatch.setattr(kept, "_parsed", LRUCache(64))
    monkeypatch.setattr(kept, "_kept", {})
    monkeypatch.setattr(kept, "parse_count", 0)
    source = "Static { color: $accent; padding: 1 2; border: round $accent; } #x > .y:hover { width: 1fr; }"

    def parsed(colours: dict[str, str]) -> Stylesheet:
        sheet = textual_api.keeping_parsed_rules(Stylesheet(variables=colours))
        sheet.add_source(source, read_from=("app.tcss", ""))
        sheet.parse()
        return sheet

    first = parsed({"accent": "#ff0000"})
    data = textual_api.dump_parsed_sheets()
    assert data is not None and kept.parse_count == 1
    monkeypatch.setattr(kept, "_parsed", LRUCache(64))  # as in the next process
    assert textual_api.keep_parsed_sheets(data) == 1
    again = parsed({"accent": "#ff0000"})
    assert kept.parse_count == 1  # taken, not parsed
    assert [rule.css for rule in again.rules] == [rule.css for rule in first.rules]
    assert again.rules[0].styles.color == first.rules[0].styles.color
    parsed({"accent": "#0000ff"})  # other colours are parsed
    assert kept.parse_count == 2
    for damaged in (data[: len(data) // 2], b"", b"\x80\x05K\x01."):
        with pytest.raises(ValueError):
            textual_api.keep_parsed_sheets(damaged)
    monkeypatch.setattr(textual_api, "_textual_stamp", lambda: None)  # no way to tell Textuals apart
    assert textual_api.dump_parsed_sheets() is None
    with pytest.raises(ValueError):
        textual_api.keep_parsed_sheets(data)


class _Drawn(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("drawn once", id="drawn")


async def test_drawn_lines_of_a_closed_screen_are_let_go():
    """Textual's cache keeps a closed screen's style caches (and the strips they drew) until released."""
    import gc
    import weakref

    from textual._styles_cache import StylesCache

    app = _KeysApp()
    async with app.run_test() as pilot:
        await app.push_screen(_Drawn())
        await pilot.pause()
        drawn = weakref.ref(app.screen.query_one("#drawn")._styles_cache)
        await app.pop_screen()
        await pilot.pause()
        gc.collect()
        assert drawn() is not None  # the screen is gone, its drawing is still kept
        textual_api.release_drawn_lines()
        gc.collect()
        assert drawn() is None and StylesCache.get_inner_outer.cache_info().currsize == 0


async def test_the_footer_composes_its_keys_only_once_marked_ready():
    footer = Footer()
    assert textual_api.footer_bindings_ready(footer) is False
    textual_api.mark_footer_bindings_ready(footer)
    assert textual_api.footer_bindings_ready(footer) is True
    app = _KeysApp()
    async with app.run_test() as pilot:
        shown = app.screen.query_one(Footer)
        for _ in range(150):
            await pilot.pause(0.02)
            if any("First" in str(child.render()) for child in shown.children):
                break
        assert textual_api.footer_bindings_ready(shown) is True
        assert any("First" in str(child.render()) for child in shown.children)


#: Textual 8.2's ``CommandPalette._start_no_matches_countdown``, which TranslatableCommandPalette copies
#: with its literal replaced: a new Textual that changed it needs the copy looked at again.
NO_MATCHES_SOURCE_SHA256 = "0bc07d1794718e89d73d75d9d5cff5123c4dde7ffc68e68ffe0b6bf133ae53f2"


def test_the_palette_method_copied_is_still_textuals_own():
    import hashlib
    import inspect

    from textual.command import CommandPalette

    source = inspect.getsource(CommandPalette._start_no_matches_countdown)
    assert '"No matches found"' in source
    assert hashlib.sha256(source.encode()).hexdigest() == NO_MATCHES_SOURCE_SHA256


class _PaletteApp(App[None]):
    def action_command_palette(self) -> None:
        class Answering(textual_api.TranslatableCommandPalette):
            def no_matches_text(self) -> str:
                return "nothing here"

        self.push_screen(Answering())


async def test_the_palette_says_no_match_in_the_words_given():
    from textual.widgets import OptionList

    app = _PaletteApp()
    async with app.run_test() as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one("#--input Input").value = "zzzqqq"
        results = app.screen.query_one(OptionList)

        def shown() -> list[str]:
            prompts = (results.get_option_at_index(i).prompt for i in range(results.option_count))
            return [str(getattr(prompt, "renderable", prompt)).strip() for prompt in prompts]

        for _ in range(150):
            await pilot.pause(0.02)
            if shown() == ["nothing here"]:
                break
        assert shown() == ["nothing here"]


# -- argparse --------------------------------------------------------------------------------
def test_subparsers_is_what_add_subparsers_returns():
    assert isinstance(argparse.ArgumentParser().add_subparsers(), argparse_api.SubParsers)


def test_the_formatter_hooks_shape_help_and_usage():
    class Shouting(argparse_api.HelpFormatterHooks):
        def wrap_lines(self, text: str, width: int) -> list[str]:
            return [text.upper()]

        def fill_paragraphs(self, text: str, width: int, indent: str) -> str:
            return indent + "<" + text + ">"

        def usage_prefix(self) -> str:
            return "USE: "

        def usage_order(self, actions: list[argparse.Action]) -> list[argparse.Action]:
            return sorted(actions, key=lambda action: action.dest != "zeta")

    parser = argparse.ArgumentParser(prog="p", description="about", formatter_class=Shouting)
    parser.add_argument("--alpha", help="first option")
    parser.add_argument("--zeta", help="last option")
    text = parser.format_help()
    assert text.startswith("USE: p [--zeta ZETA] [-h] [--alpha ALPHA]")
    assert "<about>" in text and "FIRST OPTION" in text
    assert parser.format_usage().startswith("USE: p [--zeta ZETA]")


def test_the_default_groups_take_the_titles_given():
    parser = argparse.ArgumentParser(prog="p")
    parser.add_argument("name")
    argparse_api.title_default_groups(parser, "ARGS", "OPTS")
    text = parser.format_help()
    assert "\nARGS:\n  name" in text and "\nOPTS:\n  -h, --help" in text


def test_footer_widgets_are_the_ones_textuals_footer_yields():
    assert inspect.getmodule(Footer) is inspect.getmodule(textual_api.FooterKey)
    parameters = list(inspect.signature(textual_api.FooterKey.__init__).parameters)
    assert parameters[:6] == ["self", "key", "key_display", "description", "action", "disabled"]
    assert {"tooltip", "classes"} <= set(parameters)
    key = textual_api.FooterKey("c", "c", "Calls", "tick('call')", tooltip="Log one call")
    assert (key.key, key.key_display, key.description, key.action) == ("c", "c", "Calls", "tick('call')")
    assert hasattr(textual_api.FooterKey, "compact")  # data-bound to the Footer's compact style
    assert issubclass(textual_api.FooterLabel, __import__("textual.widgets", fromlist=["Label"]).Label)
    assert textual_api.KeyGroup.__name__ == "KeyGroup" and "-compact" in Footer.DEFAULT_CSS
