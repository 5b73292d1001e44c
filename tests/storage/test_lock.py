"""Single writer: a second writer is told who holds the folder; a killed holder frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from weekplanner.storage.errors import DataLockedError
from weekplanner.storage.repository import Repository

HOLD = (
    "import sys; from pathlib import Path; from weekplanner.storage.repository import Repository; "
    "r = Repository(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read()"
)


def test_second_writer_in_the_same_process_is_refused(repo, data_dir, clock):
    with pytest.raises(DataLockedError) as caught:
        Repository(data_dir, clock=clock)
    assert f"pid {os.getpid()}" in str(caught.value) and str(data_dir) in str(caught.value)
    reader = Repository(data_dir, read_only=True, clock=clock)  # readers need no lock
    reader.close()
    repo.close()
    Repository(data_dir, clock=clock).close()


def test_lock_of_a_killed_holder_is_freed(data_dir, clock):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DataLockedError, match=f"pid {holder.pid}"):
            Repository(data_dir, clock=clock)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with Repository(data_dir, clock=clock) as repo:
        assert repo.read_only is False
