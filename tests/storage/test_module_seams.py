"""The storage modules talk to each other, and to TinyDB, through public names only.

A private attribute of another object (``repo._files``) or of a TinyDB class
(``CachingMiddleware._cache_modified_count``, even on ``self`` in a subclass) is a
seam that breaks silently when either side changes; a module's own private names
(on ``self``) are its business.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tinydb

import weekplanner.storage

#: NamedTuple's public API, underscored only to stay clear of field names.
NAMEDTUPLE_API = {"_asdict", "_replace", "_fields", "_make"}


def foreign_private_attributes(source: str) -> list[str]:
    """``obj._name`` in ``source`` where ``obj`` is not ``self`` or ``cls`` (dunders and NamedTuple API allowed)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and node.attr not in NAMEDTUPLE_API
                and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def tinydb_private_names() -> set[str]:
    """Every ``self._name`` TinyDB's own source uses: its classes' private state and helpers."""
    folder = Path(tinydb.__file__).parent
    return {name for path in folder.glob("*.py")
            for name in re.findall(r"self\.(_[a-z]\w*)", path.read_text(encoding="utf-8"))}


def tinydb_internals_used(source: str, private: set[str]) -> list[str]:
    """``self._name`` in ``source`` where ``_name`` is one of TinyDB's private names."""
    return [f"line {node.lineno}: {ast.unparse(node)}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr in private]


def test_the_check_finds_a_reach_into_another_object():
    assert foreign_private_attributes("self.repo._files.stat(x)") == ["line 1: self.repo._files"]
    assert foreign_private_attributes("self._files.stat(x); c._replace(a=1); self.__dict__") == []


def test_no_storage_module_reaches_into_another_objects_private_attributes():
    folder = Path(weekplanner.storage.__file__).parent
    reaches = {path.name: found for path in sorted(folder.glob("*.py"))
               if (found := foreign_private_attributes(path.read_text(encoding="utf-8")))}
    assert reaches == {}


def test_no_storage_module_uses_tinydb_internals():
    private = tinydb_private_names()
    assert "_cache_modified_count" in private  # what the commit cache used to reset
    assert tinydb_internals_used("self._cache_modified_count = 0", private) == ["line 1: self._cache_modified_count"]
    folder = Path(weekplanner.storage.__file__).parent
    used = {path.name: found for path in sorted(folder.glob("*.py"))
            if (found := tinydb_internals_used(path.read_text(encoding="utf-8"), private))}
    assert used == {}
