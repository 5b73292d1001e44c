"""The export screen's Markdown preview: the summary drawn by Rich as one widget, in the theme's colours.

Textual's ``Markdown`` widget mounts a widget per heading, paragraph, list item and table cell, about
a hundred for one week's summary: ≈ 260 ms of CPU of the ≈ 370 ms the export key took. A preview is
read, not navigated, so here Rich's ``Markdown`` draws the same text as one renderable in a few
milliseconds. Rich colours its ``markdown.*`` styles itself (cyan tables, magenta headings); each
takes its colour from a component class of this widget instead (``markdown_preview.tcss``, the
theme's variables), so the preview follows a theme switch. Links show their address and are not
made clickable: the text is a rep's report, not a page to follow.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.theme import Theme
from textual.app import RenderResult as WidgetRenderResult
from textual.reactive import reactive
from textual.widget import Widget

MARKDOWN_PREVIEW_CSS_PATH = Path(__file__).with_name("markdown_preview.tcss")

#: Each component class and Rich's markdown styles it colours.
RICH_STYLES: dict[str, tuple[str, ...]] = {
    "markdown-preview--h1": ("markdown.h1", "markdown.h1.border"),
    "markdown-preview--h2": ("markdown.h2",),
    "markdown-preview--h3": ("markdown.h3", "markdown.h4", "markdown.h5", "markdown.h6", "markdown.h7"),
    "markdown-preview--code": ("markdown.code", "markdown.code_block", "markdown.kbd"),
    "markdown-preview--quote": ("markdown.block_quote",),
    "markdown-preview--bullet": ("markdown.item.bullet", "markdown.item.number"),
    "markdown-preview--link": ("markdown.link", "markdown.link_url"),
    "markdown-preview--rule": ("markdown.hr", "markdown.table.border"),
    "markdown-preview--table-header": ("markdown.table.header",),
}
#: Rich's own colour for a list, which no component class replaces: none.
UNCOLOURED = ("markdown.list",)


class ThemedMarkdown:
    """A Rich renderable: ``text`` as Rich's Markdown draws it, with ``theme`` over the console's styles."""

    def __init__(self, text: str, theme: Theme) -> None:
        self.text = text
        self.theme = theme

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.markdown import Markdown

        with console.use_theme(self.theme):  # rendered here and now, so the theme is popped after
            lines = console.render_lines(Markdown(self.text, hyperlinks=False), options.update(height=None),
                                         pad=False)
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line


class MarkdownPreview(Widget):
    """Markdown as the manager will read it: one widget, however long the summary."""

    COMPONENT_CLASSES = set(RICH_STYLES)

    #: The Markdown shown (already safe for the terminal); a new text is laid out again, the same one is not.
    markdown: reactive[str] = reactive("", layout=True)

    def rich_theme(self) -> Theme:
        """Rich's markdown styles in the colours this widget's component classes have now."""
        styles: dict[str, Style] = {name: Style.null() for name in UNCOLOURED}
        for component, names in RICH_STYLES.items():
            style = self.get_component_rich_style(component, partial=True)
            styles.update((name, style) for name in names)
        return Theme(styles)

    def render(self) -> WidgetRenderResult:
        return ThemedMarkdown(self.markdown, self.rich_theme())
