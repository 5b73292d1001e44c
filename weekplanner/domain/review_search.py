"""Searching past reviews: every word typed, in any field, Latin text case- and width-folded, Chinese as written."""

from __future__ import annotations

import unicodedata
from typing import Iterable, NamedTuple

from weekplanner.domain.review import Review, normalise_tags

#: Characters of context kept on each side of a match in a search snippet.
SNIPPET_CONTEXT = 30


class SearchHit(NamedTuple):
    """One review that matched: its week label, the field and a snippet around the first match.

    ``highlight`` is the (start, end) of the match inside ``snippet``, for
    drawing it in bold; (0, 0) when the hit came from a tag filter alone.
    """

    label: str
    review: Review
    field: str
    snippet: str
    highlight: tuple[int, int]


def _fold(text: str) -> tuple[str, list[int]]:
    """Case- and width-folded ``text`` and, per folded character, its index in ``text``.

    Folding is per character (NFKC then casefold) so a match found in the
    folded text maps back to the exact characters the rep wrote, even where
    folding changes the length (``ß`` → ``ss``). CJK text is unchanged by it,
    so Chinese is matched as a plain substring.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).casefold()
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def _fold_query(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _field_texts(review: Review) -> list[tuple[str, str]]:
    return [
        ("went_well", review.went_well),
        ("went_badly", review.went_badly),
        ("why", review.why),
        ("improvements", "\n".join(review.improvements)),
        ("tags", ", ".join(review.tags)),
    ]


def _snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> tuple[str, tuple[int, int]]:
    """``…context match context…`` on one line, and where the match sits in it."""
    left = max(start - context, 0)
    right = min(end + context, len(text))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    body = text[left:right].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    begin = len(prefix) + (start - left)
    return prefix + body + suffix, (begin, begin + (end - start))


def _find(review: Review, terms: list[str]) -> tuple[str, str, tuple[int, int]] | None:
    """The field and snippet of the first term's first match, when every term occurs."""
    fields = [(name, unicodedata.normalize("NFC", text)) for name, text in _field_texts(review)]
    folded = [(name, text, *_fold(text)) for name, text in fields]
    everything = "\n".join(f for _n, _t, f, _o in folded)
    if not all(term in everything for term in terms):
        return None
    first = terms[0]
    for name, text, folded_text, origin in folded:
        at = folded_text.find(first)
        if at >= 0:
            start = origin[at]
            end = origin[at + len(first) - 1] + 1
            snippet, highlight = _snippet(text, start, end)
            return name, snippet, highlight
    return None  # pragma: no cover - a term found in the joined text is found in one field


def search_reviews(
    items: Iterable[tuple[str, Review]], text: str = "", tag: str | None = None
) -> list[SearchHit]:
    """Reviews matching ``text`` and carrying ``tag``, newest week first.

    - ``text`` is split on whitespace; a review matches when every word occurs
      somewhere in it (any field), case-insensitively for Latin text and as a
      plain substring for Chinese (``价格`` finds ``客户嫌价格太高``). Fullwidth
      letters are folded, so ``ＣＲＭ`` finds ``crm``.
    - ``tag`` keeps only reviews with that tag (compared after the same
      normalisation as stored tags).
    - Empty and skipped reviews never match. With neither ``text`` nor ``tag``
      every written review is listed, its snippet the start of its text.

    ``items`` are (week label, review) pairs.
    """
    terms = [_fold_query(t) for t in text.split()]
    wanted = normalise_tags([tag])[0] if tag and normalise_tags([tag]) else None
    hits: list[SearchHit] = []
    for label, review in items:
        if review.skipped or review.is_empty():
            continue
        if wanted is not None and wanted not in review.tags:
            continue
        if terms:
            found = _find(review, terms)
            if found is None:
                continue
            field_name, snippet, highlight = found
        else:
            field_name, body = next(((n, t) for n, t in _field_texts(review) if t.strip()), ("tags", ""))
            snippet, _span = _snippet(body, 0, 0, SNIPPET_CONTEXT * 2)
            highlight = (0, 0)
        hits.append(SearchHit(label, review, field_name, snippet, highlight))
    hits.sort(key=lambda h: h.label, reverse=True)
    return hits
