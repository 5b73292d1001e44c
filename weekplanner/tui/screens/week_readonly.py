"""Any past week, read-only: its numbers, the commitments it carried and its review."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer

from weekplanner.domain.formatting import format_list, format_week
from weekplanner.domain.review import commitments_from
from weekplanner.domain.review_facts import describe_commitments, describe_facts, number_moves, review_facts
from weekplanner.domain.summary import summarise
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _
from weekplanner.tui.live import DataChanged
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic
from weekplanner.tui.widgets.screen_header import ScreenHeader


class WeekReadOnlyScreen(Screen[None]):
    """A past week as it ended; ``e`` opens its review for editing."""

    TITLE = N_("Week (read-only)")

    CSS_PATH = "week_readonly.tcss"
    BINDINGS = [
        Binding("escape", "close", N_("Back")),
        Binding("e", "edit_review", N_("Edit review")),
    ]

    def __init__(self, week: Week) -> None:
        super().__init__()
        self.week = week
        self._left = False

    def on_screen_suspend(self) -> None:
        self._left = True

    async def on_screen_resume(self) -> None:
        """Back from editing the review: draw the week again from disk, as it now is."""
        if self._left:
            self._left = False
            await self.recompose()

    def compose(self) -> ComposeResult:
        repo = self.app.repo
        settings = repo.settings
        data = repo.load_week(self.week)
        previous, _damaged = repo.load_week_or_empty(self.week.previous())
        facts = review_facts(self.week, data.record, data.activities, settings.workdays,
                             self.app.clock.today(), repo.streak_on(min(self.app.clock.today(), self.week.end)))
        prev_summary = summarise(previous.week, previous.record, previous.activities)
        commitments = commitments_from(previous.record.review, data.record.commitments_kept)
        review = data.record.review

        yield ScreenHeader(_("Read-only"), self.app.clock.today(), self.week)
        with VerticalScroll(id="readonly-body"):
            yield PlainStatic(_("Week {week} (read-only)").format(week=format_week(self.week)), id="readonly-title")
            if commitments:
                yield PlainStatic("\n".join(describe_commitments(
                    commitments, number_moves(prev_summary, facts.summary), prev_summary, settings
                )), classes="readonly-box")
            yield PlainStatic("\n".join(describe_facts(facts, settings)), classes="readonly-box")
            if review is None:
                yield PlainStatic(_("No review was written for this week."), classes="readonly-note")
                if data.record.review_draft is not None:
                    yield PlainStatic(_("A draft exists; press e to finish it."), classes="readonly-note")
            elif review.skipped:
                yield PlainStatic(_("This week's review was skipped."), classes="readonly-note")
            else:
                sections = [
                    (_("What went well"), review.went_well),
                    (_("What went badly"), review.went_badly),
                    (_("Why (root causes)"), review.why),
                    (_("Improvement plan"), "\n".join("• " + i for i in review.improvements)),
                    (_("Self-rating (1–5)"), "★" * review.rating if review.rating else ""),
                    (_("Tags"), format_list(review.tags)),
                ]
                for title, text in sections:
                    if text.strip():
                        yield PlainLabel(title, classes="field-label")
                        yield PlainStatic(text, classes="readonly-text")
        yield Footer()

    def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved: show the week as it is on disk now."""
        message.stop()
        self.refresh(recompose=True)

    def action_edit_review(self) -> None:
        self.app.action_open_review(self.week)

    def action_close(self) -> None:
        self.dismiss()
