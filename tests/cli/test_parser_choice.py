"""Only the named command's parser is built, and that never changes what the command line accepts."""

from __future__ import annotations

import pytest

from weekplanner.cli.main import COMMANDS, _chosen_command


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
