"""``--format xlsx``: the workbook read back with openpyxl — sheets, real numbers, formats, table, chart."""

from __future__ import annotations

import io
import json
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from weekplanner.cli.main import main
from weekplanner.export.formats import render
from weekplanner.storage.repository import make_activity

from test_export_formats import range_report, week_report


def book(report):
    return openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))


def rows(ws, first: int = 1):
    return [r for r in ws.iter_rows(min_row=first, values_only=True)]


def test_sheets_and_summary_numbers_match_json(sample_repo):
    report = range_report(sample_repo)
    doc = json.loads(render(report, "json"))
    wb = book(report)
    assert wb.sheetnames == ["Summary", "Calls", "Visits", "Emails", "Activities", "Lessons"]
    ws = wb["Summary"]
    header = [c.value for c in ws[4]]
    assert header[:5] == ["Week", "Start", "Target", "Achieved", "% of target"]
    for i, week in enumerate(doc["weeks"]):
        row = ws[5 + i]
        assert row[0].value == week["label"]
        assert row[2].value == float(week["target"]["value"]) and isinstance(row[2].value, (int, float))
        assert row[3].value == pytest.approx(float(week["achieved"]))
        percent = week["percent"]
        assert row[4].value == pytest.approx(float(Decimal(percent) / 100)) if percent else row[4].value == 0
        assert row[2].number_format == '"¥"#,##0.00' and row[4].number_format == "0.0%"
        calls = week["activities"]["call"]
        assert (row[5].value, row[6].value) == (calls["done"], calls["quota"])
        assert row[11].value == week["pace"]["days_met"] and row[12].value == week["pace"]["days_with_quota"]
    total = ws[5 + len(doc["weeks"])]
    assert total[0].value == "Total"
    assert total[2].value == float(doc["totals"]["target"]) == 1550000
    assert total[3].value == pytest.approx(float(doc["totals"]["achieved"]))
    assert total[4].value == pytest.approx(float(doc["totals"]["percent"]) / 100)
    assert ws.freeze_panes == "B5"
    assert len(ws._charts) == 1  # target vs achieved per week


def test_type_sheet_marks_met_days_and_moved_work(sample_repo):
    ws = book(week_report(sample_repo))["Calls"]
    assert [c.value for c in ws[1]] == ["Week", "Date", "Day", "Planned", "Done", "Moved", "Met"]
    data = {r[2]: r for r in rows(ws, 2)}
    assert data["Mon"][3:] == (10, 10, 0, "✓")
    assert data["Tue"][3:] == (10, 8, 0, "✗")
    assert data["Thu"][3:5] == (12, 0) and data["Thu"][5] == 2  # the re-balance moved two calls onto Thursday
    assert isinstance(data["Mon"][1], datetime) and ws["B2"].number_format == "yyyy-mm-dd"
    assert ws.freeze_panes == "A2"


def test_activities_is_a_filterable_table_with_safe_text(sample_repo):
    sample_repo.add_activity(make_activity("call", datetime(2026, 11, 24, 12), client="=HYPERLINK(\"x\")",
                                           note="+1 call back", outcome="deal_won", amount=Decimal(5000)))
    wb = book(week_report(sample_repo))
    ws = wb["Activities"]
    assert list(ws.tables) == ["Activities"]
    table = ws.tables["Activities"]
    assert table.ref.startswith("A1:I") and table.autoFilter is not None
    data = rows(ws, 2)
    won = [r for r in data if r[5] == "Acme <Ltd> & Co"][0]
    assert won[6] == "Deal won" and won[7] == 120000 and isinstance(won[7], (int, float))
    assert ws.cell(row=2 + data.index(won), column=8).number_format == '"¥"#,##0.00'
    hostile = [r for r in data if r[5] and "HYPERLINK" in r[5]][0]
    assert hostile[5] == "'=HYPERLINK(\"x\")" and hostile[8] == "'+1 call back"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)  # no formula anywhere
    assert ws.column_dimensions["F"].width >= len("Acme <Ltd> & Co")


def test_lessons_and_chinese_widths(sample_repo):
    wb = book(week_report(sample_repo, "zh"))
    assert wb.sheetnames == ["概览", "电话", "拜访", "邮件", "活动", "经验教训"]
    ws = wb["经验教训"]
    row = rows(ws, 2)[0]
    assert row[0] == "2026-W48" and row[2] == 4
    assert "Cold list was old" in row
    assert "1. Call before 10am\n2. Book visits on Monday" in row
    assert any(isinstance(c, str) and c.startswith("1/2\n✓ Follow up within 24h") for c in row)
    # 北京星辰贸易 is 6 characters but 12 columns wide: the client column fits it.
    assert wb["活动"].column_dimensions["F"].width >= 12


def test_cli_writes_a_workbook(sample_repo, data_dir, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["--data-dir", str(data_dir), "export", "-f", "xlsx", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"
