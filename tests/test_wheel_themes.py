"""SLOW (~5 s): the theme files, templates and translations ship in the wheel and load from a fresh virtual environment.

Builds the wheel, installs it alone into a new venv (no system site-packages, no
PYTHONPATH, run from a temporary folder so the source tree is not importable)
and loads the themes there. The libraries it needs are not downloaded again:
the new venv gets this environment's site-packages folders as plain paths (their
``.pth`` files, among them an editable install of the source tree, stay
unprocessed), after its own, so the wheel's copy is the one imported. Set
WEEKPLANNER_SKIP_WHEEL_TEST=1 to skip.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ["weekplanner-contrast.toml", "weekplanner-dark.toml", "weekplanner-light.toml", "weekplanner-office.toml"]

pytestmark = pytest.mark.skipif(bool(os.environ.get("WEEKPLANNER_SKIP_WHEEL_TEST")), reason="wheel test skipped")

CHECK = """
import json, weekplanner.tui.themes as t
themes, problems = t.load_themes()
print(json.dumps({"file": t.__file__, "names": [x.name for x in themes], "problems": [str(p) for p in problems]}))
"""
CHINESE_CHECK = """
import sys, weekplanner.i18n as i
i.set_language("zh")
print(sys.prefix, i._("Switch theme"))
"""


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, **kwargs)


def test_themes_load_from_an_installed_wheel(tmp_path: Path):
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(ROOT)],
                cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("weekplanner-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in OURS:
        assert f"weekplanner/themes/{name}" in names
    for name in ("page.html", "macros.html", "report.html", "rollup.html", "report.css"):
        assert f"weekplanner/export/templates/{name}" in names  # the HTML export's templates and stylesheet
    assert "weekplanner/domain/parsing/iso4217.txt" in names  # the currency codes
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "weekplanner").rglob("*.py")}
    assert sources <= names, sorted(sources - names)  # every package is listed in pyproject.toml
    assert "weekplanner/locale/zh_CN/LC_MESSAGES/weekplanner.mo" in names  # the translations ship too

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    python = str(env_dir / "bin" / "python")
    installed = run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", str(wheel)],
                    cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    own_site = next(env_dir.glob("lib/python*/site-packages"))
    libraries = [entry for entry in sys.path if entry.endswith("site-packages")]
    (own_site / "libraries-of-the-test-environment.pth").write_text("\n".join(libraries) + "\n")
    result = run([python, "-c", CHECK], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert str(env_dir) in found["file"], found["file"]
    assert found["problems"] == []
    assert found["names"] == [name.removesuffix(".toml") for name in OURS]
    chinese = run([python, "-c", CHINESE_CHECK], cwd=tmp_path)
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.split() == [str(env_dir), "切换主题"]  # the .mo of the wheel, not of the source tree
