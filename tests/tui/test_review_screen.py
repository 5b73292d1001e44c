"""The review screen: pre-filled numbers, drafts, saving, skipping, commitments carried forward."""

from __future__ import annotations

from datetime import datetime

from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week
from textual.widgets import Input, Static, TextArea

from weekplanner.domain.review import Review
from weekplanner.storage.repository import Repository
from weekplanner.domain.review_template import split_tags
from weekplanner.tui.screens.review import DRAFT_DELAY, ReviewScreen, TagSuggester
from weekplanner.tui.widgets.commitments import CommitmentList


def review_app(repo, clock, week=THIS_WEEK):
    return ScreenHarness(repo, clock, lambda: ReviewScreen(week))


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_opens_with_the_weeks_numbers(repo, clock):
    seed_week(repo, THIS_WEEK, calls_per_day=(10, 12, 4, 0, 0))
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        facts = static_text(pilot.app.screen, "#review-facts")
        assert "Target ¥100,000 · achieved ¥15,000 (15%)" in facts
        assert "Calls: 26 done of 50 planned" in facts
        assert "Visits: 1 done of 15 planned" in facts
        assert "Best day: Tue 24 Nov (13 of 13)" in facts
        assert "Worst day: Wed 25 Nov (4 of 13)" in facts


async def test_review_is_saved_and_becomes_next_weeks_commitments(repo, clock):
    seed_week(repo, LAST_WEEK, calls_per_day=(10, 10, 10, 10, 10))
    seed_week(repo, THIS_WEEK, calls_per_day=(12, 12, 12, 0, 0), amount=40_000)
    async with review_app(repo, clock, LAST_WEEK).run_test(size=(120, 50)) as pilot:
        screen = pilot.app.screen
        screen.query_one("#went-well", TextArea).insert("客户拜访很顺利")
        screen.query_one("#went-badly", TextArea).insert("Two no-shows on Thursday")
        new_item = screen.query_one("#new-improvement", Input)
        new_item.focus()
        await pilot.press(*"Confirm every visit the day before", "enter")
        await pilot.press(*"Call before noon", "enter")
        screen.query_one("#rating", Input).value = "4"
        screen.query_one("#tags", Input).value = "No-show, 价格异议"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ReviewScreen)
    saved = repo.record(LAST_WEEK.label)
    assert saved.review.went_well == "客户拜访很顺利"
    assert saved.review.improvements == ("Confirm every visit the day before", "Call before noon")
    assert saved.review.rating == 4
    assert saved.review.tags == ("no-show", "价格异议")
    assert saved.review_draft is None

    # Next week's review opens with those commitments; ticking one is stored.
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        screen = pilot.app.screen
        listed = screen.query_one(CommitmentList)
        assert [c.text for c in listed.commitments] == ["Confirm every visit the day before", "Call before noon"]
        text = static_text(screen, "#review-commitments")
        assert "Achieved ¥15,000 → ¥40,000 (+¥25,000)" in text
        assert "Calls 50 → 36 (-14)" in text
        listed.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert repo.record(THIS_WEEK.label).commitments_kept == {0: True}
        await pilot.press("down", "enter", "enter")
        await pilot.pause()
        assert repo.record(THIS_WEEK.label).commitments_kept == {0: True, 1: False}


async def test_draft_survives_a_restart(data_dir, clock):
    repo = Repository(data_dir, clock=clock)
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        pilot.app.screen.query_one("#why", TextArea).insert("报价太晚，客户已经选了别家")
        pilot.app.screen.query_one("#tags", Input).value = "late quote"
        await pilot.pause(DRAFT_DELAY + 0.3)
    repo.close()  # the app "crashes": nothing was saved explicitly

    reopened = Repository(data_dir, clock=clock)
    try:
        assert reopened.record(THIS_WEEK.label).review is None
        assert reopened.record(THIS_WEEK.label).review_draft.why == "报价太晚，客户已经选了别家"
        async with review_app(reopened, clock).run_test(size=(120, 50)) as pilot:
            assert pilot.app.screen.query_one("#why", TextArea).text == "报价太晚，客户已经选了别家"
            assert pilot.app.screen.query_one("#tags", Input).value == "late quote"
    finally:
        reopened.close()


async def test_escape_keeps_the_draft_at_once(repo, clock):
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        pilot.app.screen.query_one("#went-well", TextArea).insert("Good pipeline")
        await pilot.press("escape")
        await pilot.pause()
    assert repo.record(THIS_WEEK.label).review_draft.went_well == "Good pipeline"


async def test_an_empty_review_is_refused_and_skipping_is_allowed(repo, clock):
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReviewScreen)
        assert "The review is empty" in static_text(pilot.app.screen, "#review-error")
        assert repo.record(THIS_WEEK.label).review is None
        await pilot.press("ctrl+n")
        await pilot.pause()
    assert repo.record(THIS_WEEK.label).review == Review(skipped=True, written_at=clock.now())


async def test_a_bad_rating_is_shown_under_the_field_and_nothing_is_lost(repo, clock):
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        screen = pilot.app.screen
        screen.query_one("#went-well", TextArea).insert("Closed the Wang deal")
        screen.query_one("#rating", Input).value = "7"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Use a whole number from 1 to 5." in static_text(screen, "#rating-error")
        assert screen.query_one("#went-well", TextArea).text == "Closed the Wang deal"
        assert screen.query_one("#rating", Input).value == "7"
    assert repo.record(THIS_WEEK.label).review is None


async def test_saved_review_reopens_for_editing(repo, clock):
    review = Review(went_well="Steady calls", improvements=("Book visits on Monday",), rating=3,
                    written_at=datetime(2026, 11, 27, 18, 0))
    seed_week(repo, THIS_WEEK, review=review)
    async with review_app(repo, clock).run_test(size=(120, 50)) as pilot:
        screen = pilot.app.screen
        assert screen.query_one("#went-well", TextArea).text == "Steady calls"
        assert screen.query_one("#rating", Input).value == "3"
        assert len(screen.query("#improvements ListItem")) == 1
        await pilot.pause(DRAFT_DELAY + 0.2)
    assert repo.record(THIS_WEEK.label).review_draft is None  # opening alone writes no draft


async def test_tag_suggester_completes_the_tag_after_the_last_comma():
    suggester = TagSuggester(["price objection", "pipeline thin", "no-show"])
    assert await suggester.get_suggestion("no-show, pr") == "no-show, price objection"
    assert await suggester.get_suggestion("PI") == "pipeline thin"
    assert await suggester.get_suggestion("no-show, ") is None
    assert split_tags("价格异议，no-show; late") == ["价格异议", "no-show", " late"]
