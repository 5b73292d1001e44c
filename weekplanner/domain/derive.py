"""Derive the week's activity from its target ("制定具体计划").

A target says where the week should end; the rep's own conversion ratios say
how much activity gets there: ¥500,000 ÷ ¥50,000 average deal = 10 deals;
10 deals ÷ 25% visit→deal = 40 visits = 8 a day; 4 calls per visit = 32 calls
a day. Every step rounds up, so a plan that is kept reaches the target.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Iterable, NamedTuple

from weekplanner.domain.formatting import format_money, format_number, format_percent, format_value
from weekplanner.domain.insights import overall_conversion
from weekplanner.domain.plan import WeekPlan, split_total
from weekplanner.domain.summary import WeekSummary
from weekplanner.domain.target import Target
from weekplanner.i18n import _

#: How many recent weeks the ratios are read from: enough to smooth a lucky week, recent enough to matter.
RATIO_WEEKS = 12


class Ratios(NamedTuple):
    """The rep's conversion ratios; ``from_history`` names those read from their own weeks."""

    avg_deal: Decimal = Decimal(50_000)
    visit_to_deal: Decimal = Decimal("0.25")
    calls_per_visit: Decimal = Decimal(4)
    emails_per_visit: Decimal = Decimal(5)
    visits_per_client: Decimal = Decimal(4)
    from_history: frozenset[str] = frozenset()


DEFAULT_RATIOS = Ratios()


def _share(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator / denominator).quantize(Decimal("0.01"))


def ratios_from_history(summaries: Iterable[WeekSummary], weeks: int = RATIO_WEEKS) -> Ratios:
    """Ratios from the ``weeks`` most recent summaries (newest first); defaults where there is no data.

    The average deal is what revenue weeks achieved divided by the deals won in
    them (the amounts a rep logs are the deals' values).
    """
    recent = list(summaries)[:weeks]
    conversion = overall_conversion(recent)
    visits, calls = conversion.visits, conversion.calls
    emails = sum(s.done.get("email", 0) for s in recent)
    clients = sum(s.outcomes.get("new_client", 0) for s in recent)
    revenue_weeks = [s for s in recent if s.target_metric == "revenue"]
    revenue = sum((s.achieved for s in revenue_weeks), Decimal(0))
    revenue_deals = sum(s.outcomes.get("deal_won", 0) for s in revenue_weeks)

    found: dict[str, Decimal] = {}
    if revenue_deals and revenue > 0:
        found["avg_deal"] = _share(revenue, Decimal(revenue_deals))
    if conversion.visit_to_deal:
        found["visit_to_deal"] = min(conversion.visit_to_deal / 100, Decimal(1))
    if visits and calls:
        found["calls_per_visit"] = _share(Decimal(calls), Decimal(visits))
    if visits and emails:
        found["emails_per_visit"] = _share(Decimal(emails), Decimal(visits))
    if visits and clients:
        found["visits_per_client"] = _share(Decimal(visits), Decimal(clients))
    return Ratios(**{**DEFAULT_RATIOS._asdict(), **found, "from_history": frozenset(found)})


class DerivedPlan(NamedTuple):
    """Weekly totals per activity type, the per-day plan, and how they were worked out."""

    weekly: dict[str, int]
    plan: WeekPlan
    steps: tuple[str, ...]

    @property
    def explanation(self) -> str:
        return "; ".join(self.steps)


def _ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def _per_day(total: int, days: int) -> str:
    """``8`` when the days share it evenly, else ``8.4`` (the split gives some days one more)."""
    if days == 0:
        return "0"
    exact = Decimal(total) / days
    return format_number(exact, 0 if exact == exact.to_integral_value() else 1)


def _ratio(value: Decimal) -> str:
    return format_number(value, 0 if value == value.to_integral_value() else 2)


def derive_plan(target: Target, ratios: Ratios, workdays: Iterable[int]) -> DerivedPlan:
    """The calls, visits and emails that reach ``target``, spread over ``workdays``.

    Revenue: target ÷ average deal = deals; deals ÷ visit→deal rate = visits.
    Count (new clients …): target × visits per client = visits. Calls and
    emails follow from the visits. Every step rounds up.
    """
    days = list(workdays)
    n_days = len(days)
    if target.is_revenue:
        deals = max(_ceil(target.value / ratios.avg_deal), 1)
        visits = max(_ceil(deals / ratios.visit_to_deal), 1) if ratios.visit_to_deal > 0 else 0
        first = _(
            "{target} ÷ {deal} avg deal = {deals} deals ÷ {rate} visit→deal = {visits} visits = {per_day}/day"
        ).format(
            target=format_money(target.value, target.currency),
            deal=format_money(ratios.avg_deal, target.currency),
            deals=deals,
            rate=format_percent(ratios.visit_to_deal * 100),
            visits=visits,
            per_day=_per_day(visits, n_days),
        )
    else:
        visits = _ceil(target.value * ratios.visits_per_client)
        first = _("{target} × {ratio} visits per client = {visits} visits = {per_day}/day").format(
            target=format_value(target.value, target.metric.value, target.currency, target.unit),
            ratio=_ratio(ratios.visits_per_client),
            visits=visits,
            per_day=_per_day(visits, n_days),
        )
    calls = _ceil(visits * ratios.calls_per_visit)
    emails = _ceil(visits * ratios.emails_per_visit)
    steps = (
        first,
        _("{ratio} calls per visit = {per_day} calls/day").format(
            ratio=_ratio(ratios.calls_per_visit), per_day=_per_day(calls, n_days)
        ),
        _("{ratio} emails per visit = {per_day} emails/day").format(
            ratio=_ratio(ratios.emails_per_visit), per_day=_per_day(emails, n_days)
        ),
    )
    weekly = {"call": calls, "visit": visits, "email": emails}
    plan = WeekPlan()
    for activity_type, total in weekly.items():
        plan = plan.with_type(activity_type, split_total(total, days))
    return DerivedPlan(weekly=weekly, plan=plan, steps=steps)


__all__ = ["DEFAULT_RATIOS", "DerivedPlan", "Ratios", "derive_plan", "ratios_from_history"]
