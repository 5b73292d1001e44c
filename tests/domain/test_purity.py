"""The domain core stays pure: no module under weekplanner/domain imports Textual or TinyDB."""

from __future__ import annotations

import ast
from pathlib import Path

import weekplanner.domain

FORBIDDEN = {"textual", "tinydb"}
DOMAIN = Path(weekplanner.domain.__file__).parent


def imported_roots(source: str) -> set[str]:
    """Top-level package names imported anywhere in ``source`` (also inside functions)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def test_the_scanner_sees_every_import_form():
    source = "import textual.app\nfrom tinydb import TinyDB\ndef f():\n    import importlib\n    importlib.import_module('textual')\n"
    assert {"textual", "tinydb", "importlib"} <= imported_roots(source)


def test_no_domain_module_imports_textual_or_tinydb():
    files = sorted(DOMAIN.rglob("*.py"))
    assert len(files) >= 14
    offenders = {
        str(path.relative_to(DOMAIN)): sorted(imported_roots(path.read_text(encoding="utf-8")) & FORBIDDEN)
        for path in files
    }
    assert {name: found for name, found in offenders.items() if found} == {}
