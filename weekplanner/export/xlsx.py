"""The summary as an Excel workbook a manager can work in (Excel, WPS, LibreOffice).

Sheets: Summary (one row per week, totals, and a native chart of target against
achieved for a range), one Week × Day sheet per activity type (planned, done,
moved, met), Activities (every entry, an Excel table with filters) and Lessons
(the reviews). Numbers are numbers with ¥ / % formats, never text; headers are
frozen; column widths are measured in display columns so Chinese text fits.

XlsxWriter writes the file (native charts and tables, no template); it is
imported only here, so nothing else in the program pays for it. Every cell of
the rep's text goes through ``spreadsheet_safe`` and is written as a string.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from rich.cells import cell_len

from weekplanner.domain.activity import outcome_label
from weekplanner.domain.formatting import CURRENCY_SYMBOLS, weekday_name
from weekplanner.domain.target import Target
from weekplanner.export import wording as w
from weekplanner.export.summary import Report
from weekplanner.i18n import _
from weekplanner.safe_text import spreadsheet_safe

MAX_COLUMN_WIDTH = 60


def sheet_names(report: Report) -> list[str]:
    """The workbook's sheets in order (the export screen lists them in its preview)."""
    names = [_("Summary")]
    for t in report.types:
        names.append(_sheet_name(t.display_name, names))
    return [*names, _("Activities"), _("Lessons")]


def _sheet_name(text: str, taken: list[str]) -> str:
    """A legal, unique sheet name: no ``[]:*?/\\``, at most 31 characters, not starting with '."""
    name = re.sub(r"[\[\]:*?/\\]", " ", text).strip().strip("'")[:31] or "?"
    base, n = name, 2
    while name.casefold() in (t.casefold() for t in taken):
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


def _number(value: Decimal | int | None) -> float | None:
    return None if value is None else float(value)


class _Sheet:
    """A worksheet that remembers the widest text of each column, to size it at the end."""

    def __init__(self, book: Any, name: str) -> None:
        self.ws = book.add_worksheet(name)
        self.widths: dict[int, int] = {}

    def measure(self, col: int, text: str) -> None:
        width = max((cell_len(line) for line in text.splitlines() or [""]), default=0)
        self.widths[col] = max(self.widths.get(col, 0), width)

    def text(self, row: int, col: int, value: str, fmt: Any = None, user: bool = False) -> None:
        value = spreadsheet_safe(value) if user else value
        self.ws.write_string(row, col, value, fmt)
        self.measure(col, value)

    def number(self, row: int, col: int, value: Decimal | int | None, fmt: Any = None, shown: str = "") -> None:
        if value is None:
            self.ws.write_blank(row, col, None, fmt)
            return
        self.ws.write_number(row, col, _number(value), fmt)
        self.measure(col, shown or f"{float(value):,.2f}")

    def fit(self, minimum: int = 6) -> None:
        for col, width in self.widths.items():
            self.ws.set_column(col, col, min(max(width + 2, minimum), MAX_COLUMN_WIDTH))


class _Formats:
    def __init__(self, book: Any) -> None:
        self.book = book
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.header = book.add_format({"bold": True, "bg_color": "#F3F5F7", "bottom": 1, "text_wrap": True,
                                       "valign": "top"})
        self.bold = book.add_format({"bold": True})
        self.count = book.add_format({"num_format": "#,##0"})
        self.count_bold = book.add_format({"num_format": "#,##0", "bold": True})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.percent_bold = book.add_format({"num_format": "0.0%", "bold": True})
        self.decimal = book.add_format({"num_format": "0.0"})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.time = book.add_format({"num_format": "hh:mm"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.met = book.add_format({"bold": True, "font_color": "#2F8A57", "align": "center"})
        self.missed = book.add_format({"font_color": "#B83A3A", "align": "center"})
        self._money: dict[tuple[str, bool], Any] = {}

    def money(self, currency: str, bold: bool = False) -> Any:
        """``"¥"#,##0.00``: a real number shown with the currency symbol."""
        key = (currency, bold)
        if key not in self._money:
            symbol = CURRENCY_SYMBOLS.get(currency, currency + " ").replace('"', "")
            self._money[key] = self.book.add_format({"num_format": f'"{symbol}"#,##0.00', "bold": bold})
        return self._money[key]

    def value(self, target: Target | None, bold: bool = False) -> Any:
        """The format of a value in the target's unit (money for revenue, a count otherwise)."""
        if target is not None and target.is_revenue:
            return self.money(target.currency, bold)
        return self.count_bold if bold else self.count


def _percent(value: Decimal | None) -> Decimal | None:
    """The report's percent (30 for 30%) as the fraction Excel's % format expects."""
    return None if value is None else value / 100


def _summary(book: Any, f: _Formats, report: Report, name: str) -> None:
    sheet = _Sheet(book, name)
    ws = sheet.ws
    # The title spills over the empty cells beside it; it does not size the first column.
    ws.write_string(0, 0, spreadsheet_safe(w.title(report)), f.title)
    ws.write_string(1, 0, w.period(report))
    headers = [_("Week"), _("Start"), _("Target"), _("Achieved"), _("% of target")]
    for t in report.types:
        headers += [_("{type} done").format(type=t.display_name), _("{type} quota").format(type=t.display_name)]
    headers += [_("Days met"), _("Days with quota"), _("Streak"), _("Rating")]
    top = 3
    for col, header in enumerate(headers):
        sheet.text(top, col, spreadsheet_safe(header), f.header)
    row = top
    for week in report.weeks:
        row += 1
        target = week.target
        sheet.text(row, 0, week.week.label)
        ws.write_datetime(row, 1, datetime.combine(week.week.start, datetime.min.time()), f.date)
        sheet.widths[1] = max(sheet.widths.get(1, 0), 10)
        sheet.number(row, 2, target.value if target else None, f.value(target),
                     w.target_value(target, target.value) if target else "")
        sheet.number(row, 3, week.achieved, f.value(target), w.target_value(target, week.achieved))
        sheet.number(row, 4, _percent(week.percent), f.percent, "100.0%")
        col = 5
        for t in report.types:
            sheet.number(row, col, week.done.get(t.key, 0), f.count, "0000")
            sheet.number(row, col + 1, week.planned.get(t.key, 0), f.count, "0000")
            col += 2
        sheet.number(row, col, week.days_met, f.count, "00")
        sheet.number(row, col + 1, week.days_with_quota, f.count, "00")
        sheet.number(row, col + 2, week.streak, f.count, "00")
        sheet.number(row, col + 3, week.rating, f.count, "0")
    last_week_row = row
    if report.is_range:
        totals = report.totals
        row += 1
        money = totals.metric == "revenue"
        fmt = f.money(totals.currency, bold=True) if money else f.count_bold
        sheet.text(row, 0, _("Total"), f.bold)
        sheet.number(row, 2, totals.target, fmt, w.totals_value(totals, totals.target))
        sheet.number(row, 3, totals.achieved, fmt, w.totals_value(totals, totals.achieved))
        sheet.number(row, 4, _percent(totals.percent), f.percent_bold)
        col = 5
        for t in report.types:
            sheet.number(row, col, totals.done.get(t.key, 0), f.count_bold)
            sheet.number(row, col + 1, totals.planned.get(t.key, 0), f.count_bold)
            col += 2
        sheet.number(row, col, totals.days_met, f.count_bold)
        sheet.number(row, col + 1, totals.days_with_quota, f.count_bold)
        sheet.number(row, col + 3, totals.average_rating, f.decimal)
        _chart(book, ws, name, top, last_week_row, row + 2)
    ws.freeze_panes(top + 1, 1)
    sheet.fit()


def _chart(book: Any, ws: Any, name: str, top: int, last: int, at_row: int) -> None:
    """A native column chart: target and achieved per week (Excel redraws it when the numbers change)."""
    chart = book.add_chart({"type": "column"})
    categories = [name, top + 1, 0, last, 0]
    for col, colour in ((2, "#C9D2DC"), (3, "#2F6FB0")):
        chart.add_series({
            "name": [name, top, col],
            "categories": categories,
            "values": [name, top + 1, col, last, col],
            "fill": {"color": colour},
        })
    chart.set_title({"name": _("Target and achieved per week")})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 640, "height": 300})
    ws.insert_chart(at_row, 0, chart)


def _type_sheet(book: Any, f: _Formats, report: Report, key: str, name: str) -> None:
    sheet = _Sheet(book, name)
    ws = sheet.ws
    headers = [_("Week"), _("Date"), _("Day"), _("Planned"), _("Done"), _("Moved"), _("Met")]
    for col, header in enumerate(headers):
        sheet.text(0, col, header, f.header)
    row = 0
    for week in report.weeks:
        for d in week.days:
            row += 1
            quota, done = d.quota.get(key, 0), d.done.get(key, 0)
            sheet.text(row, 0, week.week.label)
            ws.write_datetime(row, 1, datetime.combine(d.day, datetime.min.time()), f.date)
            sheet.widths[1] = max(sheet.widths.get(1, 0), 10)
            sheet.text(row, 2, weekday_name(d.day))
            sheet.number(row, 3, quota, f.count, "000")
            sheet.number(row, 4, done, f.count, "000")
            sheet.number(row, 5, d.moved.get(key, 0), f.count, "000")
            if quota:
                met = done >= quota
                sheet.text(row, 6, "✓" if met else "✗", f.met if met else f.missed)
    ws.freeze_panes(1, 0)
    sheet.fit()


def _activities(book: Any, f: _Formats, report: Report, name: str) -> None:
    sheet = _Sheet(book, name)
    ws = sheet.ws
    headers = [_("Date"), _("Time"), _("Week"), _("Type"), _("Count"), _("Client"), _("Outcome"), _("Amount"),
               _("Note")]
    names = {t.key: t.display_name for t in report.types}
    row = 0
    for week in report.weeks:
        for e in week.entries:
            row += 1
            ws.write_datetime(row, 0, datetime.combine(e.at.date(), datetime.min.time()), f.date)
            ws.write_datetime(row, 1, datetime(1899, 12, 31, e.at.hour, e.at.minute), f.time)
            sheet.widths[0] = 10
            sheet.text(row, 2, week.week.label)
            sheet.text(row, 3, names.get(e.type, e.type), user=True)
            sheet.number(row, 4, e.count, f.count, "000")
            sheet.text(row, 5, e.client, user=True)
            sheet.text(row, 6, outcome_label(e.outcome) if e.outcome else "", user=True)
            sheet.number(row, 7, e.amount, f.value(week.target))
            sheet.text(row, 8, e.note, user=True)
    last = max(row, 1)  # a table needs a data row, even an empty one
    for col, header in enumerate(headers):
        sheet.measure(col, header + "  ▾")  # room for the filter button
    ws.add_table(0, 0, last, len(headers) - 1, {
        "columns": [{"header": h} for h in headers],
        "style": "Table Style Light 9",
        "name": "Activities",
    })
    ws.freeze_panes(1, 0)
    sheet.fit()
    ws.set_column(8, 8, min(max(sheet.widths.get(8, 0) + 2, 12), MAX_COLUMN_WIDTH), f.wrap)


def _lessons(book: Any, f: _Formats, report: Report, name: str) -> None:
    sheet = _Sheet(book, name)
    ws = sheet.ws
    headers = [_("Week"), _("Review"), _("Rating"), *(label for label, _a in _review_labels()),
               _("Next week's plan"), _("Commitments kept"), _("Tags")]
    for col, header in enumerate(headers):
        sheet.text(0, col, header, f.header)
    for row, week in enumerate(report.weeks, 1):
        review = week.review if week.review and not week.review.skipped else None
        sheet.text(row, 0, week.week.label, f.wrap)
        sheet.text(row, 1, w.review_status_text(week) or _("written"), f.wrap)
        sheet.number(row, 2, week.rating, f.count, "0")
        texts = dict(w.review_fields(week))
        for col, (label, _attr) in enumerate(_review_labels(), 3):
            sheet.text(row, col, texts.get(label, ""), f.wrap, user=True)
        plan = "\n".join(f"{i}. {item}" for i, item in enumerate(review.improvements, 1)) if review else ""
        sheet.text(row, 6, plan, f.wrap, user=True)
        if week.commitments:
            kept = sum(1 for c in week.commitments if c.kept)
            lines = [f"{kept}/{len(week.commitments)}"]
            lines += [f"{'✓' if c.kept else '✗' if c.kept is False else '·'} {c.text}" for c in week.commitments]
            sheet.text(row, 7, "\n".join(lines), f.wrap, user=True)
        sheet.text(row, 8, ", ".join(review.tags) if review else "", f.wrap, user=True)
    ws.freeze_panes(1, 1)
    sheet.fit()
    for col in range(3, 8):  # long prose wraps instead of making one very wide column
        ws.set_column(col, col, min(max(sheet.widths.get(col, 0) + 2, 12), 40), f.wrap)


def _review_labels() -> list[tuple[str, str]]:
    return [(_(label), attr) for attr, label in w.REVIEW_FIELDS]


def render_xlsx(report: Report) -> bytes:
    """The workbook as bytes (written with ``write_file`` or attached to an e-mail)."""
    import xlsxwriter

    buffer = io.BytesIO()
    # Text is text: no string is ever turned into a formula or a link, whatever it starts with.
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    book.set_properties({"title": w.title(report), "subject": w.period(report), "creator": "weekplanner"})
    f = _Formats(book)
    names = sheet_names(report)
    _summary(book, f, report, names[0])
    for t, name in zip(report.types, names[1:-2]):
        _type_sheet(book, f, report, t.key, name)
    _activities(book, f, report, names[-2])
    _lessons(book, f, report, names[-1])
    book.close()
    return buffer.getvalue()
