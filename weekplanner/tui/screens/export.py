"""The export screen: preview the manager summary, pick a format and weeks, copy or save it.

The report is read once per choice of weeks; switching the format only
re-renders it (no storage access), so flipping through 1–4 is instant.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Markdown, RadioButton, RadioSet, Static

from weekplanner.domain.errors import ParseError
from weekplanner.domain.week import Week
from weekplanner.export.formats import FORMATS, default_filename, render, write_file
from weekplanner.export.ranges import parse_range
from weekplanner.export.summary import Report, load_report
from weekplanner.i18n import N_, _
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field
from weekplanner.tui.widgets.screen_header import ScreenHeader

FORMAT_NAMES = {"md": N_("Markdown"), "csv": N_("CSV (spreadsheet)"), "json": N_("JSON"), "html": N_("HTML (print)")}


class ExportScreen(Screen[None]):
    """The week's (or a range's) summary, as the manager will read it."""

    CSS_PATH = ["export.tcss", FIELD_CSS_PATH]
    BINDINGS = [
        Binding("1", "choose('md')", N_("Markdown")),
        Binding("2", "choose('csv')", N_("CSV")),
        Binding("3", "choose('json')", N_("JSON")),
        Binding("4", "choose('html')", N_("HTML")),
        Binding("c", "copy", N_("Copy")),
        Binding("s", "save", N_("Save to file")),
        Binding("escape", "close", N_("Back")),
    ]

    fmt: reactive[str] = reactive("md", init=False)

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week
        self.report: Report | None = None
        self.text = ""
        self._default_path = ""

    def compose(self) -> ComposeResult:
        yield ScreenHeader(_("Export summary"), self.app.clock.today(), self.week)
        with Horizontal(id="export-body"):
            with Vertical(id="export-controls"):
                yield Label(_("Format"), classes="export-heading")
                with RadioSet(id="export-format"):
                    for i, key in enumerate(FORMATS, 1):
                        yield RadioButton(f"{i} {_(FORMAT_NAMES[key])}", value=key == "md", name=key)
                yield Field(
                    _("Weeks to export"), "", id="export-range", required=False,
                    placeholder=_("this week"),
                    hint=_("Empty for {week}; or 2026-W45..2026-W48, or a month 2026-11.").format(
                        week=self.week.label),
                    parser=self._parse_range,
                )
                yield Field(_("Save to"), "", id="export-path", required=False)
                with Horizontal(id="export-buttons"):
                    yield Button(_("Copy"), id="export-copy", variant="primary")
                    yield Button(_("Save"), id="export-save")
                yield Static("", id="export-saved")
            with VerticalScroll(id="export-preview"):
                yield Markdown("", id="preview-md")
                yield Static("", id="preview-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("Export summary")
        self._load([self.week])
        self.query_one("#export-format", RadioSet).focus()

    # -- weeks and format ----------------------------------------------------------
    def _parse_range(self, text: str) -> list[Week]:
        repo = self.app.repo
        return parse_range(text, self.app.clock.today(), repo.settings.week_start)

    def _load(self, weeks: list[Week]) -> None:
        self.report = load_report(self.app.repo, weeks, self.app.clock.now())
        self._show()

    def _show(self) -> None:
        """Render the current report in the current format into the preview."""
        assert self.report is not None
        self.text = render(self.report, self.fmt)
        markdown = self.query_one("#preview-md", Markdown)
        plain = self.query_one("#preview-text", Static)
        markdown.display = self.fmt == "md"
        plain.display = self.fmt != "md"
        if self.fmt == "md":
            markdown.update(self.text)
        else:
            plain.update(self.text)
        path_field = self.query_one("#export-path", Field)
        new_default = str(Path.cwd() / default_filename(self.report.label, self.fmt))
        if path_field.text in ("", self._default_path):  # never replace a path the rep typed
            path_field.text = new_default
        self._default_path = new_default

    def watch_fmt(self) -> None:
        self._show()

    def action_choose(self, fmt: str) -> None:
        buttons = {b.name: b for b in self.query(RadioButton)}
        buttons[fmt].value = True  # RadioSet.Changed then sets fmt

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = event.pressed.name or "md"

    @on(Input.Submitted, "#export-range Input")
    def _range_submitted(self) -> None:
        field = self.query_one("#export-range", Field)
        try:
            weeks = field.parse()
        except ParseError:  # shown under the field, the text kept
            return
        self._load(weeks or [self.week])

    # -- copy and save ---------------------------------------------------------------
    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        self.notify(_("Summary copied to the clipboard ({format}).").format(format=_(FORMAT_NAMES[self.fmt])))

    @on(Button.Pressed, "#export-copy")
    def _copy_pressed(self) -> None:
        self.action_copy()

    @on(Button.Pressed, "#export-save")
    @on(Input.Submitted, "#export-path Input")
    def _save_requested(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        field = self.query_one("#export-path", Field)
        typed = field.text.strip()
        if not typed:
            field.error = _("Type a file name or folder path, e.g. {example}.").format(example=self._default_path)
            return
        target = Path(typed).expanduser()
        if target.is_dir():
            assert self.report is not None
            target = target / default_filename(self.report.label, self.fmt)
        try:
            saved = write_file(self.text, self.fmt, target)
        except OSError as error:
            field.error = _("Could not save to {path}: {reason}").format(path=target, reason=error.strerror or error)
            return
        field.error = ""
        self.query_one("#export-saved", Static).update(_("Saved to {path}").format(path=saved))
        self.notify(_("Saved to {path}").format(path=saved))

    def action_close(self) -> None:
        self.dismiss()
