"""RenderedOnce: the same lines as the table itself, laid out once per width."""

from rich.console import Console
from rich.table import Table

from weekplanner.tui.widgets.rendered import RenderCache, RenderedOnce


class CountingTable(Table):
    renders = 0

    def __rich_console__(self, console, options):  # noqa: ANN001, ANN204
        CountingTable.renders += 1
        yield from super().__rich_console__(console, options)


def table() -> CountingTable:
    grid = CountingTable("Activity", "Mon 23", "Total")
    grid.add_row("Calls", "4/10", "4/10")
    grid.add_row("Visits", "·", "0/2")
    return grid


def test_same_lines_as_the_table_and_one_layout_per_width():
    console = Console(width=60, color_system="truecolor", force_terminal=True)
    CountingTable.renders = 0
    direct = console.render_lines(table(), pad=False)
    once = RenderedOnce(table())
    first = console.render_lines(once, pad=False)
    second = console.render_lines(once, pad=False)
    assert first == direct == second
    assert CountingTable.renders == 2  # the direct render, then one for ``once``
    narrow = console.render_lines(once, console.options.update_width(20), pad=False)
    assert narrow == console.render_lines(table(), console.options.update_width(20), pad=False)


def test_cache_rebuilds_when_the_key_changes():
    cache = RenderCache()
    built = []

    def build() -> Table:
        built.append(1)
        return table()

    first = cache.get((1, "en"), build)
    assert cache.get((1, "en"), build) is first
    assert cache.get((2, "en"), build) is not first
    assert len(built) == 2
