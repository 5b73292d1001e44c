"""weekplanner's bundled colour themes (TOML files, loaded by weekplanner.tui.themes)."""
