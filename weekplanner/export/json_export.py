"""The summary as versioned JSON for other tools (and for the manager's team roll-up).

The document's shape is written down once, in :data:`SHAPE`; the README shows
it (``describe_shape``), the tests and the roll-up check documents against it
(``shape_errors``), so the documentation cannot drift from what is written.
Decimals are strings (no float rounding of money); dates are ISO 8601; keys
are stable English identifiers; ``name``/``label`` fields are in the export's
language, for display only.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from weekplanner.domain.activity import outcome_label
from weekplanner.export.summary import Report, Totals, WeekReport
from weekplanner.i18n import current_language

SCHEMA_ID = "weekplanner.summary/1"

#: The documented shape. Leaf types: "string", "int", "bool", "decimal" (a string such
#: as "1234.50"), "date" (YYYY-MM-DD), "datetime" (YYYY-MM-DDTHH:MM:SS), a quoted
#: constant; a trailing "?" allows null; [shape] is a list; {"<key>": shape} a map.
SHAPE: dict[str, Any] = {
    "schema": '"weekplanner.summary/1"',
    "generated_at": "datetime",
    "language": "string",
    "rep": "string",
    "range": {"from": "string", "to": "string", "start": "date", "end": "date", "weeks": "int"},
    "activity_types": [{"key": "string", "name": "string"}],
    "weeks": [{
        "label": "string",
        "start": "date",
        "end": "date",
        "target": {
            "metric": "string",
            "value": "decimal",
            "currency": "string",
            "unit": "string",
            "description": "string",
            "changes": [{"old": "decimal", "new": "decimal", "reason": "string", "at": "datetime"}],
        },
        "target?": "null when no target was set",
        "achieved": "decimal",
        "percent": "decimal?",
        "activities": {"<type key>": {"quota": "int", "done": "int", "moved": "int"}},
        "days": [{
            "date": "date",
            "quota": {"<type key>": "int"},
            "done": {"<type key>": "int"},
            "achieved": "decimal",
            "met": "bool?",
        }],
        "pace": {
            "target": "string?",
            "activities": "string?",
            "streak": "int",
            "days_met": "int",
            "days_with_quota": "int",
        },
        "outcomes": [{
            "at": "datetime",
            "type": "string",
            "outcome": "string",
            "label": "string",
            "client": "string",
            "amount": "decimal?",
        }],
        "adjustments": [{"at": "datetime", "kind": "string", "reason": "string"}],
        "review": {
            "status": "string",
            "went_well": "string",
            "went_badly": "string",
            "why": "string",
            "improvements": ["string"],
            "rating": "int?",
            "tags": ["string"],
        },
        "commitments": [{"text": "string", "kept": "bool?"}],
    }],
    "totals": {
        "metric": "string?",
        "currency": "string",
        "unit": "string",
        "target": "decimal?",
        "achieved": "decimal?",
        "percent": "decimal?",
        "activities": {"<type key>": {"quota": "int", "done": "int", "moved": "int"}},
        "days_met": "int",
        "days_with_quota": "int",
        "average_rating": "decimal?",
    },
}

#: Values the string fields above may take (documented in the README with the shape).
ENUMS = {
    "metric": ("revenue", "count"),
    "pace": ("ahead", "on_track", "behind"),
    "review.status": ("written", "skipped", "missing"),
}


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _activities(planned: dict[str, int], done: dict[str, int], moved: dict[str, int]) -> dict[str, dict[str, int]]:
    keys = list(dict.fromkeys([*planned, *done]))
    return {k: {"quota": planned.get(k, 0), "done": done.get(k, 0), "moved": moved.get(k, 0)} for k in keys}


def _week_doc(week: WeekReport) -> dict[str, Any]:
    target = week.target
    review = week.review if week.review and not week.review.skipped else None
    return {
        "label": week.week.label,
        "start": week.week.start.isoformat(),
        "end": week.week.end.isoformat(),
        "target": None if target is None else {
            "metric": target.metric.value,
            "value": str(target.value),
            "currency": target.currency,
            "unit": target.unit,
            "description": target.description,
            "changes": [
                {"old": str(c.old), "new": str(c.new), "reason": c.reason, "at": c.at.isoformat()}
                for c in target.changes
            ],
        },
        "achieved": str(week.achieved),
        "percent": _dec(week.percent),
        "activities": _activities(week.planned, week.done, week.moved),
        "days": [
            {"date": d.day.isoformat(), "quota": d.quota, "done": d.done, "achieved": str(d.achieved), "met": d.met}
            for d in week.days
        ],
        "pace": {
            "target": week.target_pace.value if week.target_pace else None,
            "activities": week.activity_pace.value if week.activity_pace else None,
            "streak": week.streak,
            "days_met": week.days_met,
            "days_with_quota": week.days_with_quota,
        },
        "outcomes": [
            {"at": o.at.isoformat(), "type": o.type, "outcome": o.outcome, "label": outcome_label(o.outcome),
             "client": o.client, "amount": _dec(o.amount)}
            for o in week.outcomes
        ],
        "adjustments": [{"at": a.at.isoformat(), "kind": a.kind, "reason": a.reason} for a in week.adjustments],
        "review": {
            "status": week.review_status,
            "went_well": review.went_well if review else "",
            "went_badly": review.went_badly if review else "",
            "why": review.why if review else "",
            "improvements": list(review.improvements) if review else [],
            "rating": review.rating if review else None,
            "tags": list(review.tags) if review else [],
        },
        "commitments": [{"text": c.text, "kept": c.kept} for c in week.commitments],
    }


def _totals_doc(totals: Totals) -> dict[str, Any]:
    return {
        "metric": totals.metric,
        "currency": totals.currency,
        "unit": totals.unit,
        "target": _dec(totals.target),
        "achieved": _dec(totals.achieved),
        "percent": _dec(totals.percent),
        "activities": _activities(totals.planned, totals.done, totals.moved),
        "days_met": totals.days_met,
        "days_with_quota": totals.days_with_quota,
        "average_rating": _dec(totals.average_rating),
    }


def summary_doc(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "generated_at": report.generated_at.isoformat(),
        "language": current_language(),
        "rep": report.rep_name,
        "range": {
            "from": report.first.label,
            "to": report.last.label,
            "start": report.first.start.isoformat(),
            "end": report.last.end.isoformat(),
            "weeks": len(report.weeks),
        },
        "activity_types": [{"key": t.key, "name": t.display_name} for t in report.types],
        "weeks": [_week_doc(w) for w in report.weeks],
        "totals": _totals_doc(report.totals),
    }


def render_json(report: Report) -> str:
    return json.dumps(summary_doc(report), ensure_ascii=False, indent=2) + "\n"


def describe_shape() -> str:
    """The shape as the README shows it."""
    return json.dumps(SHAPE, ensure_ascii=False, indent=2)


# -- checking a document against the shape ------------------------------------
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _leaf_error(value: Any, kind: str) -> str | None:
    nullable = kind.endswith("?")
    kind = kind.rstrip("?")
    if value is None:
        return None if nullable else "is null"
    if kind.startswith('"'):
        return None if value == json.loads(kind) else f"is {value!r}, expected {kind}"
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "string":
        ok = isinstance(value, str)
    elif kind == "date":
        ok = isinstance(value, str) and bool(_DATE.match(value))
    elif kind == "datetime":
        ok = isinstance(value, str) and bool(_DATETIME.match(value))
    elif kind == "decimal":
        ok = isinstance(value, str) and _is_decimal(value)
    else:  # a note in the documentation, not a field
        return None
    return None if ok else f"is {value!r}, expected {kind}"


def _is_decimal(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


def shape_errors(doc: Any, shape: Any = None, path: str = "$") -> list[str]:
    """Every place where ``doc`` departs from the documented shape (empty when it conforms)."""
    shape = SHAPE if shape is None else shape
    if isinstance(shape, str):
        error = _leaf_error(doc, shape)
        return [f"{path} {error}"] if error else []
    if isinstance(shape, list):
        if not isinstance(doc, list):
            return [f"{path} is not a list"]
        return [e for i, item in enumerate(doc) for e in shape_errors(item, shape[0], f"{path}[{i}]")]
    if not isinstance(doc, dict):
        return [f"{path} is not an object"]
    fields = {k: v for k, v in shape.items() if not k.endswith("?")}
    if len(fields) == 1 and next(iter(fields)).startswith("<"):
        inner = next(iter(fields.values()))
        return [e for key, value in doc.items() for e in shape_errors(value, inner, f"{path}.{key}")]
    errors = []
    for key, sub in fields.items():
        if key not in doc:
            errors.append(f"{path}.{key} is missing")
        elif doc[key] is None and f"{key}?" in shape:
            continue
        else:
            errors += shape_errors(doc[key], sub, f"{path}.{key}")
    return errors
