"""Atomic, durable file writes and checked reads: the two things every data file goes through.

TinyDB's stock ``JSONStorage`` rewrites the file in place (a kill mid-write
corrupts it), reads an empty or broken file as an empty database and then
overwrites it. :class:`AtomicJSONStorage` is the TinyDB storage the data files
are opened with instead: a write goes to a temp file in the same folder, is
fsynced, ``os.replace``-d over the old file and the folder is fsynced (what differs on
Windows is in :mod:`weekplanner.storage.portable`); a file
that does not parse raises :class:`CorruptDataError` and is never written over.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from weekplanner.i18n import _
from weekplanner.storage.errors import CorruptDataError, NewerSchemaError, StorageError, read_only_refusal
from weekplanner.storage.portable import BINARY, fsync_dir, replace

SCHEMA_VERSION = 1
META_TABLE = "_meta"
TEMP_SUFFIX = ".tmp"

#: A data file: table name → document id → document (TinyDB's own layout).
Tables = dict[str, dict[str, dict[str, Any]]]


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")


#: Files that hold secrets (the group robots' signing secrets): readable by their owner only.
PRIVATE_FILES = frozenset({"settings.json"})


def write_atomic(path: Path, payload: str | bytes, *, durable: bool = True, private: bool = False) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file, never a mix.

    On any OS error (disk full, no permission, read-only folder) the temp file is
    removed, the old file is as it was, and :class:`StorageError` says what to do.
    ``durable=False`` skips the fsyncs, for caches that can be rebuilt.
    A file named in :data:`PRIVATE_FILES` (and its backups), or written ``private``, is created mode 0600.
    """
    if isinstance(payload, str):
        try:
            payload = payload.encode("utf-8")
        except UnicodeEncodeError as error:
            raise StorageError(
                _("{path} was not saved: the text contains characters that cannot be stored "
                  "({error}).").format(path=path, error=error.reason),
                path,
            ) from None
    temp = temp_path(path)
    fd: int | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = 0o600 if private or path.name in PRIVATE_FILES else 0o666
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | BINARY, mode)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
        if durable:
            os.fsync(fd)
        os.close(fd)
        fd = None
        replace(temp, path)  # retried while a reader holds the file open (Windows)
    except OSError as error:
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            temp.unlink()
        except OSError:
            pass
        raise StorageError(describe_os_error(path, error), path) from error
    if durable:
        fsync_dir(path.parent)


def describe_os_error(path: Path, error: OSError) -> str:
    """One sentence: what failed, and what the rep can do about it."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("The disk is full: {path} was not saved. Free some space and try again; "
                 "nothing was lost.").format(path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("No permission to write {path}. Check the folder's permissions or choose another "
                 "data folder with --data-dir.").format(path=path)
    return _("{path} could not be saved: {error}.").format(path=path, error=error.strerror or error)


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a crashed writer left behind; returns how many were removed.

    Only the folders that hold data files are scanned, so start-up stays fast.
    """
    removed = 0
    folders = [folder]
    weeks = folder / "weeks"
    if weeks.is_dir():
        folders += [p for p in weeks.iterdir() if p.is_dir()]
    for current in folders:
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError:
                    pass
    return removed


def dumps(data: Any) -> str:
    """Compact JSON keeping non-ASCII text as it is; NaN and infinity are refused rather than written."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def read_json_file(path: Path, *, documents: bool = True) -> Tables | None:
    """Read and check a data file: None when missing; a clear error when empty, broken or newer.

    ``documents`` also checks TinyDB's shape: every table maps numeric ids to objects.
    """
    raw = read_bytes(path)
    return None if raw is None else parse_data(path, raw, documents=documents)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, None when missing, a :class:`StorageError` when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(
            _("{path} cannot be opened: {error}.").format(path=path, error=error.strerror or error), path
        ) from error


def parse_data(path: Path, raw: bytes, *, documents: bool = True) -> Tables:
    """The checks of :func:`read_json_file` on bytes already read."""
    if not raw.strip():
        raise CorruptDataError(path, _("the file is empty ({size} bytes)").format(size=len(raw)))
    if raw.startswith(b"\xef\xbb\xbf"):
        raise CorruptDataError(path, _("the file starts with a byte-order mark (BOM)"))
    try:
        # Duplicate keys are looked for in data files only: the history index is a cache, rebuilt
        # when it does not fit, and parsed without the (slower, Python-level) check.
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant, parse_float=_finite_float,
                          object_pairs_hook=_unique_keys if documents else None)
    except UnicodeDecodeError as error:
        raise CorruptDataError(path, _("it is not UTF-8 text (byte {at})").format(at=error.start)) from None
    except RecursionError:
        raise CorruptDataError(path, _("it is nested too deeply to be a weekplanner data file")) from None
    except ValueError as error:  # JSONDecodeError and refused constants
        raise CorruptDataError(path, _("it is not valid JSON ({error})").format(error=error)) from None
    check_shape(path, data, documents=documents)
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version, SCHEMA_VERSION)
    return data


def check_shape(path: Path, data: Any, *, documents: bool = True) -> None:
    if not isinstance(data, dict):
        raise CorruptDataError(
            path, _("it holds a JSON {kind}, not the object of tables a weekplanner file holds").format(
                kind=type(data).__name__)
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise CorruptDataError(path, _("table '{table}' is not an object of documents").format(table=name))
        for doc_id, doc in table.items():
            if not isinstance(doc, dict) or (documents and not doc_id.isdigit()):
                raise CorruptDataError(
                    path, _("entry '{id}' of table '{table}' is not a document").format(id=doc_id, table=name)
                )
    meta = data.get(META_TABLE, {}).get("1", {})
    version = meta.get("schema", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise CorruptDataError(path, _("its data version is not a whole number"))


def schema_version(data: Tables) -> int:
    """The version stamped in ``_meta`` (files from before the stamp count as version 0)."""
    return data.get(META_TABLE, {}).get("1", {}).get("schema", 0)


def stamp(data: Tables) -> Tables:
    data[META_TABLE] = {"1": {"schema": SCHEMA_VERSION, "app": "weekplanner"}}
    return data


def write_tables(path: Path, data: Tables, *, durable: bool = True) -> None:
    """Stamp the schema version and commit ``data`` atomically."""
    try:
        text = dumps(stamp(data))
    except (TypeError, ValueError) as error:
        raise StorageError(
            _("{path} was not saved: {error}.").format(path=path, error=error), path
        ) from error
    write_atomic(path, text, durable=durable)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; one too large for a float (1e400) is refused, not infinity."""
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text[:20]} is out of range")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: with a key twice, one of the two would be lost on the next write."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key {key[:40]!r} appears twice")
            seen.add(key)
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage of one data file: checked reads, atomic (by default fsynced) writes.

    TinyDB's stock ``JSONStorage`` rewrites the file in place and reads a
    broken file as an empty database; this one reads through
    :func:`read_json_file` and writes through :func:`write_tables`. The
    repository wraps it in :class:`~weekplanner.storage.files.CommitCache`
    (a caching TinyDB ``Middleware`` that writes only on an explicit flush);
    on its own it opens a file safely too, e.g.
    ``TinyDB(path, storage=AtomicJSONStorage, read_only=True)``, with older files
    migrated in memory. ``durable=False`` skips the fsyncs (the undo journal);
    read-only instances refuse writes.
    """

    def __init__(self, path: str | Path, read_only: bool = False, durable: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.durable = durable
        #: The bytes :meth:`read_checked` last parsed (None when the file was missing).
        self.last_read: bytes | None = None

    def read_checked(self) -> Tables | None:
        """The file's tables as stored (None when missing), or a clear error; never migrated."""
        self.last_read = read_bytes(self.path)
        return None if self.last_read is None else parse_data(self.path, self.last_read)

    def unchanged_since_read(self) -> bool:
        """Does the file still hold the bytes last read? (What a stamp cannot tell within one clock tick.)"""
        return read_bytes(self.path) == self.last_read

    def read(self) -> Tables | None:
        from weekplanner.storage.migrate import migrate

        data = self.read_checked()
        return None if data is None else migrate(self.path, data)

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise read_only_refusal(self.path)
        write_tables(self.path, data, durable=self.durable)

    def stat(self) -> list[int] | None:
        return file_stamp(self.path)

    def close(self) -> None:
        pass


def file_stamp(path: Path | str) -> list[int] | None:
    """(mtime_ns, size) of the file, None when missing: what tells that a file changed on disk."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size]
