"""A TinyDB storage that commits atomically and durably, and never overwrites what it cannot read.

TinyDB's stock ``JSONStorage`` rewrites the file in place (a kill mid-write
corrupts it), reads an empty or broken file as an empty database and then
overwrites it. This storage writes a temp file in the same folder, fsyncs it,
``os.replace``-s it over the old file and fsyncs the folder; a file that does
not parse raises :class:`CorruptDataError` and is left as it is.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from weekplanner.i18n import _
from weekplanner.storage.errors import CorruptDataError, NewerSchemaError, StorageError

SCHEMA_VERSION = 1
META_TABLE = "_meta"
TEMP_SUFFIX = ".tmp"


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new file, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        try:
            temp.unlink()
        except OSError:
            pass
        raise StorageError(_describe_os_error(path, error), path) from error
    fsync_dir(path.parent)


def _describe_os_error(path: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return _("The disk is full: {path} was not saved. Free some space and try again; "
                 "nothing was lost.").format(path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("No permission to write {path}. Check the folder's permissions or choose another "
                 "data folder with --data-dir.").format(path=path)
    return _("{path} could not be saved: {error}.").format(path=path, error=error.strerror or error)


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a crashed writer left behind; returns how many were removed."""
    removed = 0
    if not folder.exists():
        return 0
    for temp in folder.rglob(f".*{TEMP_SUFFIX}"):
        try:
            temp.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def dumps(data: Any) -> str:
    """Compact UTF-8 JSON; NaN and infinity are refused rather than written."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def read_json_file(path: Path) -> dict[str, Any] | None:
    """Read and check a data file: None when missing; a clear error when empty, broken or newer."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(
            _("{path} cannot be opened: {error}.").format(path=path, error=error.strerror or error), path
        ) from error
    if not raw:
        raise CorruptDataError(path, _("the file is empty (0 bytes)"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raise CorruptDataError(path, _("the file starts with a byte-order mark (BOM)"))
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as error:
        raise CorruptDataError(path, _("it is not UTF-8 text (byte {at})").format(at=error.start)) from None
    except (json.JSONDecodeError, ValueError) as error:
        raise CorruptDataError(path, _("it is not valid JSON ({error})").format(error=error)) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptDataError(path, _("it is JSON but not a weekplanner data file"))
    meta = data.get(META_TABLE, {}).get("1", {})
    version = meta.get("schema", 0) if isinstance(meta, dict) else 0
    if not isinstance(version, int):
        raise CorruptDataError(path, _("its data version is not a number"))
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version, SCHEMA_VERSION)
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


class AtomicJSONStorage(Storage):
    """TinyDB storage over :func:`read_json_file` and :func:`write_atomic`.

    Each write stamps the schema version. Read-only instances refuse writes.
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StorageError(_("This weekplanner is read-only; {path} was not changed.").format(path=self.path))
        data[META_TABLE] = {"1": {"schema": SCHEMA_VERSION, "app": "weekplanner"}}
        try:
            text = dumps(data)
        except ValueError as error:
            raise StorageError(str(error), self.path) from error
        write_atomic(self.path, text)

    def close(self) -> None:
        pass
