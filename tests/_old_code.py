"""Projects made by an older commit's code: its `desktop` tree is exported from git into a
temporary folder and a script runs there in a subprocess, so that a test can open with HEAD's
code what an analyst saved with the old one. Skips when the commit is not in this clone (a
`git archive` of HEAD has no history)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def project_built_by(commit: str, root: Path, script: str, *args: str) -> None:
    """Run ``script`` (Python source) with ``args`` on the code of ``commit``; the test fails
    with the script's stderr if it does."""
    listed = subprocess.run(
        ["git", "-C", str(REPO), "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True
    )
    if listed.returncode != 0:
        pytest.skip(f"commit {commit} is not in this clone")
    tree = root / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "desktop"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    built = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
