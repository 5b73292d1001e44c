"""The full-screen app's start-up step: what the process does for its first frame, in one place.

:func:`prepare_first_frame` is called by the entry point (``weekplanner.tui.launch``) right
before ``app.run()``; :func:`after_first_frame` undoes it once the week screen's first frame is
drawn (or at once when the first-run walk-through comes first). Nothing here runs at import.

The collector. The program's entry point (``weekplanner.cli.main.run``) keeps it off while the
modules load (~9 ms sooner to the first frame, for ~0.2 MiB of import-time cycles). Here:

- ``gc.freeze()``: what is loaded by now (Textual, the domain core, storage, the app) lives as long
  as the process; freezing it spares the collector a full walk over it during start-up (one ~10 ms
  collection before the first frame).
- Until the first frame, the young generation is collected every 5,000 allocations instead of
  700: start-up allocates tens of thousands of short-lived objects (styles, widgets, segments)
  and almost none are cyclic garbage, so the ~150 collections the default runs before the first
  frame find next to nothing (~7 ms). The peak resident memory stays the same; ``gc.disable()``
  until the first frame saved no more and added ~0.8 MiB at the peak.

The style sheets. Textual parses every sheet at every start; :mod:`weekplanner.tui.style_cache`
reads the sheets the last run parsed before ``app.run()`` (~5 ms sooner to the first frame) and,
after the first frame, writes them again if any had to be parsed.

The rest of what makes start-up short is how the app is built, not a step, and lives with the
code it concerns: ``WeekPlannerApp.CSS_PATH`` reads the week and history screens' style sheets
with the app's (one parse instead of three); ``WeekPlannerApp.refresh_css`` skips the re-parse a
theme set before the first parse would queue; ``WeekPlannerApp.get_default_screen`` makes the week
screen the first screen (drawn in the first frame); the Footer (``tui/widgets/footer.py``)
rebuilds once per refresh; the week screen reads the streak and the target suggestion in workers
after the first frame; half a second after start-up the history screen's code is imported in a
background thread (:data:`WARM_UP_SECONDS`, :func:`import_history_screen`), so ``h`` finds it
loaded instead of importing it then (code only, no data is read).
"""

from __future__ import annotations

import gc
from pathlib import Path

#: The young generation's threshold until the first frame (Python's default is 700).
START_UP_GC_THRESHOLD = 5000

_usual_threshold: tuple[int, ...] | None = None
#: Where the parsed style sheets are kept, and how many sheets had been parsed when they were read.
_styles_kept: tuple[Path, int] | None = None


def prepare_first_frame() -> None:
    """Read the kept style sheets, freeze what is loaded, collect the young generation less often until
    the first frame, collector on."""
    global _usual_threshold, _styles_kept
    from weekplanner.compat.textual_api import RulesKeepingStylesheet
    from weekplanner.paths import cache_dir
    from weekplanner.tui import style_cache

    folder = cache_dir()
    style_cache.load(folder)
    _styles_kept = (folder, RulesKeepingStylesheet.parse_count)
    gc.freeze()
    if _usual_threshold is None:
        _usual_threshold = gc.get_threshold()
    gc.set_threshold(START_UP_GC_THRESHOLD, *_usual_threshold[1:])
    gc.enable()


def after_first_frame() -> None:
    """Back to the usual collector thresholds and keep the sheets parsed, once the first frame is drawn
    (again: no effect)."""
    global _usual_threshold, _styles_kept
    if _usual_threshold is not None:
        gc.set_threshold(*_usual_threshold)
        _usual_threshold = None
    if _styles_kept is not None:
        from weekplanner.tui import style_cache

        style_cache.save(*_styles_kept)
        _styles_kept = None


#: Seconds after start-up before the history screen's code is imported in the background, so ``h``
#: finds it loaded (about a tenth of the way to its first frame) instead of importing it then.
WARM_UP_SECONDS = 0.5


def import_history_screen() -> None:
    """The history screen's module and what it imports (the table, the tabs): code only, no data."""
    import weekplanner.tui.screens.history  # noqa: F401  (imported for its side: the modules loaded)
