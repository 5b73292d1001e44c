"""Which languages and terminal sizes a UI test runs in.

What fits on a screen depends on both the language and the size, so a test about layout (a footer
that fits, an error scrolled into view, a header on one line) runs in every combination of them:
``EVERY_LANGUAGE_AT_EVERY_SIZE``. A test about behaviour (a key logs a visit, a typed number is
understood, a mark cycles) shows nothing that depends on the width: it runs in each language once
and at each size once, ``EACH_LANGUAGE_AND_SIZE_ONCE`` (English at 80×24, Chinese at 120×40). Each
run starts a Textual app; the combinations a behaviour test skipped were a tenth of the UI tests'
time and could not fail where the others pass.
"""

from __future__ import annotations

import pytest

SMALL, LARGE = (80, 24), (120, 40)

EVERY_LANGUAGE_AT_EVERY_SIZE = pytest.mark.parametrize(
    "language, size", [("en", SMALL), ("en", LARGE), ("zh", SMALL), ("zh", LARGE)],
    ids=["en-80x24", "en-120x40", "zh-80x24", "zh-120x40"])

EACH_LANGUAGE_AND_SIZE_ONCE = pytest.mark.parametrize(
    "language, size", [("en", SMALL), ("zh", LARGE)], ids=["en-80x24", "zh-120x40"])
