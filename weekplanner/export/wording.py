"""Wording the formats share, so Markdown, CSV and HTML say the same thing the same way."""

from __future__ import annotations

from decimal import Decimal

from weekplanner.domain.activity import outcome_label
from weekplanner.domain.formatting import format_date_range, format_day, format_value, format_week
from weekplanner.domain.target import Target
from weekplanner.export.summary import Outcome, Report, Totals, WeekReport
from weekplanner.i18n import N_, _, ngettext, pgettext

def title(report: Report) -> str:
    if report.rep_name:
        return _("Weekly summary: {name}").format(name=report.rep_name)
    return _("Weekly summary")


def period(report: Report) -> str:
    """``2026-W48 · 23–29 Nov`` or ``2026-W45 – 2026-W48 · 2–29 Nov (4 weeks)``."""
    if not report.is_range:
        return format_week(report.first)
    return _("{first} – {last} · {dates} ({count} weeks)").format(
        first=report.first.label, last=report.last.label,
        dates=format_date_range(report.first.start, report.last.end), count=len(report.weeks),
    )


def target_value(target: Target | None, value: Decimal | None) -> str:
    """A value in the target's unit (money for revenue); a plain number without a target."""
    if value is None:
        return "–"
    if target is None:
        return format_value(value, "count")
    return format_value(value, target.metric.value, target.currency, target.unit)


def totals_value(totals: Totals, value: Decimal | None) -> str:
    if value is None:
        return "–"
    return format_value(value, totals.metric or "count", totals.currency or "CNY", totals.unit)


def outcome_text(week: WeekReport, outcome: Outcome) -> str:
    """``Deal won · Acme Ltd · ¥120,000 · Tue 24 Nov``."""
    parts = [outcome_label(outcome.outcome)]
    if outcome.client:
        parts.append(outcome.client)
    if outcome.amount is not None:
        parts.append(target_value(week.target, outcome.amount))
    parts.append(format_day(outcome.at.date()))
    return " · ".join(parts)


def rating_text(rating: int | None) -> str:
    """``★★★★☆ 4/5``."""
    if rating is None:
        return _("not rated")
    return "★" * rating + "☆" * (5 - rating) + f" {rating}/5"


def review_status_text(week: WeekReport) -> str:
    return {
        "missing": _("No review written."),
        "skipped": _("Review skipped this week."),
        "written": "",
    }[week.review_status]


def kept_text(kept: bool | None) -> str:
    if kept is None:
        return _("not marked")
    return _("kept") if kept else _("not kept")


def streak_text(days: int) -> str:
    return ngettext("{n} day", "{n} days", days).format(n=days)


def days_met_text(met: int, total: int) -> str:
    return ngettext("{met} of {total} day", "{met} of {total} days", total).format(met=met, total=total)


def metric_text(target: Target) -> str:
    if target.is_revenue:
        return _("revenue")
    return _("count")


#: The review's text fields in the order a manager reads them.
REVIEW_FIELDS = (
    ("went_well", N_("Went well")),
    ("went_badly", N_("Went badly")),
    ("why", N_("Why")),
)


def review_fields(week: WeekReport) -> list[tuple[str, str]]:
    """(label, text) of the review's non-empty text fields."""
    review = week.review
    if review is None or review.skipped:
        return []
    return [(_(label), getattr(review, attr).strip()) for attr, label in REVIEW_FIELDS if getattr(review, attr).strip()]


def colon() -> str:
    """The label colon: full-width in Chinese text."""
    # TRANSLATORS: between a label and its value ("Target: ¥500,000")
    return pgettext("label colon", ": ")


def aside(text: str) -> str:
    """`` (text)`` after a value; full-width ``（text）`` without a space in Chinese text."""
    # TRANSLATORS: a remark after a value, "¥500,000 (revenue)"
    return pgettext("aside after a value", " ({text})").format(text=text)


def lead(label: str) -> str:
    """``**Target**: `` — a bold Markdown lead-in with the language's colon."""
    return f"**{label}**{colon()}"
