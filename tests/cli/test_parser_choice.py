"""Only the named command's parser is built, and that never changes what the command line accepts."""

from __future__ import annotations

import pytest

from weekplanner.cli.main import COMMANDS, _chosen_command, _parsers_needed


@pytest.mark.parametrize("argv, chosen", [
    (["status"], "status"),
    (["--data-dir", "status", "export"], "export"),      # a folder named like a command
    (["--data", "/tmp/x", "status", "--json"], "status"),  # argparse's unambiguous prefix
    (["--lang=zh", "log", "call"], "log"),
    (["--read-only", "history"], "history"),
    (["--help", "export"], None),                          # help before the command: full help
    (["nonsense"], None),
    ([], None),
])
def test_the_command_named_is_found_past_global_options(argv, chosen):
    assert _chosen_command(argv) == chosen


def test_full_help_still_lists_every_command(cli):
    result = cli("--help")
    assert result.code == 0
    assert all(name in result.out for name in COMMANDS)


def test_a_folder_named_like_a_command_is_still_a_folder(cli, tmp_path):
    folder = tmp_path / "status"
    result = cli("--data-dir", str(folder), "log", "call")
    assert result.code == 0, result.err
    assert (folder / "weeks").exists()


def test_an_unknown_command_is_one_clear_line_with_exit_2(cli):
    result = cli("nonsense")
    assert result.code == 2
    assert "nonsense" in result.err and "status" in result.err


@pytest.mark.parametrize("argv, needed", [
    ([], ()),                                    # the full-screen app needs no command's parser
    (["--data-dir", "/tmp/x", "--lang", "zh"], ()),
    (["--data", "status"], ()),                  # a folder named like a command is a folder
    (["--version"], ()),
    (["status", "--json"], ("status",)),
    (["--help"], COMMANDS),                      # the full help lists every command
    (["nonsense"], COMMANDS),                    # the error lists the commands there are
])
def test_only_the_parsers_the_command_line_needs_are_built(argv, needed):
    assert tuple(_parsers_needed(argv)) == tuple(needed)


def test_without_a_command_the_options_are_still_checked(cli):
    assert cli("--version").out.startswith("weekplanner ")
    result = cli("--lang", "fr")
    assert result.code == 2 and "fr" in result.err
