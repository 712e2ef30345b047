"""Audit round 10: an import stopped at once (Ctrl-C twice) makes no empty project.

The first Ctrl-C stops an import after the current file; one stopped so before any file was
in left no new project behind (round 9). The second Ctrl-C stops it at once, in the middle of
reading or storing a file: that file's transaction is rolled back, as it should be, but a
project made for the import stayed, empty, with its lock file (found with a real SIGINT
twice, 10 ms apart, 4 s into an import of 2,000 files: 1 run in 6 stopped before the first
article). Now it goes as the gentler stop's does; a project with an article, or one that
was there before, stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import EXIT_INTERRUPTED, EXIT_OK, main
from desktop.services.project import ProjectService

STORIES = [
    "The Fenland Messenger\n\nReservoir breach at Tallow Fen\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes.\n",
    "Eastmarsh Radio\n\nTallow Fen flood\n\n"
    "The breach on 13 March 2025 flooded 260 homes, the county council said.\n",
]


def _stop_at_once_after(monkeypatch: pytest.MonkeyPatch, done: int) -> None:
    """import_files imports ``done`` files, then is stopped as the second Ctrl-C stops it."""
    original = ProjectService.import_files

    def stopped(self: ProjectService, paths: list[Path], **kwargs: Any) -> Any:
        if done:
            original(self, paths[:done], **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(ProjectService, "import_files", stopped)


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    files = []
    for n, text in enumerate(STORIES):
        f = tmp_path / f"fen{n}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    return files


def test_stopped_at_once_before_any_article_leaves_no_new_project(
    stories: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _stop_at_once_after(monkeypatch, 0)
    project = tmp_path / "Fen.factlane"
    code = main(["import", *map(str, stories), "--project", str(project)])
    err = capsys.readouterr().err
    assert code == EXIT_INTERRUPTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fen0.txt", "fen1.txt"]
    assert "Fen.factlane was not created" in err


def test_stopped_at_once_after_an_article_keeps_the_project(
    stories: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _stop_at_once_after(monkeypatch, 1)
    project = tmp_path / "Fen.factlane"
    assert main(["import", *map(str, stories), "--project", str(project)]) == EXIT_INTERRUPTED
    assert "not created" not in capsys.readouterr().err
    monkeypatch.undo()
    with ProjectService.open(project) as opened:
        assert len(opened.articles()) == 1


def test_stopped_at_once_an_existing_empty_project_stays(
    stories: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "Fen.factlane"
    ProjectService.open(project, create=True).close()
    _stop_at_once_after(monkeypatch, 0)
    assert main(["import", *map(str, stories), "--project", str(project)]) == EXIT_INTERRUPTED
    assert project.exists()
    monkeypatch.undo()
    assert main(["articles", "--project", str(project)]) == EXIT_OK
