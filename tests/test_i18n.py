"""Every message in the package has a Chinese translation with the same {fields}.

The source is parsed with ``ast``: each string literal passed to ``_()`` or
``N_()`` anywhere under ``weekplanner/`` is a message. Stale catalog entries
(translations of messages no longer in the code) fail the test too: they are
dead weight that hides real gaps and, worse, can be picked up by
``source_text`` when re-translating after a language switch.
"""

from __future__ import annotations

import ast
import importlib
import string
from pathlib import Path

import pytest

import weekplanner
from weekplanner.i18n import _, catalog_modules, detect_language, set_language, source_text

PACKAGE = Path(weekplanner.__file__).parent


def messages_in_source() -> dict[str, str]:
    """English message → "file:line" of its first use."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def merged_catalog() -> dict[str, tuple[str, str]]:
    """English → (Chinese, catalog module)."""
    merged: dict[str, tuple[str, str]] = {}
    for name in catalog_modules():
        module = importlib.import_module(f"weekplanner.i18n.{name}")
        for english, chinese in module.MESSAGES.items():
            merged[english] = (chinese, name)
    return merged


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_source_has_messages():
    messages = messages_in_source()
    assert len(messages) > 100
    assert "Switch language / 切换语言" in messages


def test_every_message_has_a_chinese_translation():
    catalog = merged_catalog()
    missing = {m: where for m, where in messages_in_source().items() if m not in catalog}
    assert not missing, "untranslated messages:\n" + "\n".join(f"  {w}: {m!r}" for m, w in missing.items())


def test_no_stale_catalog_entries():
    used = messages_in_source()
    stale = {m: module for m, (_zh, module) in merged_catalog().items() if m not in used}
    assert not stale, "catalog entries no code uses:\n" + "\n".join(f"  {mod}: {m!r}" for m, mod in stale.items())


def test_translations_keep_the_format_fields():
    wrong = {m: zh for m, (zh, _mod) in merged_catalog().items() if fields(m) != fields(zh)}
    assert not wrong, "format fields differ:\n" + "\n".join(f"  {m!r} -> {zh!r}" for m, zh in wrong.items())


def test_translations_are_not_empty():
    assert not [m for m, (zh, _mod) in merged_catalog().items() if not zh.strip()]


def test_switching_translates_and_back():
    set_language("zh")
    assert _("Switch theme") == "切换主题"
    assert source_text("切换主题") == "Switch theme"
    set_language("en")
    assert _("Switch theme") == "Switch theme"


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({}, "en"),
])
def test_detect_language_from_locale(environ, expected):
    assert detect_language(environ) == expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        set_language("fr")


def test_an_english_session_never_loads_the_chinese_catalogs():
    import subprocess
    import sys

    code = ("import sys; from weekplanner.i18n import _, source_text; "
            "assert source_text('Switch theme') == 'Switch theme' and _('Switch theme') == 'Switch theme'; "
            "print(sorted(m for m in sys.modules if m.startswith('weekplanner.i18n.zh_')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_message_is_in_two_catalogs():
    """A message translated in two catalogs gets whichever loads last: one place per message."""
    seen: dict[str, str] = {}
    twice = []
    for name in catalog_modules():
        for english in importlib.import_module(f"weekplanner.i18n.{name}").MESSAGES:
            if english in seen:
                twice.append(f"{english!r}: {seen[english]} and {name}")
            seen[english] = name
    assert not twice, "\n".join(twice)
