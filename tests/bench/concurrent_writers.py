"""Many writers at once: parallel loops of ``weekplanner log call`` while a window is open and ticking.

    python tests/bench/concurrent_writers.py [LOOPS] [PER_LOOP]     # default 4 × 200

Each loop runs ``weekplanner log call`` PER_LOOP times, one process after the
other, as a script would; the loops run in parallel. Meanwhile a real window
(``App.run_test``) on the same folder ticks a call every 50 ms. At the end every
acknowledged write (exit 0 of a command, a tick the window saved) must be on
disk and on the window's screen. Prints refused and lost writes, the latency of
one ``log`` process (p50 / p95) and the totals; exits non-zero only on a crash.
``tests/tui/test_concurrent_writers.py`` runs a small version (4 × 15) in the suite.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 25, 14, 0)
TODAY_ENV = "2026-11-25T14:00"
#: How often the open window ticks (seconds).
TICK_EVERY = 0.05


@dataclass
class Figures:
    loops: int
    per_loop: int
    acknowledged: int = 0  # commands that exited 0
    refused: int = 0  # commands that exited non-zero
    window_ticks: int = 0  # ticks the window saved
    window_refused: int = 0
    on_disk: int = 0
    shown: int = 0  # the count on the window's screen at the end
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.acknowledged + self.window_ticks - self.on_disk

    def lines(self) -> list[str]:
        def pct(share: float) -> float:
            ordered = sorted(self.latencies_ms)
            return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else 0.0

        return [
            f"{self.loops} parallel loops x {self.per_loop} 'weekplanner log call', a window ticking every "
            f"{TICK_EVERY * 1000:.0f} ms",
            f"  commands acknowledged {self.acknowledged}, refused {self.refused}",
            f"  window ticks saved {self.window_ticks}, refused {self.window_refused}",
            f"  on disk {self.on_disk}, lost {self.lost}, shown in the window {self.shown}",
            f"  one 'log' process: p50 {statistics.median(self.latencies_ms) if self.latencies_ms else 0:.0f} ms"
            f"  p95 {pct(0.95):.0f} ms  max {max(self.latencies_ms, default=0):.0f} ms",
        ] + [f"  error: {e}" for e in self.errors[:5]]


def weekplanner_command() -> list[str]:
    """The installed ``weekplanner`` script (as a rep's script runs it), else ``python -m weekplanner``."""
    script = Path(sys.executable).with_name("weekplanner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "weekplanner"]


def _loop(folder: Path, runs: int, figures: Figures, guard: threading.Lock) -> None:
    command = [*weekplanner_command(), "--data-dir", str(folder), "log", "call"]
    env = {**os.environ, "WEEKPLANNER_TODAY": TODAY_ENV}
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        elapsed = (time.perf_counter() - started) * 1000
        with guard:
            figures.latencies_ms.append(elapsed)
            if result.returncode == 0:
                figures.acknowledged += 1
            else:
                figures.refused += 1
                figures.errors.append(result.stderr.strip())


async def _run(folder: Path, figures: Figures) -> None:
    from textual import events

    from weekplanner.domain.clock import FixedClock
    from weekplanner.domain.plan import uniform_plan
    from weekplanner.domain.record import WeekRecord
    from weekplanner.storage.errors import StorageError
    from weekplanner.storage.repository import Repository
    from weekplanner.tui.app import WeekPlannerApp

    clock = FixedClock(NOW)
    with Repository(folder, clock=clock) as repo:
        week = repo.week()
        repo.save_record(WeekRecord(week.label, plan=uniform_plan({"call": 10}, range(5))), "plan")
        add_activity = repo.add_activity

        def counted_add(*args, **kwargs):
            try:
                result = add_activity(*args, **kwargs)
            except StorageError:
                figures.window_refused += 1
                raise
            figures.window_ticks += 1
            return result

        repo.add_activity = counted_add  # type: ignore[method-assign]
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            guard = threading.Lock()
            loops = [threading.Thread(target=_loop, args=(folder, figures.per_loop, figures, guard))
                     for _ in range(figures.loops)]
            for loop in loops:
                loop.start()
            while any(loop.is_alive() for loop in loops):
                app.post_message(events.Key("c", "c"))
                await asyncio.sleep(TICK_EVERY)
            await pilot.pause()
            figures.on_disk = sum(1 for a in Repository(folder, read_only=True, clock=clock).load_week(week).activities
                                  if a.type == "call")
            screen = app.screen
            deadline = time.monotonic() + 2
            while screen.progress.types["call"].done_today != figures.on_disk and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            figures.shown = screen.progress.types["call"].done_today


def measure(loops: int = 4, per_loop: int = 200, folder: Path | None = None) -> Figures:
    figures = Figures(loops, per_loop)
    with tempfile.TemporaryDirectory() as scratch:
        asyncio.run(_run(folder or Path(scratch) / "data", figures))
    return figures


if __name__ == "__main__":
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    per_loop = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    for line in measure(loops, per_loop).lines():
        print(line)
