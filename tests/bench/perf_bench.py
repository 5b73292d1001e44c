"""Benchmark: weekplanner against its baselines, with five years of history.

    python tests/bench/perf_bench.py [--quick] [--runs N] [--only NAME ...]

Each figure is compared with a baseline measured in the same run, the two
alternating (A B B A …) so that a busy machine slows both alike:

- ``terminal``: start-up as a user meets it — launch → the week's label on the
  screen of a real pseudo-terminal (``first_frame.py``), against a minimal
  Textual app (Header + Static + Footer) in the same terminal, in English and
  Chinese at 120×40 and 80×24 (budget ≤ 1.15×); and ``h`` → the history
  screen's first frame there (budget < 100 ms). The README's start-up figures.
- ``startup``: the same start-up with Textual's headless driver (launch → the
  first frame handed to the driver), the time until the app is idle, and the
  peak resident memory of both.
- ``cli``: ``weekplanner export --week last --format md`` and
  ``weekplanner status --json`` against ``python -c "import rich.console"``
  (what any command that prints with Rich pays).
- ``history-screen``: pressing ``h`` → the first frame of the history screen
  with 260 weeks, headless (budget: 100 ms).
- ``keypress``: tick-off keypress → on disk and the week screen updated, p50
  and p95 with 1 week, 1 year and 5 years of history (the figures of
  ``ui_bench.py``, which drives the app).

Every process is fresh and started the same way; child processes keep their
bytecode in a scratch cache (``PYTHONPYCACHEPREFIX``) so both sides run from
compiled modules as an installed app does, even where the environment turns
bytecode writing off; weekplanner keeps its parsed style sheets in a scratch
cache folder (``WEEKPLANNER_CACHE_DIR``), filled by the warm-up runs. The ratio
printed is the median of the per-pair ratios.
Budgets are printed next to the figures, never asserted: the script exits
non-zero only when something crashes. ``run.py`` registers these measurements
too (``--only terminal startup cli history-screen keypress``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROBE = HERE / "startup_probe.py"
for entry in (str(ROOT), str(HERE)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}
#: The weeks of history the process-level figures use.
FIVE_YEARS = 260
TICK_HISTORIES = {"1 week": 1, "1 year": 52, "5 years": 260}


@dataclass
class Figure:
    """One measured figure, with its baseline and the budget it is held to (if any)."""

    name: str
    history: str
    samples: list[float]
    unit: str = "ms"
    baseline_name: str = ""
    baseline: list[float] | None = None
    ratios: list[float] | None = None
    budget: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        return statistics.median(self.ratios) if self.ratios else None

    def spread(self, values: list[float] | None = None) -> str:
        values = self.samples if values is None else values
        return f"{min(values):.1f}–{max(values):.1f}"

    def ratio_text(self) -> str:
        """The median of the per-pair ratios and their min–max."""
        if not self.ratios:
            return ""
        return f"{self.ratio:.2f}× ({min(self.ratios):.2f}–{max(self.ratios):.2f})"

    def note(self) -> str:
        parts = []
        if self.baseline:
            parts.append(f"{self.baseline_name} {statistics.median(self.baseline):.1f} {self.unit} "
                         f"({self.spread(self.baseline)})")
        if self.ratio is not None:
            parts.append(f"ratio {self.ratio_text()}")
        if self.budget:
            parts.append(f"budget {self.budget}")
        return "; ".join(parts)


@dataclass
class Settings:
    root: Path
    runs: int
    presses: int

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.root / "pycache")
        env["WEEKPLANNER_CACHE_DIR"] = str(self.root / "cache")
        env.pop("WEEKPLANNER_DATA_DIR", None)
        env.pop("WEEKPLANNER_TODAY", None)
        return env


# -- preparing the data ---------------------------------------------------------------
def prepare_history(folder: Path, weeks: int = FIVE_YEARS) -> Path:
    """A demo history as a rep who has used the app for years has it: old files, the index built."""
    from weekplanner.demo import build_demo
    from weekplanner.storage.repository import Repository

    if not (folder / "settings.json").exists():
        build_demo(folder, weeks=weeks, today=date.today())
    past = time.time() - 86400
    for path in folder.rglob("*.json"):
        os.utime(path, (past, past))
    with Repository(folder) as repo:
        repo.history()  # the index a previous session left behind
    return folder


# -- running fresh processes ---------------------------------------------------------
def _run(command: list[str], settings: Settings) -> tuple[float, str]:
    """Run ``command``; wall seconds from launch to exit, and its output. A failure is a crash."""
    env = settings.env()
    env["WEEKPLANNER_PROBE_LAUNCHED"] = repr(time.time())
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def _probe(settings: Settings, *args: str) -> tuple[float, float, float]:
    """(first frame, settled, peak RSS KiB) from one fresh ``startup_probe.py`` process."""
    _wall, out = _run([sys.executable, str(PROBE), *args], settings)
    first, settled, rss = out.split()[-3:]
    return float(first), float(settled), float(rss)


def _alternating(runs: int, baseline: Callable[[], object], subject: Callable[[], object]
                 ) -> tuple[list, list]:
    """Run baseline and subject ``runs`` times each in A B B A order (after one warm-up of each)."""
    baseline()
    subject()
    base, subj = [], []
    for run in range(runs):
        if run % 2:
            subj.append(subject())
            base.append(baseline())
        else:
            base.append(baseline())
            subj.append(subject())
    return base, subj


def _ratios(subject: list[float], baseline: list[float]) -> list[float]:
    return [s / b for s, b in zip(subject, baseline) if b > 0]


# -- measurements ----------------------------------------------------------------------
def measure_startup(settings: Settings, folder: Path) -> list[Figure]:
    minimal, weekplanner = _alternating(
        settings.runs,
        lambda: _probe(settings, "minimal"),
        lambda: _probe(settings, "weekplanner", str(folder)),
    )
    history = f"{FIVE_YEARS} weeks"
    figures = []
    for index, (name, unit, scale, budget) in enumerate((
        ("launch → first frame, headless driver (diagnostic)", "ms", 1000, ""),
        ("launch → idle, headless driver", "ms", 1000, ""),
        ("memory: peak RSS at idle", "MiB", 1 / 1024, "≤ 1.2×"),
    )):
        wp = [r[index] * scale for r in weekplanner]
        base = [r[index] * scale for r in minimal]
        figures.append(Figure(name, history, wp, unit, "minimal Textual app", base, _ratios(wp, base), budget))
    return figures


def measure_terminal(settings: Settings, folder: Path) -> list[Figure]:
    """Launch → the week on a pseudo-terminal's screen against the minimal app; h → history there."""
    import first_frame

    env = settings.env()
    env.update(TERM="xterm-256color", COLORTERM="truecolor")
    history = f"{FIVE_YEARS} weeks"
    figures = []
    for size in ((120, 40), (80, 24)):
        for language in ("en", "zh"):
            result = first_frame.pairs(
                (first_frame.minimal_command(), first_frame.MINIMAL_PATTERN),
                (first_frame.weekplanner_command(folder, "--lang", language), first_frame.WEEK_PATTERN),
                settings.runs, size, env,
            )
            figures.append(Figure(f"launch → the week on screen, terminal {size[0]}×{size[1]}, {LANGUAGE_NAMES[language]}",
                                  history, result.b, "ms", "minimal Textual app", result.a, result.ratios,
                                  "≤ 1.15×"))
    for size in ((120, 40), (80, 24)):
        times = first_frame.history_times(folder, max(3, settings.runs // 2), size, env)
        figures.append(Figure(f"h → the history screen on screen, terminal {size[0]}×{size[1]}", history,
                              times, "ms", budget="< 100 ms"))
    return figures


def measure_cli(settings: Settings, folder: Path) -> list[Figure]:
    python = sys.executable
    rich = [python, "-c", "import rich.console"]
    figures = []
    for name, args in (
        ("export --week last --format md", ["export", "--week", "last", "--format", "md"]),
        ("status --json", ["status", "--json"]),
    ):
        command = [python, "-m", "weekplanner", "--data-dir", str(folder), *args]
        base, subj = _alternating(settings.runs, lambda: _run(rich, settings)[0] * 1000,
                                  lambda c=command: _run(c, settings)[0] * 1000)
        figures.append(Figure(name, f"{FIVE_YEARS} weeks", subj, "ms", 'python -c "import rich.console"', base,
                              _ratios(subj, base), "≤ 1.5×"))
    return figures


def measure_history_screen(settings: Settings, folder: Path) -> list[Figure]:
    _probe(settings, "history", str(folder))  # warm-up
    runs = [_probe(settings, "history", str(folder)) for _run in range(settings.runs)]
    history = f"{FIVE_YEARS} weeks"
    return [
        Figure("h → the history screen's first frame, headless driver", history, [r[0] for r in runs], "ms",
               budget="< 100 ms"),
        Figure("h → the history screen idle, headless driver", history, [r[1] for r in runs], "ms"),
    ]


def measure_keypress(settings: Settings) -> list[Figure]:
    """Tick-off latency from ``ui_bench`` (it drives the real app), p50/p95 per run."""
    try:
        from ui_bench import measure_tick, percentile
    except ImportError:
        return []
    figures = []
    runs = max(1, settings.runs // 3)
    for history, weeks in TICK_HISTORIES.items():
        p50s, p95s = [], []
        for _run in range(runs):
            samples = measure_tick(weeks, settings.presses)[0][5:]  # the first presses warm caches
            p50s.append(statistics.median(samples))
            p95s.append(percentile(samples, 0.95))
        figures.append(Figure("tick: keypress → screen + disk p50", history, p50s, "ms"))
        figures.append(Figure("tick: keypress → screen + disk p95", history, p95s, "ms", budget="≤ 15 ms, flat"))
    return figures


MEASUREMENTS: dict[str, Callable[[Settings, Path], list[Figure]]] = {
    "terminal": measure_terminal,
    "startup": measure_startup,
    "cli": measure_cli,
    "history-screen": measure_history_screen,
    "keypress": lambda settings, _folder: measure_keypress(settings),
}


# -- registering in run.py, printing, running alone --------------------------------------------
def register(measurement: Callable, row: type) -> None:
    """Add these measurements to ``run.py``'s registry (its ``measurement`` decorator and ``Row``)."""

    def adapter(name: str, func: Callable[[Settings, Path], list[Figure]]) -> Callable:
        def run(bench) -> list:  # noqa: ANN001 - run.Bench
            quick = bench.runs <= 1
            settings = Settings(bench.root, runs=3 if quick else 15, presses=20 if quick else 60)
            folder = prepare_history(bench.folders.get("5 years") or bench.root / "perf-5y")
            return [row(f.name, f.history, f.median, min(f.samples), max(f.samples), f.unit, f.note())
                    for f in func(settings, folder)]

        measurement(name)(run)
        return run

    for name, func in MEASUREMENTS.items():
        adapter(name, func)


def machine() -> str:
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def print_figures(figures: list[Figure]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("measurement", "history", "median", "spread", "unit", "baseline", "ratio", "budget")
    for f in figures:
        baseline = (f"{f.baseline_name}: {statistics.median(f.baseline):.1f} ({f.spread(f.baseline)})"
                    if f.baseline else "")
        table.add_row(f.name, f.history, f"{f.median:.1f}", f.spread(), f.unit, baseline,
                      f.ratio_text(), f.budget)
    Console(width=160).print(table)


def print_markdown(figures: list[Figure]) -> None:
    """The figures as rows of the README's table: each with its spread, its baseline and the ratios' spread."""
    for f in figures:
        value = f"{f.median:.1f} {f.unit} ({f.spread()})"
        baseline = (f"{f.baseline_name} {statistics.median(f.baseline):.1f} {f.unit} ({f.spread(f.baseline)})"
                    if f.baseline else "–")
        print(f"| {f.name} | {value} | {baseline} | {f.ratio_text() or '–'} | {f.budget or '–'} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 20 presses (a smoke test)")
    parser.add_argument("--runs", type=int, help="runs of each process-level figure (default 15)")
    parser.add_argument("--only", nargs="+", choices=sorted(MEASUREMENTS), help="run only these")
    parser.add_argument("--data", metavar="DIR", help="use (or build) the 5-year history in DIR")
    parser.add_argument("--markdown", action="store_true", help="also print the figures as README table rows")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="weekplanner-perf-") as scratch:
        settings = Settings(Path(scratch), runs=args.runs or (3 if args.quick else 15),
                            presses=20 if args.quick else 60)
        print(f"weekplanner perf benchmark — {machine()}; {settings.runs} runs each")
        try:
            folder = prepare_history(Path(args.data) if args.data else Path(scratch) / "five-years")
            figures: list[Figure] = []
            for name in args.only or list(MEASUREMENTS):
                figures += MEASUREMENTS[name](settings, folder)
        except Exception:  # noqa: BLE001 - a crash is the one failure this script reports
            import traceback

            traceback.print_exc()
            return 1
        print_figures(figures)
        if args.markdown:
            print_markdown(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
