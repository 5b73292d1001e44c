"""Each format on the fixed sample week (English and Chinese) against golden files, plus format rules."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from weekplanner.domain.week import Week
from weekplanner.export.formats import TEXT_FORMATS, encoding, render, write_file
from weekplanner.export.json_export import SCHEMA_ID, describe_shape, shape_errors
from weekplanner.export.ranges import weeks_between, weeks_in_month
from weekplanner.export.summary import load_report
from weekplanner.i18n import set_language

from export_samples import W48

GOLDEN = Path(__file__).with_name("golden")
#: ``UPDATE_GOLDEN=1 pytest tests/export`` rewrites the golden files after a deliberate change.
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == text, f"{name} differs from its golden file"


def week_report(repo, language: str = "en"):
    set_language(language)
    return load_report(repo, [W48])


def range_report(repo, language: str = "en"):
    set_language(language)
    return load_report(repo, weeks_between(Week.from_label("2026-W45"), W48))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("fmt", [f for f in TEXT_FORMATS if f != "text"])  # text: test_text_format
def test_week_golden(sample_repo, fmt, language):
    check_golden(f"week-{language}.{fmt}", render(week_report(sample_repo, language), fmt))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("fmt", [f for f in TEXT_FORMATS if f != "text"])  # text: test_text_format
def test_range_golden(sample_repo, fmt, language):
    check_golden(f"range-{language}.{fmt}", render(range_report(sample_repo, language), fmt))


def test_markdown_week_content(sample_repo):
    text = render(week_report(sample_repo), "md")
    assert "# Weekly summary: Li Wei" in text
    assert "2026-W48 · 23–29 Nov" in text
    assert "- **Achieved**: ¥150,000 · 30%" in text
    assert "¥400,000 → ¥500,000 (Tue 24 Nov): Acme expanded the order" in text
    assert "| Calls | 10/10 | 8/10 | 8/10 | 0/12 | 0/10 | 26/50 |" in text
    assert "Deal won · Acme \\<Ltd> & Co · ¥120,000 · Tue 24 Nov" in text
    assert "no_answer" not in text and "Nobody" not in text  # only notable outcomes
    assert "Too many emails \\| no replies" not in text  # pipes are escaped only inside tables
    assert "- ✓ Follow up within 24h (kept)" in text and "- ✗ Prepare visit notes (not kept)" in text
    table_lines = [line for line in text.splitlines() if line.startswith("|")]
    pipes = {len(re.findall(r"(?<!\\)\|", line)) for line in table_lines}
    assert len(table_lines) == 5 and pipes == {8}  # every row has the header's columns


def test_markdown_chinese_uses_chinese_words_and_money(sample_repo):
    text = render(week_report(sample_repo, "zh"), "md")
    assert "# 周报：Li Wei" in text
    assert "11月23日–29日" in text
    assert "| 电话 | 10/10 |" in text
    assert "成交 · Acme \\<Ltd> & Co · ¥120,000" in text
    assert "**改进计划**：" in text


def test_csv_reads_back_with_bom(sample_repo, tmp_path):
    set_language("zh")
    text = render(load_report(sample_repo, [W48]), "csv")
    path = write_file(text, "csv", tmp_path / "w.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and encoding("csv") == "utf-8-sig"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["Week", "日期", "星期", "电话指标", "电话完成"] or rows[0][1:5] == ["日期", "星期", "电话指标", "电话完成"]
    assert len(rows[0]) == 3 + 2 * 3 + 3
    days = [r for r in rows[1:] if r[1]]
    assert [r[1] for r in days] == ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]
    tuesday = days[1]
    assert tuesday[2] == "周二" and tuesday[3:9] == ["10", "8", "3", "4", "20", "15"] and tuesday[9] == "120000"
    total = next(r for r in rows if r[2] == "合计")
    assert total[3:9] == ["50", "26", "15", "8", "100", "45"]  # 2 missed calls moved to Thu count once
    target = next(r for r in rows if r[2] == "目标" or r[2] == "周目标")
    assert target[9:] == ["150000", "500000", "30.0"]


def test_range_csv_has_all_weeks_rows(sample_repo):
    text = render(range_report(sample_repo), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    all_weeks = [r for r in rows if r[0] == "All weeks"]
    assert [r[2] for r in all_weeks] == ["Total", "Target"]
    assert all_weeks[1][-3:] == ["985000.50", "1550000", "63.5"]


def test_json_conforms_to_documented_shape(sample_repo):
    doc = json.loads(render(range_report(sample_repo), "json"))
    assert doc["schema"] == SCHEMA_ID
    assert shape_errors(doc) == []
    w48 = doc["weeks"][3]
    assert w48["target"]["value"] == "500000" and w48["achieved"] == "150000" and w48["percent"] == "30.0"
    assert w48["target"]["changes"][0]["reason"] == "Acme expanded the order"
    assert w48["activities"]["call"] == {"quota": 50, "done": 26, "moved": 2}
    assert w48["review"]["status"] == "written" and w48["review"]["rating"] == 4
    assert [c["kept"] for c in w48["commitments"]] == [True, False]
    assert [w["review"]["status"] for w in doc["weeks"]] == ["missing", "skipped", "written", "written"]
    assert doc["totals"]["achieved"] == "985000.50" and doc["totals"]["average_rating"] == "3.5"
    assert [o["amount"] for o in w48["outcomes"]] == ["120000", "30000"]


def test_shape_check_catches_departures(sample_repo):
    doc = json.loads(render(week_report(sample_repo), "json"))
    doc["weeks"][0]["achieved"] = 150000.0
    del doc["totals"]["currency"]
    doc["weeks"][0]["days"][0]["met"] = "yes"
    assert shape_errors(doc) == [
        "$.weeks[0].achieved is 150000.0, expected decimal",
        "$.weeks[0].days[0].met is 'yes', expected bool",
        "$.totals.currency is missing",
    ]


def _keys(node, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("<") and not key.endswith("?"):  # placeholders and notes
                found.add(key)
            _keys(value, found)
    elif isinstance(node, list):
        for item in node:
            _keys(item, found)
    return found


def test_documented_shape_is_what_the_readme_shows():
    """Every field of the shape the checker uses is named in the README's description of the format."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### JSON summary format", 1)[1].split("\nThe exact shape", 1)[0]
    missing = sorted(k for k in _keys(json.loads(describe_shape()), set()) if f'"{k}"' not in section)
    assert missing == [], f"fields of the JSON summary missing from the README: {missing}"
    check_golden("json-shape.json", describe_shape() + "\n")


class _Balance(HTMLParser):
    VOID = {"meta", "br", "img", "input", "hr", "link", "rect", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.refs: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        self.refs += [v for k, v in attrs if k in ("src", "href") and v]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.refs += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("which", [week_report, range_report])
def test_html_is_well_formed_and_self_contained(sample_repo, which):
    text = render(which(sample_repo), "html")
    parser = _Balance()
    parser.feed(text)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert parser.refs == [] and parser.scripts == 0
    assert not re.search(r"https?://", text)
    assert "@media print" in text and "<svg" in text
    assert "Acme &lt;Ltd&gt; &amp; Co" in text and "Acme <Ltd>" not in text
    assert re.search(r'class="bar[^"]*"><span style="width: [\d.]+%"', text)


def test_month_selects_weeks_by_monday():
    november = ["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]  # Mondays 2 … 30 Nov
    assert [w.label for w in weeks_in_month(2026, 11)] == november
    assert [w.label for w in weeks_in_month(2026, 11, week_start=6)] == november
    assert weeks_in_month(2026, 3)[0].label == "2026-W10"  # Mon 2 Mar; W09 starts in February


@pytest.mark.parametrize("week_start", [0, 6])
def test_month_weeks_are_the_weeks_of_its_mondays_in_every_month(week_start):
    """Every month of 2000–2040, against counting the month's days one by one (four or five Mondays)."""
    from datetime import date, timedelta

    for year in range(2000, 2041):
        for month in range(1, 13):
            day, mondays = date(year, month, 1), []
            while day.month == month:
                mondays += [day] if day.weekday() == 0 else []
                day += timedelta(days=1)
            weeks = weeks_in_month(year, month, week_start)
            assert [w.monday for w in weeks] == mondays, (year, month)
            assert len(weeks) in (4, 5)


def test_week_export_reads_only_its_weeks(sample_repo, monkeypatch):
    """No history scan: a week's export loads that week, the record of the week before, and the streak's weeks."""
    cls = type(sample_repo)
    for scan in ("week_labels", "history", "reviews"):
        if hasattr(cls, scan):
            monkeypatch.setattr(cls, scan, lambda self, *a, **k: pytest.fail("history scanned"))
    calls: list[str] = []
    load_week, record = cls.load_week, cls.record
    monkeypatch.setattr(cls, "load_week", lambda self, week: calls.append(f"week {week.label}") or load_week(self, week))
    monkeypatch.setattr(cls, "record", lambda self, label: calls.append(f"record {label}") or record(self, label))
    load_report(sample_repo, [W48])
    # The week, the record before it, and the streak's walk back (here it ends in the week itself).
    assert calls == ["record 2026-W47", "week 2026-W48", "week 2026-W48"]
