"""Domain objects ⇄ compact JSON documents (Decimals as strings, dates ISO, empty fields left out)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from weekplanner.domain.activity import Activity, ActivityType
from weekplanner.domain.plan import Adjustment, WeekPlan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Metric, Target, TargetChange

if TYPE_CHECKING:  # imported by the decoders that make them: most commands read neither
    from weekplanner.domain.review import Review
    from weekplanner.domain.summary import WeekSummary

Doc = dict[str, Any]


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _compact(doc: Doc) -> Doc:
    return {k: v for k, v in doc.items() if v not in (None, "", [], {}, ())}


def activity_to_doc(a: Activity) -> Doc:
    return _compact({
        "id": a.id, "type": a.type, "at": a.at.isoformat(), "n": a.count if a.count != 1 else None,
        "client": a.client, "note": a.note, "outcome": a.outcome, "amount": _dec(a.amount),
    })


def activity_from_doc(d: Doc) -> Activity:
    return Activity(
        id=d["id"], type=d["type"], at=datetime.fromisoformat(d["at"]), count=int(d.get("n", 1)),
        client=d.get("client", ""), note=d.get("note", ""), outcome=d.get("outcome", ""),
        amount=_undec(d.get("amount")),
    )


def plan_to_doc(p: WeekPlan) -> Doc:
    return {str(day): dict(row) for day, row in p.as_dict().items()}


def plan_from_doc(d: Doc) -> WeekPlan:
    return WeekPlan({int(day): {t: int(n) for t, n in row.items()} for day, row in d.items()})


def target_to_doc(t: Target | None) -> Doc | None:
    if t is None:
        return None
    return _compact({
        "metric": t.metric.value, "value": str(t.value), "currency": t.currency, "unit": t.unit,
        "description": t.description,
        "changes": [
            {"old": str(c.old), "new": str(c.new), "reason": c.reason, "at": c.at.isoformat()}
            for c in t.changes
        ],
    })


def target_from_doc(d: Doc | None) -> Target | None:
    if not d:
        return None
    return Target(
        metric=Metric(d["metric"]), value=Decimal(d["value"]), currency=d.get("currency", "CNY"),
        unit=d.get("unit", ""), description=d.get("description", ""),
        changes=tuple(
            TargetChange(Decimal(c["old"]), Decimal(c["new"]), c.get("reason", ""), datetime.fromisoformat(c["at"]))
            for c in d.get("changes", [])
        ),
    )


def review_to_doc(r: Review | None) -> Doc | None:
    if r is None:
        return None
    return _compact({
        "went_well": r.went_well, "went_badly": r.went_badly, "why": r.why,
        "improvements": list(r.improvements), "rating": r.rating, "tags": list(r.tags),
        "skipped": r.skipped or None, "written_at": r.written_at.isoformat() if r.written_at else None,
    })


def review_from_doc(d: Doc | None) -> Review | None:
    if d is None:
        return None
    from weekplanner.domain.review import Review

    return Review(
        went_well=d.get("went_well", ""), went_badly=d.get("went_badly", ""), why=d.get("why", ""),
        improvements=tuple(d.get("improvements", [])), rating=d.get("rating"), tags=tuple(d.get("tags", [])),
        skipped=bool(d.get("skipped", False)),
        written_at=datetime.fromisoformat(d["written_at"]) if d.get("written_at") else None,
    )


def record_to_doc(r: WeekRecord) -> Doc:
    return _compact({
        "label": r.label,
        "target": target_to_doc(r.target),
        "plan": plan_to_doc(r.plan),
        "adjustments": [
            {"at": a.at.isoformat(), "reason": a.reason, "kind": a.kind,
             "before": plan_to_doc(a.before), "after": plan_to_doc(a.after)}
            for a in r.adjustments
        ],
        "review": review_to_doc(r.review),
        "draft": review_to_doc(r.review_draft),
        "kept": {str(i): k for i, k in r.commitments_kept.items()},
        "planned": r.planned or None,
    })


def record_from_doc(d: Doc) -> WeekRecord:
    return WeekRecord(
        label=d["label"],
        target=target_from_doc(d.get("target")),
        plan=plan_from_doc(d.get("plan", {})),
        adjustments=tuple(
            Adjustment(datetime.fromisoformat(a["at"]), a.get("reason", ""), plan_from_doc(a["before"]),
                       plan_from_doc(a["after"]), a.get("kind", "rebalance"))
            for a in d.get("adjustments", [])
        ),
        review=review_from_doc(d.get("review")),
        review_draft=review_from_doc(d.get("draft")),
        commitments_kept={int(i): bool(k) for i, k in d.get("kept", {}).items()},
        planned=bool(d.get("planned", False)),
    )


def settings_to_doc(s: Settings) -> Doc:
    return {
        "rep_name": s.rep_name, "currency": s.currency, "week_start": s.week_start,
        "workdays": sorted(s.workdays),
        "activity_types": [
            _compact({"key": t.key, "name": t.name, "hotkey": t.hotkey, "hidden": t.hidden or None})
            for t in s.activity_types
        ],
        "default_quotas": dict(s.default_quotas), "language": s.language, "theme": s.theme,
        "rebalance_cap": str(s.rebalance_cap), "day_start_hour": s.day_start_hour,
        "day_end_hour": s.day_end_hour, "yearly_goal": _dec(s.yearly_goal),
        "yearly_goal_metric": s.yearly_goal_metric, "onboarded": s.onboarded,
        "new_week_plan": s.new_week_plan,
    }


def settings_from_doc(d: Doc) -> Settings:
    defaults = Settings()
    return Settings(
        rep_name=d.get("rep_name", defaults.rep_name),
        currency=d.get("currency", defaults.currency),
        week_start=int(d.get("week_start", defaults.week_start)),
        workdays=frozenset(int(x) for x in d.get("workdays", sorted(defaults.workdays))),
        activity_types=tuple(
            ActivityType(t["key"], t.get("name", ""), t.get("hotkey", ""), bool(t.get("hidden", False)))
            for t in d["activity_types"]
        ) if d.get("activity_types") else defaults.activity_types,
        default_quotas={k: int(v) for k, v in d.get("default_quotas", defaults.default_quotas).items()},
        language=d.get("language"),
        theme=d.get("theme", defaults.theme),
        rebalance_cap=Decimal(str(d.get("rebalance_cap", defaults.rebalance_cap))),
        day_start_hour=int(d.get("day_start_hour", defaults.day_start_hour)),
        day_end_hour=int(d.get("day_end_hour", defaults.day_end_hour)),
        yearly_goal=_undec(d.get("yearly_goal")),
        yearly_goal_metric=d.get("yearly_goal_metric", defaults.yearly_goal_metric),
        onboarded=bool(d.get("onboarded", False)),
        new_week_plan=d.get("new_week_plan", defaults.new_week_plan)
        if d.get("new_week_plan") in ("defaults", "last_week") else defaults.new_week_plan,
    )


def summary_to_doc(s: WeekSummary) -> Doc:
    return _compact({
        "label": s.label, "start": s.start.isoformat(), "target": _dec(s.target_value),
        "metric": s.target_metric, "unit": s.target_unit, "currency": s.currency,
        "achieved": str(s.achieved), "percent": _dec(s.percent), "planned": dict(s.planned), "done": dict(s.done),
        "rating": s.rating, "reviewed": s.reviewed or None, "skipped": s.review_skipped or None,
        "tags": list(s.tags), "met": [[d.isoformat(), m] for d, m in s.days_met], "outcomes": dict(s.outcomes),
        "moved": dict(s.moved),
    })


def summary_from_doc(d: Doc) -> WeekSummary:
    from weekplanner.domain.summary import WeekSummary

    return WeekSummary(
        label=d["label"], start=date.fromisoformat(d["start"]), target_value=_undec(d.get("target")),
        target_metric=d.get("metric"), target_unit=d.get("unit", ""), currency=d.get("currency", ""),
        achieved=Decimal(d["achieved"]), percent=_undec(d.get("percent")),
        planned=dict(d.get("planned", {})), done=dict(d.get("done", {})), rating=d.get("rating"),
        reviewed=bool(d.get("reviewed")), review_skipped=bool(d.get("skipped")),
        tags=tuple(d.get("tags", ())),
        days_met=tuple((date.fromisoformat(day), bool(m)) for day, m in d.get("met", ())),
        outcomes=dict(d.get("outcomes", {})),
        moved=dict(d.get("moved", {})),
    )
