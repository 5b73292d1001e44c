"""UI figure for the benchmark: keypress → screen updated → persisted, with growing history.

Drives the real app with ``run_test`` pilots. One sample is the time from
pressing the tick key until the tick is on disk and the week screen shows the
new count (the write happens before the screen updates, so the screen check
is the end of the sample). Run alone with ``python tests/bench/ui_bench.py``;
``run.py`` can import :func:`measure_tick` / :func:`report`.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HISTORIES = {"1 week": 1, "1 year": 52, "5 years": 260}
TODAY = date(2026, 11, 25)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


async def _ticks(folder: Path, presses: int) -> tuple[list[float], list[float], list[float]]:
    """Per tick, in milliseconds: keypress → on disk and widgets updated; → next refresh; the write alone.

    The key is posted to the app the way the terminal driver posts it. The
    first figure ends when the tick is on disk and the widgets hold the new
    count; the second when Textual's next refresh callback runs (it includes
    Textual's idle wait and frame pacing). ``pilot.press`` is not used for
    the timing: it adds its own settling waits (about 40 ms here) to every press.
    """
    from textual import events

    from weekplanner.domain.clock import FixedClock
    from weekplanner.storage.repository import Repository
    from weekplanner.tui.app import WeekPlannerApp

    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=14))
    samples: list[float] = []
    frames: list[float] = []
    writes: list[float] = []
    with Repository(folder, clock=clock) as repo:
        add_activity = repo.add_activity

        def timed_add(*args, **kwargs):
            started = time.perf_counter()
            try:
                return add_activity(*args, **kwargs)
            finally:
                writes.append((time.perf_counter() - started) * 1000)

        repo.add_activity = timed_add  # type: ignore[method-assign]
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            for _ in range(presses):
                before = screen.progress.types["call"].done_today
                refreshed = asyncio.Event()
                started = time.perf_counter()
                app.post_message(events.Key("c", "c"))
                while screen.progress.types["call"].done_today == before:
                    await asyncio.sleep(0)
                samples.append((time.perf_counter() - started) * 1000)
                screen.call_after_refresh(refreshed.set)
                await refreshed.wait()
                frames.append((time.perf_counter() - started) * 1000)
                await pilot.pause()  # let the log catch up before the next press
            on_disk = sum(a.count for a in repo.load_week(screen.week).activities
                          if a.type == "call" and a.day == TODAY)
            if on_disk < presses:
                raise RuntimeError("the ticks did not reach the disk")
    return samples, frames, writes


def measure_tick(weeks: int, presses: int = 60, folder: Path | None = None
                 ) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds per tick (see :func:`_ticks`) with ``weeks`` weeks of demo history."""
    from weekplanner.demo import build_demo

    with tempfile.TemporaryDirectory() as scratch:
        target = folder or Path(scratch) / "data"
        if folder is None:
            build_demo(target, weeks=weeks, today=TODAY)
        return asyncio.run(_ticks(target, presses))


def _p(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):6.2f} ms  p95 {percentile(samples, 0.95):6.2f} ms"


def report(presses: int = 60) -> list[str]:
    lines = []
    for name, weeks in HISTORIES.items():
        samples, frames, writes = (s[5:] for s in measure_tick(weeks, presses))  # first presses warm caches
        extra = [total - write for total, write in zip(samples, writes)]
        lines.append(f"tick, {name} history (n={len(samples)}):")
        lines.append(f"  keypress -> on disk + widgets updated  {_p(samples)}")
        lines.append(f"  of which the storage write             {_p(writes)}")
        lines.append(f"  on top of the storage write            {_p(extra)}")
        lines.append(f"  keypress -> next refresh callback      {_p(frames)}")
    return lines


if __name__ == "__main__":
    for line in report(int(sys.argv[1]) if len(sys.argv) > 1 else 60):
        print(line)
