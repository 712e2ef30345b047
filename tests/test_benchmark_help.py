"""Every benchmark script answers ``--help`` with what it measures, at once, and runs nothing.

A ``--help`` used to start the whole run (minutes of work) in scripts without argparse, or
fail on a word taken for a number (``scale_audit.py --help``: ValueError).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

#: the scripts an analyst or a developer runs (the ``_`` modules are their shared parts); a
#: new script is covered as soon as it is added
SCRIPTS = tuple(sorted(p.name for p in BENCHMARKS.glob("*.py") if not p.name.startswith("_")))


def _first_line(script: Path) -> str:
    doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
    return doc.strip().splitlines()[0]


@pytest.mark.parametrize("name", SCRIPTS)
def test_help_prints_what_the_script_measures(name: str, tmp_path: Path) -> None:
    script = BENCHMARKS / name
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,  # nothing may be written where it runs
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    opening = _first_line(script)
    assert opening, f"{name} has no docstring"
    if "argparse" in script.read_text(encoding="utf-8"):
        # argparse prints its own usage line first
        assert "usage:" in done.stdout
    else:
        assert done.stdout.startswith(opening)
    assert list(tmp_path.iterdir()) == []


def test_every_script_is_covered() -> None:
    assert len(SCRIPTS) >= 17
    assert "scale_audit.py" in SCRIPTS and "_cli.py" not in SCRIPTS


def test_help_helper_reads_only_help_words() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from _cli import help_requested
    finally:
        sys.path.remove(str(BENCHMARKS))
    assert help_requested("doc", ["--help"]) is True
    assert help_requested("doc", ["-h"]) is True
    assert help_requested("doc", ["200", "--keep", "/tmp/x"]) is False
    assert help_requested("doc", []) is False
