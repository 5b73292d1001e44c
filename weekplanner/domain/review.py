"""The end-of-week lessons review (评估结果) and the commitments it carries forward."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from weekplanner.domain.checked import Checked
from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _


class _ReviewFields(NamedTuple):
    went_well: str = ""
    went_badly: str = ""
    why: str = ""
    improvements: tuple[str, ...] = ()
    rating: int | None = None
    tags: tuple[str, ...] = ()
    skipped: bool = False
    written_at: datetime | None = None


class Review(Checked, _ReviewFields):
    """What went well, what went badly, why, and what to do differently next week.

    Each ``improvements`` item becomes a commitment on next week's screen.
    A review can be ``skipped`` on purpose (a holiday week), which is not the
    same as never written. Blank improvement items are dropped and tags
    normalised on the way in, so two reviews that read the same are equal.
    """

    __slots__ = ()

    def __new__(cls, *args: object, **kwargs: object) -> "Review":
        review = super().__new__(cls, *args, **kwargs)
        if review.rating is not None and not 1 <= review.rating <= 5:
            raise ParseError(_("The rating must be from 1 to 5."))
        return _ReviewFields._replace(
            review,
            improvements=tuple(i.strip() for i in review.improvements if i.strip()),
            tags=normalise_tags(review.tags),
        )

    def is_empty(self) -> bool:
        return not (
            self.went_well.strip() or self.went_badly.strip() or self.why.strip()
            or self.improvements or self.rating is not None or self.tags
        )

    def text(self) -> str:
        """All the review's words in one string, for full-text search."""
        return "\n".join(
            [self.went_well, self.went_badly, self.why, *self.improvements, *self.tags]
        )


def review_to_edit(saved: Review | None, draft: Review | None) -> Review:
    """What a review form opens with: the draft typed since the last save, else the saved review.

    Saving drops the draft, so a draft normally means unsaved typing. A draft written
    before the saved review (files from versions that kept it after saving) is stale
    and never shadows what was saved. A skipped review opens as a blank form.
    """
    if draft is not None and (
        saved is None or draft.written_at is None or saved.written_at is None
        or draft.written_at >= saved.written_at
    ):
        return draft
    if saved is None or saved.skipped:
        return Review()
    return saved


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, lower-cased (for Latin text), de-duplicated, order kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        clean = " ".join(tag.split()).lower()
        if clean:
            seen.setdefault(clean, None)
    return tuple(seen)


def validate_for_saving(review: Review) -> Review:
    """Refuse an empty review (skip it explicitly instead) and one holding a control character."""
    if review.is_empty() and not review.skipped:
        raise ParseError(
            _("The review is empty. Write at least one field, or skip this week's review on purpose.")
        )
    from weekplanner.safe_text import refuse_control_characters

    for text in (review.went_well, review.went_badly, review.why, *review.improvements, *review.tags):
        refuse_control_characters(text)
    return review


class Commitment(NamedTuple):
    """One item of last week's improvement plan, and whether it was kept this week."""

    index: int
    text: str
    kept: bool | None = None


def next_mark(kept: bool | None) -> bool | None:
    """``k`` cycles a commitment: not marked → kept → not kept → not marked (a slip of the key is undone)."""
    return True if kept is None else (False if kept else None)


def commitments_markable(week_start: date, today: date) -> bool:
    """A week's commitments can be marked once it has begun: a week to come has kept nothing yet."""
    return week_start <= today


def commitments_from(previous: Review | None, status: dict[int, bool]) -> list[Commitment]:
    """This week's commitments: last week's improvement items with this week's kept marks."""
    if previous is None or previous.skipped:
        return []
    return [Commitment(i, text, status.get(i)) for i, text in enumerate(previous.improvements)]
