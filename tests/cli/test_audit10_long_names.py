"""Audit round 10: names too long for the disk are refused in one line, nothing left behind.

A file system takes names of at most 255 bytes (NAME_MAX); 128 accented letters are 256.
- A path with a longer part ended every command in a traceback (OSError: [Errno 36] File name
  too long, from the first look at whether the file exists): articles, facts, figures,
  conflicts, export, import (a file or the project), extract, and 'factlane NAME'.
- A project name that fits but leaves no room for the files kept beside it ('<name>-journal'
  while it is made, '<name>.unfinished' while a Save As writes it) failed as 'could not be
  created (unable to open database file); nothing of it was left. Choose another place, or
  free some space there if its disk is full': no word of the name, and its lock file was left.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.__main__ import main as entry
from desktop.cli import EXIT_PROJECT, EXIT_USAGE, main
from desktop.services.project import ProjectError, ProjectService

STORY = (
    "The Orlen Valley Post\n\nQuarry collapse at Dunmere\n\n"
    "On 9 May 2025 a wall of the Dunmere quarry fell, trapping 14 workers, the county said.\n"
)

#: 300 bytes in one part of a path: over any disk's limit
OVER = "é" * 150


def _name_max(folder: Path) -> int:
    return os.pathconf(folder, "PC_NAME_MAX")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["articles", "--project", "{dir}/{over}.factlane"],
        ["facts", "--project", "{dir}/{over}.factlane", "--json"],
        ["figures", "--project", "{dir}/{over}.factlane"],
        ["conflicts", "--project", "{dir}/{over}.factlane"],
        ["export", "--project", "{dir}/{over}.factlane", "--format", "json", "--output", "o.json"],
        ["import", "{story}", "--project", "{dir}/{over}.factlane"],
        ["import", "{dir}/{over}.txt", "--project", "{dir}/p.factlane"],
        ["import", "{dir}/{over}/a.txt", "--project", "{dir}/p.factlane"],
        ["extract", "{dir}/{over}.txt"],
        ["gui", "{dir}/{over}.factlane", "--screenshot", "{dir}/s.png"],
    ],
    ids=lambda argv: "-".join(a for a in argv if not a.startswith(("{", "-"))),
)
def test_a_name_over_the_disks_limit_is_one_line_and_exit_2(
    argv: list[str], tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(dir=tmp_path, over=OVER, story=story) for a in argv]
    code = main(args)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    (line,) = err.strip().splitlines()
    assert "too long" in line and f"at most {_name_max(tmp_path)} bytes" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_factlane_with_a_name_over_the_limit_says_so_before_any_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = entry([str(tmp_path / f"{OVER}.factlane")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "too long" in err and len(err.strip().splitlines()) == 1


def test_a_new_project_whose_side_files_would_not_fit_is_refused_by_name(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the name fits; '<name>-journal', made while the project is created, does not
    limit = _name_max(tmp_path)
    name = "d" * (limit - len(".factlane") - 4) + ".factlane"
    code = main(["import", str(story), "--project", str(tmp_path / name)])
    err = capsys.readouterr().err
    assert code == EXIT_PROJECT, err
    assert "too long" in err and f"at most {limit - len('-journal')} bytes" in err
    assert "free some space" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_the_longest_name_it_allows_makes_a_project(tmp_path: Path, story: Path) -> None:
    name = "d" * (_name_max(tmp_path) - len("-journal") - len(".factlane")) + ".factlane"
    with ProjectService.open(tmp_path / name, create=True) as project:
        project.import_files([story])
        assert len(project.articles()) == 1


def test_save_as_to_a_name_with_no_room_for_its_unfinished_copy_is_refused_by_name(
    tmp_path: Path, story: Path
) -> None:
    limit = _name_max(tmp_path)
    target = tmp_path / ("s" * (limit - len(".factlane") - 6) + ".factlane")
    with ProjectService.open(tmp_path / "Quarry.factlane", create=True) as project:
        project.import_files([story])
        with pytest.raises(ProjectError, match=r"too long") as caught:
            project.save_as(target)
        assert f"at most {limit - len('.unfinished')} bytes" in str(caught.value)
        assert "free some space" not in str(caught.value).lower()
        assert len(project.articles()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("Quarry")) == [
        "story.txt"
    ]
