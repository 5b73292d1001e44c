"""Start an app headless, time its first frame, print the figures on one line.

``python tests/bench/startup_probe.py minimal`` runs the baseline (Header +
Static + Footer); ``... weekplanner DIR`` runs weekplanner on the data folder
DIR exactly as ``weekplanner --data-dir DIR`` would build it; ``... history
DIR`` starts weekplanner, then opens the history screen and times that.

Printed: ``first_frame settled rss_kb`` — seconds from launch to the first
frame of the app's screen (the first composited update handed to the driver),
seconds until the app is idle (Footer keys drawn, follow-up work done), and
peak resident memory. "Launch" is ``WEEKPLANNER_PROBE_LAUNCHED`` (a
``time.time()`` the parent took just before starting this process, so the
interpreter's own start-up counts) or else this module's first line. For
``history`` the two times are in milliseconds from the key press instead.
The benchmark runs these as fresh processes, alternating with the baseline.
"""

from __future__ import annotations

import time

STARTED_WALL = time.time()
STARTED = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

LAUNCHED = float(os.environ.get("WEEKPLANNER_PROBE_LAUNCHED") or STARTED_WALL)


def since_launch() -> float:
    return (STARTED_WALL - LAUNCHED) + (time.perf_counter() - STARTED)


def _watch_frames(app, is_target) -> dict[str, float]:  # noqa: ANN001
    """Record when the first frame of a screen matching ``is_target`` reaches the (headless) driver."""
    seen: dict[str, float] = {}
    display = app._display

    def recording_display(screen, renderable):  # noqa: ANN001, ANN202
        if renderable is not None and "first" not in seen and is_target(screen):
            seen["first"] = time.perf_counter()
        return display(screen, renderable)

    app._display = recording_display
    return seen


def _peak_rss_kb() -> int:
    """This process's own peak resident memory.

    ``/proc/self/status`` (VmHWM) first: on Linux ``ru_maxrss`` can carry the
    peak of the process that launched this one, which would make a large
    benchmark runner inflate both the app's and the baseline's figure.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _print(first: float, settled: float) -> None:
    print(f"{first:.6f} {settled:.6f} {_peak_rss_kb()}", flush=True)


def _minimal():
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Minimal(App[None]):
        def compose(self):
            yield Header()
            yield Static("hello")
            yield Footer()

    return Minimal()


def _weekplanner(folder: str):
    import gc

    gc.disable()  # as the program's entry point does (weekplanner.cli.main.run); the start-up step turns it back on
    from pathlib import Path

    from weekplanner.i18n import set_language
    from weekplanner.storage.repository import Repository
    from weekplanner.tui.app import WeekPlannerApp

    repo = Repository(Path(folder), read_only=True)
    set_language(repo.settings.language or "en")
    app = WeekPlannerApp(repo)
    from weekplanner.tui.startup import prepare_first_frame

    prepare_first_frame()  # as the launcher does right before app.run()
    return app


def run_startup(which: str, folder: str | None) -> None:
    app = _minimal() if which == "minimal" else _weekplanner(folder or "")
    if which == "minimal":
        frames = _watch_frames(app, lambda screen: True)
    else:
        frames = _watch_frames(app, lambda screen: type(screen).__name__ == "WeekScreen")

    async def first_frame(pilot) -> None:  # noqa: ANN001
        await pilot.pause()
        settled = since_launch()
        if which != "minimal":
            from weekplanner.tui.screens.week import WeekScreen

            screen = pilot.app.screen
            if not isinstance(screen, WeekScreen) or screen.progress is None:
                raise SystemExit(f"the week screen did not show its data (on {type(screen).__name__})")
        if "first" not in frames:
            raise SystemExit("no frame was drawn")
        _print(frames["first"] - STARTED + (STARTED_WALL - LAUNCHED), settled)
        pilot.app.exit()

    app.run(headless=True, auto_pilot=first_frame, size=(120, 40))


def run_history(folder: str) -> None:
    app = _weekplanner(folder)
    frames = _watch_frames(app, lambda screen: type(screen).__name__ == "HistoryScreen")

    async def open_history(pilot) -> None:  # noqa: ANN001
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("h")
        await pilot.pause()
        settled = time.perf_counter()
        if type(pilot.app.screen).__name__ != "HistoryScreen" or "first" not in frames:
            raise SystemExit("the history screen did not open")
        rows = pilot.app.screen.query_one("#history-table").row_count
        if rows < 1:
            raise SystemExit("the history table is empty")
        _print((frames["first"] - started) * 1000, (settled - started) * 1000)
        pilot.app.exit()

    app.run(headless=True, auto_pilot=open_history, size=(120, 40))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "history":
        run_history(sys.argv[2])
    else:
        run_startup(mode, sys.argv[2] if len(sys.argv) > 2 else None)
