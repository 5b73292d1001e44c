"""The summary as Markdown that survives being pasted into an email, WeChat or DingTalk.

Short sections, bold lead-ins instead of deep headings, and plain pipe tables
(the one table syntax chat tools and mail clients that render Markdown agree on).
"""

from __future__ import annotations

import re
from typing import Sequence

from weekplanner.domain.formatting import done_of, format_day, format_percent, weekday_name
from weekplanner.domain.plan import adjustment_label
from weekplanner.export import wording as w
from weekplanner.domain.progress import pace_label
from weekplanner.export.summary import Report, WeekReport
from weekplanner.i18n import _


def cell(text: str) -> str:
    """Table cell text: a pipe or a line break would break the table, brackets would make a link."""
    return _no_links(" ".join(str(text).split()).replace("|", "\\|")) or " "


#: What starts a block when it opens a line: heading, quote, list item, setext underline, table row.
_BLOCK_START = re.compile(r"(#|>|[-+*=_]|\||~~~|```)")
_ORDERED_ITEM = re.compile(r"(\d{1,9})([.)])")


def _no_links(text: str) -> str:
    """Brackets escaped: ``[x](javascript:…)`` stays text, never a live link or image."""
    return text.replace("[", "\\[").replace("]", "\\]")


def _plain_line(line: str) -> str:
    line = line.strip()
    if _BLOCK_START.match(line):
        return "\\" + line
    return _ORDERED_ITEM.sub(r"\1\\\2", line, count=1) if _ORDERED_ITEM.match(line) else line


def inline(text: str, indent: str = "  ") -> str:
    """What a rep typed, kept inside the line or list item it is written into.

    Each line of it is a hard line break continued at ``indent`` (inside a list item),
    a line that would open a block (``# heading``, ``> quote``, ``- item``, ``| row``)
    is escaped, blank lines are dropped, and brackets cannot make a link.
    """
    lines = [_plain_line(line) for line in str(text).splitlines() if line.strip()]
    return _no_links(("  \n" + indent).join(lines))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> list[str]:
    """A pipe table; columns from ``numeric_from`` on are right-aligned."""
    align = ["---" if i < numeric_from else "---:" for i in range(len(headers))]
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def render_markdown(report: Report) -> str:
    lines = [f"# {inline(w.title(report))}", "", w.period(report), ""]
    if report.is_range:
        lines += _range_overview(report)
    else:
        lines += _week_overview(report.weeks[0])
        lines += _activity_table(report, report.weeks[0])
    lines += _outcomes(report)
    for week in report.weeks:
        lines += _review(report, week)
    return escape_tags("\n".join(lines).rstrip() + "\n")


def escape_tags(text: str) -> str:
    """``Acme <Ltd>`` as ``Acme \\<Ltd>``: a Markdown viewer would take ``<Ltd>`` for an HTML tag and hide it.

    The summary's own markup never uses ``<``, so only what the rep typed is touched.
    """
    return text.replace("<", "\\<")


def _week_overview(week: WeekReport) -> list[str]:
    lines = []
    if week.target is None:
        lines.append(f"- {w.lead(_('Target'))}{_('no target set')}")
    else:
        lines.append(f"- {w.lead(_('Target'))}{inline(w.target_value(week.target, week.target.value))}{w.aside(w.metric_text(week.target))}")
    achieved = w.target_value(week.target, week.achieved)
    if week.percent is not None:
        achieved += f" · {format_percent(week.percent)}"
    lines.append(f"- {w.lead(_('Achieved'))}{achieved}")
    lines.append(
        f"- {w.lead(_('Pace'))}{_('target')} {pace_label(week.target_pace)} · "
        f"{_('activities')} {pace_label(week.activity_pace)}"
    )
    lines.append(
        f"- {w.lead(_('Quotas met'))}{w.days_met_text(week.days_met, week.days_with_quota)} · "
        f"{_('streak')} {w.streak_text(week.streak)}"
    )
    if week.changes:
        lines += ["", f"**{_('Target changes')}**"]
        for change in week.changes:
            lines.append(
                f"- {w.target_value(week.target, change.old)} → {w.target_value(week.target, change.new)}"
                f"{w.aside(format_day(change.at.date()))}{w.colon()}{inline(change.reason) or _('no reason given')}"
            )
    if week.adjustments:
        lines += ["", f"**{_('Plan adjustments')}**"]
        lines += [f"- {adjustment_label(a.kind)}{w.aside(format_day(a.at.date()))}{w.colon()}"
                  f"{inline(a.reason) or _('no reason given')}" for a in week.adjustments]
    return lines + [""]


def _activity_table(report: Report, week: WeekReport) -> list[str]:
    if not report.types:
        return []
    headers = ["", *(f"{weekday_name(d.day)} {d.day.day}" for d in week.days), _("Total")]
    rows = [
        [t.display_name,
         *(done_of(d.done.get(t.key, 0), d.quota.get(t.key, 0)) for d in week.days),
         done_of(week.done.get(t.key, 0), week.planned.get(t.key, 0))]
        for t in report.types
    ]
    return [f"## {_('Activities (done/quota)')}", "", *table(headers, rows), ""]


def _range_overview(report: Report) -> list[str]:
    headers = [_("Week"), _("Target"), _("Achieved"), "%", *(t.display_name for t in report.types), _("Rating")]
    rows = [
        [week.week.label, w.target_value(week.target, week.target.value if week.target else None),
         w.target_value(week.target, week.achieved), format_percent(week.percent),
         *(done_of(week.done.get(t.key, 0), week.planned.get(t.key, 0)) for t in report.types),
         f"{week.rating}/5" if week.rating else "–"]
        for week in report.weeks
    ]
    totals = report.totals
    rows.append(
        [f"**{_('Total')}**", w.totals_value(totals, totals.target), w.totals_value(totals, totals.achieved),
         format_percent(totals.percent),
         *(done_of(totals.done.get(t.key, 0), totals.planned.get(t.key, 0)) for t in report.types),
         f"{totals.average_rating}/5" if totals.average_rating else "–"]
    )
    lines = [*table(headers, rows), ""]
    lines.append(f"- {w.lead(_('Quotas met'))}{w.days_met_text(totals.days_met, totals.days_with_quota)}")
    changes = [(week, c) for week in report.weeks for c in week.changes]
    for week, change in changes:
        lines.append(
            f"- {w.lead(_('Target change') + ' ' + week.week.label)}{w.target_value(week.target, change.old)} → "
            f"{w.target_value(week.target, change.new)}{w.colon()}{inline(change.reason) or _('no reason given')}"
        )
    return lines + [""]


def _outcomes(report: Report) -> list[str]:
    items = [(week, o) for week in report.weeks for o in week.outcomes]
    if not items:
        return []
    lines = [f"## {_('Notable outcomes')}", ""]
    lines += [
        f"- {(week.week.label + ' · ') if report.is_range else ''}{inline(w.outcome_text(week, o))}" for week, o in items
    ]
    return lines + [""]


def _review(report: Report, week: WeekReport) -> list[str]:
    heading = _("Review") if not report.is_range else _("Review {week}").format(week=week.week.label)
    lines = [f"## {heading}", ""]
    status = w.review_status_text(week)
    if status:
        lines += [status, ""]
    else:
        review = week.review
        lines += [f"{w.lead(_('Rating'))}{w.rating_text(week.rating)}", ""]
        for label, text in w.review_fields(week):
            lines += [f"{w.lead(label)}{inline(text)}", ""]
        if review.improvements:
            lines += [w.lead(_('Improvement plan')).rstrip(), *(f"- {inline(item)}" for item in review.improvements), ""]
        if review.tags:
            lines += [f"{w.lead(_('Tags'))}{inline(', '.join(review.tags))}", ""]
    if week.commitments:
        heading = _("Last week's commitments")
        lines += [f"**{heading}**"]
        lines += [f"- {'✓' if c.kept else '✗' if c.kept is False else '·'} {inline(c.text)}{w.aside(w.kept_text(c.kept))}"
                  for c in week.commitments]
        lines.append("")
    return lines
