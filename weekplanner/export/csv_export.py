"""The week × day activity table (plus total and target rows) for a spreadsheet.

Numbers are written plain (``500000``, ``30.0``), without thousands separators
or currency symbols, so a spreadsheet reads them as numbers in any locale;
labels are in the rep's language. Files are written UTF-8 *with* a BOM
(:data:`ENCODING`): without it Excel opens Chinese text as mojibake.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from typing import Sequence

from weekplanner.domain.formatting import weekday_name
from weekplanner.export.summary import Report, Totals, WeekReport
from weekplanner.i18n import _
from weekplanner.safe_text import spreadsheet_safe

ENCODING = "utf-8-sig"


#: A number the report writes itself (``-5``, ``30.0``): left as a number, never prefixed.
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def safe_cell(value: object) -> object:
    """A cell as a spreadsheet should show it: text that would start a formula gets a leading ``'``."""
    if isinstance(value, str) and not _NUMBER.fullmatch(value):
        return spreadsheet_safe(value)
    return value


def write_rows(rows: Sequence[Sequence[object]]) -> str:
    """CSV text (RFC 4180 quoting, CRLF line ends as spreadsheets expect), every text cell formula-safe."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([safe_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _plain(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def header(report: Report) -> list[str]:
    columns = [_("Week"), _("Date"), _("Day")]
    for t in report.types:
        columns += [_("{type} quota").format(type=t.display_name), _("{type} done").format(type=t.display_name)]
    return columns + [_("Achieved"), _("Target"), _("% of target")]


def _counts(report: Report, planned: dict[str, int], done: dict[str, int]) -> list[object]:
    return [n for t in report.types for n in (planned.get(t.key, 0), done.get(t.key, 0))]


def _week_rows(report: Report, week: WeekReport) -> list[list[object]]:
    label = week.week.label
    rows: list[list[object]] = [
        [label, d.day.isoformat(), weekday_name(d.day), *_counts(report, d.quota, d.done), _plain(d.achieved), "", ""]
        for d in week.days
    ]
    blanks = [""] * (2 * len(report.types))
    rows.append([label, "", _("Total"), *_counts(report, week.planned, week.done), _plain(week.achieved), "", ""])
    rows.append([label, "", _("Target"), *blanks, _plain(week.achieved),
                 _plain(week.target.value if week.target else None), _plain(week.percent)])
    return rows


def _range_rows(report: Report, totals: Totals) -> list[list[object]]:
    label = _("All weeks")
    blanks = [""] * (2 * len(report.types))
    return [
        [label, "", _("Total"), *_counts(report, totals.planned, totals.done), _plain(totals.achieved), "", ""],
        [label, "", _("Target"), *blanks, _plain(totals.achieved), _plain(totals.target), _plain(totals.percent)],
    ]


def render_csv(report: Report) -> str:
    rows: list[list[object]] = [header(report)]
    for week in report.weeks:
        rows += _week_rows(report, week)
    if report.is_range:
        rows += _range_rows(report, report.totals)
    return write_rows(rows)
