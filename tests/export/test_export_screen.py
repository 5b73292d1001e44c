"""The export screen: switch format, preview, save to a file, copy, pick a range."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, Static

import weekplanner.tui.app
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.export import ExportScreen
from weekplanner.tui.widgets.field import Field

from export_samples import W48


class ExportHarness(WeekPlannerApp):
    """The app with only the export screen, so it is tested on its own."""

    CSS_PATH = Path(weekplanner.tui.app.__file__).with_name("app.tcss")

    def on_mount(self, event) -> None:
        event.prevent_default()  # not the week screen the app opens normally
        self.push_screen(ExportScreen(W48))


async def test_switch_format_and_save(sample_repo, clock, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert screen.fmt == "md"
        assert screen.query_one("#preview-md", Markdown).display
        assert screen.query_one("#export-path", Field).text == str(tmp_path / "weekplanner-2026-W48.md")
        await pilot.press("2")
        await pilot.pause()
        assert screen.fmt == "csv"
        assert not screen.query_one("#preview-md", Markdown).display
        assert "2026-W48,2026-11-23,Mon,10,10" in screen.text
        # The default path follows the format.
        assert screen.query_one("#export-path", Field).text == str(tmp_path / "weekplanner-2026-W48.csv")
        await pilot.press("s")
        await pilot.pause()
        saved = tmp_path / "weekplanner-2026-W48.csv"
        assert saved.read_bytes().startswith(b"\xef\xbb\xbf")
        assert saved.read_bytes().decode("utf-8-sig") == screen.text
        shown = str(screen.query_one("#export-saved", Static).render())
        assert str(saved) in shown


async def test_save_error_is_inline_and_path_kept(sample_repo, clock, tmp_path):
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        field = screen.query_one("#export-path", Field)
        bad = str(tmp_path / "no-such-folder" / "x.md")
        field.text = bad
        await pilot.press("4")
        await pilot.pause()
        assert field.text == bad  # a typed path is not replaced by the new default
        await pilot.press("s")
        await pilot.pause()
        assert "no-such-folder" in field.error
        assert field.text == bad


async def test_copy_and_range(sample_repo, clock, tmp_path):
    app = ExportHarness(sample_repo, clock=clock)
    copied = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("c")
        assert copied and copied[0].startswith("{") and '"schema": "weekplanner.summary/1"' in copied[0]
        field = screen.query_one("#export-range", Field)
        field.input.focus()
        await pilot.press(*"2026-W48..2026-W45", "enter")
        await pilot.pause()
        assert "ends (2026-W45) before it starts" in field.error
        field.text = "2026-W45..2026-W48"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.report.is_range and len(screen.report.weeks) == 4
        assert '"weeks": 4' in screen.text


async def test_out_of_range_and_damaged_weeks_are_field_errors_not_a_crash(sample_repo, clock):
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        field = screen.query_one("#export-range", Field)
        for text in ("9999-12", "0001-01", "0000-01"):
            field.input.focus()
            field.text = text
            await pilot.press("enter")
            await pilot.pause()
            assert "1900" in field.error and field.text == text
        (sample_repo.folder / "weeks" / "2026" / "2026-W46.json").write_bytes(b"{")
        field.text = "2026-W45..2026-W48"
        await pilot.press("enter")
        await pilot.pause()
        assert "2026-W46.json" in field.error
        assert app.screen is screen


async def test_saving_over_an_existing_file_asks_first(sample_repo, clock, tmp_path):
    from weekplanner.tui.screens.confirm import ConfirmScreen

    target = tmp_path / "mine.md"
    target.write_text("my notes")
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.query_one("#export-path", Field).text = str(target)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "my notes"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text().startswith("# ")
