"""Everything a rep decides about one week, apart from the logged activities."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from weekplanner.domain.plan import Adjustment, WeekPlan
from weekplanner.domain.target import Target

if TYPE_CHECKING:  # a week without a review never needs the module
    from weekplanner.domain.review import Review


@dataclass(frozen=True)
class WeekRecord:
    """Target, plan, adjustments, review (and its draft), commitment marks of one week.

    ``commitments_kept`` maps the index of an item of last week's improvement
    plan to whether it was kept this week.
    """

    label: str
    target: Target | None = None
    plan: WeekPlan = field(default_factory=WeekPlan)
    adjustments: tuple[Adjustment, ...] = ()
    review: Review | None = None
    review_draft: Review | None = None
    commitments_kept: dict[int, bool] = field(default_factory=dict)

    def with_changes(self, **changes: object) -> "WeekRecord":
        return replace(self, **changes)

    @property
    def original_plan(self) -> WeekPlan:
        """The plan as it was before the first adjustment (for comparison)."""
        return self.adjustments[0].before if self.adjustments else self.plan
