"""Start the TUI from the command line: data folder, lock (or read-only), language, theme."""

from __future__ import annotations

import argparse
import sys

from weekplanner.i18n import _, detect_language, set_language


def launch(args: argparse.Namespace) -> int:
    from weekplanner.paths import resolve_data_dir
    from weekplanner.storage.errors import DataLockedError, StorageError
    from weekplanner.storage.repository import Repository

    folder = resolve_data_dir(args.data_dir)
    read_only_reason = None
    try:
        repo = Repository(folder, read_only=args.read_only)
    except DataLockedError as error:
        repo = Repository(folder, read_only=True)
        read_only_reason = str(error) + " " + _("This window is read-only.")
    except StorageError as error:
        print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
        return 2
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
        WeekPlannerApp(repo, theme_name=args.theme, read_only_reason=read_only_reason, first_run=first_run).run()
    except StorageError as error:
        print(f"weekplanner: {_('error')}: {error}", file=sys.stderr)
        return 2
    finally:
        repo.close()
    return 0
