"""Hostile text in the files a manager opens: no formula cell, no broken Markdown structure, no live tag or link."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weekplanner.export.formats import render
from weekplanner.export.markdown import inline
from weekplanner.export.summary import load_report

from tests.payload_data import PAYLOADS, seed_hostile

ALL = " ".join(PAYLOADS.values())
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report(repo, payload: str, *, week: str = "this"):
    seed_hostile(repo, payload)
    weeks = [repo.week()] if week == "this" else [repo.week().previous()]
    return load_report(repo, weeks)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_cells_never_start_a_formula(payload, repo):
    text = render(report(repo, PAYLOADS[payload]), "csv")
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
        for value in row:
            assert not value.startswith(FORMULA_START) or re.fullmatch(r"-?\d+(\.\d+)?", value), value


@pytest.mark.parametrize("week", ["this", "last"])
def test_markdown_keeps_user_text_inside_its_item(week, repo):
    text = render(report(repo, ALL, week=week), "md")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert all(not line.startswith("# heading") and "heading" not in line for line in headings), headings
    assert "](javascript:" not in text.replace("\\](", "")  # no live link
    assert not re.search(r"(?<!\\)<script", text)  # escaped as \<script
    for line in text.splitlines():  # every table row keeps its column count
        if line.startswith("|"):
            assert line.endswith("|")


@pytest.mark.parametrize("week", ["this", "last"])
def test_html_holds_no_live_tag(week, repo):
    text = render(report(repo, ALL, week=week), "html")
    assert "<script>alert" not in text and "<img src=x" not in text
    assert "&lt;script&gt;" in text


QUOTES = "Tom's \"Best\" & <b>Sons</b> ' onmouseover='x"


@pytest.mark.parametrize("week", ["this", "last"])
def test_html_keeps_hostile_text_as_text(week, repo):
    """Quotes, ampersands and markup in every field come back as the same text, never as a tag or attribute."""
    from html.parser import HTMLParser

    text = render(report(repo, QUOTES + " " + PAYLOADS["html"], week=week), "html")
    tags: set[str] = set()
    attributes: set[str] = set()
    data: list[str] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.add(tag)
            attributes.update(name for name, _value in attrs)

        def handle_data(self, chunk):
            data.append(chunk)

    Reader(convert_charrefs=True).feed(text)
    assert tags <= {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "div",
                    "section", "table", "thead", "tbody", "tr", "th", "td", "span", "ul", "li", "dl", "dt", "dd",
                    "p", "strong", "svg", "line", "rect", "text", "footer"}, tags
    assert not {name for name in attributes if name.startswith("on")}, attributes
    assert QUOTES in "".join(data)  # the rep's text reads as typed
    assert "'" not in text.split("</style>")[1].replace("&#39;", "")  # quotes only as entities in the body


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_inline_markdown_never_starts_a_block_or_a_link(text):
    out = inline(text)
    for line in out.split("\n"):
        body = line.strip()
        assert not re.match(r"(#|>|[-+*=]|\d+[.)]|\|)", body) or body == "" or body.startswith("\\"), out
    assert "[" not in out.replace("\\[", "")
