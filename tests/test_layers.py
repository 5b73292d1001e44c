"""The layers hold: import-linter checks the contracts in pyproject.toml on every run of the suite.

The domain core imports no other layer, nor Textual or TinyDB (directly or through another module);
only the storage layer imports TinyDB and only the TUI imports Textual.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint(config: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(script), "--config", str(config), "--no-cache"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_every_layer_contract_is_kept():
    result = _lint(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_a_domain_module_reaching_into_storage_breaks_the_contract(tmp_path):
    """The contract is not a formality: a domain → storage edge (allowed by the old AST test) fails it."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        "[tool.importlinter]\nroot_package = \"weekplanner\"\n"
        "[[tool.importlinter.contracts]]\nname = \"probe\"\ntype = \"forbidden\"\n"
        "source_modules = [\"weekplanner.tui\"]\nforbidden_modules = [\"weekplanner.storage\"]\n",
        encoding="utf-8",
    )
    result = _lint(config)  # the TUI does use storage: the same mechanism must report it
    assert result.returncode != 0 and "BROKEN" in result.stdout
