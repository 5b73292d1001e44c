"""Errors the storage layer raises; each message names the file and what to do."""

from __future__ import annotations

from pathlib import Path

from weekplanner.i18n import _


class StorageError(Exception):
    """A data file could not be read or written; nothing was changed on disk."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def read_only_refusal(path: Path) -> StorageError:
    """What a read-only weekplanner says when something would write ``path``."""
    return StorageError(_("This weekplanner is read-only; {path} was not changed.").format(path=path), path)


class CorruptDataError(StorageError):
    """A data file does not parse or has the wrong shape; its bytes were left untouched."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            _("{path} cannot be read: {problem}. The file was left as it is; restore it from a backup "
              "with 'weekplanner restore' or fix it by hand.").format(path=path, problem=problem),
            path,
        )
        self.problem = problem


class NewerSchemaError(StorageError):
    """A data file was written by a newer weekplanner."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            _("{path} was written by a newer weekplanner (data version {found}; this one reads up to "
              "{supported}). Upgrade weekplanner; the file was not changed.").format(
                path=path, found=found, supported=supported
            ),
            path,
        )


class DataLockedError(StorageError):
    """Another weekplanner kept the data folder's lock for longer than a commit waits."""

    def __init__(self, path: Path, owner: str, waited: float) -> None:
        super().__init__(
            _("Another weekplanner ({owner}) was writing to {path} for more than {seconds} seconds; "
              "nothing was changed. Try again in a moment.").format(
                owner=owner, path=path, seconds=f"{waited:g}"),
            path,
        )


class FolderInUseError(StorageError):
    """The data folder cannot be replaced: a weekplanner has it open."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _("Another weekplanner has {path} open; close it first. Nothing was changed.").format(path=path),
            path,
        )
