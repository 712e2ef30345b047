"""UI round 49 (2): `factlane gui P.factlane --screenshot s.png` writes nothing.

A project of an older schema passed the check before the window and the window then updated
it in place (new bytes, a new modification time, a '.bak' copy beside it) and left a lock
file beside a project that had none: writes in a run a script makes to draw a picture. The
screenshot now draws a private copy, read as the read commands read a project; the project,
its modification time and its folder stay exactly as they were.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from tests.conftest import REPO, SEEDS
from tests.test_robustness_migration import _as_saved_by


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("current")
    with ProjectService.open(folder / "Now.factlane", create=True) as project:
        project.import_files(sorted(p for p in SEEDS.iterdir() if p.name[:3].isdigit())[:3])
    return folder / "Now.factlane"


def _state(folder: Path, project: Path) -> tuple[bytes, int, list[str]]:
    return (
        project.read_bytes(),
        project.stat().st_mtime_ns,
        sorted(p.name for p in folder.iterdir()),
    )


def _screenshot(project: Path, shot: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(shot.parent)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "gui", str(project), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def _drawn_unchanged(project: Path, tmp_path: Path) -> None:
    before = _state(project.parent, project)
    shot = tmp_path / "shots" / "s.png"
    shot.parent.mkdir()
    done = _screenshot(project, shot)
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000  # the window drawn, not an empty picture
    after = _state(project.parent, project)
    assert after[0] == before[0], "the project's bytes changed"
    assert after[1] == before[1], "the project's modification time changed"
    assert after[2] == before[2]


def test_an_older_project_is_drawn_and_left_as_it_was(current: Path, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    older = _as_saved_by(current, folder / "Then.factlane", "0005")
    _drawn_unchanged(older, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["Then.factlane"]


def test_a_project_with_no_lock_file_gets_none(current: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    project = folder / "Now.factlane"
    project.write_bytes(current.read_bytes())
    _drawn_unchanged(project, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["Now.factlane"]


def test_a_project_open_in_another_window_is_drawn_without_a_write(
    current: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "held"
    folder.mkdir()
    project = folder / "Now.factlane"
    project.write_bytes(current.read_bytes())
    with ProjectService.open(project):
        _drawn_unchanged(project, tmp_path)
