"""Audit round 10: 'factlane gui P --screenshot PATH' where PATH is a pipe or a folder.

A named pipe as the picture's path made the scripted run wait for ever (the save waits for
a reader: a build or a job runner hung until killed); a folder was found only once the
window was drawn. Both are now said in one line before any window, exit 2, nothing made.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_USAGE
from desktop.services.project import ProjectService

ROOT = Path(__file__).resolve().parents[2]

STORY = (
    "The Fenland Messenger\n\nReservoir breach at Tallow Fen\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes.\n"
)


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_screenshot_path_that_is_no_file_is_refused_before_any_window(
    kind: str, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    project = tmp_path / "Fen.factlane"
    with ProjectService.open(project, create=True) as opened:
        opened.import_files([story])
    shot = tmp_path / "shot.png"
    if kind == "pipe":
        os.mkfifo(shot)
    else:
        shot.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "gui", str(project), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert done.returncode == EXIT_USAGE, done.stderr
    what = "a pipe or a device" if kind == "pipe" else "a folder"
    assert f"--screenshot {shot}: is {what}" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
