"""A fixed sample month for the export tests: 2026-W45 to 2026-W48, seen on Wed 25 Nov 2026."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal


from weekplanner.domain.plan import Adjustment, uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import DEFAULT_WORKDAYS, Week
from weekplanner.storage.repository import make_activity

W48 = Week.from_label("2026-W48")
DAILY = {"call": 10, "visit": 3, "email": 20}


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour))


def _log(repo, day: date, calls: int, visits: int, emails: int) -> None:
    for kind, n in (("call", calls), ("visit", visits), ("email", emails)):
        if n:
            repo.add_activity(make_activity(kind, at(day, 9), count=n))


def fill_sample(repo) -> None:
    """Four weeks of a rep's data; W48 is the showcase week (mid-week, reviewed, with outcomes)."""
    repo.save_settings(Settings(rep_name="Li Wei"))
    plan = uniform_plan(DAILY, sorted(DEFAULT_WORKDAYS))
    # W45: met most days, no review written.
    w45 = Week.from_label("2026-W45")
    repo.save_record(WeekRecord("2026-W45", Target(Metric.REVENUE, Decimal(400000)), plan), "t")
    for i, day in enumerate(w45.workdays()):
        _log(repo, day, 10, 3, 20 if i else 12)
    repo.add_activity(make_activity("visit", at(w45.days[2], 15), client="Hua Tai", outcome="deal_won",
                                    amount=Decimal(380000)))
    # W46: a holiday week, review skipped on purpose.
    w46 = Week.from_label("2026-W46")
    repo.save_record(WeekRecord("2026-W46", Target(Metric.REVENUE, Decimal(200000)), plan,
                                review=Review(skipped=True)), "t")
    _log(repo, w46.days[0], 4, 1, 5)
    # W47: reviewed, with an improvement plan that becomes W48's commitments.
    w47 = Week.from_label("2026-W47")
    repo.save_record(WeekRecord(
        "2026-W47", Target(Metric.REVENUE, Decimal(450000)), plan,
        review=Review(went_well="Strong visit week", improvements=("Follow up within 24h", "Prepare visit notes"),
                      rating=3),
    ), "t")
    for day in w47.workdays():
        _log(repo, day, 9, 3, 18)
    repo.add_activity(make_activity("call", at(w47.days[4], 16), client="Dongfang Steel", outcome="new_client",
                                    amount=Decimal("455000.50")))
    # W48: target raised with a reason, a re-balance, three days logged, review written.
    target = Target(Metric.REVENUE, Decimal(400000)).changed_to(
        Decimal(500000), "Acme expanded the order", at(W48.days[1], 11))
    rebalanced = plan.with_quota(W48.days[3], "call", 12)
    review = Review(
        went_well="Two demos converted.\nAcme signed early.",
        went_badly="Too many emails | no replies",
        why="Cold list was old",
        improvements=("Call before 10am", "Book visits on Monday"),
        rating=4,
        tags=("pipeline", "Demo"),
    )
    repo.save_record(WeekRecord(
        "2026-W48", target, rebalanced,
        adjustments=(Adjustment(at(W48.days[2], 9), "Missed calls on Tuesday", plan, rebalanced),),
        review=review, commitments_kept={0: True, 1: False},
    ), "t")
    _log(repo, W48.days[0], 10, 3, 20)
    _log(repo, W48.days[1], 8, 3, 15)
    _log(repo, W48.days[2], 6, 1, 10)
    repo.add_activity(make_activity("visit", at(W48.days[1], 15), client="Acme <Ltd> & Co", outcome="deal_won",
                                    amount=Decimal(120000)))
    repo.add_activity(make_activity("call", at(W48.days[2], 11), client="北京星辰贸易", outcome="new_client",
                                    amount=Decimal(30000)))
    repo.add_activity(make_activity("call", at(W48.days[2], 12), client="Nobody", outcome="no_answer"))
