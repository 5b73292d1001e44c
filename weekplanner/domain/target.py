"""The weekly target: one measurable number, and the record of every change to it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from weekplanner.domain.checked import Checked
from weekplanner.domain.errors import ParseError
from weekplanner.i18n import _


class Metric(StrEnum):
    """Revenue (money in a currency) or a count of something (new clients, deals)."""

    REVENUE = "revenue"
    COUNT = "count"


class TargetChange(NamedTuple):
    """One change of the target's value, with the reason the rep gave."""

    old: Decimal
    new: Decimal
    reason: str
    at: datetime


class _TargetFields(NamedTuple):
    metric: Metric
    value: Decimal
    currency: str = "CNY"
    unit: str = ""
    description: str = ""
    changes: tuple[TargetChange, ...] = ()


class Target(Checked, _TargetFields):
    """A specific, measurable goal for one week; a zero or fractional count cannot be made."""

    __slots__ = ()

    def __new__(cls, *args: object, **kwargs: object) -> "Target":
        target = super().__new__(cls, *args, **kwargs)
        if target.value <= 0:
            raise ParseError(_("A target must be more than zero."))
        if target.metric is Metric.COUNT and target.value != target.value.to_integral_value():
            raise ParseError(_("A count target must be a whole number."))
        return target

    @property
    def is_revenue(self) -> bool:
        return self.metric is Metric.REVENUE

    def changed_to(self, value: Decimal, reason: str, at: datetime) -> "Target":
        """This target with a new value; the change and its reason are appended to history."""
        if value == self.value:
            return self
        return self._replace(
            value=value,
            changes=self.changes + (TargetChange(self.value, value, reason.strip(), at),),
        )


def percent(achieved: Decimal, target: Decimal) -> Decimal:
    """Achieved as a percent of target, to one decimal (can exceed 100)."""
    if target <= 0:
        return Decimal(0)
    return (achieved * 100 / target).quantize(Decimal("0.1"))


def daily_share(target: Target, workdays: int) -> Decimal | None:
    """The target's share of one workday: 10 new clients over 5 workdays is 2 a day (None without workdays).

    A count keeps one decimal (12 over 5 is 2.4); money is kept to the cent.
    """
    if workdays <= 0:
        return None
    share = target.value / workdays
    step = Decimal("0.01") if target.is_revenue else Decimal("0.1")
    share = share.quantize(step)
    return share if share != share.to_integral_value() else share.quantize(Decimal(1))
