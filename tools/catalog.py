"""Translation catalogs for developers: extract, update, compile, check, import dict files.

    python tools/catalog.py extract            # weekplanner/locale/weekplanner.pot from the code
    python tools/catalog.py update             # extract, then bring every .po up to date and compile it
    python tools/catalog.py compile            # every .po → its .mo
    python tools/catalog.py check              # fail if a .mo differs from what its .po compiles to
    python tools/catalog.py import-dict weekplanner/i18n/zh_wt3.py [...] [--keep]

``import-dict`` merges the translations of old-style catalogs (a module with a
``MESSAGES`` dict, English → Simplified Chinese) into ``zh_CN``'s ``.po``: it
re-extracts the template first so messages the code gained are there, fills
each message the dict translates (a plural message from its plural or singular
English; every context of a message that has one), recompiles, and deletes the
dict file unless ``--keep``. Dict entries no code uses are listed and skipped.

The ``.po`` files are written sorted by message, with file names but no line
numbers, so two branches that add messages merge line by line. This script
needs Babel (the ``test`` extra) and is never imported by the app.
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "weekplanner"
LOCALE = PACKAGE / "locale"
DOMAIN = "weekplanner"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
#: The gettext calls of ``weekplanner.i18n``: Babel's defaults, and ``pgettext_in(language, context, message)``.
KEYWORDS = {**{name: DEFAULT_KEYWORDS[name] for name in ("_", "N_", "ngettext", "pgettext", "npgettext")},
            "pgettext_in": ((2, "c"), 3)}
WIDTH = 100


def extract_python(fileobj, keywords, comment_tags, options):
    """Babel extraction method: gettext calls found with ``ast``, f-strings included.

    Yields ``(line, function, arguments, comments)``; Babel picks the message and
    context arguments by the keyword's spec. A ``# TRANSLATORS:`` comment on the line
    above a call reaches the translator.
    """
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in keywords):
            continue
        arguments = tuple(a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                          for a in node.args)
        if not any(arguments):
            continue
        above = lines[node.lineno - 2].strip() if node.lineno >= 2 else ""
        comments = [above.lstrip("# ")] if any(above.lstrip("# ").startswith(tag) for tag in comment_tags) else []
        yield node.lineno, node.func.id, arguments if len(arguments) > 1 else arguments[0], comments


def po_files() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract() -> Catalog:
    """The template: every message of the code, with the files that use it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # babel.cfg names this module as tools.catalog
    with open(ROOT / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    creation = None
    if TEMPLATE.exists():
        with open(TEMPLATE, "rb") as old:
            creation = read_po(old).creation_date
    template = Catalog(project="weekplanner", version="", msgid_bugs_address="", charset="utf-8",
                       fuzzy=False, **({"creation_date": creation} if creation else {}))
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def write_catalog(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, sort_output=True, ignore_obsolete=True, include_lineno=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def read(path: Path) -> Catalog:
    with open(path, "rb") as po:
        return read_po(po)


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` bytes of ``catalog`` (fuzzy entries left out, as gettext's msgfmt does)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> None:
    for po in po_files():
        po.with_suffix(".mo").write_bytes(compiled(read(po)))


def update() -> Catalog:
    """Extract, then bring every ``.po`` up to the template (no fuzzy guesses; stale entries dropped)."""
    template = extract()
    write_catalog(template, TEMPLATE)
    for po in po_files():
        catalog = read(po)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False, update_creation_date=False)
        write_catalog(catalog, po)
    compile_all()
    return template


def dict_messages(path: Path) -> dict[str, str]:
    """The ``MESSAGES`` dict of an old-style catalog module, read without importing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        if any(isinstance(t, ast.Name) and t.id == "MESSAGES" for t in targets):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{path}: no MESSAGES dict")


def import_dicts(paths: list[Path], language: str = "zh_CN", keep: bool = False) -> list[str]:
    """Merge the dicts into ``language``'s ``.po``; returns the English messages no code uses."""
    merged: dict[str, str] = {}
    for path in paths:
        merged.update(dict_messages(path))
    update()
    po = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    catalog = read(po)
    used: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        if message.pluralizable:
            singular, plural = message.id[0], message.id[1]
            forms = [merged.get(singular), merged.get(plural)]
            if catalog.num_plurals == 1:
                forms = [forms[1] or forms[0]]
            else:
                forms = [forms[0] or forms[1]] + [forms[1] or forms[0]] * (catalog.num_plurals - 1)
            if all(forms):
                message.string = tuple(forms)
                message.flags.discard("fuzzy")
                used.update(m for m in (singular, plural) if m in merged)
        elif message.id in merged:
            message.string = merged[message.id]
            message.flags.discard("fuzzy")
            used.add(message.id)
    write_catalog(catalog, po)
    po.with_suffix(".mo").write_bytes(compiled(catalog))  # update() compiled the others already
    if not keep:
        for path in paths:
            path.unlink()
    return sorted(set(merged) - used)


def check() -> list[str]:
    """The ``.mo`` files that differ from what their ``.po`` compiles to."""
    return [str(po.relative_to(ROOT)) for po in po_files()
            if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").read_bytes() != compiled(read(po))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="write the .pot template from the code")
    commands.add_parser("update", help="extract, update every .po, compile")
    commands.add_parser("compile", help="compile every .po into its .mo")
    commands.add_parser("check", help="fail when a committed .mo is not its .po compiled")
    importing = commands.add_parser("import-dict", help="merge old-style dict catalogs into the zh_CN .po")
    importing.add_argument("files", nargs="+", type=Path)
    importing.add_argument("--language", default="zh_CN", help="the catalog to merge into (default zh_CN)")
    importing.add_argument("--keep", action="store_true", help="do not delete the dict files afterwards")
    args = parser.parse_args(argv)
    if args.command == "extract":
        write_catalog(extract(), TEMPLATE)
    elif args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "check":
        stale = check()
        if stale:
            print("out of date (run: python tools/catalog.py compile):", *stale, sep="\n  ", file=sys.stderr)
            return 1
    else:
        unused = import_dicts(args.files, args.language, args.keep)
        if unused:
            print("skipped, no code uses them:", *map(repr, unused), sep="\n  ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
