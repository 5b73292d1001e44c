"""Allow ``python -m weekplanner``."""

from weekplanner.cli.main import run

run()
