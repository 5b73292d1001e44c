"""Benchmark: how weekplanner's costs grow (or do not) with the age of the data.

    python tests/bench/run.py [--quick] [--only NAME ...] [--keep DIR]

Builds sample histories of 1 week, 1 year and 5 years with
:func:`weekplanner.demo.build_demo` in temp folders, runs each measurement
several times and prints the median and the spread (min–max over runs).
Measurements are plain functions registered in :data:`MEASUREMENTS`; each gets
the shared :class:`Bench` and returns rows, so new ones (start-up against a
minimal Textual app, keypress latency, export time, memory) are one function
each. Exits non-zero only when something crashes, never because a machine is slow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from weekplanner.demo import build_demo  # noqa: E402
from weekplanner.storage.repository import Repository, label_path, make_activity  # noqa: E402

#: Name → weeks of history.
HISTORIES = {"1 week": 1, "1 year": 52, "5 years": 260}


@dataclass
class Row:
    measurement: str
    history: str
    median: float
    low: float
    high: float
    unit: str = "ms"
    note: str = ""


@dataclass
class Bench:
    """What every measurement shares: the built histories and how hard to try."""

    root: Path
    runs: int
    samples: int
    folders: dict[str, Path] = field(default_factory=dict)
    build_seconds: dict[str, list[float]] = field(default_factory=dict)

    def folder(self, history: str) -> Path:
        return self.folders[history]


Measurement = Callable[[Bench], list[Row]]
MEASUREMENTS: dict[str, Measurement] = {}


def measurement(name: str) -> Callable[[Measurement], Measurement]:
    def register(func: Measurement) -> Measurement:
        MEASUREMENTS[name] = func
        return func

    return register


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summarise(name: str, history: str, per_run: list[float], unit: str = "ms", note: str = "") -> Row:
    return Row(name, history, statistics.median(per_run), min(per_run), max(per_run), unit, note)


def _age(folder: Path, seconds: float = 86400) -> None:
    """Old history looks old on disk: the index trusts a file's stamp only once it is not brand new."""
    past = time.time() - seconds
    for path in folder.rglob("*.json"):
        os.utime(path, (past, past))


# -- measurements -----------------------------------------------------------------
@measurement("build")
def build_time(bench: Bench) -> list[Row]:
    return [summarise("build_demo", h, [s * 1000 for s in bench.build_seconds[h]]) for h in bench.folders]


def latency_rows(name: str, bench: Bench, one_run: Callable[[Path], list[float]]) -> list[Row]:
    """p50 and p95 of each run's timings (ms), as median and spread over the runs, per history."""
    rows = []
    for history, folder in bench.folders.items():
        runs = [one_run(folder) for _run in range(bench.runs)]
        rows.append(summarise(f"{name} p50", history, [percentile(t, 50) for t in runs]))
        rows.append(summarise(f"{name} p95", history, [percentile(t, 95) for t in runs]))
    return rows


@measurement("tick")
def tick_persist(bench: Bench) -> list[Row]:
    """add_activity: journal + week file, each written atomically and fsynced (what a tick-off waits for)."""

    def one_run(folder: Path) -> list[float]:
        timings = []
        os.sync()  # the build's pending writes are not this tick's cost
        with Repository(folder) as repo:
            for _i in range(bench.samples):
                activity = make_activity("call", datetime.now().replace(microsecond=0), note="bench")
                started = time.perf_counter()
                repo.add_activity(activity)
                timings.append((time.perf_counter() - started) * 1000)
            for _i in range(bench.samples):  # leave the history as it was built
                repo.undo()
        return timings

    return latency_rows("tick persist", bench, one_run)


@measurement("tick-cpu")
def tick_without_fsync(bench: Bench) -> list[Row]:
    """The tick with fsync stubbed out: the part that could grow with history (the rest is the disk)."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        return [replace(row, measurement=row.measurement.replace("tick persist", "tick, fsync excluded"))
                for row in tick_persist(bench)]
    finally:
        os.fsync = real


@measurement("load")
def current_week_load(bench: Bench) -> list[Row]:
    """load_week of the current week (what start-up and every refresh read)."""

    def one_run(folder: Path) -> list[float]:
        timings = []
        with Repository(folder, read_only=True) as repo:
            week = repo.week()
            for _i in range(bench.samples):
                started = time.perf_counter()
                repo.load_week(week)
                timings.append((time.perf_counter() - started) * 1000)
        return timings

    return latency_rows("current week load", bench, one_run)


@measurement("history")
def history_index(bench: Bench) -> list[Row]:
    """Repository.history(): cold (no index.json: every week read) and warm (the cached index)."""
    rows = []
    for history, folder in bench.folders.items():
        cold, warm = [], []
        for _run in range(bench.runs):
            (folder / "index.json").unlink(missing_ok=True)
            with Repository(folder) as repo:
                started = time.perf_counter()
                weeks = len(repo.history())
                cold.append((time.perf_counter() - started) * 1000)
            for _i in range(3):
                started = time.perf_counter()
                with Repository(folder, read_only=True) as repo:
                    repo.history()
                warm.append((time.perf_counter() - started) * 1000)
        rows.append(summarise("history() cold", history, cold, note=f"{weeks} weeks"))
        rows.append(summarise("history() warm", history, warm, note="incl. opening the repository"))
    return rows


@measurement("sizes")
def file_sizes(bench: Bench) -> list[Row]:
    rows = []
    for history, folder in bench.folders.items():
        with Repository(folder, read_only=True) as repo:
            current = folder / label_path(repo.week().label)
        files = [p for p in folder.rglob("*.json") if "backups" not in p.parts]
        total = sum(p.stat().st_size for p in files)
        index = folder / "index.json"
        for name, size in (("current week file", current.stat().st_size), ("all data files", total),
                           ("index.json", index.stat().st_size if index.exists() else 0)):
            rows.append(Row(name, history, size / 1024, size / 1024, size / 1024, "KiB",
                            f"{len(files)} files" if name == "all data files" else ""))
    return rows


# Start-up, memory, export/status and the history screen against their baselines; the tick keypress.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf_bench import machine, register as register_perf  # noqa: E402

register_perf(measurement, Row)


# -- running ----------------------------------------------------------------------
def build(bench: Bench, histories: dict[str, int]) -> None:
    today = date.today()
    for history, weeks in histories.items():
        times = []
        for run in range(bench.runs):
            folder = bench.root / f"{weeks}w-{run}"
            started = time.perf_counter()
            build_demo(folder, weeks=weeks, today=today)
            times.append(time.perf_counter() - started)
            if run:
                shutil.rmtree(folder)
            else:
                bench.folders[history] = folder
        _age(bench.folders[history])
        bench.build_seconds[history] = times


def print_rows(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("measurement", "history", "median", "spread (min–max)", "unit", "note")
    for row in rows:
        table.add_row(row.measurement, row.history, f"{row.median:.2f}", f"{row.low:.2f}–{row.high:.2f}",
                      row.unit, row.note)
    Console(width=max(120, shutil.get_terminal_size().columns)).print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and samples (a smoke test)")
    parser.add_argument("--only", nargs="+", choices=sorted(MEASUREMENTS), help="run only these measurements")
    parser.add_argument("--keep", metavar="DIR", help="build the histories in DIR and keep them")
    args = parser.parse_args(argv)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="weekplanner-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    bench = Bench(root, runs=1 if args.quick else 5, samples=20 if args.quick else 100)
    print(f"weekplanner benchmark — {machine()}; {bench.runs} run(s) × {bench.samples} samples; data in {root}")
    try:
        build(bench, HISTORIES)
        rows: list[Row] = []
        for name in args.only or list(MEASUREMENTS):
            rows += MEASUREMENTS[name](bench)
        print_rows(rows)
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
