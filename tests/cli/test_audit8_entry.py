"""Audit round 8: `factlane WORD` when WORD is neither a command nor a file.

`factlane` alone opens the app, and `factlane FILE...` opens the project or offers the
articles named (as a double-click does), so a mistyped command (`factlane improt ...`) or a
word that is no file used to start the desktop app on a project of that name. It is a
one-line usage error naming the commands (exit 2), before any window; a project or an
article named by its kind keeps opening, found or not (the app says what is wrong with it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop.__main__ as entry
import desktop.app as app
from desktop.cli import EXIT_USAGE, SUBCOMMANDS
from tests.conftest import REPO, SEEDS

ARTICLE = SEEDS / "003_northgate_daily.md"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake_run_app(project: Path | None, **kwargs: Any) -> int:
        calls.append((project, list(kwargs["articles"])))
        return 0

    monkeypatch.setattr(app, "run_app", fake_run_app)
    return calls


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [["nosuch"], ["improt", str(ARTICLE), "--project", "p.factlane"], ["Facts", "--json"]],
    ids=["word", "typo-of-import", "capitalised"],
)
def test_a_word_that_is_no_command_and_no_file_is_a_usage_error_naming_the_commands(
    argv: list[str],
    started: list[tuple[Any, ...]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert entry.main(argv) == EXIT_USAGE
    line = _one_line(capsys.readouterr().err)
    assert f"'{argv[0]}'" in line and "not a command" in line
    assert all(name in line for name in SUBCOMMANDS), line
    assert started == []
    assert list(tmp_path.iterdir()) == []  # no project made of it


def test_a_missing_file_of_no_known_kind_is_no_such_file(
    started: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert entry.main([str(tmp_path / "notes.xyz")]) == EXIT_USAGE
    assert "notes.xyz: no such file" in _one_line(capsys.readouterr().err)
    # one bad name among good ones stops the launch too, before any window
    assert entry.main([str(ARTICLE), str(tmp_path / "Kursk")]) == EXIT_USAGE
    assert "Kursk: no such file" in _one_line(capsys.readouterr().err)
    assert started == []


def test_an_option_without_a_command_is_a_usage_error(
    started: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = tmp_path / "Kursk.factlane"
    assert entry.main([str(project), "--screenshot", "x.png"]) == EXIT_USAGE
    line = _one_line(capsys.readouterr().err)
    assert "--screenshot" in line and "factlane gui" in line
    assert started == []


def test_projects_and_articles_still_open(
    started: list[tuple[Any, ...]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = tmp_path / "Kursk"  # a project renamed without its suffix, or any file
    renamed.write_bytes(b"x")
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text("a", encoding="utf-8")
    new = tmp_path / "New story.factlane"  # not made yet: the app says so or makes it
    assert entry.main([str(ARTICLE)]) == 0
    assert entry.main([str(new)]) == 0
    assert entry.main([str(renamed)]) == 0
    assert entry.main([str(folder)]) == 0
    assert started == [
        (None, [ARTICLE]),
        (new, []),
        (renamed, []),
        (None, [folder / "a.txt"]),
    ]
    assert capsys.readouterr().err == ""


def test_the_command_line_itself_refuses_a_stray_word_at_once() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "nosuch"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert done.returncode == EXIT_USAGE
    assert done.stdout == ""
    assert "'nosuch' is not a command" in _one_line(done.stderr)


def test_a_screenshot_of_a_missing_project_is_refused_before_any_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A screenshot run has nobody to close the app's "does not exist" box: it waited on it
    for ever. It is refused as the read commands refuse a missing project (exit 2)."""
    missing = tmp_path / "Gone story.factlane"
    shot = tmp_path / "shot.png"
    assert entry.main(["gui", str(missing), "--screenshot", str(shot)]) == EXIT_USAGE
    assert f"no project at {missing}" in _one_line(capsys.readouterr().err)
    assert not shot.exists() and not missing.exists()


def test_a_screenshot_of_a_missing_project_ends_at_once() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "gui", "no such.factlane", "--screenshot", "x.png"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=90,
    )
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "no project at no such.factlane" in done.stderr
    assert not (REPO / "x.png").exists()
