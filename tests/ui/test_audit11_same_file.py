"""Audit round 11: the project open in the window, asked for again under another name.

A hard link to the project (a 'Latest' name kept beside it), or the same share mounted at a
second place, names the file the window has open. Opening that name asked 'Same
story.factlane is open in another Factlane window. Open it read-only here?' (the other
window this one), and on yes closed the project, open for editing, and took it back
read-only, 'locked'. The window now knows the file for its own: it stays open as it is, and
the status bar says so.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.ui.test_review import open_at


def test_another_name_of_the_open_project_leaves_it_open_for_editing(
    make_window, qtbot, tmp_path: Path, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    other_name = tmp_path / "Same story.factlane"
    os.link(demo_project, other_name)
    asked: list[str] = []
    window.ask_open_read_only = lambda path, why: asked.append(why) or True  # type: ignore[method-assign]
    assert window.open_project(other_name)
    assert asked == []
    assert window.project is not None and window.project.path == demo_project
    assert not window.is_read_only()
    assert "the project open here, under another name" in window.statusBar().currentMessage()


def test_a_copy_of_the_open_project_is_opened_as_another_project(
    make_window, qtbot, tmp_path: Path, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.close_project()
    copy = tmp_path / "Copy of the story.factlane"
    shutil.copyfile(demo_project, copy)
    assert window.open_project(demo_project)
    assert window.open_project(copy)
    assert window.project is not None and window.project.path == copy
    assert not window.is_read_only()
