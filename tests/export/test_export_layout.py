"""The export screen at 80×24 and 120×40: the preview stays readable, the format reads without colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import RadioButton

import weekplanner.tui.app
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.export import ExportScreen

from export_samples import W48
from footer_helpers import footer_keys


class ExportOnly(WeekPlannerApp):
    CSS_PATH = Path(weekplanner.tui.app.__file__).with_name("app.tcss")

    def on_mount(self, event) -> None:
        event.prevent_default()
        self.push_screen(ExportScreen(W48))


def drawn(widget) -> str:
    return "".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_preview_stacks_under_the_form_when_narrow(sample_repo, clock, language, size):
    set_language(language)
    app = ExportOnly(sample_repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        controls, preview = app.screen.query_one("#export-controls"), app.screen.query_one("#export-preview")
        body = app.screen.query_one("#export-body")
        if size[0] < 110:
            assert preview.region.x == controls.region.x and preview.region.width == body.scrollable_content_region.width
            assert preview.virtual_region.y >= controls.virtual_region.bottom  # under the form, not beside it
            header = next(line for line in app.screen.text.splitlines() if line.startswith("|"))
            days = [cell.strip() for cell in header.strip("|").split("|") if cell.strip()]
            markdown = app.screen.query_one("#preview-md")
            drawn_lines = [strip.text for strip in markdown.render_lines(Region(0, 0, *markdown.size))]
            assert any(line.split() == " ".join(days).split() for line in drawn_lines), (days, drawn_lines)
            # the day columns and the total have room, on one line
            body.scroll_end(animate=False)
            await pilot.pause()
            assert preview.region.y < app.screen.region.bottom - 1  # scrolled into view
        else:
            assert preview.region.x >= controls.region.right and preview.region.width >= 70
        assert controls.region.right <= size[0]


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_export_format_marks_only_the_chosen_one_without_colour(sample_repo, clock, language,
                                                                          monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    set_language(language)
    app = ExportOnly(sample_repo, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        marks = {button.name: drawn(button) for button in app.screen.query(RadioButton)}
        assert "▐●▌" in marks["md"] and all("●" not in text for name, text in marks.items() if name != "md")
        await pilot.press("2")
        await pilot.pause()
        marks = {button.name: drawn(button) for button in app.screen.query(RadioButton)}
        assert "▐●▌" in marks["csv"] and "●" not in marks["md"] and "▐ ▌" in marks["md"]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_export_footer_keeps_save_send_back_and_help(sample_repo, clock, language, size):
    set_language(language)
    app = ExportOnly(sample_repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown, palette = footer_keys(app)
        assert palette is not None
        assert [k.key_display for k in shown][-5:] == ["c", "s", "p", "esc", "?"]
        assert all(k.region.right <= palette.region.x for k in shown) and palette.region.right <= size[0]
        if size[0] >= 120:
            assert [k.key_display for k in shown][:6] == ["1", "2", "3", "4", "5", "6"]
