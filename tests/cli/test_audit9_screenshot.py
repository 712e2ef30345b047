"""Audit round 9 (5): a screenshot of a file that cannot be opened says why.

'factlane gui NOTES.factlane --screenshot x.png' on a file that is no project (or one made by
a newer Factlane) ended with "factlane: cannot open PATH" and nothing more: the reason was in
the window's box, which a scripted run never shows. It is now said before any window, as the
read commands say it, with exit 3, and nothing is written beside the file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.cli import EXIT_PROJECT
from desktop.services.project import ProjectService
from tests.conftest import REPO


def _screenshot(project: Path, shot: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "gui", str(project), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=90,
    )


def _cannot_open_line(stderr: str, project: Path) -> str:
    [line] = [x for x in stderr.splitlines() if x.startswith("factlane: cannot open")]
    assert line.startswith(f"factlane: cannot open {project}: ")
    return line


def test_a_file_that_is_no_project_is_named_as_such(tmp_path: Path) -> None:
    notes = tmp_path / "Notes.factlane"
    notes.write_text("call the harbour master back\n", encoding="utf-8")
    done = _screenshot(notes, tmp_path / "shot.png")
    assert done.returncode == EXIT_PROJECT, done.stderr
    line = _cannot_open_line(done.stderr, notes)
    assert "is not a Factlane project" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Notes.factlane"]


def test_a_project_of_a_newer_factlane_says_to_update(tmp_path: Path) -> None:
    project = tmp_path / "Later.factlane"
    ProjectService.open(project, create=True).close()
    con = sqlite3.connect(project)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    done = _screenshot(project, tmp_path / "shot.png")
    assert done.returncode == EXIT_PROJECT, done.stderr
    line = _cannot_open_line(done.stderr, project)
    assert "newer version of Factlane" in line
    assert not (tmp_path / "shot.png").exists()
