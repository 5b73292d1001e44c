"""Export of one week with five years of history: as fast as with one week of data.

``python tests/bench/bench_export.py`` builds a 260-week sample and a 1-week
sample in temporary folders, runs ``weekplanner export --week this`` on each
as fresh processes (best of 5), and prints both times. The export reads only
the week it exports (and the record before it), so history must not show.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5


def best_time(folder: Path, *args: str) -> float:
    command = [sys.executable, "-m", "weekplanner", "--data-dir", str(folder), "export", *args]
    best = float("inf")
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    from weekplanner.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        years, week = Path(tmp) / "five-years", Path(tmp) / "one-week"
        build_demo(years, weeks=260)
        build_demo(week, weeks=1)
        baseline = best_time(week, "--week", "this")
        for fmt in ("md", "html"):
            with_history = best_time(years, "--week", "this", "--format", fmt)
            print(f"export --week this --format {fmt}: 5 years {with_history:.3f}s, 1 week {baseline:.3f}s (md)")
            if fmt == "md" and with_history > baseline * 1.5 + 0.05:
                print("FAIL: the export grows with history", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
