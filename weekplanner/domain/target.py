"""The weekly target: one measurable number, and the record of every change to it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _


class Metric(StrEnum):
    """Revenue (money in a currency) or a count of something (new clients, deals)."""

    REVENUE = "revenue"
    COUNT = "count"


@dataclass(frozen=True)
class TargetChange:
    """One change of the target's value, with the reason the rep gave."""

    old: Decimal
    new: Decimal
    reason: str
    at: datetime


@dataclass(frozen=True)
class Target:
    """A specific, measurable goal for one week."""

    metric: Metric
    value: Decimal
    currency: str = "CNY"
    unit: str = ""
    description: str = ""
    changes: tuple[TargetChange, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.value <= 0:
            raise ParseError(_("A target must be more than zero."))
        if self.metric is Metric.COUNT and self.value != self.value.to_integral_value():
            raise ParseError(_("A count target must be a whole number."))

    @property
    def is_revenue(self) -> bool:
        return self.metric is Metric.REVENUE

    def changed_to(self, value: Decimal, reason: str, at: datetime) -> "Target":
        """This target with a new value; the change and its reason are appended to history."""
        if value == self.value:
            return self
        return replace(
            self,
            value=value,
            changes=self.changes + (TargetChange(self.value, value, reason.strip(), at),),
        )


def percent(achieved: Decimal, target: Decimal) -> Decimal:
    """Achieved as a percent of target, to one decimal (can exceed 100)."""
    if target <= 0:
        return Decimal(0)
    return (achieved * 100 / target).quantize(Decimal("0.1"))
