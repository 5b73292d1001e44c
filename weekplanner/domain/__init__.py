"""The pure domain core: weeks, targets, quotas, activities, progress, pace, reviews.

Nothing in this package imports Textual or TinyDB, so every rule can be tested
(and reused by the CLI, the TUI and the exporters) without a screen or a file.

The value records (weeks, targets, plans, records, activities, settings,
reviews, progress, insights) are ``typing.NamedTuple`` classes:
immutable like frozen dataclasses, but a dataclass costs ~0.35 ms to create at
import and needs ``dataclasses``/``inspect`` (~5 ms), which a one-shot command
such as ``weekplanner status`` pays on every run. Records that check or
normalise their fields do it in ``__new__``, and ``checked.Checked`` routes
``_replace`` through it.
"""
