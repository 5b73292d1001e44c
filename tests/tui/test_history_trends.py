"""The history's trend charts: week labels on the x axis, the 100% line, the week under way marked and
left out of "latest", at 80×24 and 120×40, in English and Chinese, with and without colour."""

from __future__ import annotations

import pytest
from review_helpers import LAST_WEEK, THIS_WEEK, ScreenHarness, seed_week

from weekplanner.i18n import set_language
from weekplanner.tui.screens.history import HistoryScreen
from weekplanner.tui.widgets.trend_chart import FINISHED, PLANNED, UNDER_WAY, TrendChart


def seed(repo) -> None:
    seed_week(repo, THIS_WEEK.previous(2), amount=90_000)  # 90%
    seed_week(repo, LAST_WEEK, amount=60_000)  # 60%: the latest finished week
    seed_week(repo, THIS_WEEK, amount=120_000)  # 120% by Wednesday: under way, not "latest"


def chart_text(screen, kind: str) -> list[str]:
    return screen.query_one(f"#trend-{kind}", TrendChart).render().plain.splitlines()


def texts(screen, selector: str) -> list[str]:
    return [str(widget.render()) for widget in screen.query(selector)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("language", ["en", "zh"])
async def test_charts_have_week_labels_the_100_line_and_the_week_under_way_marked(repo, clock, size, language):
    seed(repo)
    set_language(language)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=size) as pilot:
        screen = pilot.app.screen
        assert not screen.query(TrendChart)  # built when the tab is first shown
        await pilot.press("t")
        await pilot.pause()
        achievement = chart_text(screen, "achievement")
        x_axis = achievement[-1]
        assert "W46" in x_axis and "W47" in x_axis and "W48*" in x_axis  # the week under way, marked
        hundred = next(line for line in achievement if line.lstrip().startswith("100%"))
        assert hundred.count("─") > size[0] // 3  # the 100% line runs across the chart
        plot = "\n".join(achievement[:-2])
        assert FINISHED in plot and UNDER_WAY in plot  # W48's bar is hatched, the finished ones solid
        activities = "\n".join(chart_text(screen, "activities"))
        assert PLANNED in activities and "W48*" in activities
        assert "W48*" in chart_text(screen, "conversion")[-1]
        labels = texts(screen, ".trend-label")
        if language == "en":
            assert labels[0] == "Achievement of target per week · latest 60%"  # W47, not W48's 120%
            assert labels[1] == "Activities done of planned per week · latest 47 of 65"
            assert "2026-W48, the week under way" in texts(screen, ".trend-note")[0]
            # The heading counts and spans the finished weeks; the week under way is the note's.
            assert texts(screen, ".trend-title")[0].startswith("Trends over the last 2 finished weeks, 2026-W46 – 2026-W47")
        else:
            assert labels[0] == "每周目标达成率 · 最近 60%"
            assert "2026-W48，即进行中的一周" in texts(screen, ".trend-note")[0]
            assert texts(screen, ".trend-title")[0].startswith("最近 2 个已结束周的趋势，2026-W46 – 2026-W47")


async def test_t_again_covers_more_weeks_and_the_charts_follow(repo, clock):
    seed(repo)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("t")  # 26 weeks
        await pilot.pause()
        screen = pilot.app.screen
        assert screen.span == 26 and len(screen.query(TrendChart)) == 3
        assert [p.label for p in screen.query_one("#trend-achievement", TrendChart).points] == [
            "2026-W46", "2026-W47", "2026-W48"]


async def test_charts_follow_the_theme_and_read_without_colour(repo, clock, monkeypatch):
    seed(repo)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        chart = pilot.app.screen.query_one("#trend-achievement", TrendChart)
        primary = chart.app.theme_variables["primary"]
        colours = {span.style.color.triplet.hex.upper() for span in chart.render().spans
                   if span.style and getattr(span.style, "color", None) and span.style.color.triplet}
        assert primary.upper() in colours
        pilot.app.theme = "textual-light" if pilot.app.theme != "textual-light" else "nord"
        await pilot.pause()
        new_colours = {span.style.color.triplet.hex.upper() for span in chart.render().spans
                       if span.style and getattr(span.style, "color", None) and span.style.color.triplet}
        assert chart.app.theme_variables["primary"].upper() in new_colours
    monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(repo, clock, HistoryScreen)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert app.no_color
        plot = "\n".join(chart_text(pilot.app.screen, "achievement"))
        # Without colour each series keeps a glyph of its own.
        assert FINISHED in plot and UNDER_WAY in plot and "─" in plot and "W48*" in plot


def test_the_chart_library_is_not_on_the_way_to_the_history():
    """Opening the history imports its module; the chart library comes only with the trends tab."""
    import subprocess
    import sys

    code = ("import sys, weekplanner.tui.app, weekplanner.tui.screens.history; "
            "print(sorted(m for m in sys.modules if 'plotext' in m))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


async def test_the_charts_follow_a_write_from_elsewhere(repo, clock):
    from weekplanner.tui.live import DataChanged

    seed_week(repo, LAST_WEEK, amount=60_000)
    async with ScreenHarness(repo, clock, HistoryScreen).run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = pilot.app.screen
        assert [p.label for p in screen.query_one("#trend-achievement", TrendChart).points] == ["2026-W47"]
        seed_week(repo, THIS_WEEK.previous(2), amount=90_000)  # as another window would
        screen.post_message(DataChanged(frozenset({"weeks/2026/2026-W46.json"})))
        await pilot.pause()
        await pilot.pause()
        assert [p.label for p in screen.query_one("#trend-achievement", TrendChart).points] == [
            "2026-W46", "2026-W47"]
