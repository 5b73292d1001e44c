"""The export screen: switch format, preview, save to a file, copy, pick a range."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widgets import Static

import weekplanner.tui.app
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.export import ExportScreen
from weekplanner.tui.widgets.field import Field
from weekplanner.tui.widgets.markdown_preview import MarkdownPreview

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
        assert screen.query_one("#preview-md", MarkdownPreview).display
        assert screen.query_one("#export-path", Field).text == str(tmp_path / "weekplanner-2026-W48.md")
        await pilot.press("2")
        await pilot.pause()
        assert screen.fmt == "csv"
        assert not screen.query_one("#preview-md", MarkdownPreview).display
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


async def test_weeks_typed_without_enter_are_what_is_saved(sample_repo, clock, tmp_path):
    """Typing a range, then the path and Enter there, saves the range typed (not the week shown before)."""
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("3")  # JSON
        await pilot.pause()
        screen.query_one("#export-range", Field).input.focus()
        await pilot.press(*"2026-W45..2026-W48")
        path = screen.query_one("#export-path", Field)
        path.text = str(tmp_path / "range.json")  # the path as pasted; the range above was typed key by key
        path.input.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.report.is_range and len(screen.report.weeks) == 4
    assert '"weeks": 4' in (tmp_path / "range.json").read_text(encoding="utf-8")


async def test_an_unreadable_range_typed_without_enter_stops_the_save(sample_repo, clock, tmp_path):
    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        weeks = screen.query_one("#export-range", Field)
        weeks.input.focus()
        await pilot.press(*"2026-W48..2026-W45")
        screen.query_one("#export-path", Field).text = str(tmp_path / "range.md")
        await pilot.click("#export-save")
        await pilot.pause()
        assert "ends (2026-W45) before it starts" in weeks.error
        assert weeks.text == "2026-W48..2026-W45"
    assert not (tmp_path / "range.md").exists()


async def test_chat_text_and_workbook(sample_repo, clock, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.chdir(tmp_path)
    app = ExportHarness(sample_repo, clock=clock)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("5")
        await pilot.pause()
        assert screen.fmt == "text" and screen.text.startswith("Weekly summary: Li Wei\n")
        assert screen.query_one("#export-path", Field).text == str(tmp_path / "weekplanner-2026-W48.txt")
        await pilot.press("c")
        assert copied == [screen.text] and "**" not in copied[0]
        await pilot.press("6")
        await pilot.pause()
        assert screen.fmt == "xlsx" and "Summary, Calls, Visits, Emails, Activities, Lessons" in screen.text
        await pilot.press("c")  # a workbook cannot be pasted: the chat text is copied instead
        assert copied[-1] == copied[0]
        await pilot.press("s")
        await pilot.pause()
        saved = tmp_path / "weekplanner-2026-W48.xlsx"
        assert openpyxl.load_workbook(saved).sheetnames[0] == "Summary"


async def test_send_to_a_group_robot(sample_repo, clock, monkeypatch):
    """Send (p) posts to the robot saved in the settings; a refusal shows as an error, the screen stays."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from weekplanner.domain.settings import Robot

    received: list[dict] = []
    answers = [{"errcode": 0, "errmsg": "ok"}, {"errcode": 310000, "errmsg": "keywords not in content"}]

    class WeCom(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            data = json.dumps(answers[len(received) - 1]).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), WeCom)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/webhook/send?key=k"
    sample_repo.save_settings(sample_repo.settings.with_robot(Robot("wecom", url)))
    app = ExportHarness(sample_repo, clock=clock)
    notes: list[tuple[str, str]] = []
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            monkeypatch.setattr(screen, "notify", lambda text, severity="information", **kw: notes.append((severity, text)))
            await pilot.press("p")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert received[0]["msgtype"] == "markdown" and "¥150,000 · 30%" in received[0]["markdown"]["content"]
            assert notes[-1] == ("information", "Sent the summary 2026-W48 to the WeCom robot.")
            await pilot.press("p")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert notes[-1][0] == "error" and "310000" in notes[-1][1] and "WeCom" in notes[-1][1]
            assert app.screen is screen
    finally:
        server.shutdown()
        server.server_close()


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


def drawn_lines(preview: MarkdownPreview) -> list:
    """The preview's strips, all of it (scrolled out of view or not)."""
    return preview.render_lines(Region(0, 0, preview.size.width, preview.size.height))


async def test_the_preview_draws_the_report_as_one_widget_in_the_themes_colours(sample_repo, clock):
    """The whole summary is one widget; new data redraws it; its headings take the theme's colour."""
    from textual.color import Color

    from weekplanner.storage.repository import make_activity
    from weekplanner.tui.live import DataChanged

    app = ExportHarness(sample_repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        preview = screen.query_one("#preview-md", MarkdownPreview)
        assert not preview.children  # no widget per heading, list item or table cell
        title = screen.text.splitlines()[0].removeprefix("# ")
        lines = [strip.text for strip in drawn_lines(preview)]
        assert any(title in line for line in lines), lines
        assert not any("**" in line or line.lstrip().startswith("|") for line in lines)  # drawn, not raw Markdown

        def title_colour():
            segment = next(s for strip in drawn_lines(preview) for s in strip if title.split()[0] in s.text)
            return segment.style.color.triplet

        for theme in ("weekplanner-dark", "weekplanner-light"):
            app.theme = theme
            await pilot.pause()
            assert title_colour() == Color.parse(app.theme_variables["text-primary"]).rich_color.triplet, theme

        calls_before = screen.report.weeks[0].done["call"]
        sample_repo.add_activity(make_activity("call", clock.now(), count=5))  # another window logs calls
        screen.post_message(DataChanged(frozenset()))
        await pilot.pause()
        await pilot.pause()
        assert screen.report.weeks[0].done["call"] == calls_before + 5
        total_row = next(line for line in screen.text.splitlines() if line.startswith("| Calls"))
        figures = [cell.strip() for cell in total_row.strip("|").split("|")]
        drawn_row = next(strip.text for strip in drawn_lines(preview) if "Calls" in strip.text)
        assert drawn_row.split() == ["Calls", *figures[1:]]  # the new total, drawn
