"""Audit round 6: every command against a project file that is not what it should be.

Each bad file gets exit code 3 (or 2 for a project that is not there), one line on stderr and
no traceback, and the file is left byte for byte and mode for mode as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_PROJECT, EXIT_USAGE, main
from desktop.services.project import ProjectService
from tests.conftest import REPO, SEED

READ_COMMANDS: list[list[str]] = [
    ["articles"],
    ["articles", "--json"],
    ["facts", "--json"],
    ["figures"],
    ["conflicts", "--json"],
    *(
        ["export", "--format", fmt, "--output", f"OUT.{fmt}"]
        for fmt in ("csv", "json", "markdown", "html", "timelinejs", "timesketch")
    ),
]
IMPORT = ["import", str(SEED)]


def _name(command: list[str]) -> str:
    return "import" if command is IMPORT else "-".join(command).replace("--", "")


ALL_COMMANDS = [*READ_COMMANDS, IMPORT]


def _state(path: Path) -> tuple[str, int] | str:
    """The file's bytes and permissions, or what kind of thing it is when it is no file."""
    if path.is_dir():
        return "folder:" + ",".join(sorted(os.listdir(path)))
    if not path.exists():
        return "missing"
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mode


def _run(
    capsys: pytest.CaptureFixture[str], command: list[str], project: Path
) -> tuple[int, str, str]:
    out_dir = project.parent / "out"
    out_dir.mkdir(exist_ok=True)
    argv = [a.replace("OUT.", str(out_dir / "export.")) for a in command]
    code = main([*argv, "--project", str(project)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def good_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "Harbor.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_file(REPO / "seeds" / "002_harbor_wire.txt")
    return path


def _zero_bytes(folder: Path, _good: Path) -> Path:
    path = folder / "Empty.factlane"
    path.write_bytes(b"")
    return path


def _folder(folder: Path, _good: Path) -> Path:
    path = folder / "Folder.factlane"
    path.mkdir()
    (path / "notes.txt").write_text("the analyst's notes\n", encoding="utf-8")
    return path


def _not_sqlite(folder: Path, _good: Path) -> Path:
    path = folder / "Notes.factlane"
    path.write_text("Kursk notes, day 3: two more reports of the bridge.\n" * 20, "utf-8")
    return path


def _truncated(folder: Path, good: Path) -> Path:
    path = folder / "Cut.factlane"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _newer(folder: Path, good: Path) -> Path:
    path = folder / "Newer.factlane"
    shutil.copy(good, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'f9999_from_the_future'")
    con.commit()
    con.close()
    return path


BAD_FILES: dict[str, Callable[[Path, Path], Path]] = {
    "zero-byte": _zero_bytes,
    "folder": _folder,
    "not-sqlite": _not_sqlite,
    "truncated": _truncated,
    "newer": _newer,
}


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=_name)
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_project_file_is_refused_in_one_line_and_left_as_it_was(
    kind: str,
    command: list[str],
    good_project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = BAD_FILES[kind](tmp_path, good_project)
    before = _state(project)
    code, out, err = _run(capsys, command, project)
    assert code == EXIT_PROJECT, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factlane: "), err
    assert project.name in lines[0] or str(project) in lines[0]
    assert "Traceback" not in err and out == ""
    assert _state(project) == before
    # nothing of SQLite's was left beside it either
    assert not project.with_name(project.name + "-wal").exists()
    assert not project.with_name(project.name + "-shm").exists()
    assert not (tmp_path / "out").exists() or not os.listdir(tmp_path / "out")


def test_a_zero_byte_project_says_it_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _zero_bytes(tmp_path, tmp_path)
    code, _, err = _run(capsys, ["articles"], project)
    assert code == EXIT_PROJECT and "empty" in err
    code, _, err = _run(capsys, IMPORT, project)
    assert code == EXIT_PROJECT and "empty" in err
    assert project.read_bytes() == b""


@pytest.mark.parametrize("command", READ_COMMANDS[:3], ids=_name)
def test_a_missing_project_is_a_usage_error_and_is_not_created(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "Nowhere.factlane"
    code, out, err = _run(capsys, command, project)
    assert code == EXIT_USAGE and out == ""
    assert err.strip().splitlines() == [f"factlane: no project at {project}"]
    assert not project.exists()
    assert not project.with_name(project.name + ".lock").exists()


@pytest.fixture
def read_only_project(good_project: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "Archive.factlane"
    shutil.copy(good_project, path)
    path.chmod(0o444)
    try:
        yield path
    finally:
        path.chmod(0o644)


def test_a_read_only_project_is_not_imported_into(
    read_only_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marked read-only by its owner, it stays unwritten, even for an administrator
    (root), whom the system would let write it."""
    before = _state(read_only_project)
    code, out, err = _run(capsys, IMPORT, read_only_project)
    assert code == EXIT_PROJECT, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], err
    assert _state(read_only_project) == before


@pytest.mark.parametrize("command", READ_COMMANDS, ids=_name)
def test_a_read_only_project_is_still_listed_and_exported_unchanged(
    command: list[str], read_only_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(read_only_project)
    code, _, err = _run(capsys, command, read_only_project)
    assert code == EXIT_OK, err
    assert "Traceback" not in err
    assert _state(read_only_project) == before


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=_name)
def test_a_project_open_elsewhere_is_read_but_never_written(
    command: list[str], good_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Open.factlane"
    shutil.copy(good_project, path)
    with ProjectService.open(path) as holder:
        holder.refresh_conflicts()
        before = _state(path)
        code, _, err = _run(capsys, command, path)
        assert _state(path) == before
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    if command is IMPORT:
        assert code == EXIT_PROJECT and "already open" in lines[0]
    else:
        assert code == EXIT_OK and "read-only" in lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", [["articles"], IMPORT], ids=["articles", "import"])
def test_a_named_pipe_named_like_a_project_is_refused_without_waiting_on_it(
    command: list[str], tmp_path: Path
) -> None:
    """Opening a pipe to read its header would wait for a writer that never comes."""
    pipe = tmp_path / "Pipe.factlane"
    os.mkfifo(pipe)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *command, "--project", str(pipe)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_PROJECT, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Pipe.factlane" in lines[0] and "not a file" in lines[0]


def test_a_link_to_a_project_open_elsewhere_is_not_written_through(
    good_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Harbor.factlane"
    shutil.copy(good_project, path)
    link = tmp_path / "Latest.factlane"
    link.symlink_to(path)
    with ProjectService.open(path):
        before = _state(path)
        code, _, err = _run(capsys, IMPORT, link)
        assert _state(path) == before
    assert code == EXIT_PROJECT
    (line,) = err.strip().splitlines()
    assert "Latest.factlane" in line and "a link to it" in line
