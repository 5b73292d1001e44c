"""Value records that check or normalise their fields when made, however they are made."""

from __future__ import annotations

from typing import Any


class Checked:
    """Mixed into a ``NamedTuple`` subclass whose ``__new__`` checks or normalises the fields.

    ``NamedTuple._replace`` builds the copy without calling ``__new__``; this one goes
    through the constructor, so a changed copy is checked like a new record.
    List it before the fields: ``class Target(Checked, _TargetFields)``.
    """

    __slots__ = ()

    def _replace(self, **changes: Any) -> Any:
        return type(self)(**{**self._asdict(), **changes})  # type: ignore[attr-defined]
