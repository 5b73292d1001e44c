"""History: one row per past week, trends over the last weeks, and a search over every lesson.

Rows and trends are built from the cached week summaries only
(``repo.history()``), so five years of weeks open in one frame; the reviews
themselves are read only when the rep first searches.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static, TabbedContent, TabPane

from weekplanner.domain.formatting import format_number, format_percent, format_value, weekday_name
from weekplanner.domain.review import Review
from weekplanner.domain.summary import WeekSummary, review_state
from weekplanner.domain.week import Week
from weekplanner.i18n import N_, _, ngettext
from weekplanner.tui.live import DataChanged
from weekplanner.tui.widgets.footer import Footer
from weekplanner.safe_text import terminal_safe
from weekplanner.tui.widgets.plain import PlainLabel, PlainStatic
from weekplanner.tui.widgets.screen_header import ScreenHeader

if TYPE_CHECKING:
    from weekplanner.domain.review_search import SearchHit

# The trends and the lessons import what they use (insights, charts, lists …) when first built,
# which keeps those imports off the way to the table's first frame.

#: Column key → header (translated at use) and how rows sort by it.
COLUMNS: tuple[tuple[str, str, Callable[[WeekSummary], object]], ...] = (
    ("week", N_("Week"), lambda s: s.start),
    ("target", N_("Target"), lambda s: s.target_value if s.target_value is not None else Decimal(-1)),
    ("achieved", N_("Achieved"), lambda s: s.achieved),
    ("percent", N_("%"), lambda s: s.percent if s.percent is not None else Decimal(-1)),
    ("activities", N_("Done / planned"), lambda s: (s.done_total, s.planned_total)),
    ("rating", N_("Rating"), lambda s: s.rating or 0),
    ("review", N_("Review"), lambda s: (s.reviewed, s.review_skipped)),
)
#: How many weeks the trends cover; ``t`` cycles through them.
TREND_SPANS = (12, 26, 52)
#: Seconds after the last keystroke before the lessons are searched.
SEARCH_DELAY = 0.2
#: Rows in the table's first frame beyond the terminal's height; the rest are added right after
#: it, since sizing the columns and drawing costs about 0.1 ms per row.
FIRST_FRAME_SPARE_ROWS = 2


def history_row(summary: WeekSummary) -> tuple[str, ...]:
    metric = summary.target_metric or "count"

    def value(v: Decimal) -> str:
        return format_value(v, metric, summary.currency, summary.target_unit, compact=True)

    return (
        summary.label,
        value(summary.target_value) if summary.target_value is not None else "–",
        value(summary.achieved) if summary.target_metric or summary.achieved else "–",
        format_percent(summary.percent),
        "{done} / {planned}".format(done=summary.done_total, planned=summary.planned_total),
        "★" * summary.rating if summary.rating else "–",
        review_state(summary),
    )


def damaged_row(label: str) -> tuple[str, ...]:
    """A week whose file cannot be read: its label and the word, the numbers left empty."""
    return (label, "–", "–", "–", "–", "–", _("damaged: cannot be read"))


class HistoryScreen(Screen[None]):
    """Past weeks, trends and lessons."""

    TITLE = N_("History")

    CSS_PATH = "history.tcss"
    BINDINGS = [
        Binding("escape", "close", N_("Back")),
        Binding("s", "next_sort", N_("Sort by next column")),
        Binding("r", "reverse_sort", N_("Reverse order")),
        Binding("w", "show_weeks", N_("Weeks")),
        Binding("t", "trends", N_("Trends (again: 12/26/52 weeks)")),
        Binding("slash", "search", N_("Search lessons"), key_display="/"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[WeekSummary] = []
        #: The summaries in the table's order (row i shows rows[i]).
        self.rows: list[WeekSummary] = []
        #: Weeks whose files cannot be read: listed first, marked damaged; Enter says what is wrong.
        self.damaged: list[str] = []
        #: The week label of each table row, in order (damaged weeks, then ``rows``).
        self.row_labels: list[str] = []
        self._cells: list[tuple[str, ...]] = []
        self.sort_column = "week"
        self.sort_reverse = True  # newest first
        self.span = TREND_SPANS[0]
        self._reviews: list[tuple[str, Review]] | None = None
        self._search_timer = None
        self._trends_built = False
        self._lessons_built = False
        self._fill_generation = 0  # the table fill in progress; a re-sort makes an older one stale

    def compose(self) -> ComposeResult:
        self.summaries = list(self.app.repo.history())
        self.damaged = sorted(self.app.repo.damaged_weeks(), reverse=True)
        yield ScreenHeader(_("History"), self.app.clock.today())
        with TabbedContent(id="history-tabs"):
            with TabPane(_("Weeks"), id="tab-weeks"):
                yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
                yield PlainStatic(_("Enter opens the week with its review · s sorts by the next column · r reverses · t trends · / search"),
                             classes="history-hint")
            yield TabPane(_("Trends"), id="tab-trends")  # its charts are built when first shown
            yield TabPane(_("Lessons"), id="tab-lessons")
        yield Footer()
        self._lessons_built = False

    def on_mount(self) -> None:
        table = self.query_one("#history-table", DataTable)
        for key, header, _sort in COLUMNS:
            table.add_column(_(header), key=key)
        self._populate()
        table.focus()

    async def _build_lessons(self) -> None:
        """The lessons tab's widgets, mounted when another tab is first shown: the table's first frame
        does not wait for them."""
        if self._lessons_built:
            return
        self._lessons_built = True
        from textual.containers import Horizontal
        from textual.widgets import ListView

        from weekplanner.domain.review_tags import tag_suggestions
        from weekplanner.tui.widgets.tag_suggester import TagSuggester

        await self.query_one("#tab-lessons", TabPane).mount_all([
            Horizontal(
                Input(placeholder=_("Search all reviews (any words, Chinese too)"), id="lesson-search"),
                Input(placeholder=_("Tag"), id="lesson-tag", suggester=TagSuggester(tag_suggestions(self.summaries))),
                id="lesson-filters",
            ),
            PlainStatic("", id="lesson-count"),
            ListView(id="lesson-results"),
            PlainStatic(self._tag_lines(), id="recurring-tags"),
        ])

    async def on_data_changed(self, message: DataChanged) -> None:
        """Another window or command saved: the table and the charts show the weeks as they are on disk now."""
        message.stop()
        self.summaries = list(self.app.repo.history())
        self._reviews = None
        self._populate()
        if self._trends_built:
            await self._build_trends()

    # -- the table ---------------------------------------------------------------
    def _sorted(self) -> list[WeekSummary]:
        key = next(k for name, _h, k in COLUMNS if name == self.sort_column)
        return sorted(self.summaries, key=lambda s: (key(s), s.start), reverse=self.sort_reverse)

    def _populate(self) -> None:
        """Fill the table in one ``add_rows`` call, keeping the cursor on the same week."""
        table = self.query_one("#history-table", DataTable)
        current = self.row_labels[table.cursor_row] if self.row_labels and table.row_count else None
        self.rows = self._sorted()
        table.clear()
        self.row_labels = [*self.damaged, *(s.label for s in self.rows)]
        # A kept cursor may sit on any row; otherwise the first frame gets the rows it can show, and the
        # rest are formatted and added after it.
        first = len(self.row_labels) if current else self.app.size.height + FIRST_FRAME_SPARE_ROWS
        self._cells = cells = self._row_cells(0, first)
        self._fill_generation = generation = self._fill_generation + 1
        table.add_rows(_plain_cells(cells))

        def add_the_rest() -> None:
            if generation == self._fill_generation:
                rest = self._row_cells(first, len(self.row_labels))
                self._cells = [*self._cells, *rest]
                table.add_rows(_plain_cells(rest))

        if first < len(self.row_labels):
            self.call_after_refresh(add_the_rest)
        labels = self.row_labels
        if current in labels:
            table.move_cursor(row=labels.index(current))

    def _row_cells(self, start: int, end: int) -> list[tuple[str, ...]]:
        """The cells of table rows ``start`` to ``end`` (damaged weeks first, then ``rows``)."""
        damaged = len(self.damaged)
        return [damaged_row(self.damaged[i]) if i < damaged else history_row(self.rows[i - damaged])
                for i in range(start, min(end, len(self.row_labels)))]

    def action_next_sort(self) -> None:
        names = [name for name, _h, _k in COLUMNS]
        self.sort_column = names[(names.index(self.sort_column) + 1) % len(names)]
        self.sort_reverse = self.sort_column == "week"
        self._populate()
        self.notify(_("Sorted by {column}").format(column=_(dict((n, h) for n, h, _k in COLUMNS)[self.sort_column])))

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self._populate()

    @on(DataTable.HeaderSelected)
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        column = event.column_key.value
        self.sort_reverse = not self.sort_reverse if column == self.sort_column else False
        self.sort_column = column
        self._populate()

    @on(DataTable.RowSelected)
    def _open_week(self, event: DataTable.RowSelected) -> None:
        self.open_week(self.row_labels[event.cursor_row])

    def table_rows(self) -> list[tuple[str, ...]]:
        """The table's cells, row by row, in the order shown (rows not yet added included)."""
        return [*self._cells, *self._row_cells(len(self._cells), len(self.row_labels))]

    def open_week(self, label: str) -> None:
        from weekplanner.tui.screens.week_readonly import WeekReadOnlyScreen

        week = Week.from_label(label, self.app.repo.settings.week_start)
        if not self.app.show_if_damaged(week, self.reload):
            self.app.push_screen(WeekReadOnlyScreen(week))

    def reload(self) -> None:
        """Read the history again (a damaged week was restored) and refill the table."""
        self.summaries = list(self.app.repo.history())
        self.damaged = sorted(self.app.repo.damaged_weeks(), reverse=True)
        self._populate()

    # -- trends ------------------------------------------------------------------
    def action_show_weeks(self) -> None:
        self.query_one(TabbedContent).active = "tab-weeks"
        self.query_one("#history-table", DataTable).focus()

    async def action_trends(self) -> None:
        """Show the trends; pressed again on them, cover the next span (12, 26, 52 weeks)."""
        tabs = self.query_one(TabbedContent)
        if tabs.active == "tab-trends":
            self.span = TREND_SPANS[(TREND_SPANS.index(self.span) + 1) % len(TREND_SPANS)]
            await self._build_trends()
        tabs.active = "tab-trends"

    async def _build_trends(self) -> None:
        """The charts of the current span, in the trends tab (the chart library is imported here)."""
        from textual.containers import VerticalScroll

        self._trends_built = True
        pane = self.query_one("#tab-trends", TabPane)
        panels = pane.query("#trends")
        if panels:
            panel = panels.first(VerticalScroll)
            await panel.remove_children()
        else:
            panel = VerticalScroll(id="trends")
            await pane.mount(panel)
        await panel.mount_all(self._trend_widgets())

    def _trend_widgets(self) -> list:
        from weekplanner.domain.insights import overall_conversion, weekday_performance
        from weekplanner.domain.trends import latest_finished, recent_finished, trend_weeks
        from weekplanner.tui.widgets.trend_chart import TrendChart

        points = trend_weeks(self.summaries, self.span)
        latest = latest_finished(points)
        recent = recent_finished(self.summaries, self.span)  # what ratios and weekdays are drawn from
        if not points:
            return [PlainStatic(_("No past weeks yet. Trends appear once you have planned a week."))]
        # The count and the range are the finished weeks; the week under way is drawn after them, named below.
        heading = ngettext("Trends over the last {n} finished week, {first} – {last} (t: 12 / 26 / 52)",
                           "Trends over the last {n} finished weeks, {first} – {last} (t: 12 / 26 / 52)", len(recent))
        widgets: list = [PlainStatic(heading.format(n=len(recent), first=points[0].label,
                                                    last=(latest or points[-1]).label), classes="trend-title")]
        under_way = next((p for p in points if p.in_progress), None)
        if under_way is not None:
            widgets.append(PlainStatic(
                _("▒ and * mark {week}, the week under way: not final, so not in 'latest'.").format(week=under_way.label),
                classes="trend-note"))

        def chart(kind: str, title: str, legend: str) -> None:
            widgets.append(PlainLabel(title, classes="trend-label"))
            widgets.append(TrendChart(kind, points, classes="trend-chart", id=f"trend-{kind}"))
            widgets.append(PlainStatic(legend, classes="trend-legend"))

        none = "–"
        chart("achievement",
              _("Achievement of target per week · latest {value}").format(
                  value=format_percent(latest.percent if latest else None)),
              _("█ a finished week's achievement · ─ 100% of the target"))
        chart("activities",
              _("Activities done of planned per week · latest {done} of {planned}").format(
                  done=format_number(latest.done) if latest else none,
                  planned=format_number(latest.planned) if latest else none),
              _("█ done · ░ planned, not done"))
        overall = overall_conversion(recent)
        chart("conversion",
              _("Conversion per week · overall calls → visits {calls}, visits → deals {visits}").format(
                  calls=format_percent(overall.call_to_visit), visits=format_percent(overall.visit_to_deal)),
              _("• calls → visits (visits per 100 calls) · x visits → deals (deals per 100 visits)"))

        performance = weekday_performance(recent)
        if performance.best is not None:
            stats = {s.weekday: s for s in performance.stats}
            widgets.append(PlainStatic(_("Best weekday: {best} ({best_share} of days met) · worst: {worst} ({worst_share})").format(
                best=weekday_name(performance.best), best_share=format_percent(stats[performance.best].share),
                worst=weekday_name(performance.worst), worst_share=format_percent(stats[performance.worst].share),
            ), classes="trend-weekdays"))
        return widgets

    def _tag_lines(self) -> str:
        from weekplanner.domain.review_tags import describe_tag_count, tag_summary

        rows = tag_summary(self.summaries)
        if not rows:
            return _("No tag recurs in the weeks below target yet.")
        return _("Recurring tags:") + "\n" + "\n".join("  " + describe_tag_count(r) for r in rows)

    # -- lessons -----------------------------------------------------------------
    async def action_search(self) -> None:
        await self._build_lessons()
        self.query_one(TabbedContent).active = "tab-lessons"
        self.query_one("#lesson-search", Input).focus()

    @on(TabbedContent.TabActivated)
    async def _tab(self, event: TabbedContent.TabActivated) -> None:
        """Trends and lessons are built when first shown, so the table's first frame stays fast."""
        if event.pane.id != "tab-weeks":
            await self._build_lessons()  # from the first switch away from the weeks on, they exist
        if event.pane.id == "tab-trends" and not self._trends_built:
            await self._build_trends()
        elif event.pane.id == "tab-lessons" and self._reviews is None:
            await self.run_search()

    @on(Input.Changed, "#lesson-search, #lesson-tag")
    def _query_changed(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self.run_search)

    async def run_search(self) -> list[SearchHit]:
        from textual.widgets import ListItem, ListView

        from weekplanner.domain.review_search import search_reviews
        from weekplanner.domain.review_tags import complete_tag
        from weekplanner.tui.widgets.tag_suggester import TagSuggester

        self._search_timer = None
        if self._reviews is None:
            self._reviews = list(self.app.repo.reviews())
        text = self.query_one("#lesson-search", Input).value
        tag_input = self.query_one("#lesson-tag", Input)
        known = tag_input.suggester.known if isinstance(tag_input.suggester, TagSuggester) else []
        # The completion the field shows (train → training) is the tag filtered by.
        tag = complete_tag(tag_input.value, known) or None
        hits = search_reviews(self._reviews, text, tag)
        self.query_one("#lesson-count", Static).update(
            (ngettext("{n} review found", "{n} reviews found", len(hits)) if (text.strip() or tag) else
             ngettext("{n} review written", "{n} reviews written", len(hits))).format(n=len(hits))
        )
        results = self.query_one("#lesson-results", ListView)
        await results.clear()
        await results.extend(ListItem(PlainStatic(_hit_text(hit)), name=hit.label) for hit in hits)
        return hits

    def on_list_view_selected(self, event) -> None:  # noqa: ANN001 - ListView.Selected, imported with the lessons
        if event.list_view.id == "lesson-results" and event.item.name:
            self.open_week(event.item.name)

    def action_close(self) -> None:
        self.dismiss()


def _plain_cells(rows: list[tuple[str, ...]]) -> list[tuple[Text, ...]]:
    """Cells as ``Text``: a unit or label a rep typed is shown as typed, and no cell is parsed as markup."""
    return [tuple(Text(cell) for cell in row) for row in rows]


def _hit_text(hit: SearchHit) -> Text:
    from weekplanner.domain.review_template import FIELD_NAMES

    text = Text()
    text.append(hit.label, style="bold")
    text.append("  " + _(FIELD_NAMES.get(hit.field, hit.field)) + "\n  ", style="dim")
    start, end = hit.highlight
    snippet = Text(terminal_safe(hit.snippet))
    if end > start:
        snippet.stylize("bold reverse", start, end)
    text.append_text(snippet)
    return text
