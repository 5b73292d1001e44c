"""The manager summary as one pure data model, built once and rendered to every format.

Every number comes from the domain core (``progress.week_progress``,
``summary.summarise``, ``review.commitments_from``), so a summary agrees with
what the rep saw on screen. Renderers format the model; none of them computes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from weekplanner.domain.activity import NOTABLE_OUTCOMES, Activity, ActivityType
from weekplanner.domain.plan import Adjustment, moved_onto
from weekplanner.domain.progress import PaceStatus, achieved, progress_of, settled
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Commitment, Review, commitments_from
from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import summarise
from weekplanner.domain.target import Target, TargetChange, percent
from weekplanner.domain.week import Week

if TYPE_CHECKING:  # the exporters never need storage at import time
    from weekplanner.storage.repository import Repository, WeekData

class DayReport(NamedTuple):
    """One day's quotas and what was done, per activity type."""

    day: date
    quota: dict[str, int]
    done: dict[str, int]
    achieved: Decimal
    met: bool | None
    #: Per type, what the week's re-balances moved onto (+) or off (−) this day.
    moved: dict[str, int] = {}


class Outcome(NamedTuple):
    """A notable entry (a won deal, a new client) worth naming to the manager."""

    at: datetime
    type: str
    outcome: str
    client: str
    amount: Decimal | None
    note: str = ""
    count: int = 1


class WeekReport(NamedTuple):
    week: Week
    target: Target | None
    achieved: Decimal
    percent: Decimal | None
    days: tuple[DayReport, ...]
    planned: dict[str, int]
    done: dict[str, int]
    target_pace: PaceStatus | None
    activity_pace: PaceStatus | None
    streak: int
    days_met: int
    days_with_quota: int
    outcomes: tuple[Outcome, ...]
    adjustments: tuple[Adjustment, ...]
    review: Review | None
    commitments: tuple[Commitment, ...]
    #: Missed work re-balances moved to later days, per type (``planned`` counts it once).
    moved: Mapping[str, int] = MappingProxyType({})
    #: Every entry of the week in time order (the workbook lists them; notable ones are ``outcomes``).
    entries: tuple[Outcome, ...] = ()

    @property
    def changes(self) -> tuple[TargetChange, ...]:
        return self.target.changes if self.target else ()

    @property
    def review_status(self) -> str:
        """``written``, ``skipped`` or ``missing``: a skipped review is not a forgotten one."""
        if self.review is None:
            return "missing"
        return "skipped" if self.review.skipped else "written"

    @property
    def rating(self) -> int | None:
        return self.review.rating if self.review and not self.review.skipped else None


class Totals(NamedTuple):
    """The sums over a range; target sums only when every week measures the same thing."""

    target: Decimal | None
    achieved: Decimal | None
    percent: Decimal | None
    metric: str | None
    currency: str
    unit: str
    planned: dict[str, int]
    done: dict[str, int]
    days_met: int
    days_with_quota: int
    average_rating: Decimal | None
    moved: Mapping[str, int] = MappingProxyType({})


class RevenueTotals(NamedTuple):
    """The sums over a range's revenue weeks in one currency: money adds up even when other weeks count deals."""

    weeks: int
    target: Decimal
    achieved: Decimal
    percent: Decimal | None
    currency: str


class _ReportFields(NamedTuple):
    rep_name: str
    weeks: tuple[WeekReport, ...]
    #: The activity columns, in the rep's order (types with neither quota nor entries left out).
    types: tuple[ActivityType, ...]
    generated_at: datetime
    totals: Totals


class Report(_ReportFields):
    """The weeks asked for and their totals (summed once, here, for every renderer)."""

    __slots__ = ()

    def __new__(cls, rep_name: str, weeks: tuple[WeekReport, ...], types: tuple[ActivityType, ...],
                generated_at: datetime) -> "Report":
        return super().__new__(cls, rep_name, weeks, types, generated_at, _totals(weeks))

    @property
    def first(self) -> Week:
        return self.weeks[0].week

    @property
    def last(self) -> Week:
        return self.weeks[-1].week

    @property
    def is_range(self) -> bool:
        return len(self.weeks) > 1

    @property
    def label(self) -> str:
        """``2026-W48`` or ``2026-W45–2026-W48``; also names the default file."""
        if not self.is_range:
            return self.first.label
        return f"{self.first.label}–{self.last.label}"

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(o for w in self.weeks for o in w.outcomes)

    @property
    def revenue_totals(self) -> RevenueTotals | None:
        """Target and achieved summed over the weeks with a revenue target in the first such week's currency."""
        revenue = [w for w in self.weeks if w.target is not None and w.target.is_revenue]
        if not revenue:
            return None
        currency = revenue[0].target.currency
        same = [w for w in revenue if w.target.currency == currency]
        target = sum((w.target.value for w in same), Decimal(0))
        achieved = sum((w.achieved for w in same), Decimal(0))
        return RevenueTotals(len(same), target, achieved, percent(achieved, target) if target else None, currency)


def build_week_report(
    data: "WeekData", previous: WeekRecord | None, settings: Settings, now: datetime, streak: int
) -> WeekReport:
    """One week's part of the summary, as of ``now`` (pace of a past week is its final pace).

    ``streak`` is :meth:`Repository.streak_on` the week's last lived day, the same
    streak status and the app show. Days still to come are neither met nor missed.
    """
    week, record = data.week, data.record
    activities = [a for a in data.activities if a.day in week]
    progress = progress_of(week, record, activities, now, settings)
    summary = summarise(week, record, activities)
    counts = progress.counts
    shown = [
        d for d in week.days
        if d.weekday() in settings.workdays or record.plan.day_total(d) or counts.get(d)
    ]
    lived = settled(summary.days_met, now.date())
    met = dict(lived)
    moved = moved_onto(record.adjustments)
    days = tuple(
        DayReport(
            day=d,
            quota=dict(record.plan.quotas.get(d.weekday(), {})),
            done=_ordered(counts.get(d, {}), record.plan.types()),
            achieved=achieved(a for a in activities if a.day == d),
            met=met.get(d),
            moved=moved.get(d.weekday(), {}),
        )
        for d in shown
    )
    review = record.review
    return WeekReport(
        week=week,
        target=record.target,
        achieved=summary.achieved,
        percent=summary.percent,
        days=days,
        planned=dict(summary.planned),
        done=summary.done,
        target_pace=progress.target_pace.status if progress.target_pace else None,
        activity_pace=progress.activity_pace.status if progress.activity_pace else None,
        streak=streak,
        days_met=sum(1 for _day, ok in lived if ok),
        days_with_quota=len(lived),
        outcomes=tuple(_outcome(a) for a in activities if a.outcome in NOTABLE_OUTCOMES),
        adjustments=record.adjustments,
        review=review,
        commitments=tuple(
            commitments_from(previous.review if previous else None, record.commitments_kept)
        ),
        moved=dict(summary.moved),
        entries=tuple(_outcome(a) for a in sorted(activities, key=lambda a: a.at)),
    )


def _ordered(row: dict[str, int], first: list[str]) -> dict[str, int]:
    """Planned types first, then the rest by name: stable output whatever order entries were logged in."""
    keys = [k for k in first if k in row] + sorted(k for k in row if k not in first)
    return {k: row[k] for k in keys}


def _outcome(activity: Activity) -> Outcome:
    return Outcome(activity.at, activity.type, activity.outcome, activity.client, activity.amount, activity.note,
                   activity.count)


def report_types(settings: Settings, weeks: Iterable[WeekReport]) -> tuple[ActivityType, ...]:
    """The rep's types that appear in the weeks, then any unknown keys found in the data."""
    used: dict[str, None] = {}
    for w in weeks:
        for key in [*w.planned, *w.done]:
            used.setdefault(key, None)
    known = [t for t in settings.activity_types if t.key in used]
    extra = [ActivityType(k) for k in used if settings.type_named(k) is None]
    return tuple(known + extra)


def build_report(
    rep_name: str, settings: Settings, weeks: Sequence[WeekReport], now: datetime
) -> Report:
    return Report(rep_name, tuple(weeks), report_types(settings, weeks), now)


def load_report(repo: "Repository", weeks: Sequence[Week], now: datetime | None = None) -> Report:
    """Read exactly the weeks asked for (and the record of the week before the first).

    No history scan: a one-week export reads one week file and one record,
    however many years of history the data folder holds.
    """
    if not weeks:
        raise ValueError("a report needs at least one week")
    now = now or repo.clock.now()
    settings = repo.settings
    previous: WeekRecord | None = repo.record(weeks[0].previous().label)
    reports = []
    for week in weeks:
        data = repo.load_week(week)
        streak = repo.streak_on(min(now.date(), week.end))
        reports.append(build_week_report(data, previous, settings, now, streak))
        previous = data.record
    return build_report(settings.rep_name, settings, reports, now)


def _totals(weeks: Sequence[WeekReport]) -> Totals:
    targets = [w.target for w in weeks if w.target is not None]
    kinds = {(t.metric.value, t.currency if t.is_revenue else "", t.unit) for t in targets}
    same_kind = len(kinds) == 1
    metric, currency, unit = next(iter(kinds)) if same_kind else (None, "", "")
    target = sum((t.value for t in targets), Decimal(0)) if same_kind else None
    # Achieved is in the target's unit, so it only adds up when the targets agree.
    value = sum((w.achieved for w in weeks), Decimal(0)) if same_kind or not targets else None
    # The percent compares like with like: what the weeks that had a target achieved.
    against = sum((w.achieved for w in weeks if w.target is not None), Decimal(0))
    planned: dict[str, int] = {}
    done: dict[str, int] = {}
    moved: dict[str, int] = {}
    for w in weeks:
        for sums, row in ((planned, w.planned), (done, w.done), (moved, w.moved)):
            for key, n in row.items():
                sums[key] = sums.get(key, 0) + n
    ratings = [w.rating for w in weeks if w.rating is not None]
    average = (Decimal(sum(ratings)) / len(ratings)).quantize(Decimal("0.1")) if ratings else None
    return Totals(
        target=target,
        achieved=value,
        percent=percent(against, target) if target else None,
        metric=metric,
        currency=currency,
        unit=unit,
        planned=planned,
        done=done,
        days_met=sum(w.days_met for w in weeks),
        days_with_quota=sum(w.days_with_quota for w in weeks),
        average_rating=average,
        moved=moved,
    )
