"""Where the data lives: a per-user data folder, overridable by flag or environment."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "WEEKPLANNER_DATA_DIR"
ENV_CACHE_DIR = "WEEKPLANNER_CACHE_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder (``~/.local/share/weekplanner`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("weekplanner", appauthor=False)


def cache_dir(environ: dict[str, str] | None = None) -> Path:
    """Where what can be rebuilt is kept: ``$WEEKPLANNER_CACHE_DIR``, else the platform's per-user
    cache folder (``~/.cache/weekplanner`` on Linux). Never inside the data folder: it is not data."""
    env = os.environ if environ is None else environ
    if env.get(ENV_CACHE_DIR):
        return Path(env[ENV_CACHE_DIR]).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("weekplanner", appauthor=False)


def user_themes_dir(data_dir: Path) -> Path:
    """Where a rep's own theme files go: ``themes/`` inside the data folder."""
    return data_dir / "themes"


def resolve_data_dir(flag: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Path:
    """``--data-dir`` first, then ``$WEEKPLANNER_DATA_DIR``, then the platform default."""
    env = os.environ if environ is None else environ
    if flag:
        return Path(flag).expanduser()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    return default_data_dir()
