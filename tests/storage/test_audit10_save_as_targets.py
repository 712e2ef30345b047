"""Audit round 10: Save As goes where its name leads, and never waits on a pipe.

- Save As to 'Latest.factlane', a link the analyst keeps to the story's file in a shared
  folder, replaced the link by a file of its own: the link was gone and the shared project
  stayed the old one (a link to a file not made yet likewise).
- Save As to a named pipe waited for ever (the window froze): holding the file to be
  replaced opened the pipe, which waits for a writer.
Now a link is followed: the copy replaces the file it leads to (made there when it is not
yet), and the link stays; a link into a folder that is not there, a pipe, a device or a
folder are refused in words, nothing changed.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop.services.project import ProjectError, ProjectService

STORY = (
    "The Fenland Messenger\n\nReservoir breach at Tallow Fen\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    path = tmp_path / "Fen.factlane"
    with ProjectService.open(path, create=True) as opened:
        opened.import_files([story])
    return path


def _titles(path: Path) -> list[str]:
    with ProjectService.open(path) as opened:
        return [a.display_title for a in opened.articles()]


@pytest.mark.parametrize("made", [True, False], ids=["replaces", "makes"])
def test_save_as_through_a_link_writes_where_it_leads(
    made: bool, project: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    there = shared / "Story 2025.factlane"
    if made:
        ProjectService.open(there, create=True).close()
    link = tmp_path / "Latest.factlane"
    link.symlink_to(there)
    with ProjectService.open(project) as opened:
        opened.save_as(link)
    assert link.is_symlink() and Path(os.readlink(link)) == there
    assert _titles(there) == ["The Fenland Messenger"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("Latest.factlane.")]


def test_save_as_through_a_link_into_a_missing_folder_is_refused(
    project: Path, tmp_path: Path
) -> None:
    link = tmp_path / "Latest.factlane"
    link.symlink_to(tmp_path / "usb" / "Story.factlane")
    with (
        ProjectService.open(project) as opened,
        pytest.raises(ProjectError, match="does not exist"),
    ):
        opened.save_as(link)
    assert link.is_symlink() and not (tmp_path / "usb").exists()


def test_save_as_to_a_pipe_is_refused_at_once(project: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "Copy.factlane"
    os.mkfifo(pipe)
    outcome: list[BaseException | None] = []

    def save() -> None:
        with ProjectService.open(project) as opened:
            try:
                opened.save_as(pipe)
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

    worker = threading.Thread(target=save, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "Save As is waiting on the pipe"
    (error,) = outcome
    assert isinstance(error, ProjectError) and "a pipe or a device" in str(error)
    assert pipe.exists() and not pipe.is_file()


def test_save_as_to_a_folder_is_refused(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Copy.factlane"
    folder.mkdir()
    with ProjectService.open(project) as opened, pytest.raises(ProjectError, match="a folder"):
        opened.save_as(folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
