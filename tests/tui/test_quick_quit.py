"""Quitting at once: the week screen is still mounting when the app closes, and nothing breaks."""

from weekplanner.tui.app import WeekPlannerApp


async def test_quitting_before_the_week_screen_has_mounted_is_quiet(repo, clock):
    app = WeekPlannerApp(repo, clock=clock)

    async def quit_at_once(pilot) -> None:  # noqa: ANN001
        pilot.app.exit()

    await app.run_async(headless=True, auto_pilot=quit_at_once)
    assert app.return_code == 0  # 1 when a handler raised while the app closed
