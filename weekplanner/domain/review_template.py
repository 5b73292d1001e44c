"""The review as a plain-text template (for ``$EDITOR``) and back.

Headings (``## What went well``) are written in the UI language and read back
in either language, so a template started in Chinese can be finished in
English. Lines starting with a single ``#`` are notes (the week's numbers) and
are ignored when the text is read back.
"""

from __future__ import annotations

import re

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.amounts import parse_count
from weekplanner.domain.review import Review
from weekplanner.i18n import N_, _, in_every_language

#: Field → heading, in the order the template and the review screen show them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("went_well", N_("What went well")),
    ("went_badly", N_("What went badly")),
    ("why", N_("Why (root causes)")),
    ("improvements", N_("Improvement plan for next week: one concrete item per line")),
    ("rating", N_("Self-rating (1–5)")),
    ("tags", N_("Tags, separated by commas")),
)
#: Field → short name, for search results ("found in: Why").
FIELD_NAMES: dict[str, str] = {
    "went_well": N_("What went well"),
    "went_badly": N_("What went badly"),
    "why": N_("Why (root causes)"),
    "improvements": N_("Improvement plan"),
    "tags": N_("Tags"),
}
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)、])\s*")


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas (ASCII or Chinese) or semicolons."""
    return [t for t in re.split(r"[,，;；、]", text) if t.strip()]


def render_template(title: str, review: Review, notes: list[str]) -> str:
    """The review as text to edit: a title and notes as ``#`` lines, then one ``##`` section per field."""
    values = {
        "went_well": review.went_well,
        "went_badly": review.went_badly,
        "why": review.why,
        "improvements": "\n".join("- " + item for item in review.improvements),
        "rating": str(review.rating or ""),
        "tags": ", ".join(review.tags),
    }
    lines = ["# " + title,
             "# " + _("Lines starting with a single # are ignored. Write under each heading; "
                      "empty sections stay empty."),
             "#"]
    lines += ["# " + note for note in notes]
    for field, heading in SECTIONS:
        lines += ["", "## " + _(heading), values[field]]
    return "\n".join(lines).rstrip() + "\n"


def _heading_fields() -> dict[str, str]:
    """Every heading in every language → its field."""
    return {text.casefold(): field for field, heading in SECTIONS for text in in_every_language(heading)}


def parse_template(text: str) -> Review:
    """The review written in a template; raises ``ParseError`` on an unknown heading or a bad rating."""
    headings = _heading_fields()
    parts: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if line.startswith("##"):
            title = line.lstrip("#").strip()
            current = headings.get(title.casefold())
            if current is None:
                raise ParseError(_("'{heading}' is not a heading of the review template; keep the headings "
                                   "as they were written.").format(heading=title))
            parts.setdefault(current, [])
        elif line.startswith("#"):
            continue
        elif current is not None:
            parts[current].append(line)

    def block(field: str) -> str:
        return "\n".join(parts.get(field, [])).strip()

    rating_text = block("rating")
    return Review(
        went_well=block("went_well"),
        went_badly=block("went_badly"),
        why=block("why"),
        improvements=tuple(_BULLET.sub("", line) for line in parts.get("improvements", [])),
        rating=parse_count(rating_text, maximum=5) if rating_text else None,
        tags=tuple(split_tags(block("tags").replace("\n", ","))),
    )
