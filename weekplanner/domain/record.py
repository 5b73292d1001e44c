"""Everything a rep decides about one week, apart from the logged activities."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping, NamedTuple

from weekplanner.domain.plan import Adjustment, WeekPlan
from weekplanner.domain.target import Target

if TYPE_CHECKING:  # a week without a review never needs the module
    from weekplanner.domain.review import Review


class WeekRecord(NamedTuple):
    """Target, plan, adjustments, review (and its draft), commitment marks of one week.

    ``commitments_kept`` maps the index of an item of last week's improvement
    plan to whether it was kept this week.
    """

    label: str
    target: Target | None = None
    plan: WeekPlan = WeekPlan()
    adjustments: tuple[Adjustment, ...] = ()
    review: Review | None = None
    review_draft: Review | None = None
    commitments_kept: Mapping[int, bool] = MappingProxyType({})
    #: True once the week was planned (by the rep, or by :func:`plan.first_plan`), even if emptied since.
    planned: bool = False

    def with_changes(self, **changes: object) -> "WeekRecord":
        return self._replace(**changes)

    @property
    def original_plan(self) -> WeekPlan:
        """The plan as it was before the first adjustment (for comparison)."""
        return self.adjustments[0].before if self.adjustments else self.plan
