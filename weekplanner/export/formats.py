"""The summary formats: which renderer, which file extension, which encoding.

Renderers are imported on first use, so exporting Markdown loads no HTML code
(and nothing but ``--format xlsx`` loads XlsxWriter). Every renderer takes the
same :class:`Report`, so every format carries the same numbers.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from weekplanner.export.summary import Report

FORMATS = ("md", "csv", "json", "html", "text", "xlsx")
#: Formats whose output is text (previewed, copied); the others are files of bytes.
TEXT_FORMATS = ("md", "csv", "json", "html", "text")
_RENDERERS = {
    "md": ("weekplanner.export.markdown", "render_markdown"),
    "csv": ("weekplanner.export.csv_export", "render_csv"),
    "json": ("weekplanner.export.json_export", "render_json"),
    "html": ("weekplanner.export.html", "render_html"),
    "text": ("weekplanner.export.text", "render_text"),
    "xlsx": ("weekplanner.export.xlsx", "render_xlsx"),
}
_EXTENSIONS = {"text": "txt"}


def render(report: Report, fmt: str, **options: object) -> str | bytes:
    """The report in ``fmt``: text, or bytes for ``xlsx``. ``options`` go to the renderer (text's ``width``)."""
    module, name = _RENDERERS[fmt]
    return getattr(importlib.import_module(module), name)(report, **options)


def is_binary(fmt: str) -> bool:
    return fmt not in TEXT_FORMATS


def encoding(fmt: str) -> str:
    """CSV carries a BOM so Excel reads it as UTF-8 (Chinese text intact); the rest plain UTF-8."""
    return "utf-8-sig" if fmt == "csv" else "utf-8"


def default_filename(label: str, fmt: str) -> str:
    """``weekplanner-2026-W48.md``; a range ``weekplanner-2026-W45_2026-W48.csv``."""
    return f"weekplanner-{label.replace('–', '_')}.{_EXTENSIONS.get(fmt, fmt)}"


def write_file(content: str | bytes, fmt: str, path: Path) -> Path:
    """Write the rendered summary; returns the absolute path written."""
    path = Path(path).expanduser()
    if isinstance(content, bytes):
        path.write_bytes(content)
        return path.resolve()
    with open(path, "w", encoding=encoding(fmt), newline="") as handle:
        handle.write(content)
    return path.resolve()
