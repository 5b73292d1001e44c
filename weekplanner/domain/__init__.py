"""The pure domain core: weeks, targets, quotas, activities, progress, pace, reviews.

Nothing in this package imports Textual or TinyDB, so every rule can be tested
(and reused by the CLI, the TUI and the exporters) without a screen or a file.
"""
