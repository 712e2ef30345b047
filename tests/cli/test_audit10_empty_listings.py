"""Audit round 10: a listing of an empty project says so.

On a project with no articles, `factlane articles`, `facts` and `figures` printed nothing at
all and exited 0: the analyst could not tell an empty project from a command that did
nothing (`conflicts` already says 'no figures from different articles report the same
quantity'). Each now says what the project holds no rows of, on stderr, so that the table on
standard output stays a table of no rows; --json is unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.services.project import ProjectService


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "Empty.factlane"
    ProjectService.open(path, create=True).close()
    return path


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("articles", "Empty.factlane holds no articles yet"),
        ("facts", "Empty.factlane holds no dated facts"),
        ("figures", "Empty.factlane holds no figures"),
    ],
)
def test_an_empty_listing_says_so_on_stderr(
    command: str, said: str, empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--project", str(empty)]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out == ""
    assert said in captured.err and len(captured.err.strip().splitlines()) == 1
    assert main([command, "--project", str(empty), "--json"]) == EXIT_OK
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {command: []} and captured.err == ""


def test_a_project_with_articles_and_no_facts_says_only_that(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Desk note\n\nNothing dated here, and no number either.\n", encoding="utf-8")
    project = tmp_path / "Notes.factlane"
    with ProjectService.open(project, create=True) as opened:
        opened.import_files([note])
    assert main(["articles", "--project", str(project)]) == EXIT_OK
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and captured.err == ""
    assert main(["facts", "--project", str(project)]) == EXIT_OK
    assert "Notes.factlane holds no dated facts" in capsys.readouterr().err
