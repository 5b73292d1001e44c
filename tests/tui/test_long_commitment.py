"""A 500-character commitment takes two lines of the week screen; its full text stays in the review."""

from __future__ import annotations

import pytest

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.i18n import set_language
from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.widgets.week_board import COMMITMENT_LINES, WeekBoard

from week_support import board_text, seed_week, week_screen

LONG = ("Call every client in the pipeline before ten and book the visit while on the phone; " * 6)[:500].strip()


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("language, status", [("en", "(not marked)"), ("zh", "（未标记）")])
async def test_a_long_commitment_is_clipped_on_the_board(repo, clock, size, language, status):
    seed_week(repo, calls={0: 3})
    last = repo.week().previous().label
    repo.save_record(WeekRecord(last, review=Review(went_well="ok", improvements=(LONG, "Book visits early"))), "seed")
    set_language(language)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = board_text(week_screen(app)).splitlines()
        first = next(i for i, line in enumerate(lines) if "Call every client" in line)
        second = next(i for i, line in enumerate(lines) if "Book visits early" in line)
        assert second - first == COMMITMENT_LINES  # two lines, then the next commitment
        assert "…" in lines[second - 1] and status in lines[second - 1]
        if size == (120, 40):  # the day's log still has its place beside the grid
            board = app.screen.query_one(WeekBoard)
            log_top = next(i for i, line in enumerate(lines) if "Today's log" in line or "今日记录" in line)
            assert second < log_top and log_top + 2 < board.region.bottom
        assert sum("pipeline" in line for line in lines) <= COMMITMENT_LINES
        await pilot.press("k")  # the commitments screen: the whole text
        await settle(pilot)
        shown = " ".join(str(app.screen.query_one("CommitmentList").get_option_at_index(0).prompt).split())
        assert " ".join(LONG.split()) in shown


def _plain(lines) -> list[str]:
    return [line.plain for line in lines]


def test_a_pasted_essay_is_cut_to_the_lines_that_show_with_its_status():
    from textual.style import Style

    from weekplanner.domain.review import Commitment
    from weekplanner.tui.widgets.week_board import commitment_lines

    essay = Commitment(0, ("word " * 20_000).strip())  # 100 KB
    lines = _plain(commitment_lines(essay, 40, Style()))
    assert len(lines) == COMMITMENT_LINES
    assert lines[-1].endswith("…  (not marked)") and all(len(line) <= 40 for line in lines)


def test_combining_marks_that_take_no_cells_still_end_in_an_ellipsis():
    from textual.style import Style

    from weekplanner.domain.review import Commitment
    from weekplanner.tui.widgets.week_board import commitment_lines

    zalgo = Commitment(0, "e" + "\u0301" * 5_000 + " end")  # one cell, then thousands of combining accents
    lines = _plain(commitment_lines(zalgo, 40, Style()))
    assert len(lines) == COMMITMENT_LINES and lines[-1].endswith("…  (not marked)")


def test_a_short_commitment_is_shown_whole():
    from textual.style import Style

    from weekplanner.domain.review import Commitment
    from weekplanner.tui.widgets.week_board import commitment_lines

    assert _plain(commitment_lines(Commitment(0, "Book visits early", kept=True), 40, Style())) == [
        "✓ Book visits early  (kept)"]
