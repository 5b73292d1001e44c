"""The one place user text is made safe for a terminal and for a spreadsheet cell."""

from hypothesis import given, strategies as st

from weekplanner.safe_text import has_control_characters, spreadsheet_safe, terminal_safe


def test_escape_sequences_are_removed():
    assert terminal_safe("Acme\x1b]0;pwned\x07 Ltd") == "Acme Ltd"
    assert terminal_safe("\x1b]52;c;aGVsbG8=\x07copy") == "copy"
    assert terminal_safe("a\x1b[2Jb") == "ab"
    assert terminal_safe("a\x9b31mb") == "ab"


def test_other_controls_are_shown_not_obeyed():
    assert terminal_safe("a\x07b\x00c\x7f") == "a␇b␀c␡"
    assert terminal_safe("line\nnext\tcol") == "line\nnext\tcol"
    assert terminal_safe("客户 Zhang") == "客户 Zhang"


@given(st.text())
def test_nothing_that_controls_a_terminal_survives(text):
    safe = terminal_safe(text)
    assert "\x1b" not in safe and "\x07" not in safe
    assert not has_control_characters(safe)


def test_formula_cells_are_neutralised():
    for cell in ("=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert spreadsheet_safe(cell) == "'" + cell
    assert spreadsheet_safe("Acme") == "Acme"
    assert spreadsheet_safe("") == ""


def test_commands_refuse_control_characters_before_anything_is_stored(tmp_path, capsys, monkeypatch):
    from weekplanner.cli.main import main

    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "log", "call", "--client", "Acme\x1b]0;x\x07"]) == 2
    err = capsys.readouterr().err
    assert "control character" in err and "\x1b" not in err
    assert not (folder / "weeks").exists()


def test_a_review_holding_a_control_character_is_refused():
    import pytest

    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.review import Review, validate_for_saving

    with pytest.raises(ParseError, match="control character"):
        validate_for_saving(Review(went_well="fine\x1b[2J"))
    assert validate_for_saving(Review(went_well="line\n\tindented")).went_well == "line\n\tindented"
