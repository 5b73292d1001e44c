"""A long session: screens opened and closed many times, and what the garbage collector then costs.

    python tests/bench/long_session.py [--rounds N] [--size 120x40]

A rep keeps the app open all day. On a year of demo history this opens every screen the
week screen reaches with one key (``l s p t r x h``) and closes it again, ``N`` rounds, the
way ``weekplanner`` runs (its start-up step, then the usual collector thresholds). Printed:
how many full collections ran, their median and longest duration (each is a pause that lands
on whatever key was pressed), the objects the collector still tracks at the end (what every
full collection walks) and the process's peak resident memory. Run two versions in turn on
the same machine to compare them.
"""

from __future__ import annotations

import asyncio
import gc
import resource
import statistics
import time
from datetime import datetime
from pathlib import Path

from screen_open import TODAY, parse_options, terminal_size, year_of_history  # the same history, day and options

KEYS = "lsptrxh"


async def _session(folder: Path, rounds: int, size: tuple[int, int]) -> tuple[list[float], int]:
    from weekplanner.domain.clock import FixedClock
    from weekplanner.storage.repository import Repository
    from weekplanner.tui.app import WeekPlannerApp
    from weekplanner.tui.screens.week import WeekScreen
    from weekplanner.tui.startup import after_first_frame, prepare_first_frame

    pauses: list[float] = []
    started = [0.0]

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        elif info["generation"] == 2:
            pauses.append((time.perf_counter() - started[0]) * 1000)

    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=14))
    with Repository(folder, clock=clock) as repo:
        app = WeekPlannerApp(repo, clock=clock)
        prepare_first_frame()  # as the program does right before app.run()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            after_first_frame()
            gc.callbacks.append(timed)
            try:
                for _round in range(rounds):
                    for key in KEYS:
                        await pilot.press(key)
                        await pilot.pause()
                        while not isinstance(app.screen, WeekScreen):
                            await pilot.press("escape")
                            await pilot.pause()
            finally:
                gc.callbacks.remove(timed)
            tracked = len(gc.get_objects())
    return pauses, tracked


def main() -> None:
    args = parse_options(__doc__, "--rounds", 4, "rounds of opening every screen")
    with year_of_history() as folder:
        pauses, tracked = asyncio.run(_session(folder, args.rounds, terminal_size(args.size)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shown = f"median {statistics.median(pauses):.0f} ms, longest {max(pauses):.0f} ms" if pauses else "none"
    print(f"{args.rounds} rounds of {' '.join(KEYS)} at {args.size}: {len(pauses)} full collections ({shown}); "
          f"{tracked:,} objects tracked at the end; peak memory {peak:.1f} MiB")


if __name__ == "__main__":
    main()
