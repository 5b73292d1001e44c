"""The four summary formats: which renderer, which file extension, which encoding.

Renderers are imported on first use, so exporting Markdown loads no HTML code.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from weekplanner.export.summary import Report

FORMATS = ("md", "csv", "json", "html")
_RENDERERS = {
    "md": ("weekplanner.export.markdown", "render_markdown"),
    "csv": ("weekplanner.export.csv_export", "render_csv"),
    "json": ("weekplanner.export.json_export", "render_json"),
    "html": ("weekplanner.export.html", "render_html"),
}


def render(report: Report, fmt: str) -> str:
    module, name = _RENDERERS[fmt]
    return getattr(importlib.import_module(module), name)(report)


def encoding(fmt: str) -> str:
    """CSV carries a BOM so Excel reads it as UTF-8 (Chinese text intact); the rest plain UTF-8."""
    return "utf-8-sig" if fmt == "csv" else "utf-8"


def default_filename(label: str, fmt: str) -> str:
    """``weekplanner-2026-W48.md``; a range ``weekplanner-2026-W45_2026-W48.csv``."""
    return f"weekplanner-{label.replace('–', '_')}.{fmt}"


def write_file(text: str, fmt: str, path: Path) -> Path:
    """Write the rendered summary; returns the absolute path written."""
    path = Path(path).expanduser()
    with open(path, "w", encoding=encoding(fmt), newline="") as handle:
        handle.write(text)
    return path.resolve()
