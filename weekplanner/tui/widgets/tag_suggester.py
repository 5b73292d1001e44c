"""Tag completion for the review form and the lessons filter.

A module of its own so the history screen can use it without importing the
review screen (and its text areas) on the way to its first frame.
"""

from __future__ import annotations

from textual.suggester import Suggester


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from tags used in earlier reviews."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        head, _sep, current = value.rpartition(",")
        from weekplanner.domain.review_tags import complete_tag

        typed = current.lstrip()
        tag = complete_tag(typed, self.known)
        if not typed or tag.lower() == typed.lower():
            return None
        prefix = value[: len(value) - len(typed)]
        return prefix + tag
