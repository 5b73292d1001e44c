"""Keys that open a screen: the time from the key to the screen settled on a year of demo history.

    python tests/bench/screen_open.py [--opens N] [--size 120x40]

For each key (``l`` log form, ``s`` settings, ``p`` quotas, ``t`` target, ``r`` review,
``x`` export, ``h`` history) the screen is opened once to load its code, then ``N`` more
times from the week screen, closing it in between. Printed per key: the median and
min–max of the CPU milliseconds from the key until the app is idle with the screen drawn
(``pilot.press`` and one ``pilot.pause``: Textual's headless driver, so no terminal
output), and the same in wall-clock milliseconds, which include the pilot's settling
waits of about 20 ms per step. CPU time is the figure to compare between two versions
(run both in turn on the same machine); wall time shows what the waits add. A full garbage
collection runs before each opening, so a collection of what the earlier openings left (≈ 150 ms
with a year of history) does not land in one opening's figure at random.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import tempfile
import time
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

KEYS = {"l": "LogForm", "s": "SettingsScreen", "p": "QuotaForm", "t": "TargetForm", "r": "ReviewScreen",
        "x": "ExportScreen", "h": "HistoryScreen"}
TODAY = date(2026, 11, 25)


async def _measure(folder: Path, opens: int, size: tuple[int, int]) -> dict[str, tuple[list[float], list[float]]]:
    from weekplanner.domain.clock import FixedClock
    from weekplanner.storage.repository import Repository
    from weekplanner.tui.app import WeekPlannerApp
    from weekplanner.tui.screens.week import WeekScreen

    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=14))
    found: dict[str, tuple[list[float], list[float]]] = {}
    with Repository(folder, clock=clock) as repo:
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key, screen_name in KEYS.items():
                cpu: list[float] = []
                wall: list[float] = []
                for attempt in range(opens + 1):
                    for _ in range(3):
                        await pilot.pause()
                    gc.collect()  # the opening's own cost, not a full collection of what earlier ones left
                    started_cpu, started_wall = time.process_time(), time.perf_counter()
                    await pilot.press(key)
                    await pilot.pause()
                    if attempt:  # the first opening also imports the screen's code
                        cpu.append((time.process_time() - started_cpu) * 1000)
                        wall.append((time.perf_counter() - started_wall) * 1000)
                    assert type(app.screen).__name__ == screen_name, (key, app.screen)
                    while not isinstance(app.screen, WeekScreen):
                        await pilot.press("escape")
                        await pilot.pause()
                found[key] = (cpu, wall)
    return found


def _spread(samples: list[float]) -> str:
    return f"{statistics.median(samples):6.1f} ({min(samples):.0f}–{max(samples):.0f})"


def terminal_size(text: str) -> tuple[int, int]:
    """``120x40`` → ``(120, 40)``."""
    width, height = (int(part) for part in text.split("x"))
    return width, height


@contextmanager
def year_of_history() -> Iterator[Path]:
    """A data folder, removed afterwards, with a year of demo history up to :data:`TODAY`."""
    from weekplanner.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        build_demo(folder, weeks=52, today=TODAY)
        yield folder


def parse_options(doc: str, count: str, default: int, what: str) -> argparse.Namespace:
    """The options of the screen benchmarks: how many times (``count``: ``--opens``, ``--rounds``)
    and the terminal's size."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(count, type=int, default=default, help=f"{what} (default {default})")
    parser.add_argument("--size", default="120x40", help="terminal size, WIDTHxHEIGHT (default 120x40)")
    return parser.parse_args()


def main() -> None:
    args = parse_options(__doc__, "--opens", 5, "timed openings per key")
    with year_of_history() as folder:
        found = asyncio.run(_measure(folder, args.opens, terminal_size(args.size)))
    print(f"key → screen settled, {args.size}, {args.opens} openings each: CPU ms median (min–max) · wall ms")
    for key, (cpu, wall) in found.items():
        print(f"  {key}  {KEYS[key]:<15} {_spread(cpu)} · {_spread(wall)}")


if __name__ == "__main__":
    main()
