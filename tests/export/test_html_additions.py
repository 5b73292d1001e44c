"""The HTML report: achieved against target per week, the revenue weeks' total, plurals, printing on A4."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from html.parser import HTMLParser

from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import DEFAULT_WORKDAYS, Week
from weekplanner.export.formats import render
from weekplanner.export.ranges import weeks_between
from weekplanner.export.summary import load_report
from weekplanner.i18n import set_language
from weekplanner.storage.repository import make_activity

W45, W49 = Week.from_label("2026-W45"), Week.from_label("2026-W49")


def add_count_week(repo) -> None:
    """W49 counts deals instead of money: one deal of a target of one."""
    plan = uniform_plan({"call": 10}, sorted(DEFAULT_WORKDAYS))
    repo.save_record(WeekRecord("2026-W49", Target(Metric.COUNT, Decimal(1), unit="deals"), plan), "t")
    repo.add_activity(make_activity("visit", datetime(2026, 12, 1, 15), client="Acme", outcome="deal_won",
                                    amount=Decimal(1)))


def mixed_range(repo, language="en"):
    add_count_week(repo)
    set_language(language)
    return load_report(repo, weeks_between(W45, W49))


def test_revenue_weeks_total_when_weeks_count_different_things(sample_repo):
    report = mixed_range(sample_repo)
    assert report.totals.target is None  # money and deals do not add up …
    totals = report.revenue_totals  # … but the revenue weeks do
    assert (totals.weeks, totals.target, totals.achieved) == (4, Decimal(1550000), Decimal("985000.50"))
    html = render(report, "html")
    assert "Revenue weeks (4 of 5): ¥985,000.50 of ¥1,550,000 · 63.5%" in html


def test_achieved_against_target_per_week_chart(sample_repo):
    html = render(mixed_range(sample_repo), "html")
    section = re.search(r"<h2>Achieved against target</h2>(.*?)</section>", html, re.S).group(1)
    labels = re.findall(r'text-anchor="middle">([^<]+)</text>', section)
    # Per week: its label, then the target and achieved values in the week's own unit.
    assert labels == ["W45", "¥400k", "¥380k", "W46", "¥200k", "¥0", "W47", "¥450k", "¥455k",
                      "W48", "¥500k", "¥150k", "W49", "1 deal", "1 deal"]
    assert section.count("<rect") == 10
    chinese = render(mixed_range(sample_repo, "zh"), "html")
    assert "完成与目标对比" in chinese and "¥40万" in chinese


def test_one_deal_is_singular(sample_repo):
    html = render(mixed_range(sample_repo), "html")
    assert "1 deals" not in html and "1 deal" in html
    from weekplanner.export.wording import days_met_text

    assert (days_met_text(1, 1), days_met_text(0, 1), days_met_text(2, 5)) == (
        "1 of 1 day", "0 of 1 day", "2 of 5 days")


def test_print_stylesheet_for_a4_without_cut_rows(sample_repo):
    html = render(mixed_range(sample_repo), "html")
    style = re.search(r"@media print \{(.*?)\n\}", html, re.S).group(1)
    assert "@page { size: A4;" in style
    assert "thead { display: table-header-group; }" in style  # the header repeats on the next page
    assert re.search(r"[^-]tr[, ][^{]*\{ break-inside: avoid; \}", style)  # rows are never cut


def test_html_stays_well_formed(sample_repo):
    html = render(mixed_range(sample_repo), "html")
    stack: list[str] = []
    void = {"meta", "br", "rect", "line", "img"}

    class Checker(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag not in void:
                stack.append(tag)

        def handle_startendtag(self, tag, attrs):
            pass

        def handle_endtag(self, tag):
            assert stack and stack.pop() == tag, tag

    Checker().feed(html)
    assert stack == []
