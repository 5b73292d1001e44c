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
