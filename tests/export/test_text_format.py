"""``--format text``: chat text at a phone's 30 columns and at 60, in English and Chinese."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rich.cells import cell_len

from weekplanner.cli.main import main
from weekplanner.domain.formatting import format_money, format_percent
from weekplanner.export.formats import render
from weekplanner.export.text import render_text

from test_export_formats import check_golden, range_report, week_report


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("width", [30, 60])
def test_week_text_golden(sample_repo, language, width):
    check_golden(f"week-{language}-{width}.txt", render_text(week_report(sample_repo, language), width))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("width", [30, 60])
def test_range_text_golden(sample_repo, language, width):
    check_golden(f"range-{language}-{width}.txt", render_text(range_report(sample_repo, language), width))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("width", [30, 60])
@pytest.mark.parametrize("which", [week_report, range_report])
def test_lines_fit_and_carry_no_markdown(sample_repo, language, width, which):
    text = render_text(which(sample_repo, language), width)
    assert "Too many emails | no replies" in text.replace("\n", " ")  # the rep's own pipe, kept as typed
    text = text.replace("|", "")
    for line in text.splitlines():
        assert cell_len(line) <= width, (width, line)
        assert not line.startswith(("#", "|", "- ", "* ", ">")), line
        assert "**" not in line and "\\<" not in line, line


def _line_with(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


def test_values_line_up_in_one_column(sample_repo):
    """Full-width labels count two columns each, so the values start in the same column."""
    text = render_text(week_report(sample_repo, "zh"), 30)
    starts = set()
    for label in ("周目标", "已完成", "达标天数"):
        line = _line_with(text, label)
        value = line[len(label):].lstrip()
        starts.add(cell_len(line) - cell_len(value))
    assert len(starts) == 1, text
    rows = [line for line in text.splitlines() if line.startswith(("电话", "拜访", "邮件"))]
    assert len({cell_len(r) for r in rows}) == 1, rows  # right-aligned numbers end together


def test_same_numbers_as_json(sample_repo):
    report = week_report(sample_repo)
    doc = json.loads(render(report, "json"))
    text = render_text(report, 60)
    week = doc["weeks"][0]
    money = lambda key: format_money(Decimal(key))  # noqa: E731
    assert _line_with(text, "Target").endswith(money(week["target"]["value"])) and "¥500,000" in text
    achieved = f"{money(week['achieved'])} · {format_percent(Decimal(week['percent']))}"
    assert achieved == "¥150,000 · 30%" and _line_with(text, "Achieved").endswith(achieved)
    assert _line_with(text, "Quotas met").endswith(f"{week['pace']['days_met']}/{week['pace']['days_with_quota']}")
    for t in doc["activity_types"]:
        counts = week["activities"][t["key"]]
        line = _line_with(text, t["name"])
        share = format_percent(Decimal(counts["done"] * 100) / counts["quota"])
        assert line.split()[1:] == [f"{counts['done']}/{counts['quota']}", share], line
    assert "Call before 10am" in text and "Book visits on Monday" in text  # next week's plan
    assert "Commitments kept" in text and "1/2" in text
    assert "Cold list was old" in text  # the lessons


def test_user_text_cannot_drive_the_terminal(sample_repo):
    from datetime import datetime

    from weekplanner.storage.repository import make_activity

    sample_repo.add_activity(make_activity("call", datetime(2026, 11, 24, 12), client="Evil\x1b]52;c;aGk=\x07 Co",
                                           outcome="deal_won"))
    text = render_text(week_report(sample_repo), 60)
    assert "\x1b" not in text and "\x07" not in text and "Evil Co" in text


def test_cli_text_width_and_errors(sample_repo, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "--lang", "zh", "export", "-f", "text", "--width", "40"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("周报：Li Wei") and max(cell_len(line) for line in out.splitlines()) <= 40
    assert main(["--data-dir", str(data_dir), "export", "-f", "text", "--width", "5"]) == 2
    assert "--width 5 is out of range" in capsys.readouterr().err
