"""Export of one week with five years of history: as fast as with one week of data.

``python tests/bench/bench_export.py`` builds a 260-week sample and a 1-week
sample in temporary folders, runs ``weekplanner export --week this`` on each
as fresh processes (best of 5), and prints both times and their ratio. The
export reads only the week it exports (and the record before it), so the ratio
should stay near 1. Like every benchmark here it fails only on a crash.
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
        for fmt in ("md", "csv", "json", "html"):
            baseline = best_time(week, "--week", "this", "--format", fmt)
            with_history = best_time(years, "--week", "this", "--format", fmt)
            print(f"export --week this --format {fmt}: 5 years {with_history * 1000:.1f} ms, "
                  f"1 week {baseline * 1000:.1f} ms, ratio {with_history / baseline:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
