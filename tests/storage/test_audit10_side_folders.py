"""Audit round 10: a folder (or a pipe) where SQLite keeps a project's log or index.

A folder named 'W.factlane-wal', '-shm' or '-journal' beside a project (a sync tool's
conflict, an unpacked archive, a slip) made SQLite fail, and the analyst was told the wrong
thing: for '-wal', 'does not fit it: it is left from another copy of the project, or
damaged' on import and 'could not be copied to be read (Is a directory)' on a listing; for
'-shm', 'W.factlane is read-only, so changes cannot be saved ... ask for write permission';
for '-journal', 'could not be read or written: disk I/O error'. A named pipe there made
the command wait for ever. Now an open for writing says which name is taken, by what, and
what to do, exit 3, nothing changed; a listing, which reads the file with its log only, says
so of a '-wal' and reads the project past a taken '-shm' or '-journal' as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_PROJECT, main

ROOT = Path(__file__).resolve().parents[2]

STORY = (
    "The Fenland Messenger\n\nReservoir breach at Tallow Fen\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes.\n"
)


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("kind", ["folder", "pipe"])
@pytest.mark.parametrize("command", ["import", "articles"])
def test_a_side_name_taken_by_a_folder_or_pipe_is_said(
    side: str, kind: str, command: str, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    project = tmp_path / "W.factlane"
    assert main(["import", str(story), "--project", str(project)]) == EXIT_OK
    before = project.read_bytes()
    taken = tmp_path / f"W.factlane{side}"
    if kind == "folder":
        taken.mkdir()
    else:
        os.mkfifo(taken)
    other = tmp_path / "other.txt"
    other.write_text(STORY.replace("210", "260"), encoding="utf-8")
    argv = (
        ["import", str(other), "--project", str(project)]
        if command == "import"
        else ["articles", "--project", str(project)]
    )
    # in a process of its own: the code before this waited for ever on a pipe
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert project.read_bytes() == before
    if command == "articles" and side != "-wal":
        assert done.returncode == EXIT_OK, done.stderr  # read past it, as before
        assert "Fenland Messenger" in done.stdout
        return
    assert done.returncode == EXIT_PROJECT, done.stderr
    (line,) = done.stderr.strip().splitlines()
    what = "a folder" if kind == "folder" else "a pipe or a device"
    assert f"W.factlane{side}, beside W.factlane, is {what}" in line, line
    assert "Move or rename" in line
