"""Audit round 10: a project file overwritten in place while open is neither written nor mixed.

`cp backup.factlane Story.factlane` (or a sync tool, `rsync --inplace`) while Story is open
writes the other file's bytes into the very file the app has open: same name, same inode, so
the earlier check for a file moved, deleted or replaced (round 7) saw nothing. The next edit
was "saved" (into the log, over pages of the other file) and closing the project moved the
log's pages into the file: what the analyst had put back, and the edits, became one file
that SQLite called 'database disk image is malformed'.

Now an edit after such an overwrite is refused, saying so; closing the project leaves the
file as it was put there, and sets aside the log (whose pages belong to a file no longer
there) so that the next open shows the file as it was put back.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services.project import ProjectError, ProjectService

STORIES = {
    "Quarry": [
        "Dunmere quarry wall falls\n\nThe Orlen Valley Post\nPublished 2025-05-09\n\n"
        "A wall of the Dunmere quarry fell on 9 May 2025, trapping 14 workers.\n",
        "Quarry rescue goes on\n\nThe Orlen Valley Post\nPublished 2025-05-10\n\n"
        "Rescuers freed 9 of the workers trapped at Dunmere on 10 May 2025.\n",
    ],
    "Ferry": [
        "Ferry crews strike\n\nThe Halloran Gazette\nPublished 2025-06-03\n\n"
        "Crews of the Meravale line stopped work on 2 June 2025, stranding 340 passengers.\n",
    ],
}


def _make(folder: Path, name: str) -> Path:
    files = []
    for n, text in enumerate(STORIES[name]):
        f = folder / f"{name.lower()}{n}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    path = folder / f"{name}.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files(files)
    return path


def _titles(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [t for (t,) in con.execute("SELECT title FROM article ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    return _make(tmp_path, "Quarry"), _make(tmp_path, "Ferry")


def test_an_edit_after_the_file_is_overwritten_in_place_is_refused(
    two: tuple[Path, Path],
) -> None:
    quarry, ferry = two
    ferry_bytes = ferry.read_bytes()
    inode = quarry.stat().st_ino
    project = ProjectService.open(quarry)
    try:
        first = project.articles()[0].id
        project.update_article(first, title="Quarry wall: the county's account")
        shutil.copyfile(ferry, quarry)  # in place: the file the project has open
        assert quarry.stat().st_ino == inode
        with pytest.raises(ProjectError, match="overwritten") as caught:
            project.update_article(first, title="Written into the other file")
        assert "not saved" in str(caught.value)
        # refused again, however the file looks by then
        with pytest.raises(ProjectError, match="overwritten"):
            project.set_fact_note(project.facts()[0].id, "a note")
    finally:
        project.close()
    # what was put there is as it was put there: closing wrote nothing into it
    assert quarry.read_bytes() == ferry_bytes
    assert not quarry.with_name(quarry.name + "-wal").exists()
    set_aside = [p.name for p in quarry.parent.iterdir() if "overwritten" in p.name]
    assert len(set_aside) == 1 and set_aside[0].startswith("Quarry.factlane-wal")
    # and it opens as the file that was put back
    with ProjectService.open(quarry) as reopened:
        assert [a.display_title for a in reopened.articles()] == ["Ferry crews strike"]
    assert _titles(quarry) == ["Ferry crews strike"]


def test_overwritten_before_any_edit_the_first_edit_is_refused(two: tuple[Path, Path]) -> None:
    quarry, ferry = two
    ferry_bytes = ferry.read_bytes()
    with ProjectService.open(quarry) as project:
        first = project.articles()[0].id
        shutil.copyfile(ferry, quarry)
        with pytest.raises(ProjectError, match="overwritten"):
            project.update_article(first, title="Into the other file")
    assert quarry.read_bytes() == ferry_bytes
    assert _titles(quarry) == ["Ferry crews strike"]


def test_closing_an_overwritten_project_with_no_edit_after_it_mixes_nothing(
    two: tuple[Path, Path],
) -> None:
    quarry, ferry = two
    ferry_bytes = ferry.read_bytes()
    project = ProjectService.open(quarry)
    project.update_article(project.articles()[0].id, title="Edited before the copy")
    shutil.copyfile(ferry, quarry)
    project.close()
    assert quarry.read_bytes() == ferry_bytes
    assert _titles(quarry) == ["Ferry crews strike"]


def test_a_touched_file_is_not_taken_for_an_overwritten_one(two: tuple[Path, Path]) -> None:
    """A backup tool or `touch` changing the file's time only: edits go on."""
    quarry, _ferry = two
    with ProjectService.open(quarry) as project:
        ids = [a.id for a in project.articles()]
        project.update_article(ids[0], title="First edit")
        os.utime(quarry, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        project.update_article(ids[1], title="Second edit")
        for n in range(40):  # enough to move the log into the file more than once
            project.set_fact_note(project.facts()[0].id, "x" * 4000 + str(n))
        project.update_article(ids[0], title="Third edit")
    assert _titles(quarry) == ["Third edit", "Second edit"]


def test_many_edits_with_the_log_moved_into_the_file_are_not_refused(tmp_path: Path) -> None:
    """The project's own writes, the log moved into the file as it fills (SQLite's own
    checkpoints), and a store reading it in the same process meanwhile: never refused."""
    quarry = _make(tmp_path, "Quarry")
    with ProjectService.open(quarry) as project:
        fact = project.facts()[0].id
        article = project.articles()[0].id
        for n in range(300):
            project.set_fact_note(fact, f"{n} " + "note " * 400)
            if n % 50 == 0:
                project.update_article(article, title=f"Title {n}")
                assert len(project.facts()) >= 1
        project.update_article(article, title="Last")
    assert _titles(quarry)[0] == "Last"
