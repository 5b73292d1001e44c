"""One parser per kind of value: the command line and the forms accept and refuse the same text alike."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import weekplanner
from weekplanner.cli.main import main
from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.amounts import parse_hour
from weekplanner.domain.parsing.dates import parse_month, parse_time
from weekplanner.domain.parsing.targets import parse_outcome


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    monkeypatch.setenv("COLUMNS", "120")


def cli_error(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    return capsys.readouterr().err


def refusal(parser, text: str) -> str:
    with pytest.raises(ParseError) as refused:
        parser(text)
    return str(refused.value)


def test_arabic_indic_digits_in_a_time_are_refused_by_the_log_command_as_by_the_form(capsys):
    err = cli_error(capsys, "log", "call", "--time", "٠٩:٣٠")
    assert refusal(parse_time, "٠٩:٣٠") in err
    assert "uses digits this app does not read" in err


def test_a_full_width_time_is_read_by_the_log_command_as_by_the_form(capsys):
    assert parse_time("０９：３０").hour == 9
    assert main(["log", "call", "--time", "０９：３０"]) == 0


def test_a_month_in_other_digits_is_refused_and_full_width_is_read(capsys):
    assert parse_month("２０２６-１１") == (2026, 11)
    assert "uses digits this app does not read" in refusal(parse_month, "٢٠٢٦-١١")
    assert "outside the years this app accepts" in refusal(parse_month, "9999-11")
    err = cli_error(capsys, "export", "--month", "٢٠٢٦-١١")
    assert refusal(parse_month, "٢٠٢٦-١١") in err


def test_hours_of_the_working_day():
    assert parse_hour("9") == 9 and parse_hour("２４") == 24 and parse_hour("0") == 0
    assert "out of range" in refusal(parse_hour, "25")
    assert "is not a whole number" in refusal(parse_hour, "٩")


@pytest.mark.parametrize(("text", "key"), [
    ("deal_won", "deal_won"), ("Deal won", "deal_won"), ("deal-won", "deal_won"), ("  成交 ", "deal_won"),
    ("Meeting  booked", "meeting_booked"), ("已约见", "meeting_booked"),
    ("asked  for a quote", "asked for a quote"),
])
def test_an_outcome_is_a_known_key_or_the_words_typed(text, key):
    assert parse_outcome(text) == key


def test_no_surface_reads_times_or_dates_with_its_own_pattern():
    """Typed values are read in domain/parsing/ only: no pattern matching, strptime or fromisoformat,
    and no parse_* of their own, in the command line or the screens (wrapping text and naming screens
    with a regex is not reading input)."""
    root = Path(weekplanner.__file__).parent
    offenders = []
    for folder in ("cli", "tui"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and (
                    node.attr in {"strptime", "fromisoformat"}
                    or (isinstance(node.value, ast.Name) and node.value.id == "re"
                        and node.attr in {"match", "fullmatch", "search", "compile"})
                ):
                    offenders.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
                if isinstance(node, ast.FunctionDef) and node.name.startswith("parse_") and node.name not in {
                    "parse_args", "parse_fields", "parse_theme",  # argparse, a form's fields, a theme file
                }:
                    offenders.append(f"{path.relative_to(root)}:{node.lineno} def {node.name}")
    assert offenders == []
