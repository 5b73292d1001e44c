"""The export screen: preview the manager summary, pick a format and weeks, copy or save it.

The report is read once per choice of weeks; switching the format only
re-renders it (no storage access), so flipping through 1–6 is instant.
A workbook is bytes, not text: its preview lists its sheets, and Copy then
copies the chat text instead (what a rep pastes into WeChat or DingTalk).
Send (p) posts the summary to a group robot or e-mails it, as set up in
Settings, in a worker thread so the screen stays live while the network answers.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, ScrollableContainer, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Input, RadioButton, RadioSet, Select, Static

from weekplanner.domain.errors import ParseError
from weekplanner.domain.week import Week
from weekplanner.export.formats import FORMATS, OutputExists, default_filename, is_binary, output_path, render, write_file
from weekplanner.export.ranges import parse_range
from weekplanner.export.summary import Report, load_report
from weekplanner.i18n import N_, _
from weekplanner.tui.live import DataChanged
from weekplanner.tui.widgets.field import FIELD_CSS_PATH, Field
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.markdown_preview import MARKDOWN_PREVIEW_CSS_PATH, MarkdownPreview
from weekplanner.safe_text import terminal_safe
from weekplanner.storage.errors import StorageError
from weekplanner.tui.widgets.pending import pending_inputs
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic
from weekplanner.tui.widgets.screen_header import ScreenHeader
from weekplanner.tui.widgets.toggles import MarkedRadioButton

FORMAT_NAMES = {
    "md": N_("Markdown"), "csv": N_("CSV (spreadsheet)"), "json": N_("JSON"), "html": N_("HTML (print)"),
    "text": N_("Chat text (WeChat, DingTalk)"), "xlsx": N_("Excel workbook"),
}


#: Columns below which the export screen stacks the preview under the form.
NARROW_WIDTH = 110


class ExportScreen(Screen[None]):
    """The week's (or a range's) summary, as the manager will read it."""

    TITLE = N_("Export")

    CSS_PATH = ["export.tcss", FIELD_CSS_PATH, MARKDOWN_PREVIEW_CSS_PATH]
    #: Below NARROW_WIDTH columns the preview goes under the form (``-narrow``), full width, instead of
    #: squeezing its tables into columns too thin to read.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_WIDTH, "-wide")]
    #: The format keys are written beside the formats (1 Markdown …): they leave a narrow Footer first.
    FOOTER_SPARE = ("choose",)
    BINDINGS = [
        Binding("1", "choose('md')", N_("Markdown")),
        Binding("2", "choose('csv')", N_("CSV")),
        Binding("3", "choose('json')", N_("JSON")),
        Binding("4", "choose('html')", N_("HTML")),
        Binding("5", "choose('text')", N_("Chat text")),
        Binding("6", "choose('xlsx')", N_("Excel")),
        Binding("c", "copy", N_("Copy")),
        Binding("s", "save", N_("Save to file")),
        Binding("p", "send", N_("Send")),
        Binding("escape", "close", N_("Back")),
    ]

    fmt: reactive[str] = reactive("md", init=False)

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week
        self.report: Report | None = None
        self.text = ""
        self.content: str | bytes = ""
        self._default_path = ""
        self._weeks = [week]

    def compose(self) -> ComposeResult:
        yield ScreenHeader(_("Export summary"), self.app.clock.today(), self.week)
        # Scrolls only when narrow (the preview under the form); a page key skipped by the preview lands here.
        with ScrollableContainer(id="export-body", can_focus=False):
            with Vertical(id="export-controls"):
                yield PlainLabel(_("Format"), classes="export-heading")
                with RadioSet(id="export-format"):
                    for i, key in enumerate(FORMATS, 1):
                        yield MarkedRadioButton(f"{i} {_(FORMAT_NAMES[key])}", value=key == "md", name=key)
                yield Field(
                    _("Weeks to export"), "", id="export-range", required=False,
                    placeholder=_("this week"),
                    hint=_("Empty for {week}; or 2026-W45..2026-W48, or a month 2026-11.").format(
                        week=self.week.label),
                    parser=self._parse_range, applied_on_enter=True,
                )
                yield Field(_("Save to"), "", id="export-path", required=False)
                with Horizontal(id="export-buttons"):
                    yield Button(_("Copy"), id="export-copy", variant="primary")
                    yield Button(_("Save"), id="export-save")
                yield PlainLabel(_("Send to"), classes="export-heading")
                targets = self._send_targets()
                with Horizontal(id="export-send-row"):
                    yield Select(targets, value=targets[0][1] if targets else Select.NULL,
                                 allow_blank=not targets, prompt=_("none set up (see Settings)"),
                                 disabled=not targets, id="export-send-to", compact=True)
                    yield Button(_("Send"), id="export-send", disabled=not targets)
                yield PlainStatic("", id="export-saved")
            with VerticalScroll(id="export-preview"):
                yield MarkdownPreview(id="preview-md")
                yield PlainStatic("", id="preview-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("Export summary")
        try:
            self._load([self.week])
        except StorageError as error:  # the week (or last week, for its commitments) cannot be read
            self.query_one("#export-range", Field).error = str(error)
        self.query_one("#export-format", RadioSet).focus()

    # -- weeks and format ----------------------------------------------------------
    def _parse_range(self, text: str) -> list[Week]:
        repo = self.app.repo
        return parse_range(text, self.app.clock.today(), repo.settings.week_start)

    def _load(self, weeks: list[Week]) -> None:
        self._weeks = weeks
        self.report = load_report(self.app.repo, weeks, self.app.clock.now())
        self._show()

    def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved: the preview shows the weeks as they are on disk now."""
        message.stop()
        self._load(self._weeks)

    def _show(self) -> None:
        """Render the current report in the current format into the preview."""
        if self.report is None:  # nothing could be read yet: the range field says why
            return
        self.content = render(self.report, self.fmt)
        if is_binary(self.fmt):
            from weekplanner.domain.formatting import format_list
            from weekplanner.export.xlsx import sheet_names

            self.text = _("An Excel workbook with the sheets: {sheets}.\nSave it with s; c copies the chat text.").format(
                sheets=format_list(sheet_names(self.report)))
        else:
            self.text = str(self.content)
        markdown = self.query_one("#preview-md", MarkdownPreview)
        plain = self.query_one("#preview-text", Static)
        markdown.display = self.fmt == "md"
        plain.display = self.fmt != "md"
        if self.fmt == "md":
            markdown.markdown = terminal_safe(self.text)  # the preview; copy and save keep the report itself
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
        self._apply_range()

    def _apply_range(self) -> bool:
        """Load the weeks typed; False when they are unreadable (shown under the field, the text kept)."""
        field = self.query_one("#export-range", Field)
        try:
            weeks = field.parse()
        except ParseError:  # shown under the field, the text kept
            field.focus()
            return False
        try:
            self._load(weeks or [self.week])
        except StorageError as error:  # a damaged week in the range: said under the field, nothing lost
            field.error = str(error)
            return False
        field.input.mark_applied()  # type: ignore[attr-defined]
        return True

    def _apply_pending(self) -> bool:
        """Weeks typed without Enter are loaded before anything is copied or saved."""
        return not pending_inputs(self, "#export-range Input") or self._apply_range()

    # -- copy and save ---------------------------------------------------------------
    def action_copy(self) -> None:
        if not self._apply_pending():
            return
        fmt, text = self.fmt, self.text
        if is_binary(fmt):  # a workbook cannot be pasted into a chat; its numbers as chat text can
            assert self.report is not None
            fmt, text = "text", str(render(self.report, "text"))
        self.app.copy_to_clipboard(text)
        self.notify(_("Summary copied to the clipboard ({format}).").format(format=_(FORMAT_NAMES[fmt])))

    @on(Button.Pressed, "#export-copy")
    def _copy_pressed(self) -> None:
        self.action_copy()

    @on(Button.Pressed, "#export-save")
    @on(Input.Submitted, "#export-path Input")
    def _save_requested(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        if not self._apply_pending():
            return
        field = self.query_one("#export-path", Field)
        typed = field.text.strip()
        if not typed:
            field.error = _("Type a file name or folder path, e.g. {example}.").format(example=self._default_path)
            return
        if self.report is None:
            return
        target = Path(typed).expanduser()
        if target.is_dir():
            target = target / default_filename(self.report.label, self.fmt)
        self._save_to(target, replace=False)

    def _save_to(self, target: Path, *, replace: bool) -> None:
        """Write the file; an existing one is replaced only once the rep says yes."""
        field = self.query_one("#export-path", Field)
        try:
            saved = write_file(self.content, self.fmt, target, replace=replace)
        except OutputExists:
            from weekplanner.tui.screens.confirm import ConfirmScreen

            question = _("{path} already exists. Replace it?").format(path=output_path(target, self.fmt))
            self.app.push_screen(ConfirmScreen(question, yes=_("Replace"), no=_("Cancel")),
                                 lambda yes: self._save_to(target, replace=True) if yes else None)
            return
        except StorageError as error:
            field.error = str(error)
            return
        except OSError as error:
            field.error = _("Could not save to {path}: {reason}").format(path=target, reason=error.strerror or error)
            return
        field.error = ""
        self.query_one("#export-saved", Static).update(_("Saved to {path}").format(path=saved))
        self.notify(_("Saved to {path}").format(path=saved))

    # -- send ------------------------------------------------------------------------
    def _send_targets(self) -> list[tuple[str, str]]:
        """The robots and the e-mail set up in Settings, as (name, key) choices."""
        from weekplanner.export.robots import platform_name

        settings = self.app.repo.settings
        targets = [(platform_name(r.platform), r.platform) for r in settings.robots if r.webhook]
        if settings.mail.smtp and settings.mail.to:
            targets.append((_("E-mail to {addresses}").format(addresses=", ".join(settings.mail.to)), "email"))
        return targets

    @on(Button.Pressed, "#export-send")
    def _send_pressed(self) -> None:
        self.action_send()

    def action_send(self) -> None:
        target = self.query_one("#export-send-to", Select).value
        if target is Select.NULL or self.report is None:
            self.notify(_("Nothing to send to yet: set up a group robot or e-mail in Settings."), severity="warning")
            return
        self.notify(_("Sending…"))
        self.run_worker(lambda: self._send(str(target), self.report), thread=True, exclusive=True, group="send")

    def _send(self, target: str, report: Report) -> None:
        """In a worker thread: deliver, then report back on the screen (one line, as on the command line)."""
        from weekplanner.export.post import SendError

        settings = self.app.repo.settings
        try:
            if target == "email":
                message = self._deliver_mail(settings, report)
            else:
                message = self._deliver_robot(settings, target, report)
        except SendError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self.notify, message)

    def _deliver_robot(self, settings, platform: str, report: Report) -> str:
        from weekplanner.export.post import post_messages
        from weekplanner.export.robots import platform_name, robot_messages

        robot = settings.robot(platform)
        post_messages(platform, robot_messages(report, robot, self.app.clock.now().timestamp()))
        return _("Sent the summary {label} to the {robot} robot.").format(
            label=report.label, robot=platform_name(platform))

    def _deliver_mail(self, settings, report: Report) -> str:
        import os

        from weekplanner.cli.cmd_send import PASSWORD_ENV
        from weekplanner.export.mail import build_message, parse_server, send_message
        from weekplanner.export.post import SendError

        mail = settings.mail
        password = os.environ.get(PASSWORD_ENV, "")
        if mail.user and not password:
            raise SendError(_("No password for {user}: set {env} before starting weekplanner.").format(
                user=mail.user, env=PASSWORD_ENV))
        sender = mail.sender or mail.user
        if not sender:
            raise SendError(_("No sender address: fill in From or User under E-mail in Settings."))
        message = build_message(report, sender, mail.to)
        send_message(message, parse_server(mail.smtp, mail.security), mail.user, password)
        return _("E-mailed the summary {label} to {addresses}.").format(
            label=report.label, addresses=", ".join(mail.to))

    def action_close(self) -> None:
        self.dismiss()
