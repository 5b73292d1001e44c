"""Domain objects ⇄ compact JSON documents (Decimals as strings, dates ISO, empty fields left out).

Decoding is strict: a data file can be hand-edited, damaged or written by
something else, so every field is checked for its type and range here (a
count is a whole number ≥ 0, an amount a finite decimal within bounds, a name
text) and anything else raises ``ValueError`` naming the field. The repository
turns that into one "not valid" error naming the file, before anything is
computed from it or written next to it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from weekplanner.domain.activity import Activity, ActivityType
from weekplanner.domain.plan import Adjustment, WeekPlan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import ROBOT_PLATFORMS, MailSettings, Robot, Settings
from weekplanner.domain.target import Metric, Target, TargetChange
from weekplanner.i18n import N_

if TYPE_CHECKING:  # imported by the decoders that make them: most commands read neither
    from weekplanner.domain.review import Review
    from weekplanner.domain.summary import WeekSummary

Doc = dict[str, Any]

#: The largest count or quota a file may hold (far above anything a form accepts).
MAX_STORED_COUNT = 10_000_000
#: The largest amount a file may hold (a thousand times the largest amount a form accepts: yearly goals).
MAX_STORED_AMOUNT = Decimal(10) ** 15


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _field_error(field: str, accepted: str, **values: object) -> ValueError:
    """``field must be <accepted>`` in the UI language (``accepted`` is an ``N_()`` message)."""
    from weekplanner.i18n import _

    return ValueError(_("{field} must be {accepted}").format(field=field, accepted=_(accepted).format(**values)))


def _decimal(value: Any, field: str) -> Decimal:
    """A stored decimal: text (or a whole number) holding a finite number within bounds."""
    if value.__class__ is not str and value.__class__ is not int or (value.__class__ is str and len(value) > 200):
        raise _field_error(field, N_("a number written as text"))
    try:
        number = Decimal(value)
    except ArithmeticError:
        raise _field_error(field, N_("a number written as text")) from None
    if not number.is_finite() or abs(number) > MAX_STORED_AMOUNT:
        raise _field_error(field, N_("a finite number of at most {n}"), n=MAX_STORED_AMOUNT)
    return number


def _undec(value: Any, field: str = "amount") -> Decimal | None:
    return None if value is None else _decimal(value, field)


def _share(value: Any, field: str) -> Decimal:
    """A stored share (0.5 = 50%): from 0 to 100."""
    number = _decimal(value, field)
    if not 0 <= number <= 100:
        raise _field_error(field, "0–100")
    return number


def _int(value: Any, field: str, low: int = 0, high: int = MAX_STORED_COUNT) -> int:
    """A stored whole number from ``low`` to ``high`` (a float, text or true/false is refused)."""
    if value.__class__ is not int or not low <= value <= high:
        raise _field_error(field, N_("a whole number from {low} to {high}"), low=low, high=high)
    return value


def _text(d: Doc, field: str, default: str = "") -> str:
    value = d.get(field, default)
    if value.__class__ is not str:
        raise _field_error(field, N_("text"))
    return value


def _texts(value: Any, field: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(v.__class__ is str for v in value):
        raise _field_error(field, N_("a list of texts"))
    return tuple(value)


def _flag(value: Any, field: str) -> bool:
    if value.__class__ is not bool:
        raise _field_error(field, N_("true or false"))
    return value


def _moment(value: Any, field: str = "at") -> datetime:
    if value.__class__ is not str:
        raise _field_error(field, N_("a date and time (2026-11-25T14:00:00)"))
    return datetime.fromisoformat(value)


def _object(value: Any, field: str) -> Doc:
    if not isinstance(value, dict):
        raise _field_error(field, N_("an object"))
    return value


def _compact(doc: Doc) -> Doc:
    return {k: v for k, v in doc.items() if v not in (None, "", [], {}, ())}


def activity_to_doc(a: Activity) -> Doc:
    return _compact({
        "id": a.id, "type": a.type, "at": a.at.isoformat(), "n": a.count if a.count != 1 else None,
        "client": a.client, "note": a.note, "outcome": a.outcome, "amount": _dec(a.amount),
    })


def activity_from_doc(d: Doc) -> Activity:
    d["id"], d["type"], d["at"]  # noqa: B018 - a missing field is named by its KeyError
    return Activity(
        id=_text(d, "id"), type=_text(d, "type"), at=_moment(d["at"]), count=_int(d.get("n", 1), "n", 1),
        client=_text(d, "client"), note=_text(d, "note"), outcome=_text(d, "outcome"),
        amount=_undec(d.get("amount")),
    )


def plan_to_doc(p: WeekPlan) -> Doc:
    return {str(day): dict(row) for day, row in p.as_dict().items()}


def plan_from_doc(d: Doc) -> WeekPlan:
    plan = {}
    for day, row in _object(d, "plan").items():
        if day not in {"0", "1", "2", "3", "4", "5", "6"}:
            raise _field_error("plan", "0–6")
        plan[int(day)] = {t: _int(n, "quota") for t, n in _object(row, "plan").items()}
    return WeekPlan(plan)


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
    d = _object(d, "target")
    return Target(
        metric=Metric(d["metric"]), value=_decimal(d["value"], "value"), currency=_text(d, "currency", "CNY"),
        unit=_text(d, "unit"), description=_text(d, "description"),
        changes=tuple(
            TargetChange(_decimal(c["old"], "old"), _decimal(c["new"], "new"), _text(c, "reason"), _moment(c["at"]))
            for c in (_object(c, "changes") for c in _list(d.get("changes", []), "changes"))
        ),
    )


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _field_error(field, N_("a list"))
    return value


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

    d = _object(d, "review")
    rating = d.get("rating")
    return Review(
        went_well=_text(d, "went_well"), went_badly=_text(d, "went_badly"), why=_text(d, "why"),
        improvements=_texts(d.get("improvements", []), "improvements"),
        rating=None if rating is None else _int(rating, "rating", 1, 5),
        tags=_texts(d.get("tags", []), "tags"),
        skipped=_flag(d.get("skipped", False), "skipped"),
        written_at=_moment(d["written_at"], "written_at") if d.get("written_at") else None,
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
    d["label"]  # noqa: B018 - a missing field is named by its KeyError
    kept = _object(d.get("kept", {}), "kept")
    if not all(i.isdigit() and len(i) < 6 for i in kept):
        raise _field_error("kept", "0, 1, 2 …")
    return WeekRecord(
        label=_text(d, "label"),
        target=target_from_doc(d.get("target")),
        plan=plan_from_doc(d.get("plan", {})),
        adjustments=tuple(
            Adjustment(_moment(a["at"]), _text(a, "reason"), plan_from_doc(a["before"]),
                       plan_from_doc(a["after"]), _text(a, "kind", "rebalance"))
            for a in (_object(a, "adjustments") for a in _list(d.get("adjustments", []), "adjustments"))
        ),
        review=review_from_doc(d.get("review")),
        review_draft=review_from_doc(d.get("draft")),
        commitments_kept={int(i): _flag(k, "kept") for i, k in kept.items()},
        planned=_flag(d.get("planned", False), "planned"),
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
        "robots": [_compact(r._asdict()) for r in s.robots],
        "mail": _compact({**s.mail._asdict(), "to": list(s.mail.to)}),
        "new_week_plan": s.new_week_plan,
    }


def settings_from_doc(d: Doc) -> Settings:
    defaults = Settings()
    types = _list(d.get("activity_types") or [], "activity_types")
    for t in types:
        _object(t, "activity_types")
        if not _text(t, "key"):
            raise _field_error("key", "text")
    language = d.get("language")
    if language is not None and not isinstance(language, str):
        raise _field_error("language", "en, zh")
    workdays = _list(d.get("workdays", sorted(defaults.workdays)), "workdays")
    return Settings(
        rep_name=_text(d, "rep_name", defaults.rep_name),
        currency=_text(d, "currency", defaults.currency),
        week_start=_int(d.get("week_start", defaults.week_start), "week_start", 0, 6),
        workdays=frozenset(_int(x, "workdays", 0, 6) for x in workdays),
        activity_types=tuple(
            ActivityType(t["key"], _text(t, "name"), _text(t, "hotkey"), _flag(t.get("hidden", False), "hidden"))
            for t in types
        ) if types else defaults.activity_types,
        default_quotas={k: _int(v, "default_quotas")
                        for k, v in _object(d.get("default_quotas", dict(defaults.default_quotas)),
                                            "default_quotas").items()},
        language=language,
        theme=_text(d, "theme", defaults.theme),
        rebalance_cap=_share(d.get("rebalance_cap", str(defaults.rebalance_cap)), "rebalance_cap"),
        day_start_hour=_int(d.get("day_start_hour", defaults.day_start_hour), "day_start_hour", 0, 24),
        day_end_hour=_int(d.get("day_end_hour", defaults.day_end_hour), "day_end_hour", 0, 24),
        yearly_goal=_undec(d.get("yearly_goal"), "yearly_goal"),
        yearly_goal_metric=_text(d, "yearly_goal_metric", defaults.yearly_goal_metric),
        onboarded=_flag(d.get("onboarded", False), "onboarded"),
        robots=tuple(
            Robot(str(r["platform"]), str(r.get("webhook", "")), str(r.get("secret", "")), str(r.get("keyword", "")))
            for r in d.get("robots", ()) if isinstance(r, dict) and r.get("platform") in ROBOT_PLATFORMS
        ),
        mail=MailSettings(**{
            k: (tuple(str(a) for a in v) if k == "to" else str(v))
            for k, v in (d.get("mail") or {}).items() if k in MailSettings._fields
        }),
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
