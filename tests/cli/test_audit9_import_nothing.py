"""Audit round 9 (2): `factlane import` makes no project when it imports nothing.

`factlane import nosuch.txt --project new.factlane` made an empty project (and its lock file)
although no file was there to import. Now a command whose files are all missing is a usage
error (exit 2) that says so and writes nothing; an import whose files all fail leaves no new
project behind either (exit 1, each failure listed), while an existing project, or one that
received an article, stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_SOME_FILES_FAILED, EXIT_USAGE, main

STORY = (
    "Velmor Herald\n\nFerry strike enters third day\n\n"
    "On 4 March 2025 the Velmor ferry union said 310 crew had stopped work.\n"
)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_files_make_no_project_and_say_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "new.factlane"
    code = main(["import", str(tmp_path / "nosuch.txt"), "--project", str(project)])
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert _names(tmp_path) == []
    assert "nosuch.txt: no such file" in captured.err
    assert "new.factlane was not created" in captured.err
    assert captured.out == ""


def test_missing_files_leave_an_existing_project_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    project = tmp_path / "Ferry.factlane"
    assert main(["import", str(tmp_path / "story.txt"), "--project", str(project)]) == EXIT_OK
    before = project.read_bytes()
    capsys.readouterr()
    code = main(["import", str(tmp_path / "gone.txt"), "--project", str(project)])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "gone.txt: no such file" in err
    assert "not created" not in err
    assert project.read_bytes() == before


def test_files_that_all_fail_leave_no_new_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "scan.txt").write_bytes(b"a\x00b")
    project = tmp_path / "new.factlane"
    code = main(
        [
            "import",
            str(tmp_path / "scan.txt"),
            str(tmp_path / "nosuch.txt"),
            "--project",
            str(project),
        ]
    )
    captured = capsys.readouterr()
    assert code == EXIT_SOME_FILES_FAILED
    assert _names(tmp_path) == ["scan.txt"]
    assert captured.out.count("failed") == 2
    assert "no article was imported, so" in captured.err
    assert "new.factlane was not created" in captured.err


def test_one_good_file_among_missing_ones_makes_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    project = tmp_path / "new.factlane"
    code = main(
        [
            "import",
            str(tmp_path / "nosuch.txt"),
            str(tmp_path / "story.txt"),
            "--project",
            str(project),
        ]
    )
    captured = capsys.readouterr()
    assert code == EXIT_SOME_FILES_FAILED
    assert project.exists()
    assert "not created" not in captured.err
    assert main(["articles", "--project", str(project)]) == EXIT_OK
    assert "Ferry strike" in capsys.readouterr().out


def test_an_existing_empty_project_is_not_removed_by_a_failed_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.project import ProjectService

    project = tmp_path / "Empty.factlane"
    ProjectService.open(project, create=True).close()
    (tmp_path / "scan.txt").write_bytes(b"a\x00b")
    code = main(["import", str(tmp_path / "scan.txt"), "--project", str(project)])
    assert code == EXIT_SOME_FILES_FAILED
    assert project.exists()
    assert "not created" not in capsys.readouterr().err


def test_an_import_stopped_before_its_first_file_makes_no_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C before the first file is read: nothing imported, so no project is left, and
    the interrupted line does not speak of articles 'in the project'."""
    import contextlib
    import threading

    import desktop.cli as cli
    from desktop.cli import EXIT_INTERRUPTED

    @contextlib.contextmanager
    def stopped_at_once() -> Iterator[threading.Event]:
        stop = threading.Event()
        stop.set()
        yield stop

    monkeypatch.setattr(cli, "_stop_on_first_interrupt", stopped_at_once)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    project = tmp_path / "new.factlane"
    code = main(["import", str(tmp_path / "story.txt"), "--project", str(project)])
    err = capsys.readouterr().err
    assert code == EXIT_INTERRUPTED
    assert _names(tmp_path) == ["story.txt"]
    assert "new.factlane was not created" in err
    assert "import interrupted; 1 file was not imported" in err
    assert "in the project" not in err
