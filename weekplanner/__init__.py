"""weekplanner: plan and run a sales rep's week from the terminal."""

__version__ = "0.1.0"
