"""Start the TUI from the command line: data folder (read-only when asked or unwritable), language, theme, clock.

The clock honours ``$WEEKPLANNER_TODAY`` as the commands do (:mod:`weekplanner.now`).
"""

from __future__ import annotations

import argparse
import sys

from weekplanner.i18n import _, detect_language, set_language


def launch(args: argparse.Namespace) -> int:
    from weekplanner.domain.errors import ParseError
    from weekplanner.now import clock_from_environment
    from weekplanner.paths import resolve_data_dir
    from weekplanner.storage.errors import StorageError
    from weekplanner.storage.repository import Repository

    try:
        clock = clock_from_environment()
    except ParseError as error:
        print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
        return 2
    folder = resolve_data_dir(args.data_dir)
    read_only_reason = _("Opened with --read-only: nothing you do here is saved.") if args.read_only else None
    try:
        repo = Repository(folder, read_only=args.read_only, clock=clock)
    except StorageError as error:
        # Another window never makes this one read-only (they take turns per change); a folder
        # that cannot be written does, and the window says why.
        try:
            if args.read_only or not folder.is_dir():
                raise
            repo = Repository(folder, read_only=True, clock=clock)
        except StorageError:
            print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
            return 2
        read_only_reason = str(error) + " " + _("This window is read-only.")
    # A damaged settings file opens the app on the defaults, with a screen that says what is
    # wrong and offers the newest good backup (the commands keep refusing with one line).
    repo.tolerate_damaged_settings()
    try:
        if args.lang:
            set_language(args.lang)
        else:
            set_language(repo.settings.language or detect_language())
        from weekplanner.tui.app import WeekPlannerApp

        if args.theme:
            from weekplanner.paths import user_themes_dir
            from weekplanner.tui.themes import unknown_theme_problem

            problem = unknown_theme_problem(args.theme, user_themes_dir(folder))
            if problem:
                print(f"weekplanner: {_('error')}: {problem}", file=sys.stderr)
                return 2
        first_run = not repo.has_settings() and not repo.read_only
        app = WeekPlannerApp(repo, clock=clock, theme_name=args.theme, read_only_reason=read_only_reason,
                             first_run=first_run)
        from weekplanner.tui.startup import after_first_frame, prepare_first_frame

        prepare_first_frame()
        app.run()
        after_first_frame()  # no effect once done; done here when the app was quit before it settled
    except StorageError as error:
        print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
        return 2
    finally:
        repo.close()
    return 0
