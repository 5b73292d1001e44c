"""The end-of-week review (评估结果): lessons written against the week's own numbers.

Opens with last week's commitments (kept? did the numbers move?) and this
week's figures, then the rep writes what went well, badly, why, the improvement
plan for next week, a rating and tags. Every change is kept as a draft half a
second after the last keystroke, so nothing typed is lost to a quit or a crash.
"""

from __future__ import annotations


from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, ListItem, ListView, Static, TextArea

from weekplanner.domain.errors import ParseError
from weekplanner.domain.formatting import format_week
from weekplanner.domain.review_tags import tag_suggestions
from weekplanner.domain.parsing.amounts import parse_count
from weekplanner.domain.review import Review, commitments_from, review_to_edit, validate_for_saving
from weekplanner.domain.review_facts import describe_commitments, describe_facts, number_moves, review_facts
from weekplanner.domain.review_template import SECTIONS, split_tags
from weekplanner.domain.summary import summarise
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.storage.errors import StorageError
from weekplanner.tui.widgets.commitments import CommitmentList
from weekplanner.tui.widgets.field import reveal_problem
from weekplanner.tui.widgets.footer import Footer
from weekplanner.tui.widgets.screen_header import ScreenHeader
from weekplanner.tui.widgets.tag_suggester import TagSuggester
from weekplanner.safe_text import terminal_safe
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic

#: Seconds after the last change before the draft is written.
DRAFT_DELAY = 0.5


class ReviewScreen(Screen[None]):
    """Write, save or skip one week's review."""

    AUTO_FOCUS = ""  # on_mount focuses the first field; Textual's pick (the scrolling form) restyles it all twice

    TITLE = N_("Weekly review")

    CSS_PATH = ["review.tcss", "../widgets/commitments.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save review")),
        Binding("ctrl+n", "skip", N_("Skip this week's review")),
        Binding("escape", "close", N_("Close (draft kept)")),
    ]

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week
        self._draft_timer = None
        self._saved_draft: Review | None = None
        self._rating_ok = True

    # -- building --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        repo = self.app.repo
        settings = repo.settings
        data = repo.load_week(self.week)
        previous, _damaged = repo.load_week_or_empty(self.week.previous())
        summaries = repo.history()
        facts = review_facts(self.week, data.record, data.activities, settings.workdays,
                             self.app.clock.today(), repo.streak_on(min(self.app.clock.today(), self.week.end)))
        prev_summary = summarise(previous.week, previous.record, previous.activities)
        commitments = commitments_from(previous.record.review, data.record.commitments_kept)
        moves = number_moves(prev_summary, facts.summary)
        start = review_to_edit(data.record.review, data.record.review_draft)
        self._saved_draft = data.record.review_draft
        headings = dict(SECTIONS)

        yield ScreenHeader(_("Review"), self.app.clock.today(), self.week)
        with VerticalScroll(id="review-body"):
            yield PlainStatic(_("Review of {week}").format(week=format_week(self.week)), id="review-title")
            if data.record.review and data.record.review.skipped:
                yield PlainStatic(_("This week's review was skipped."), classes="review-note")
            if commitments:
                yield CommitmentList(commitments, id="review-commitment-list")
                yield PlainStatic("\n".join(describe_commitments(commitments, moves, prev_summary, settings,
                                                            list_items=False)), id="review-commitments")
            yield PlainStatic("\n".join(describe_facts(facts, settings)), id="review-facts")
            yield PlainStatic("", id="review-error", classes="field-error")
            yield PlainLabel(_(headings["went_well"]), classes="field-label")
            yield TextArea(terminal_safe(start.went_well), id="went-well", classes="review-text")
            yield PlainLabel(_(headings["went_badly"]), classes="field-label")
            yield TextArea(terminal_safe(start.went_badly), id="went-badly", classes="review-text")
            yield PlainLabel(_(headings["why"]), classes="field-label")
            yield TextArea(terminal_safe(start.why), id="why", classes="review-text")
            yield PlainLabel(_(headings["improvements"]), classes="field-label")
            yield ListView(*(self._improvement_item(i) for i in start.improvements), id="improvements")
            with Horizontal(classes="improvement-row"):
                yield Input(placeholder=_("Type an item and press Enter"), id="new-improvement")
                yield Button(_("Add"), id="add-improvement")
                yield Button(_("Remove selected"), id="remove-improvement")
            yield PlainLabel(_(headings["rating"]), classes="field-label")
            yield Input(str(start.rating or ""), id="rating", max_length=2)
            yield PlainStatic("", id="rating-error", classes="field-error")
            yield PlainLabel(_(headings["tags"]), classes="field-label")
            yield Input(terminal_safe(", ".join(start.tags)), id="tags", suggester=TagSuggester(tag_suggestions(summaries)),
                        placeholder=_("e.g. price objection, no-show, pipeline thin"))
            with Horizontal(id="review-buttons"):
                yield Button(_("Save review"), id="save", variant="primary")
                yield Button(_("Skip this week's review"), id="skip")
                yield Button(_("Close"), id="close")
        yield Footer()

    @staticmethod
    def _improvement_item(text: str) -> ListItem:
        return ListItem(PlainLabel(text), classes="improvement")

    def on_mount(self) -> None:
        self.query_one("#went-well", TextArea).focus()

    # -- reading the form --------------------------------------------------------
    def _improvements(self) -> list[str]:
        items = [str(item.query_one(Label).content) for item in self.query("#improvements ListItem")]
        pending = self.query_one("#new-improvement", Input).value.strip()
        return [*items, pending] if pending else items

    def _rating(self) -> int | None:
        """The rating typed, or None; an invalid rating is shown under the field and raised."""
        text = self.query_one("#rating", Input).value.strip()
        error = self.query_one("#rating-error", Static)
        if not text:
            error.update("")
            return None
        try:
            value = parse_count(text, maximum=5)
        except ParseError as problem:
            error.update(str(problem))
            raise
        error.update("")
        return value

    def _review(self, *, strict: bool) -> Review:
        try:
            rating = self._rating()
        except ParseError:
            if strict:
                raise
            rating = None
        return Review(
            went_well=self.query_one("#went-well", TextArea).text,
            went_badly=self.query_one("#went-badly", TextArea).text,
            why=self.query_one("#why", TextArea).text,
            improvements=tuple(self._improvements()),
            rating=rating,
            tags=tuple(split_tags(self.query_one("#tags", Input).value)),
            written_at=self.app.clock.now(),
        )

    # -- drafts ------------------------------------------------------------------
    @on(TextArea.Changed)
    @on(Input.Changed)
    def _changed(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.save_draft)

    def save_draft(self) -> None:
        """Write the form as the week's draft (not undoable, not a saved review)."""
        self._draft_timer = None
        draft = self._review(strict=False)
        if self._saved_draft is not None and _same_words(draft, self._saved_draft):
            return
        record = self.app.repo.record(self.week.label)
        if draft.is_empty() and record.review_draft is None:
            return
        if record.review is not None and _same_words(draft, record.review):
            return
        try:
            self.app.repo.save_draft(record.with_changes(review_draft=draft))
        except StorageError as error:
            self.notify(str(error), severity="warning")
            return
        self._saved_draft = draft

    # -- actions -----------------------------------------------------------------
    @on(Input.Submitted, "#new-improvement")
    @on(Button.Pressed, "#add-improvement")
    def add_improvement(self) -> None:
        field = self.query_one("#new-improvement", Input)
        text = field.value.strip()
        if not text:
            return
        self.query_one("#improvements", ListView).append(self._improvement_item(text))
        field.value = ""
        field.focus()

    @on(Button.Pressed, "#remove-improvement")
    def remove_improvement(self) -> None:
        items = self.query_one("#improvements", ListView)
        if items.index is not None:
            items.children[items.index].remove()
            self._changed()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        error = self.query_one("#review-error", Static)
        try:
            review = validate_for_saving(self._review(strict=True))
        except ParseError as problem:
            error.update(str(problem))
            self.notify(str(problem), severity="error")
            rating_error = self.query_one("#rating-error", Static)
            if str(rating_error.content):  # the rating is what is wrong
                reveal_problem(rating_error, self.query_one("#rating", Input))
            else:
                reveal_problem(error, self.query_one("#went-well", TextArea))
            return
        error.update("")
        self._store(review, _("Review saved. Its improvement plan becomes next week's commitments."))

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self._store(Review(skipped=True, written_at=self.app.clock.now()), _("This week's review was skipped."))

    def _store(self, review: Review, message: str) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        try:
            self.app.repo.save_review(self.week.label, review, _("review of {week}").format(week=self.week.label))
        except StorageError as error:
            self.query_one("#review-error", Static).update(str(error))
            self.notify(str(error), severity="error")
            return
        self.notify(message)
        self.dismiss()

    def flush_draft(self) -> None:
        """Write a pending draft now instead of waiting for the timer."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self.save_draft()

    async def refresh_language(self) -> None:
        """Redraw in the new language from the draft, so nothing typed is lost."""
        self.flush_draft()
        await self.recompose()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.flush_draft()
        self.dismiss()

    @on(CommitmentList.Toggled)
    def _commitment_toggled(self, event: CommitmentList.Toggled) -> None:
        from weekplanner.tui.writes import save_commitment_mark

        repo = self.app.repo
        try:
            marks = save_commitment_mark(repo, self.week.label, event.index, event.kept)
        except StorageError as error:
            self.notify(str(error), severity="error")
            try:  # show what is stored, not the mark that was not saved
                marks = repo.record(self.week.label).commitments_kept
            except StorageError:
                return
        self.query_one("#review-commitment-list", CommitmentList).show_marks(marks)


def _same_words(a: Review, b: Review) -> bool:
    """Equal apart from when they were written."""
    return a._replace(written_at=None) == b._replace(written_at=None)
