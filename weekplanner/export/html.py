"""The summary as one self-contained, printable HTML page.

Everything is inline (style sheet, SVG chart); nothing is fetched and no
script runs, so the file opens the same offline, in a mail attachment, or
printed to PDF. Every piece of the rep's text goes through ``html.escape``.
The colours are the report's own, chosen to print well in grey as well.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Sequence

from weekplanner.domain.formatting import format_day, format_percent, format_value, weekday_name
from weekplanner.domain.plan import adjustment_label
from weekplanner.domain.progress import done_percent
from weekplanner.export import wording as w
from weekplanner.domain.progress import pace_label
from weekplanner.export.summary import Report, WeekReport
from weekplanner.i18n import _, language_tag

STYLE = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --soft: #f3f5f7;
        --accent: #2f6fb0; --good: #2f8a57; --warn: #c27c0e; --bad: #b83a3a; --quota: #c9d2dc; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f4; color: var(--ink);
       font: 14px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
       "Helvetica Neue", Arial, sans-serif; }
main { max-width: 880px; margin: 24px auto; background: #fff; padding: 32px 40px;
       border-radius: 8px; box-shadow: 0 1px 4px rgba(0, 0, 0, .08); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 22px; margin: 0; }
h2 { font-size: 16px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 6px; }
.period { color: var(--muted); margin-top: 2px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.card .v { font-size: 18px; font-weight: 600; }
.card .s { color: var(--muted); font-size: 12px; }
.bar { height: 8px; background: var(--quota); border-radius: 4px; overflow: hidden; margin-top: 6px; min-width: 60px; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.bar.good > span { background: var(--good); }
.bar.warn > span { background: var(--warn); }
.bar.bad > span { background: var(--bad); }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
th { background: var(--soft); font-weight: 600; font-size: 12px; color: var(--muted); }
th:first-child, td:first-child { text-align: left; }
tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
td.met { color: var(--good); }
td.missed { color: var(--bad); }
ul { margin: 4px 0; padding-left: 20px; }
.chart { margin: 8px 0 0; }
.chart text { font-size: 11px; fill: var(--muted); }
.legend { color: var(--muted); font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 12px; }
.review dt { font-weight: 600; margin-top: 8px; }
.review dd { margin: 2px 0 0; white-space: pre-line; }
.tag { display: inline-block; background: var(--soft); border: 1px solid var(--line); border-radius: 10px;
       padding: 0 8px; margin-right: 4px; font-size: 12px; }
.note { color: var(--muted); font-style: italic; }
.kept { color: var(--good); } .not-kept { color: var(--bad); }
.revenue-total { margin: 10px 0 0; }
.revenue-total .bar { max-width: 240px; margin: 0 0 4px; }
footer { margin-top: 28px; color: var(--muted); font-size: 11px; }
@media (max-width: 640px) { .cards { grid-template-columns: repeat(2, 1fr); } main { padding: 20px; } }
@media print {
  @page { size: A4; margin: 14mm; }
  body { background: #fff; font-size: 10pt; }
  main { box-shadow: none; margin: 0; padding: 0; max-width: none; border-radius: 0; }
  .cards, .chart, .legend, tr, dt, dd, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  /* A long table may go over a page break, but between rows, and its header repeats on the next page. */
  thead { display: table-header-group; }
  table { font-size: 9pt; }
  th, td { padding: 3px 5px; overflow-wrap: anywhere; }
  svg { max-width: 100%; height: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def bar(pct: Decimal | None) -> str:
    """A progress bar; colour says how far along (green met, blue close, amber/red behind)."""
    value = float(pct or 0)
    tone = "good" if value >= 100 else "" if value >= 70 else "warn" if value >= 40 else "bad"
    return f'<div class="bar {tone}"><span style="width: {min(value, 100):.1f}%"></span></div>'


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], total: Sequence[str] | None = None) -> str:
    """Cells are HTML already (escaped by the caller)."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if total:
        body += '<tr class="total">' + "".join(f"<td>{c}</td>" for c in total) + "</tr>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def chart(groups: Sequence[tuple[str, int, int]]) -> str:
    """An inline SVG bar chart: per group (label, done, quota), the quota bar behind the done bar."""
    width, height, top, bottom = 800, 180, 18, 24
    scale = max([1, *(max(d, q) for _l, d, q in groups)])
    slot = width / max(len(groups), 1)
    plot = height - top - bottom
    parts = [f'<line x1="0" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#c9d2dc"/>']
    for i, (label, done, quota) in enumerate(groups):
        x = i * slot + slot * 0.2
        bar = slot * 0.28
        for offset, value, colour in ((0, quota, "#c9d2dc"), (bar + 4, done, "#2f6fb0")):
            h = plot * value / scale
            parts.append(
                f'<rect x="{x + offset:.1f}" y="{height - bottom - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'rx="2" fill="{colour}"/>'
            )
            parts.append(
                f'<text x="{x + offset + bar / 2:.1f}" y="{height - bottom - h - 4:.1f}" '
                f'text-anchor="middle">{value}</text>'
            )
        parts.append(
            f'<text x="{i * slot + slot / 2:.1f}" y="{height - 6}" text-anchor="middle">{escape(label)}</text>'
        )
    legend = (
        f'<div class="legend"><span class="swatch" style="background:#c9d2dc"></span>{escape(_("Quota"))}'
        f'<span class="swatch" style="background:#2f6fb0"></span>{escape(_("Done"))}</div>'
    )
    svg = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(_("Activities done against quota"))}">'
        + "".join(parts) + "</svg>"
    )
    return svg + legend


def target_chart(report: Report) -> str:
    """Per week, achieved against target as an inline SVG: each week's target bar is its own 100%.

    Weeks may count different things (money one week, deals the next), so bars are
    scaled within their week and labelled with the values in the week's own unit.
    """
    weeks = [week for week in report.weeks if week.target is not None and week.target.value > 0]
    if not weeks:
        return ""
    width, height, top, bottom = 800, 200, 30, 24
    plot = height - top - bottom
    top_share = max([Decimal(100), *(min(week.percent or 0, Decimal(200)) for week in weeks)])
    slot = width / len(report.weeks)
    parts = [f'<line x1="0" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#c9d2dc"/>']
    for i, week in enumerate(report.weeks):
        parts.append(f'<text x="{i * slot + slot / 2:.1f}" y="{height - 6}" text-anchor="middle">'
                     f'{escape(week.week.label[-3:])}</text>')
        target = week.target
        if target is None or target.value <= 0:
            continue
        x, bar_width = i * slot + slot * 0.2, slot * 0.28
        share = min(week.percent or Decimal(0), Decimal(200))
        for offset, value, pct, colour in (
            (0, target.value, Decimal(100), "#c9d2dc"),
            (bar_width + 4, week.achieved, share, "#2f8a57" if share >= 100 else "#2f6fb0"),
        ):
            h = float(plot * pct / top_share)
            label = format_value(value, target.metric.value, target.currency, target.unit, compact=True)
            parts.append(f'<rect x="{x + offset:.1f}" y="{height - bottom - h:.1f}" width="{bar_width:.1f}" '
                         f'height="{h:.1f}" rx="2" fill="{colour}"/>')
            parts.append(f'<text x="{x + offset + bar_width / 2:.1f}" y="{height - bottom - h - 4:.1f}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    legend = (
        f'<div class="legend"><span class="swatch" style="background:#c9d2dc"></span>{escape(_("Target"))}'
        f'<span class="swatch" style="background:#2f6fb0"></span>{escape(_("Achieved"))}</div>'
    )
    title = _("Achieved and target per week (the target bar is each week's 100%)")
    svg = (f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}">' + "".join(parts) + "</svg>")
    return svg + legend


def revenue_total(report: Report) -> str:
    """One line: what the range's revenue weeks achieved together, even when other weeks count deals."""
    totals = report.revenue_totals
    if totals is None:
        return ""
    line = _("Revenue weeks ({weeks} of {count}): {achieved} of {target} · {percent}").format(
        weeks=totals.weeks, count=len(report.weeks),
        achieved=format_value(totals.achieved, "revenue", totals.currency),
        target=format_value(totals.target, "revenue", totals.currency), percent=format_percent(totals.percent),
    )
    return f'<div class="revenue-total">{bar(totals.percent)}<strong>{escape(line)}</strong></div>'


def card(key: str, value: str, sub: str = "", extra: str = "") -> str:
    sub_html = f'<div class="s">{sub}</div>' if sub else ""
    return f'<div class="card"><div class="k">{escape(key)}</div><div class="v">{value}</div>{sub_html}{extra}</div>'


def _week_cards(week: WeekReport) -> str:
    target = week.target
    target_text = escape(w.target_value(target, target.value)) if target else escape(_("no target set"))
    return '<div class="cards">' + "".join([
        card(_("Target"), target_text, escape(w.metric_text(target)) if target else ""),
        card(_("Achieved"), escape(w.target_value(target, week.achieved)),
              escape(format_percent(week.percent)), bar(week.percent) if target else ""),
        card(_("Pace"), escape(pace_label(week.target_pace)),
              escape(_("activities")) + " " + escape(pace_label(week.activity_pace))),
        card(_("Quotas met"), escape(w.days_met_text(week.days_met, week.days_with_quota)),
              escape(_("streak")) + " " + escape(w.streak_text(week.streak))),
    ]) + "</div>"


def _changes(report: Report) -> str:
    items = []
    for week in report.weeks:
        prefix = escape(week.week.label) + " · " if report.is_range else ""
        for c in week.changes:
            items.append(
                f"<li>{prefix}{escape(w.target_value(week.target, c.old))} → "
                f"{escape(w.target_value(week.target, c.new))}{escape(w.aside(format_day(c.at.date())))}{escape(w.colon())}"
                f"{escape(c.reason or _('no reason given'))}</li>"
            )
        for a in week.adjustments:
            items.append(
                f"<li>{prefix}{escape(adjustment_label(a.kind))}{escape(w.aside(format_day(a.at.date())))}{escape(w.colon())}"
                f"{escape(a.reason or _('no reason given'))}</li>"
            )
    if not items:
        return ""
    return f"<section><h2>{escape(_('Target and plan changes'))}</h2><ul>{''.join(items)}</ul></section>"


def _week_activities(report: Report, week: WeekReport) -> str:
    headers = [""] + [escape(f"{weekday_name(d.day)} {d.day.day}") for d in week.days] + [escape(_("Total")), ""]
    rows = []
    for t in report.types:
        cells = [escape(t.display_name)]
        for d in week.days:
            done, quota = d.done.get(t.key, 0), d.quota.get(t.key, 0)
            cls = "" if not quota else "met" if done >= quota else "missed"
            cells.append(f'<span class="{cls}">{escape(w.done_of(done, quota))}</span>' if cls else escape(w.done_of(done, quota)))
        done, quota = week.done.get(t.key, 0), week.planned.get(t.key, 0)
        cells += [escape(w.done_of(done, quota)), bar(done_percent(done, quota)) if quota else ""]
        rows.append(cells)
    groups = [
        (f"{weekday_name(d.day)}", sum(d.done.values()), sum(d.quota.values())) for d in week.days
    ]
    return (
        f"<section><h2>{escape(_('Activities (done/quota)'))}</h2>{table(headers, rows)}"
        f"{chart(groups)}</section>"
    )


def _range_overview(report: Report) -> str:
    headers = [escape(h) for h in (_("Week"), _("Target"), _("Achieved"), "%", "")]
    headers += [escape(t.display_name) for t in report.types] + [escape(_("Rating"))]
    rows = []
    for week in report.weeks:
        rows.append([
            escape(week.week.label),
            escape(w.target_value(week.target, week.target.value if week.target else None)),
            escape(w.target_value(week.target, week.achieved)),
            escape(format_percent(week.percent)),
            bar(week.percent) if week.target else "",
            *(escape(w.done_of(week.done.get(t.key, 0), week.planned.get(t.key, 0))) for t in report.types),
            escape(f"{week.rating}/5" if week.rating else "–"),
        ])
    totals = report.totals
    total = [
        escape(_("Total")), escape(w.totals_value(totals, totals.target)),
        escape(w.totals_value(totals, totals.achieved)), escape(format_percent(totals.percent)),
        bar(totals.percent) if totals.target else "",
        *(escape(w.done_of(totals.done.get(t.key, 0), totals.planned.get(t.key, 0))) for t in report.types),
        escape(f"{totals.average_rating}/5" if totals.average_rating else "–"),
    ]
    groups = [(week.week.label[-3:], sum(week.done.values()), sum(week.planned.values())) for week in report.weeks]
    cards = '<div class="cards">' + "".join([
        card(_("Target"), escape(w.totals_value(totals, totals.target))),
        card(_("Achieved"), escape(w.totals_value(totals, totals.achieved)), escape(format_percent(totals.percent)),
              bar(totals.percent) if totals.target else ""),
        card(_("Quotas met"), escape(w.days_met_text(totals.days_met, totals.days_with_quota))),
        card(_("Rating"), escape(f"{totals.average_rating}/5" if totals.average_rating else "–"),
              escape(_("average of rated weeks"))),
    ]) + "</div>"
    return (
        cards + f"<section><h2>{escape(_('Week by week'))}</h2>{table(headers, rows, total)}"
        f"{chart(groups)}</section>"
        f"<section><h2>{escape(_('Achieved against target'))}</h2>{target_chart(report)}{revenue_total(report)}"
        "</section>"
    )


def _outcomes(report: Report) -> str:
    items = [
        f"<li>{escape(week.week.label) + ' · ' if report.is_range else ''}{escape(w.outcome_text(week, o))}</li>"
        for week in report.weeks for o in week.outcomes
    ]
    if not items:
        return ""
    return f"<section><h2>{escape(_('Notable outcomes'))}</h2><ul>{''.join(items)}</ul></section>"


def _review(report: Report, week: WeekReport) -> str:
    heading = _("Review") if not report.is_range else _("Review {week}").format(week=week.week.label)
    parts = [f"<section class=\"review\"><h2>{escape(heading)}</h2>"]
    status = w.review_status_text(week)
    if status:
        parts.append(f'<p class="note">{escape(status)}</p>')
    else:
        review = week.review
        parts.append(f"<p><strong>{escape(_('Rating'))}</strong>{escape(w.colon())}{escape(w.rating_text(week.rating))}</p><dl>")
        parts += [f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>" for label, text in w.review_fields(week)]
        if review.improvements:
            items = "".join(f"<li>{escape(i)}</li>" for i in review.improvements)
            parts.append(f"<dt>{escape(_('Improvement plan'))}</dt><dd><ul>{items}</ul></dd>")
        parts.append("</dl>")
        if review.tags:
            parts.append("<p>" + "".join(f'<span class="tag">{escape(t)}</span>' for t in review.tags) + "</p>")
    if week.commitments:
        heading = _("Last week's commitments")
        parts.append(f"<h3>{escape(heading)}</h3><ul>")
        for c in week.commitments:
            cls = "kept" if c.kept else "not-kept" if c.kept is False else "note"
            mark = "✓" if c.kept else "✗" if c.kept is False else "·"
            parts.append(f'<li><span class="{cls}">{mark}</span> {escape(c.text)}'
                         f'<span class="{cls}">{escape(w.aside(w.kept_text(c.kept)))}</span></li>')
        parts.append("</ul>")
    return "".join(parts) + "</section>"


def page(title: str, subtitle: str, sections: Sequence[str], footer: str) -> str:
    """The HTML document around the sections: inline style, the language set for fonts and screen readers."""
    lang = language_tag()
    body = [
        f"<header><h1>{escape(title)}</h1><div class=\"period\">{escape(subtitle)}</div></header>",
        *(s for s in sections if s),
        f"<footer>{escape(footer)}</footer>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} · {escape(subtitle)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


def render_html(report: Report) -> str:
    sections = [
        _range_overview(report) if report.is_range else _week_cards(report.weeks[0]),
        _changes(report),
        "" if report.is_range else _week_activities(report, report.weeks[0]),
        _outcomes(report),
        *(_review(report, week) for week in report.weeks),
    ]
    made = _("Made with weekplanner on {date}").format(date=format_day(report.generated_at.date()))
    return page(w.title(report), w.period(report), sections, made)
