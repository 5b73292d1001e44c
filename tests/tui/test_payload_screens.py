"""Hostile text on every screen: shown as text, never as markup, never as a terminal control."""

from __future__ import annotations

import pytest
from textual import events

from weekplanner.tui.app import WeekPlannerApp
from weekplanner.tui.screens.week import WeekScreen

from tests.payload_data import FORBIDDEN, PAYLOADS, seed_hostile


def screen_text(app) -> str:
    """Every line every visible widget of the current screen draws."""
    lines = []
    for widget in app.screen.query("*"):
        if not widget.display or not widget.region.area:
            continue
        lines += [strip.text for strip in widget.render_lines(widget.region.reset_offset)]
    return "\n".join(lines)


def assert_clean(app, where: str) -> None:
    text = screen_text(app)
    for char in FORBIDDEN:
        assert char not in text, (where, repr(char))
    for note in app._notifications:
        for char in FORBIDDEN:
            assert char not in str(note.message) and char not in str(note.title), (where, "notification")


#: Keys from the week screen, each opening a screen (Escape goes back).
VISITS = [
    ("week", []),
    ("entries", ["enter"]),
    ("log form", ["l"]),
    ("target form", ["t"]),
    ("quota form", ["p"]),
    ("review", ["r"]),
    ("history", ["h"]),
    ("history trends", ["h", "t"]),
    ("history lessons", ["h", "slash"]),
    ("history week", ["h", "enter"]),
    ("export md", ["x"]),
    ("export csv", ["x", "2"]),
    ("export json", ["x", "3"]),
    ("export html", ["x", "4"]),
    ("settings", ["s"]),
    ("help", ["question_mark"]),
    ("commitments", ["k"]),
    ("previous week", ["left_square_bracket"]),
]


ALL = " ".join(PAYLOADS.values())
#: 100 KB of text is slow to wrap anywhere; these screens show it (the board clips it), and stay quick.
LONG_VISITS = [visit for visit in VISITS if visit[0] in {"week", "entries", "commitments", "history week"}]


#: Every screen with every payload at once; the screens that show 100 KB of text with 100 KB.
CASES = [pytest.param(False, keys, id=f"every payload-{where}") for where, keys in VISITS] + [
    pytest.param(True, keys, id=f"100 KB-{where}") for where, keys in LONG_VISITS]


@pytest.mark.parametrize("long, keys", CASES)
async def test_every_screen_shows_hostile_text_as_text(long, keys, repo, clock):
    """Every payload at once in every text field (or 100 KB of text), then one screen (one test each,
    so the screens are checked side by side in the suite's processes)."""
    seed_hostile(repo, ALL, long=long)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        assert_clean(app, " ".join(keys) or "week")


async def test_markup_in_a_type_name_is_shown_not_parsed(repo, clock):
    """``Demo [/]`` crashed the review screen (MarkupError); ``Demo [v2]`` lost its ``[v2]``."""
    from weekplanner.domain.activity import ActivityType

    repo.save_settings(repo.settings.with_changes(
        activity_types=repo.settings.activity_types + (ActivityType("demo", "Demo [v2] [/]", hotkey="m"),)))
    seed_hostile(repo, "x")
    repo.save_settings(repo.settings.with_changes(
        activity_types=repo.settings.activity_types[:3] + (ActivityType("demo", "Demo [v2] [/]", hotkey="m"),)))
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert "Demo [v2] [/]" in screen_text(app)
        app.notify("[/] [bold]x")  # a message quoting typed text
        await pilot.pause()


FORMS = [("target", "t"), ("log", "l"), ("quota", "p"), ("settings", "s"), ("jump", "g"), ("review", "r")]


@pytest.mark.parametrize("name, key", FORMS, ids=[name for name, _key in FORMS])
async def test_every_form_field_takes_hostile_text_without_a_crash(name, key, repo, clock):
    """Every input and text area of each form filled with the payload, then saved: refused or stored, never a crash."""
    from textual.widgets import Input, TextArea

    payload = ALL
    seed_hostile(repo, "x")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        form = app.screen
        for widget in [*form.query(Input), *form.query(TextArea)]:  # pasted, as a rep would
            if widget.display and widget.can_focus:
                app.set_focus(widget)  # a paste goes to the focused widget
                await app.on_event(events.Paste(payload))
        await pilot.pause()
        assert any("HYPERLINK" in w.value for w in form.query(Input)), name  # the paste landed
        assert all("\x1b" not in w.value for w in form.query(Input)), name  # without its escapes
        await pilot.press("ctrl+s" if name != "jump" else "enter")
        await pilot.pause()
        assert_clean(app, name)
        while not isinstance(app.screen, WeekScreen):  # and the form closes
            await pilot.press("escape")


async def test_editing_an_entry_shows_its_stored_text_without_controls(repo, clock):
    """An entry stored before control characters were refused opens in the edit form as safe text."""
    from textual.widgets import Input

    seed_hostile(repo, ALL)
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the day's entries
        await pilot.pause()
        await pilot.press("enter")  # edit the newest
        await pilot.pause()
        values = [w.value for w in app.screen.query(Input)]
        assert any("Acme" in v for v in values), values
        assert all(char not in v for v in values for char in FORBIDDEN)
        assert_clean(app, "edit form")
