"""What loading the Chinese catalog costs at start-up, three ways, in fresh processes run in turn.

    python tests/bench/catalog_load.py [--runs N] [--baseline SRC]

Each run is a fresh interpreter that first imports what the app has imported by
then anyway (``argparse``, which brings ``gettext``; ``--after textual.app`` for
everything the full-screen app loads), then times switching to Chinese and
translating the first message:

- ``mo``: this tree, the standard library's gettext reading ``zh_CN``'s ``.mo``;
- ``dict``: the same catalog as a Python module generated from the ``.po`` (a
  dict keyed like gettext's catalog), the alternative
  the ``.mo`` was measured against;
- ``baseline`` (with ``--baseline SRC``, an older source tree with the dict
  catalogs found by ``pkgutil``): how it was before.

Bytecode is cached (in a scratch ``PYTHONPYCACHEPREFIX``) as for an installed app.
The runs alternate (A B C, C B A, …) so a busy machine slows all alike. Prints
the median and min–max of each in microseconds. Figures only, no verdict.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "weekplanner" / "locale" / "zh_CN" / "LC_MESSAGES" / "weekplanner.po"

TIMED = """
import sys, time, argparse
import {after}
sys.path.insert(0, {root!r})
import weekplanner.i18n as i18n
start = time.perf_counter()
{body}
print((time.perf_counter() - start) * 1e6)
"""
BODIES = {
    "mo": "i18n.set_language('zh'); i18n._('Switch theme')",
    "dict": "import weekplanner_zh_cn_catalog as c; c.CATALOG.get('Switch theme')",
    "baseline": "i18n.set_language('zh'); i18n._('Switch theme')",
}


def generated_dict_module(folder: Path) -> None:
    """The ``.po`` as a module: ``CATALOG`` maps a message (``context\\x04message`` with a context) to its text."""
    sys.path.insert(0, str(ROOT / "tools"))
    from catalog import read  # noqa: E402 — the development tool, needs Babel

    catalog: dict[object, str] = {}
    for message in read(PO):
        if not message.id:
            continue
        key = message.id[0] if message.pluralizable else message.id
        if message.context:
            key = f"{message.context}\x04{key}"
        catalog[key] = message.string[0] if message.pluralizable else message.string
    (folder / "weekplanner_zh_cn_catalog.py").write_text(f"CATALOG = {catalog!r}\n", encoding="utf-8")


def bytecode_env(folder: Path) -> dict[str, str]:
    """Compiled bytecode cached in the scratch folder, as an installed app has it, whatever this shell says."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def run(kind: str, root: Path, folder: Path, after: str) -> float:
    code = TIMED.format(root=str(root), body=BODIES[kind], after=after)
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, check=True,
                          env=bytecode_env(folder))
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="runs of each (default 21)")
    parser.add_argument("--baseline", type=Path, help="an older source tree with the dict catalogs")
    parser.add_argument("--after", default="argparse", metavar="MODULE",
                        help="import this first (default argparse; textual.app: what the app has loaded by its first frame)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        generated_dict_module(folder)
        kinds = [("mo", ROOT), ("dict", ROOT)] + ([("baseline", args.baseline)] if args.baseline else [])
        times: dict[str, list[float]] = {kind: [] for kind, _root in kinds}
        for _warm in range(2):
            for kind, root in kinds:
                run(kind, root, folder, args.after)
        for i in range(args.runs):
            for kind, root in (kinds if i % 2 == 0 else kinds[::-1]):
                times[kind].append(run(kind, root, folder, args.after))
        in_process = load_in_process(folder, args.runs)
    print(f"Chinese catalog, first message translated after importing {args.after}, "
          f"{args.runs} fresh processes each, run in turn:")
    for kind, values in times.items():
        print(f"  {kind:9} median {statistics.median(values):7.0f} µs   (min {min(values):.0f} – max {max(values):.0f})")
    print("The load alone, in this process (timeit, best of 5 × 50 loads, alternating):")
    for kind, value in in_process.items():
        print(f"  {kind:9} {value:7.0f} µs")


def load_in_process(folder: Path, runs: int) -> dict[str, float]:
    """Parsing the ``.mo`` against unmarshalling and running the generated module's cached bytecode."""
    import gettext
    import marshal
    import timeit

    mo = PO.with_suffix(".mo")
    source = folder / "weekplanner_zh_cn_catalog.py"
    pyc = marshal.dumps(compile(source.read_text(encoding="utf-8"), str(source), "exec"))

    def load_mo() -> None:
        with open(mo, "rb") as handle:
            gettext.GNUTranslations(handle)

    def load_dict() -> None:
        code = marshal.loads(pyc)
        exec(code, {})

    best = {"mo": float("inf"), "dict": float("inf")}
    for _round in range(5):
        for kind, load in (("mo", load_mo), ("dict", load_dict)):
            best[kind] = min(best[kind], timeit.timeit(load, number=50) / 50 * 1e6)
    return best


if __name__ == "__main__":
    main()
