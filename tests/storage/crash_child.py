"""Child of the crash test: ticks calls into one week as fast as it can, printing each acknowledged count."""

import sys
from datetime import datetime
from pathlib import Path

from weekplanner.domain.clock import FixedClock
from weekplanner.storage.repository import Repository, make_activity

NOW = datetime(2026, 11, 25, 14, 0)

repo = Repository(Path(sys.argv[1]), clock=FixedClock(NOW))
count = len(repo.load_week(repo.week()).activities)
while True:
    count += 1
    repo.add_activity(make_activity("call", NOW, note=str(count)))
    sys.stdout.write(f"{count}\n")
    sys.stdout.flush()
