"""Audit round 9 (4): what a crashed Save As left is cleared when a project there opens.

Save As writes its copy as '<name>.unfinished' and renames it over <name> once whole (round
8); a crash midway left that file and its -journal beside the projects until the next Save As
to the same name, which may never come. Opening a project for writing now removes, in its
folder, such a file of ours (an SQLite file begun, or empty) that nobody is writing (the
lock the writing held is free), with the lock file the crashed Save As made for a name that
never came to be. A file of that ending that is not ours, and a Save As under way in another
process, are left alone; so is a copy kept before an update that a crash left unfinished
(removed as before, with the project's lock held).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.services.project import ProjectService
from desktop.storage.project import lock_path_for
from tests.conftest import REPO
from tests.storage.test_audit8_save_as_crash import _project, _save_as_killed

HOLD_LOCK = r"""
import sys
from pathlib import Path
from desktop.storage.lock import ProjectLock
lock = ProjectLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_a_crashed_save_as_to_a_new_name_is_cleared_when_the_source_opens(
    tmp_path: Path,
) -> None:
    source = _project(tmp_path / "Strike.factlane", [f"Crew {n}" for n in range(30)])
    target = tmp_path / "Strike kept.factlane"
    _save_as_killed(source, target)
    assert "Strike kept.factlane.unfinished" in _names(tmp_path)  # what the crash left
    with ProjectService.open(source) as service:
        assert len(service.articles()) == 30
    assert _names(tmp_path) == ["Strike.factlane"]
    # the lock file made for a copy that never came to be goes too
    assert not lock_path_for(target).exists()


def test_a_crashed_save_as_over_a_project_is_cleared_when_that_project_opens(
    tmp_path: Path,
) -> None:
    tmp_path.joinpath("a").mkdir()
    tmp_path.joinpath("b").mkdir()
    source = _project(tmp_path / "a" / "Strike.factlane", [f"Crew {n}" for n in range(30)])
    target = _project(tmp_path / "b" / "Strike kept.factlane", ["Earlier"])
    _save_as_killed(source, target)
    assert "Strike kept.factlane.unfinished" in _names(target.parent)
    with ProjectService.open(target) as service:
        assert [a.title for a in service.articles()] == ["Earlier"]
    assert _names(target.parent) == ["Strike kept.factlane"]
    assert lock_path_for(target).exists()  # the project's own lock file stays, as ever


def test_a_save_as_under_way_and_files_not_ours_are_left(tmp_path: Path) -> None:
    source = _project(tmp_path / "Strike.factlane", [f"Crew {n}" for n in range(30)])
    target = tmp_path / "Strike kept.factlane"
    _save_as_killed(source, target)
    notes = tmp_path / "draft.txt.unfinished"
    notes.write_text("an analyst's own file of this ending", encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"
        with ProjectService.open(source):
            pass
        # another process holds the copy's lock, as a Save As writing it does
        assert "Strike kept.factlane.unfinished" in _names(tmp_path)
        holder.stdin.write("\n")
        holder.stdin.flush()
    finally:
        holder.communicate(timeout=30)
    with ProjectService.open(source):
        pass
    assert _names(tmp_path) == ["Strike.factlane", "draft.txt.unfinished"]
    assert notes.read_text(encoding="utf-8").startswith("an analyst's")
