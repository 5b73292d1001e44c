"""Fixed columns of one-line cells: widths in terminal cells, alignment per column."""

from textual.content import Content

from weekplanner.tui.widgets.columns import align_columns


def test_columns_are_as_wide_as_their_widest_cell_counting_chinese_as_two():
    rows = [[Content("活动"), Content("周一 23")], [Content("Product demo"), Content("4/10")]]
    lines = align_columns(rows, gap=3, right={1})
    assert [line.plain for line in lines] == ["活动           周一 23", "Product demo      4/10"]
    assert {line.cell_length for line in lines} == {12 + 3 + 7}


def test_no_rows_no_lines():
    assert align_columns([], gap=2) == []
