"""Which modules `weekplanner status` and the full-screen app load at start, and how long `status` takes.

    python tests/bench/import_sets.py [--root SRC] [--runs N] [--data DIR]

``--root`` points at another source tree (an older commit unpacked somewhere) to
compare against; the same interpreter and data folder are used for both. Prints
the module counts, the sharing modules found (there must be none: the workbook,
robots and e-mail are imported only on their own paths), and the median, min
and max wall time of ``status`` over N fresh processes. Figures only, no verdict.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Modules that belong to sharing the summary, never to start-up or a tick.
SHARING = ("xlsxwriter", "openpyxl", "urllib.request", "http.client", "smtplib", "email.message",
           "weekplanner.export.xlsx", "weekplanner.export.robots", "weekplanner.export.post",
           "weekplanner.export.mail", "weekplanner.export.text", "weekplanner.cli.cmd_send")

STATUS = """
import sys, json
from weekplanner.cli.main import main
code = main(['--data-dir', {data!r}, 'status'])
sys.stdout.flush()
print('\\n' + json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
TUI = """
import sys, json
from weekplanner.tui.launch import launch
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.week import WeekScreen
print(json.dumps(sorted(sys.modules)))
"""


def modules(root: Path, code: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "WEEKPLANNER_TODAY": "2026-11-25T14:00"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                            cwd=root)
    text = result.stderr if "main(" in code else result.stdout
    return json.loads(text.strip().splitlines()[-1])


def status_times(root: Path, data: str, runs: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(root), "WEEKPLANNER_TODAY": "2026-11-25T14:00"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "weekplanner", "--data-dir", data, "status"], env=env,
                       capture_output=True, check=True, cwd=root)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--data", help="a data folder (default: a fresh demo history)")
    args = parser.parse_args()
    data = args.data
    if data is None:
        data = tempfile.mkdtemp(prefix="wp-imports-")
        subprocess.run([sys.executable, "-m", "weekplanner", "demo", "--data-dir", data, "--no-open"],
                       env={**os.environ, "PYTHONPATH": str(args.root)}, capture_output=True, check=True)
    for name, code in (("status", STATUS.format(data=data)), ("tui start", TUI)):
        found = modules(args.root, code)
        sharing = [m for m in SHARING if m in found]
        print(f"{name:10} {len(found):4d} modules; sharing modules loaded: {sharing or 'none'}")
        if os.environ.get("IMPORT_SETS_DUMP"):
            Path(os.environ["IMPORT_SETS_DUMP"] + f".{name.replace(' ', '_')}.json").write_text(json.dumps(found))
    times = status_times(args.root, data, args.runs)
    print(f"status     median {statistics.median(times):.1f} ms  (min {min(times):.1f}, max {max(times):.1f}, "
          f"{args.runs} runs)")


if __name__ == "__main__":
    main()
