"""The summary as plain text for a chat on a phone (WeChat, DingTalk): no Markdown, short lines.

A chat shows ``|``, ``#`` and ``**`` as typed, so this format has none of them.
Lines are at most ``width`` terminal columns, Chinese characters counted as two
(``rich.cells.cell_len``), and label/value pairs line up in columns. The manager
reads the numbers first (target, achieved, pace, activities, days met), then the
lessons, next week's plan and whether last week's commitments were kept.
Every piece of the rep's text goes through ``terminal_safe``.
"""

from __future__ import annotations

from typing import Sequence

from rich.cells import cell_len

from weekplanner.domain.formatting import done_of, format_percent
from weekplanner.domain.progress import done_percent, pace_label
from weekplanner.export import wording as w
from weekplanner.export.summary import Report, WeekReport
from weekplanner.i18n import _
from weekplanner.safe_text import terminal_safe

#: A phone in portrait shows about 30 columns of chat text (15 Chinese characters).
DEFAULT_WIDTH = 30
MIN_WIDTH = 20
MAX_WIDTH = 200


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns; its own line breaks kept."""
    from weekplanner.cli.main import wrap_cells  # the one width-aware wrapper (help text uses it too)

    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        wrapped = wrap_cells(paragraph, width)
        if any(cell_len(line) > width for line in wrapped):
            # A closing mark such as ） may not start a line, so it overhangs by one character: wrap shorter.
            wrapped = wrap_cells(paragraph, width - 2)
        lines += wrapped or [""]
    return lines


def pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - cell_len(text), 0)
    return space + text if right else text + space


def pairs(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """``Label   value`` lines with the values in one column; a value too long for its line goes below."""
    if not rows:
        return []
    label_width = max(cell_len(label) for label, _value in rows)
    lines: list[str] = []
    for label, value in rows:
        if label_width + 2 + cell_len(value) <= width:
            lines.append((pad(label, label_width) + "  " + value).rstrip())
        else:
            if label:
                lines.append(label)
            lines += ["  " + line for line in wrap(value, width - 2)]
    return lines


def columns(rows: Sequence[Sequence[str]], width: int) -> list[str]:
    """A small table: first column left, the others right-aligned, two spaces apart.

    Wider than ``width``, each row becomes its first cell on one line and the rest below.
    """
    if not rows:
        return []
    count = max(len(r) for r in rows)
    rows = [list(r) + [""] * (count - len(r)) for r in rows]
    widths = [max(cell_len(r[i]) for r in rows) for i in range(count)]
    if sum(widths) + 2 * (count - 1) <= width:
        return ["  ".join(pad(c, widths[i], right=i > 0) for i, c in enumerate(r)).rstrip() for r in rows]
    lines: list[str] = []
    for r in rows:
        lines.append(r[0])
        lines += ["  " + line for line in wrap("  ".join(c for c in r[1:] if c), width - 2)]
    return lines


def heading(text: str) -> str:
    """A section title that reads as one in any chat: 【Activities】 / 【任务】."""
    return f"【{text}】"


def bullet(text: str, width: int, mark: str = "·") -> list[str]:
    lines = wrap(text, width - 2)
    return [f"{mark} {lines[0]}", *("  " + line for line in lines[1:])]


def _safe(text: str) -> str:
    return terminal_safe(text).strip()


def _week_numbers(week: WeekReport, width: int) -> list[str]:
    target = week.target
    rows = [(_("Target"), w.target_value(target, target.value) if target else _("no target set"))]
    achieved = w.target_value(target, week.achieved)
    if week.percent is not None:
        achieved += f" · {format_percent(week.percent)}"
    rows.append((_("Achieved"), achieved))
    rows.append((_("Pace"), f"{_('target')} {pace_label(week.target_pace)}"))
    rows.append(("", f"{_('activities')} {pace_label(week.activity_pace)}"))
    rows.append((_("Quotas met"), f"{week.days_met}/{week.days_with_quota}"))
    rows.append((_("Streak"), w.streak_text(week.streak)))
    return pairs(rows, width)


def _type_rows(report: Report, planned: dict[str, int], done: dict[str, int], width: int) -> list[str]:
    rows = []
    for t in report.types:
        d, q = done.get(t.key, 0), planned.get(t.key, 0)
        rows.append([_safe(t.display_name), done_of(d, q), format_percent(done_percent(d, q)) if q else ""])
    if not rows:
        return []
    return ["", heading(_("Activities (done/quota)")), *columns(rows, width)]


def _range_numbers(report: Report, width: int) -> list[str]:
    totals = report.totals
    achieved = w.totals_value(totals, totals.achieved)
    if totals.percent is not None:
        achieved += f" · {format_percent(totals.percent)}"
    lines = pairs([
        (_("Target"), w.totals_value(totals, totals.target)),
        (_("Achieved"), achieved),
        (_("Quotas met"), f"{totals.days_met}/{totals.days_with_quota}"),
    ], width)
    lines += ["", heading(_("Week by week"))]
    rows = [
        [week.week.label, w.target_value(week.target, week.achieved), format_percent(week.percent)]
        for week in report.weeks
    ]
    return lines + columns(rows, width)


def _outcomes(report: Report, width: int) -> list[str]:
    items = [(week, o) for week in report.weeks for o in week.outcomes]
    if not items:
        return []
    lines = ["", heading(_("Notable outcomes"))]
    for week, o in items:
        prefix = week.week.label + " · " if report.is_range else ""
        lines += bullet(_safe(prefix + w.outcome_text(week, o)), width)
    return lines


def _lessons(report: Report, week: WeekReport, width: int) -> list[str]:
    suffix = f" {week.week.label}" if report.is_range else ""
    lines: list[str] = []
    status = w.review_status_text(week)
    review = week.review
    if status:
        lines += ["", heading(_("Review") + suffix), *wrap(status, width)]
    else:
        lines += ["", heading(_("Review") + suffix), *pairs([(_("Rating"), w.rating_text(week.rating))], width)]
        for label, text in w.review_fields(week):
            lines += [label + w.colon().rstrip(), *wrap(_safe(text), width)]
        if review.improvements:
            lines += ["", heading(_("Next week's plan") + suffix)]
            for i, item in enumerate(review.improvements, 1):
                lines += bullet(_safe(item), width, f"{i}.")
    if week.commitments:
        kept = sum(1 for c in week.commitments if c.kept)
        title = _("Commitments kept") + suffix
        lines += ["", heading(title), f"{kept}/{len(week.commitments)}"]
        for c in week.commitments:
            mark = "✓" if c.kept else "✗" if c.kept is False else "·"
            lines += bullet(_safe(c.text) + w.aside(w.kept_text(c.kept)), width, mark)
    return lines


def render_text(report: Report, width: int = DEFAULT_WIDTH) -> str:
    """The summary in lines of at most ``width`` columns (clamped to 20–200)."""
    width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    lines = [*wrap(_safe(w.title(report)), width), *wrap(w.period(report), width), ""]
    if report.is_range:
        lines += _range_numbers(report, width)
        lines += _type_rows(report, report.totals.planned, report.totals.done, width)
    else:
        week = report.weeks[0]
        lines += _week_numbers(week, width)
        lines += _type_rows(report, week.planned, week.done, width)
    lines += _outcomes(report, width)
    for week in report.weeks:
        lines += _lessons(report, week, width)
    return "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"
