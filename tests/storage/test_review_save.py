"""Saving a review drops the draft it was typed in; what reopens is exactly what was saved."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review, review_to_edit

LABEL = "2026-W48"
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
moments = st.datetimes(min_value=datetime(2026, 11, 23), max_value=datetime(2026, 11, 30)).map(
    lambda at: at.replace(microsecond=0))
reviews = st.builds(
    Review, went_well=text, went_badly=text, why=text, improvements=st.lists(text, max_size=3).map(tuple),
    rating=st.none() | st.integers(1, 5), tags=st.lists(text, max_size=3).map(tuple), skipped=st.just(False),
    written_at=moments,
).filter(lambda review: not review.is_empty())
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def reopen(repo) -> Review:
    record = repo.record(LABEL)
    return review_to_edit(record.review, record.review_draft)


def test_saving_the_review_drops_the_draft_it_was_typed_in(repo):
    repo.save_draft(WeekRecord(LABEL, review_draft=Review(went_well="Steady", written_at=datetime(2026, 11, 27, 17))))
    saved = Review(went_well="Steady", rating=4, tags=("pipeline",), written_at=datetime(2026, 11, 27, 18))
    repo.save_review(LABEL, saved, "review")
    record = repo.record(LABEL)
    assert record.review == saved
    assert record.review_draft is None
    assert reopen(repo) == saved


def test_other_saves_keep_the_draft_being_typed(repo):
    draft = Review(why="Late quote", written_at=datetime(2026, 11, 27, 17))
    repo.save_draft(WeekRecord(LABEL, review_draft=draft))
    repo.save_record(WeekRecord(LABEL, commitments_kept={0: True}), "commitment kept")
    assert repo.record(LABEL).review_draft == draft


def test_a_draft_older_than_the_saved_review_is_not_what_reopens():
    """Files written before saving dropped the draft can hold one older than the review."""
    saved = Review(went_well="Steady", rating=4, written_at=datetime(2026, 11, 27, 18))
    stale = Review(went_well="Steady", written_at=datetime(2026, 11, 27, 17))
    newer = Review(went_well="Steady, then a no-show", rating=4, written_at=datetime(2026, 11, 28, 9))
    assert review_to_edit(saved, stale) == saved
    assert review_to_edit(saved, newer) == newer
    assert review_to_edit(None, stale) == stale
    assert review_to_edit(None, None) == Review()
    assert review_to_edit(Review(skipped=True, written_at=saved.written_at), None) == Review()


@FAST
@given(first=reviews, stale=reviews, later=st.integers(0, 3600))
def test_save_reopen_save_is_the_identity(repo, first, stale, later):
    """Whatever draft was lying around, save → reopen → save stores the same review again."""
    repo.save_draft(WeekRecord(LABEL, review_draft=stale))
    repo.save_review(LABEL, first, "review")
    assert reopen(repo) == first
    again = reopen(repo)._replace(written_at=first.written_at + timedelta(seconds=later))
    repo.save_review(LABEL, again, "review")
    assert repo.record(LABEL).review == again
    assert repo.record(LABEL).review_draft is None
    assert again._replace(written_at=None) == first._replace(written_at=None)


def test_undoing_the_first_save_of_a_review_keeps_its_words_as_the_draft(repo):
    """Saving drops the draft, so undoing that save must not lose what was written."""
    repo.save_draft(WeekRecord(LABEL, review_draft=Review(went_well="Steady", written_at=datetime(2026, 11, 27, 17))))
    saved = Review(went_well="Steady", rating=4, tags=("pipeline",), written_at=datetime(2026, 11, 27, 18))
    repo.save_review(LABEL, saved, "review")
    assert repo.undo() == "review"
    record = repo.record(LABEL)
    assert record.review is None
    assert record.review_draft == saved
    assert reopen(repo) == saved
    assert repo.redo() == "review"
    assert repo.record(LABEL).review == saved
    assert repo.record(LABEL).review_draft is None
