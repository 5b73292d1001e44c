"""Start-up of the app: the first frame has the terminal's layout; quitting at once breaks nothing."""

from weekplanner.tui.app import WeekPlannerApp


async def test_quitting_before_the_week_screen_has_mounted_is_quiet(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)

    async def quit_at_once(pilot) -> None:  # noqa: ANN001
        pilot.app.exit()

    await app.run_async(headless=True, auto_pilot=quit_at_once)
    assert app.return_code == 0  # 1 when a handler raised while the app closed


async def test_the_first_frame_in_a_narrow_terminal_has_the_narrow_layout(repo, clock):
    """Below 118 columns the log goes under the grid: the first frame is already laid out so."""
    app = WeekPlannerApp(repo, clock=clock)
    frames: list[bool] = []
    display = app._display

    def recording_display(screen, renderable) -> None:  # noqa: ANN001
        if renderable is not None and type(screen).__name__ == "WeekScreen":
            frames.append(screen.has_class("-narrow"))
        display(screen, renderable)

    app._display = recording_display
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert frames and frames[0] is True
        assert app.screen.view.narrow


def test_importing_the_app_leaves_the_collector_alone():
    import subprocess
    import sys

    code = ("import gc; before = gc.get_threshold(); import weekplanner.tui.app, weekplanner.tui.screens.week; "
            "assert gc.get_threshold() == before and gc.get_freeze_count() == 0, (gc.get_threshold(), before)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_start_up_step_runs_right_before_the_app_and_is_undone_after_the_first_frame(monkeypatch, tmp_path):
    import argparse
    import gc

    from weekplanner.tui import startup
    from weekplanner.tui.launch import launch

    usual = gc.get_threshold()
    seen: list[tuple[bool, int]] = []
    monkeypatch.setattr(WeekPlannerApp, "run", lambda self: seen.append((gc.isenabled(), gc.get_threshold()[0])))
    gc.disable()  # as the entry point leaves it
    try:
        code = launch(argparse.Namespace(data_dir=str(tmp_path / "data"), read_only=False, lang="en", theme=None))
        assert code == 0
        assert seen == [(True, startup.START_UP_GC_THRESHOLD)]
        startup.after_first_frame()
        assert gc.get_threshold() == usual
        startup.after_first_frame()  # a second call changes nothing
        assert gc.get_threshold() == usual
    finally:
        startup.after_first_frame()
        gc.unfreeze()
        gc.enable()
