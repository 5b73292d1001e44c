"""Fixtures shared by every test: a fixed clock, a fresh data folder, English by default."""

from __future__ import annotations

import gc
import os
import sys
from datetime import datetime
from pathlib import Path

import pytest

# The suite keeps its bytecode cache even where PYTHONDONTWRITEBYTECODE is set (as in a shell that
# sets it for everything): without the cache every test process (four with xdist) compiles the
# project again and pytest re-rewrites the asserts of every test module, ~1.7 s of CPU each before
# the first test. The cache lands in the git-ignored __pycache__ folders; the program is unaffected.
sys.dont_write_bytecode = False

from weekplanner.domain.clock import FixedClock
from weekplanner.i18n import set_language


def pytest_configure(config: pytest.Config) -> None:
    """In the main process, before the workers start: compile the package once, so that on a fresh
    clone the five workers do not each compile the same modules while their first tests wait."""
    if not hasattr(config, "workerinput"):
        import compileall

        import weekplanner

        compileall.compile_dir(Path(weekplanner.__file__).parent, quiet=1)


#: Wednesday of 2026-W48, early afternoon: mid-week, mid-day.
FIXED_NOW = datetime(2026, 11, 25, 14, 0)


@pytest.fixture(autouse=True)
def _english_by_default():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test ever reads or writes the real per-user data or cache folder."""
    monkeypatch.setenv("WEEKPLANNER_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("WEEKPLANNER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)


STORAGE_TESTS = Path(__file__).parent / "storage"


@pytest.fixture(autouse=True)
def _fsync_only_in_storage_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Outside tests/storage a test does not wait on the disk for every write it makes.

    An fsync makes a write survive a power cut, which no test can observe; the atomic write
    (temp file, rename) that makes a file whole or untouched runs everywhere unchanged. The storage
    tests keep the real fsync, and their fault tests make it fail. On this shared disk one fsync
    costs milliseconds, and a seeded week is dozens of them.
    """
    if STORAGE_TESTS not in request.node.path.parents:
        monkeypatch.setattr(os, "fsync", _skipped_fsync)


def _skipped_fsync(fd: int) -> None:
    os.fstat(fd)  # still refuses a closed or invalid descriptor, as fsync would


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def repo(data_dir: Path, clock: FixedClock):
    from weekplanner.storage.repository import Repository

    repository = Repository(data_dir, clock=clock)
    yield repository
    repository.close()


# The collector, tuned for a process that builds hundreds of apps one after another. Each Pilot test
# builds an app whose widgets, styles and rendered strips refer to one another, so only the cyclic
# collector frees it. Left to itself, Python collects the young objects every 700 allocations while
# the app still lives, promotes them, and later walks them again in full collections, which also walk
# everything still alive (modules, caches, the survivors of every earlier test): about 40 % of the
# suite's CPU. Instead the collector is off while a test runs; when it ends, everything the test built
# is still young, and one young collection frees the app (each object is walked once). Every
# FULL_COLLECTION_EVERY tests a full collection runs and what survives it is frozen (no later
# collection walks it again). The app itself keeps Python's defaults (``weekplanner.tui.startup``).
FULL_COLLECTION_EVERY = 25
_tests_since_full_collection = 0


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()  # the test modules and everything they imported live as long as the process
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, 1000)  # no automatic full collection between tests: FULL_COLLECTION_EVERY


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    global _tests_since_full_collection
    gc.disable()
    yield
    gc.collect(0)  # what the test built, the app with it, is still in the young generation
    gc.enable()
    _tests_since_full_collection += 1
    if _tests_since_full_collection >= FULL_COLLECTION_EVERY:
        _tests_since_full_collection = 0
        gc.collect()
        gc.freeze()
