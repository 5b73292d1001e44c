"""``export -o``: never replaces a file without --force, never writes through a symlink, atomic, adds the extension."""

from __future__ import annotations

import os

import pytest

from weekplanner.cli.main import main
from weekplanner.export.formats import OutputExists, write_file
from weekplanner.storage.errors import StorageError


@pytest.fixture
def export(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    monkeypatch.chdir(tmp_path)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / "data"), "export", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_an_existing_file_is_replaced_only_with_force(export, tmp_path):
    target = tmp_path / "mine.md"
    target.write_text("my notes")
    code, _out, err = export("-o", str(target))
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_text() == "my notes"
    code, out, _err = export("-o", str(target), "--force")
    assert code == 0 and target.read_text().startswith("# ")


def test_a_symlink_is_never_written_through(export, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "report.md"
    link.symlink_to(precious)
    for extra in ([], ["--force"]):
        code, _out, err = export("-o", str(link), *extra)
        assert code == 2 and "symbolic link" in err
    assert precious.read_text() == "keep me" and link.is_symlink()


def test_a_bare_name_gets_the_formats_extension(export, tmp_path):
    code, out, _err = export("-o", "summary", "--format", "csv")
    assert code == 0 and (tmp_path / "summary.csv").exists() and "summary.csv" in out
    assert not (tmp_path / "summary").exists()


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    import errno

    real_write = os.write

    def full_disk(fd, data):
        real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StorageError, match="disk is full"):
        write_file("x" * 1000, "md", tmp_path / "out.md")
    assert list(tmp_path.iterdir()) == []


def test_write_file_refuses_an_existing_file(tmp_path):
    (tmp_path / "a.md").write_text("x")
    with pytest.raises(OutputExists):
        write_file("y", "md", tmp_path / "a.md")
    assert write_file("y", "md", tmp_path / "a.md", replace=True) == (tmp_path / "a.md").resolve()
