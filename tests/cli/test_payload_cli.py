"""Hostile text through every command that prints: no escape sequence or bell reaches the terminal."""

from __future__ import annotations

import json

import pytest

from weekplanner.storage.repository import Repository

from tests.payload_data import FORBIDDEN, PAYLOADS, seed_hostile

ALL = " ".join(PAYLOADS.values())
COMMANDS = [
    ["status"], ["status", "--json"], ["log", "demo"], ["target", "show"], ["quota", "show"],
    ["review", "--week", "last", "--show"], ["history"], ["history", "--json"], ["history", "--search", "Acme"],
    ["export", "--format", "md"], ["export", "--format", "csv"], ["export", "--format", "json"],
    ["export", "--format", "html"], ["export", "--week", "last", "--format", "md"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_no_terminal_control_reaches_the_output(argv, cli, cli_dir):
    with Repository(cli_dir) as repo:
        seed_hostile(repo, ALL)
    result = cli(*argv)
    assert result.code == 0, result.err
    for char in FORBIDDEN:
        assert char not in result.out and char not in result.err, (argv, repr(char))
    if "--json" in argv or "json" in argv:
        json.loads(result.out)  # still a valid document


def test_markup_in_user_text_prints_as_typed(cli, cli_dir):
    with Repository(cli_dir) as repo:
        seed_hostile(repo, "Demo [v2] [/] [bold]x[/bold]")
    result = cli("status")
    assert result.code == 0, result.err
    assert "Demo [v2] [/]" in result.out
