"""The summary formats: which renderer, which file extension, which encoding.

Renderers are imported on first use, so exporting Markdown loads no HTML code
(and nothing but ``--format xlsx`` loads XlsxWriter). Every renderer takes the
same :class:`Report`, so every format carries the same numbers.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from weekplanner.export.summary import Report
from weekplanner.storage.errors import StorageError

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


class OutputExists(StorageError):
    """The file to write already exists; it is replaced only when the rep says so (--force, or yes)."""


def output_path(path: str | Path, fmt: str) -> Path:
    """Where a summary named ``path`` goes: a bare name gets the format's extension (``summary`` → ``summary.md``)."""
    path = Path(path).expanduser()
    return path if path.suffix else path.with_name(f"{path.name}.{fmt}")


def write_file(content: str | bytes, fmt: str, path: str | Path, *, replace: bool = False) -> Path:
    """Write the rendered summary atomically (temp file, then rename); returns the absolute path written.

    An existing file is replaced only with ``replace``; a symbolic link never (writing through
    it would change the file it points to). A failed write leaves no partial file.
    """
    from weekplanner.i18n import _
    from weekplanner.storage.atomic import write_atomic

    path = output_path(path, fmt)
    if path.is_symlink():
        raise StorageError(_("{path} is a symbolic link; the summary is not written through it. "
                             "Choose another file name.").format(path=path), path)
    if path.exists() and not replace:
        raise OutputExists(_("{path} already exists; it was left as it is. Add --force to replace it, "
                             "or choose another file name.").format(path=path), path)
    if not path.parent.is_dir():
        raise StorageError(_("The folder {folder} does not exist; {path} was not written.").format(
            folder=path.parent, path=path), path)
    if path.exists() and not path.is_file():
        raise StorageError(_("{path} is not a file; choose a file name.").format(path=path), path)
    data = content if isinstance(content, bytes) else content.encode(encoding(fmt))
    write_atomic(path, data, durable=False)
    return path.resolve()
