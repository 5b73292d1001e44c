"""A small run of tests/bench/concurrent_writers.py: 4 parallel loops of 'weekplanner log call' while a
window is open and ticking; nothing refused, nothing lost, the window shows the exact total."""

from __future__ import annotations

from tests.bench.concurrent_writers import measure


def test_parallel_commands_and_a_ticking_window_lose_and_refuse_nothing(tmp_path):
    figures = measure(loops=4, per_loop=15, folder=tmp_path / "data")
    assert figures.errors == []
    assert (figures.refused, figures.window_refused) == (0, 0)
    assert figures.acknowledged == 60
    assert figures.window_ticks > 0
    assert figures.lost == 0
    assert figures.on_disk == 60 + figures.window_ticks
    assert figures.shown == figures.on_disk
