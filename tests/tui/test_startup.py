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
