"""Kill a committing process at random moments: every file still parses and holds what was acknowledged.

A child ticks calls into one week as fast as it can and reports each
acknowledged count; the test SIGKILLs it at a random moment (also during
start-up and mid-write) and checks that the week file holds exactly the last
acknowledged count or one more, and that the journal parses. Most children are
forked from the test process (a fresh process that skips interpreter start-up,
so hundreds of kills take seconds); some are fresh interpreters running
``crash_child.py``, the real start-up path. Undo must still work after a crash.
Several writers ticking into the same week at once are killed the same way.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from weekplanner.domain.clock import FixedClock
from weekplanner.storage.atomic import read_json_file
from weekplanner.storage.repository import Repository, make_activity

CHILD = Path(__file__).with_name("crash_child.py")
NOW = datetime(2026, 11, 25, 14, 0)
W48 = "weeks/2026/2026-W48.json"
FORKED_KILLS = 200
FRESH_KILLS = 16


def _forked_child(folder: Path) -> tuple[int, int]:
    """Fork a child running the tick loop; returns (pid, read end of its acknowledgement pipe)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which is killed
        try:
            os.close(read)
            repo = Repository(folder, clock=FixedClock(NOW))
            count = len(repo.load_week(repo.week()).activities)
            while True:
                count += 1
                repo.add_activity(make_activity("call", NOW, note=str(count)))
                os.write(write, f"{count}\n".encode())
        finally:
            os._exit(1)
    os.close(write)
    return pid, read


def _acknowledged(output: bytes, previous: int) -> int:
    lines = output.decode().split("\n")[:-1]  # the last piece is partial (or empty)
    return int(lines[-1]) if lines else previous


def _on_disk(folder: Path) -> int:
    data = read_json_file(folder / W48) or {}
    read_json_file(folder / "journal.json")
    return len(data.get("activities", {}))


def _check_undo(folder: Path) -> bool:
    """Undo the last acknowledged tick and check it is gone; False when no tick was made yet to undo."""
    data = read_json_file(folder / W48) or {}
    ids = [d["id"] for _i, d in sorted(data.get("activities", {}).items(), key=lambda kv: int(kv[0]))]
    if not ids:  # every child so far was killed before its first tick (a slow machine)
        return False
    with Repository(folder, clock=FixedClock(NOW)) as repo:
        assert repo.undo() == "log call"
    after = read_json_file(folder / W48) or {}  # undoing the week's first tick takes its plan too: no data left
    assert [d["id"] for _i, d in sorted(after.get("activities", {}).items(), key=lambda kv: int(kv[0]))] == ids[:-1]
    return True


def _forked_worker(folder: Path, kills: int, seed: int, errors: list[str]) -> None:
    rng = random.Random(seed)
    known = 0
    try:
        for i in range(kills):
            pid, read = _forked_child(folder)
            time.sleep(rng.uniform(0, 0.025))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            with os.fdopen(read, "rb") as pipe:
                acked = _acknowledged(pipe.read(), known)
            found = _on_disk(folder)
            assert acked <= found <= acked + 1, f"kill {i}: acknowledged {acked}, on disk {found}"
            known = found
            if i % 40 == 39 and _check_undo(folder):
                known -= 1
    except BaseException as error:  # reported by the test thread
        errors.append(repr(error))


def test_kills_at_random_moments_never_lose_an_acknowledged_tick(tmp_path):
    errors: list[str] = []
    workers = [
        threading.Thread(target=_forked_worker, args=(tmp_path / f"w{n}", FORKED_KILLS // 2, n, errors))
        for n in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert _on_disk(tmp_path / "w0") > 0


def test_kills_of_fresh_interpreters(tmp_path):
    folder = tmp_path / "data"
    rng = random.Random(1)
    known = 0
    for i in range(FRESH_KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(folder)], stdout=subprocess.PIPE)
        first = child.stdout.readline() if i % 4 else b""  # most die while ticking, some in start-up
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        output = first + child.stdout.read()
        child.wait()
        acked = _acknowledged(output, known)
        found = _on_disk(folder)
        assert acked <= found <= acked + 1, f"kill {i}: acknowledged {acked}, on disk {found}"
        known = found
    _check_undo(folder)


CONCURRENT_ROUNDS = 40
WRITERS = 3


def _forked_writer(folder: Path, writer: int, start: int) -> tuple[int, int]:
    """A child ticking calls noted ``writer-n`` (n from ``start`` + 1) next to other writers."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which is killed
        try:
            os.close(read)
            repo = Repository(folder, clock=FixedClock(NOW))
            count = start
            while True:
                count += 1
                repo.add_activity(make_activity("call", NOW, note=f"{writer}-{count}"))
                os.write(write, f"{count}\n".encode())
        finally:
            os._exit(1)
    os.close(write)
    return pid, read


def _notes_on_disk(folder: Path) -> dict[int, list[int]]:
    """Per writer, the numbers of its calls in the week file (every file must parse)."""
    data = read_json_file(folder / W48) or {}
    read_json_file(folder / "journal.json")
    found: dict[int, list[int]] = {w: [] for w in range(WRITERS)}
    for doc in data.get("activities", {}).values():
        writer, n = doc["note"].split("-")
        found[int(writer)].append(int(n))
    return found


def test_kills_of_concurrent_writers_never_lose_an_acknowledged_tick(tmp_path):
    """Three writers tick into one week at once; each round kills them at random, staggered moments."""
    folder = tmp_path / "data"
    rng = random.Random(7)
    known = {w: 0 for w in range(WRITERS)}
    for round_ in range(CONCURRENT_ROUNDS):
        children = {w: _forked_writer(folder, w, known[w]) for w in range(WRITERS)}
        time.sleep(rng.uniform(0, 0.03))
        for w in rng.sample(range(WRITERS), WRITERS):
            os.kill(children[w][0], signal.SIGKILL)
            time.sleep(rng.uniform(0, 0.004))
        on_disk = None
        for w, (pid, read) in children.items():
            os.waitpid(pid, 0)
            with os.fdopen(read, "rb") as pipe:
                acked = _acknowledged(pipe.read(), known[w])
            on_disk = on_disk or _notes_on_disk(folder)
            numbers = sorted(on_disk[w])
            assert numbers == list(range(1, len(numbers) + 1)), f"round {round_}: writer {w} lost one"
            assert acked <= len(numbers) <= acked + 1, (
                f"round {round_}: writer {w} acknowledged {acked}, on disk {len(numbers)}")
            known[w] = len(numbers)
    assert sum(known.values()) > WRITERS
    with Repository(folder, clock=FixedClock(NOW)) as repo:  # the shared journal still undoes
        count = len(repo.load_week(repo.week()).activities)
        assert repo.undo() == "log call"
        assert len(repo.load_week(repo.week()).activities) == count - 1
