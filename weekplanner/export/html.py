"""The summary as one self-contained, printable HTML page.

Everything is inline (style sheet, SVG chart); nothing is fetched and no
script runs, so the file opens the same offline, in a mail attachment, or
printed to PDF. The markup is in ``templates/`` (Jinja2, autoescaping on), so
every piece of the rep's text is escaped by the template engine, never by hand;
this module only works out what the page says. The stylesheet is
``templates/report.css``; its colours are the report's own, chosen to print
well in grey as well. Jinja2 is imported on the first page rendered, never at
start-up.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, Sequence

from weekplanner.domain.formatting import done_of, format_day, format_percent, format_value, weekday_name
from weekplanner.domain.plan import adjustment_label
from weekplanner.domain.progress import done_percent, pace_label
from weekplanner.export import wording as w
from weekplanner.export.summary import Report, WeekReport
from weekplanner.i18n import _, language_tag

if TYPE_CHECKING:
    from jinja2 import Environment

QUOTA_COLOUR, DONE_COLOUR, MET_COLOUR = "#c9d2dc", "#2f6fb0", "#2f8a57"


class Fill(NamedTuple):
    """A progress bar: its colour class and how full it is (percent, one decimal)."""

    tone: str
    width: str


class Marked(NamedTuple):
    """A table cell's text with a class (``met`` / ``missed``)."""

    cls: str
    text: str


class Card(NamedTuple):
    key: str
    value: str
    sub: str = ""
    fill: Fill | None = None


class Shape(NamedTuple):
    """One shape of an SVG chart: a bar (``text`` None) or a label centred at ``x``."""

    x: str
    y: str
    width: str = ""
    height: str = ""
    colour: str = ""
    text: str | None = None


class Chart(NamedTuple):
    title: str
    width: int
    height: int
    axis: int
    shapes: list[Shape]
    legend: list[tuple[str, str]]


class Listed(NamedTuple):
    heading: str
    lines: list[str]


def bar(pct: Decimal | None) -> Fill:
    """A progress bar; colour says how far along (green met, blue close, amber/red behind)."""
    value = float(pct or 0)
    tone = "good" if value >= 100 else "" if value >= 70 else "warn" if value >= 40 else "bad"
    return Fill(tone, f"{min(value, 100):.1f}")


def _bar_shapes(x: float, y: float, width: float, height: float, colour: str, label: str) -> list[Shape]:
    """A bar standing on the axis and its value above it."""
    return [Shape(f"{x:.1f}", f"{y:.1f}", f"{width:.1f}", f"{height:.1f}", colour),
            Shape(f"{x + width / 2:.1f}", f"{y - 4:.1f}", text=label)]


def chart(groups: Sequence[tuple[str, int, int]]) -> Chart:
    """An inline SVG bar chart: per group (label, done, quota), the quota bar behind the done bar."""
    width, height, top, bottom = 800, 180, 18, 24
    scale = max([1, *(max(d, q) for _l, d, q in groups)])
    slot = width / max(len(groups), 1)
    plot = height - top - bottom
    shapes: list[Shape] = []
    for i, (label, done, quota) in enumerate(groups):
        x = i * slot + slot * 0.2
        bar_width = slot * 0.28
        for offset, value, colour in ((0, quota, QUOTA_COLOUR), (bar_width + 4, done, DONE_COLOUR)):
            h = plot * value / scale
            shapes += _bar_shapes(x + offset, height - bottom - h, bar_width, h, colour, str(value))
        shapes.append(Shape(f"{i * slot + slot / 2:.1f}", str(height - 6), text=label))
    return Chart(_("Activities done against quota"), width, height, height - bottom, shapes,
                 [(QUOTA_COLOUR, _("Quota")), (DONE_COLOUR, _("Done"))])


def target_chart(report: Report) -> Chart | None:
    """Per week, achieved against target as an inline SVG: each week's target bar is its own 100%.

    Weeks may count different things (money one week, deals the next), so bars are
    scaled within their week and labelled with the values in the week's own unit.
    """
    weeks = [week for week in report.weeks if week.target is not None and week.target.value > 0]
    if not weeks:
        return None
    width, height, top, bottom = 800, 200, 30, 24
    plot = height - top - bottom
    top_share = max([Decimal(100), *(min(week.percent or 0, Decimal(200)) for week in weeks)])
    slot = width / len(report.weeks)
    shapes: list[Shape] = []
    for i, week in enumerate(report.weeks):
        shapes.append(Shape(f"{i * slot + slot / 2:.1f}", str(height - 6), text=week.week.label[-3:]))
        target = week.target
        if target is None or target.value <= 0:
            continue
        x, bar_width = i * slot + slot * 0.2, slot * 0.28
        share = min(week.percent or Decimal(0), Decimal(200))
        for offset, value, pct, colour in (
            (0, target.value, Decimal(100), QUOTA_COLOUR),
            (bar_width + 4, week.achieved, share, MET_COLOUR if share >= 100 else DONE_COLOUR),
        ):
            h = float(plot * pct / top_share)
            label = format_value(value, target.metric.value, target.currency, target.unit, compact=True)
            shapes += _bar_shapes(x + offset, height - bottom - h, bar_width, h, colour, label)
    return Chart(_("Achieved and target per week (the target bar is each week's 100%)"), width, height,
                 height - bottom, shapes, [(QUOTA_COLOUR, _("Target")), (DONE_COLOUR, _("Achieved"))])


def revenue_total(report: Report) -> dict[str, Any] | None:
    """One line: what the range's revenue weeks achieved together, even when other weeks count deals."""
    totals = report.revenue_totals
    if totals is None:
        return None
    line = _("Revenue weeks ({weeks} of {count}): {achieved} of {target} · {percent}").format(
        weeks=totals.weeks, count=len(report.weeks),
        achieved=format_value(totals.achieved, "revenue", totals.currency),
        target=format_value(totals.target, "revenue", totals.currency), percent=format_percent(totals.percent),
    )
    return {"fill": bar(totals.percent), "line": line}


def _week_cards(week: WeekReport) -> list[Card]:
    target = week.target
    return [
        Card(_("Target"), w.target_value(target, target.value) if target else _("no target set"),
             w.metric_text(target) if target else ""),
        Card(_("Achieved"), w.target_value(target, week.achieved), format_percent(week.percent),
             bar(week.percent) if target else None),
        Card(_("Pace"), pace_label(week.target_pace), _("activities") + " " + pace_label(week.activity_pace)),
        Card(_("Quotas met"), w.days_met_text(week.days_met, week.days_with_quota),
             _("streak") + " " + w.streak_text(week.streak)),
    ]


def _changes(report: Report) -> Listed | None:
    lines = []
    for week in report.weeks:
        prefix = week.week.label + " · " if report.is_range else ""
        for c in week.changes:
            lines.append(f"{prefix}{w.target_value(week.target, c.old)} → {w.target_value(week.target, c.new)}"
                         f"{w.aside(format_day(c.at.date()))}{w.colon()}{c.reason or _('no reason given')}")
        for a in week.adjustments:
            lines.append(f"{prefix}{adjustment_label(a.kind)}{w.aside(format_day(a.at.date()))}{w.colon()}"
                         f"{a.reason or _('no reason given')}")
    return Listed(_("Target and plan changes"), lines) if lines else None


def _week_activities(report: Report, week: WeekReport) -> dict[str, Any]:
    headers = ["", *(f"{weekday_name(d.day)} {d.day.day}" for d in week.days), _("Total"), ""]
    rows = []
    for t in report.types:
        cells: list[object] = [t.display_name]
        for d in week.days:
            done, quota = d.done.get(t.key, 0), d.quota.get(t.key, 0)
            text = done_of(done, quota)
            cells.append(Marked("met" if done >= quota else "missed", text) if quota else text)
        done, quota = week.done.get(t.key, 0), week.planned.get(t.key, 0)
        cells += [done_of(done, quota), bar(done_percent(done, quota)) if quota else ""]
        rows.append(cells)
    groups = [(weekday_name(d.day), sum(d.done.values()), sum(d.quota.values())) for d in week.days]
    return {"heading": _("Activities (done/quota)"), "headers": headers, "rows": rows, "chart": chart(groups)}


def _range_overview(report: Report) -> dict[str, Any]:
    headers = [_("Week"), _("Target"), _("Achieved"), "%", ""]
    headers += [t.display_name for t in report.types] + [_("Rating")]
    rows: list[list[object]] = []
    for week in report.weeks:
        rows.append([
            week.week.label,
            w.target_value(week.target, week.target.value if week.target else None),
            w.target_value(week.target, week.achieved),
            format_percent(week.percent),
            bar(week.percent) if week.target else "",
            *(done_of(week.done.get(t.key, 0), week.planned.get(t.key, 0)) for t in report.types),
            f"{week.rating}/5" if week.rating else "–",
        ])
    totals = report.totals
    rating = f"{totals.average_rating}/5" if totals.average_rating else "–"
    total = [
        _("Total"), w.totals_value(totals, totals.target), w.totals_value(totals, totals.achieved),
        format_percent(totals.percent), bar(totals.percent) if totals.target else "",
        *(done_of(totals.done.get(t.key, 0), totals.planned.get(t.key, 0)) for t in report.types),
        rating,
    ]
    groups = [(week.week.label[-3:], sum(week.done.values()), sum(week.planned.values())) for week in report.weeks]
    cards = [
        Card(_("Target"), w.totals_value(totals, totals.target)),
        Card(_("Achieved"), w.totals_value(totals, totals.achieved), format_percent(totals.percent),
             bar(totals.percent) if totals.target else None),
        Card(_("Quotas met"), w.days_met_text(totals.days_met, totals.days_with_quota)),
        Card(_("Rating"), rating, _("average of rated weeks")),
    ]
    return {"cards": cards, "heading": _("Week by week"), "headers": headers, "rows": rows, "total": total,
            "chart": chart(groups), "target_heading": _("Achieved against target"),
            "target_chart": target_chart(report), "revenue": revenue_total(report)}


def _outcomes(report: Report) -> Listed | None:
    lines = [(week.week.label + " · " if report.is_range else "") + w.outcome_text(week, o)
             for week in report.weeks for o in week.outcomes]
    return Listed(_("Notable outcomes"), lines) if lines else None


def _review(report: Report, week: WeekReport) -> dict[str, Any]:
    review = week.review
    status = w.review_status_text(week)
    written = not status
    return {
        "heading": _("Review") if not report.is_range else _("Review {week}").format(week=week.week.label),
        "status": status,
        "rating_label": _("Rating"), "colon": w.colon(), "rating": w.rating_text(week.rating),
        "fields": w.review_fields(week) if written else [],
        "improvements_label": _("Improvement plan"),
        "improvements": review.improvements if written else [],
        "tags": review.tags if written else [],
        "commitments_label": _("Last week's commitments"),
        "commitments": [
            {"cls": "kept" if c.kept else "not-kept" if c.kept is False else "note",
             "mark": "✓" if c.kept else "✗" if c.kept is False else "·",
             "text": c.text, "aside": w.aside(w.kept_text(c.kept))}
            for c in week.commitments
        ],
    }


@cache
def _environment() -> Environment:
    """The template environment, made once: autoescaping for every template, no undefined name passes silently."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("weekplanner.export", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.tests["fill"] = lambda value: isinstance(value, Fill)
    environment.tests["marked"] = lambda value: isinstance(value, Marked)
    # The stylesheet goes inline into every page: read once with the templates, not per page.
    environment.globals["style"] = environment.loader.get_source(environment, "report.css")[0]  # type: ignore[union-attr]
    return environment


def page(template: str, title: str, subtitle: str, footer: str, **context: Any) -> str:
    """Render ``template`` inside the document (``page.html``): the inline style sheet, the page's language."""
    return _environment().get_template(template).render(
        lang=language_tag(),
        title=title, subtitle=subtitle, footer=footer, **context,
    )


def render_html(report: Report) -> str:
    week = report.weeks[0]
    made = _("Made with weekplanner on {date}").format(date=format_day(report.generated_at.date()))
    return page(
        "report.html", w.title(report), w.period(report), made,
        overview=_range_overview(report) if report.is_range else None,
        week_cards=None if report.is_range else _week_cards(week),
        changes=_changes(report),
        activities=None if report.is_range else _week_activities(report, week),
        outcomes=_outcomes(report),
        reviews=[_review(report, each) for each in report.weeks],
    )
