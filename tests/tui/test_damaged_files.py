"""A damaged data file is a screen, not a crash: named, explained, restorable, and every other week works."""

from __future__ import annotations


from weekplanner.storage.repository import Repository, label_path
from weekplanner.tui.app import WeekPlannerApp

from review_helpers import until
from week_support import seed_week, week_screen

NEWER = b'{"_meta": {"1": {"schema": 99}}}'
TRUNCATED = b'{"activities": {"1": {"id": "a", "type": "call", "at": "2026-11-'
BAD_RECORD = (b'{"record": {"1": {"label": "2026-W48", "target": {"metric": "revenue", "value": "x"}}}, '
              b'"_meta": {"1": {"schema": 1}}}')


def damage(repo: Repository, label: str, raw: bytes = TRUNCATED) -> None:
    path = repo.folder / label_path(label)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    repo._files.forget(label_path(label))


async def damaged_screen(pilot):
    """The damage screen, once the app has pushed it (it is pushed after the first frame)."""
    from weekplanner.tui.screens.damaged import DamagedFileScreen

    await until(pilot, lambda: isinstance(pilot.app.screen, DamagedFileScreen), timeout=30)
    return pilot.app.screen


async def test_this_weeks_broken_file_opens_a_damage_screen_not_a_traceback(repo, clock):
    seed_week(repo)
    for raw in (TRUNCATED, NEWER, BAD_RECORD):
        damage(repo, "2026-W48", raw)
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = await damaged_screen(pilot)
            text = screen.message_text()
            assert "2026-W48.json" in text
            await pilot.press("escape")
            assert week_screen(app).week.label == "2026-W48"
            await pilot.press("c")  # a tick on a damaged week is refused, never written over the file
            await pilot.press("left_square_bracket")
            assert week_screen(app).week.label == "2026-W47"
            assert week_screen(app).damage is None
        assert (repo.folder / label_path("2026-W48")).read_bytes() == raw


async def test_last_weeks_broken_file_does_not_stop_the_start(repo, clock):
    seed_week(repo, review_last_week=False)
    damage(repo, "2026-W47")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert week_screen(app).week.label == "2026-W48"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "2026-W47.json" in (await damaged_screen(pilot)).message_text()


async def test_history_lists_a_damaged_week_as_damaged(repo, clock):
    seed_week(repo)
    damage(repo, "2026-W40")
    app = WeekPlannerApp(repo, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        from weekplanner.tui.screens.history import HistoryScreen

        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        labels = [row[0] for row in screen.table_rows()]
        assert "2026-W48" in labels and "2026-W40" in labels
        assert any("damaged" in " ".join(row) for row in screen.table_rows() if row[0] == "2026-W40")


async def test_restore_in_place_puts_back_the_newest_good_backup(data_dir, clock):
    with Repository(data_dir, clock=clock) as first:
        seed_week(first)
    backup = data_dir / "backups" / "2026-11-25" / label_path("2026-W48")
    assert backup.exists()
    with Repository(data_dir, clock=clock) as repo:
        damage(repo, "2026-W48")
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await damaged_screen(pilot)
            await pilot.press("r")
            await pilot.pause()
            screen = week_screen(app)
            assert screen.damage is None
            assert screen.data.record.target is not None
        assert list((data_dir / "weeks" / "2026").glob("2026-W48.json.broken-*"))


async def test_broken_settings_open_the_app_with_a_damage_screen(data_dir, clock):
    with Repository(data_dir, clock=clock) as first:
        seed_week(first)
    (data_dir / "settings.json").write_bytes(b'{"settings": {"1": {"workdays": "Mon"}}}')
    with Repository(data_dir, clock=clock) as repo:
        repo.tolerate_damaged_settings()
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert "settings.json" in (await damaged_screen(pilot)).message_text()
            await pilot.press("escape")
            await pilot.press("s")  # settings cannot be saved over the damaged file
            await pilot.pause()
        assert b'"Mon"' in (data_dir / "settings.json").read_bytes()


async def test_restoring_a_week_from_history_lists_it_again(data_dir, clock):
    from weekplanner.tui.screens.history import HistoryScreen

    with Repository(data_dir, clock=clock) as first:
        seed_week(first)
    with Repository(data_dir, clock=clock) as repo:
        damage(repo, "2026-W48")
        app = WeekPlannerApp(repo, clock=clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("escape", "h")
            await pilot.pause()
            history = app.screen
            assert isinstance(history, HistoryScreen) and history.damaged == ["2026-W48"]
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("r")
            await pilot.pause()
            assert app.screen is history and history.damaged == []
            assert "damaged" not in " ".join(history.table_rows()[0])
