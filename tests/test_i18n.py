"""Every message in the package is translated in every catalog, with the same {fields}.

The source is parsed with ``ast``: each string literal passed to ``_()``,
``N_()``, ``ngettext()``, ``pgettext()``, ``npgettext()`` or ``pgettext_in()``
anywhere under ``weekplanner/`` is a message, with its context and plural.
Stale catalog entries (translations of messages no longer in the code) fail
the test too: they are dead weight that hides real gaps. The committed ``.mo``
must be exactly what its ``.po`` compiles to, and the ``.pot`` template must
list exactly the code's messages, so none of the three can drift.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

import weekplanner
import weekplanner.i18n as i18n
from weekplanner.i18n import (_, detect_language, gettext_in, in_every_language, ngettext, pgettext,
                              set_language)

PACKAGE = Path(weekplanner.__file__).parent
ROOT = PACKAGE.parent
_spec = importlib.util.spec_from_file_location("catalog_tool", ROOT / "tools" / "catalog.py")
catalog_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalog_tool)

#: Call → (index of the context, index of the message, index of the plural), None where there is none.
CALLS = {"_": (None, 0, None), "N_": (None, 0, None), "ngettext": (None, 0, 1), "pgettext": (0, 1, None),
         "npgettext": (0, 1, 2), "pgettext_in": (1, 2, None)}
#: Date patterns may use any of these fields, whichever the language's layout needs.
DATE_FIELDS = {prefix + name for prefix in ("", "start_", "end_")
               for name in ("weekday", "day", "month", "month_name", "year")}

Key = tuple[str | None, str, str | None]  # (context, message, plural)


def messages_in_source() -> dict[Key, str]:
    """(context, message, plural) → "file:line" of its first use."""
    found: dict[Key, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALLS):
                continue
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                       for a in node.args]
            context_at, message_at, plural_at = CALLS[node.func.id]
            if message_at >= len(literal) or literal[message_at] is None:
                continue
            key = (None if context_at is None else literal[context_at], literal[message_at],
                   None if plural_at is None else literal[plural_at])
            found.setdefault(key, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def po_catalogs():
    return [(path.parent.parent.name, catalog_tool.read(path)) for path in catalog_tool.po_files()]


def entries(catalog) -> dict[Key, object]:
    found = {}
    for message in catalog:
        if not message.id:
            continue
        singular, plural = (message.id if message.pluralizable else (message.id, None))
        found[(message.context, singular, plural)] = message
    return found


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_source_has_messages():
    messages = messages_in_source()
    assert len(messages) > 100
    assert (None, "Switch language / 切换语言", None) in messages
    assert (None, "{n} review found", "{n} reviews found") in messages


def test_there_is_a_simplified_chinese_catalog():
    assert [language for language, _catalog in po_catalogs()] == ["zh_CN"]


@pytest.mark.parametrize("language, catalog", po_catalogs())
def test_every_message_is_translated(language, catalog):
    found = entries(catalog)
    missing = {key: where for key, where in messages_in_source().items()
               if key not in found or "fuzzy" in found[key].flags
               or not all(found[key].string if found[key].pluralizable else [found[key].string])}
    assert not missing, f"untranslated in {language} (python tools/catalog.py update, then translate):\n" + "\n".join(
        f"  {where}: {key}" for key, where in missing.items())


@pytest.mark.parametrize("language, catalog", po_catalogs())
def test_no_stale_catalog_entries(language, catalog):
    used = messages_in_source()
    stale = [key for key in entries(catalog) if key not in used]
    assert not stale, f"{language} entries no code uses:\n" + "\n".join(f"  {key}" for key in stale)
    assert not list(catalog.obsolete)


@pytest.mark.parametrize("language, catalog", po_catalogs())
def test_translations_keep_the_format_fields(language, catalog):
    wrong = []
    for (context, singular, plural), message in entries(catalog).items():
        if context and context.startswith("date pattern"):
            if not fields(str(message.string)) <= DATE_FIELDS:
                wrong.append((singular, message.string))
        elif plural is None:
            if fields(singular) != fields(message.string):
                wrong.append((singular, message.string))
        elif any(fields(form) != fields(plural) for form in message.string):
            wrong.append((plural, message.string))
    assert not wrong, "format fields differ:\n" + "\n".join(f"  {m!r} -> {t!r}" for m, t in wrong)


@pytest.mark.parametrize("language, catalog", po_catalogs())
def test_plural_forms_are_complete(language, catalog):
    assert catalog.plural_forms, "the catalog needs a Plural-Forms header"
    incomplete = [m.id for m in catalog if m.pluralizable and len(m.string) != catalog.num_plurals]
    assert not incomplete, f"{language} needs {catalog.num_plurals} forms: {incomplete}"


def test_the_committed_mo_files_are_the_po_files_compiled():
    assert catalog_tool.check() == [], "run: python tools/catalog.py compile"


def test_the_template_lists_the_code_s_messages():
    template = catalog_tool.read(catalog_tool.TEMPLATE)
    assert set(entries(template)) == set(messages_in_source()), "run: python tools/catalog.py update"


def test_the_po_files_are_sorted_for_line_based_merges():
    for path in [catalog_tool.TEMPLATE, *catalog_tool.po_files()]:
        catalog = catalog_tool.read(path)
        buffer = __import__("io").BytesIO()
        catalog_tool.write_po(buffer, catalog, width=catalog_tool.WIDTH, sort_output=True, ignore_obsolete=True,
                              include_lineno=False)
        assert buffer.getvalue() == path.read_bytes(), f"{path.name} is not as tools/catalog.py writes it"


def test_no_dict_catalogs_are_left_to_import():
    """A branch that still adds ``weekplanner/i18n/zh_*.py`` dicts: merge them into the .po."""
    left = sorted(p.name for p in (PACKAGE / "i18n").glob("zh_*.py"))
    assert not left, f"run: python tools/catalog.py import-dict {' '.join('weekplanner/i18n/' + n for n in left)}"


def test_switching_translates_and_back():
    set_language("zh")
    assert _("Switch theme") == "切换主题"
    set_language("en")
    assert _("Switch theme") == "Switch theme"


def test_one_english_word_with_two_meanings_has_two_translations():
    set_language("zh")
    assert _("Day") == "星期"  # the weekday column of an export
    assert pgettext("the date an entry is logged on", "Day") == "日期"
    assert _("Metric") != _("Quota")


def test_plurals_in_english_and_chinese():
    def left(n: int) -> str:
        return ngettext("{n} workday left", "{n} workdays left", n).format(n=n)

    assert [left(1), left(2), left(0)] == ["1 workday left", "2 workdays left", "0 workdays left"]
    set_language("zh")
    assert [left(1), left(2)] == ["还剩 1 个工作日", "还剩 2 个工作日"]


def test_a_language_is_asked_for_without_switching():
    assert gettext_in("zh", "Switch theme") == "切换主题"
    assert in_every_language("What went well") == {"What went well", "做得好的地方"}
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "zh_TW.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # Traditional Chinese: no catalog yet
    ({"LANG": "zh_HK.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANGUAGE": "zh_CN:en"}, "zh"),
    ({}, "en"),
])
def test_detect_language_from_locale(environ, expected):
    assert detect_language(environ) == expected


def test_a_new_language_is_a_new_catalog(tmp_path, monkeypatch):
    """Drop a compiled catalog into the locale folder and it is chosen, listed and used; zh_TW too."""
    from babel.messages.catalog import Catalog

    for folder, translated in (("zh_CN", "切换主题"), ("zh_TW", "切換主題"), ("fr", "Changer de thème")):
        catalog = Catalog(locale=folder)
        catalog.add("Switch theme", translated)
        target = tmp_path / folder / "LC_MESSAGES"
        target.mkdir(parents=True)
        (target / "weekplanner.mo").write_bytes(catalog_tool.compiled(catalog))
    monkeypatch.setattr(i18n, "LOCALE_DIR", str(tmp_path))
    monkeypatch.setattr(i18n, "_translations", {})
    monkeypatch.setattr(i18n, "_available", None)
    assert i18n.available_languages() == ["en", "fr", "zh", "zh_TW"]
    assert detect_language({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert detect_language({"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert detect_language({"LANG": "zh_HK.UTF-8"}) == "en"
    set_language("zh_TW")
    assert _("Switch theme") == "切換主題"
    set_language("fr")
    assert _("Switch theme") == "Changer de thème"
    assert _("Quit") == "Quit"  # not in that catalog: English


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="en, zh"):
        set_language("fr")
    with pytest.raises(ValueError):
        set_language("../zh_CN")


def test_an_english_session_opens_no_catalog():
    code = ("import sys; opened = []\n"
            "sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == 'open' else None)\n"
            "from weekplanner.i18n import _, ngettext, pgettext\n"
            "assert _('Switch theme') == 'Switch theme' and pgettext('weekday', 'Mon') == 'Mon'\n"
            "assert ngettext('{n} day', '{n} days', 1) == '{n} day'\n"
            "print([p for p in opened if 'locale' in p])")
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
