"""Audit round 8: `factlane import` lists one line per file, whatever the file is called.

A file name may hold a line break or a tab (Linux allows any byte but '/' and NUL): the
listing's "one line per file" then broke in two, and a script reading it line by line took
the second half for a file of its own. Names are shown with such characters escaped (the
project keeps the name exactly), and a failed file's reason does not repeat its name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_SOME_FILES_FAILED, main

STORY = (
    "Velmor Herald\n\nFerry strike enters third day\n\n"
    "On 4 March 2025 the Velmor ferry union said 310 crew had stopped work.\n"
)


def _articles_json(project: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["articles", "--project", str(project), "--json"]) == EXIT_OK
    return list(json.loads(capsys.readouterr().out)["articles"])


@pytest.mark.parametrize("odd", ["\n", "\r", "\t", "\x1b[31m"], ids=["lf", "cr", "tab", "escape"])
def test_a_name_with_a_control_character_is_one_line_of_the_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], odd: str
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    odd_name = f"Ferry{odd}strike.txt"
    (folder / odd_name).write_text(STORY, encoding="utf-8")
    (folder / "plain.txt").write_text(STORY.replace("310", "320"), encoding="utf-8")
    project = tmp_path / "Ferry.factlane"
    assert main(["import", str(folder), "--project", str(project)]) == EXIT_OK
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2, captured.out
    assert all(line.startswith("imported   ") for line in lines), lines
    shown = odd.encode("unicode_escape").decode("ascii")
    assert any(f"Ferry{shown}strike.txt (article" in line for line in lines), lines
    # (a line break is each line's end, and stays only there)
    assert odd == "\n" or (odd not in captured.out and odd not in captured.err)
    for line in captured.err.splitlines():
        assert line.startswith("factlane: "), captured.err
    # the project keeps the name as it is
    paths = {str(a["path"]) for a in _articles_json(project, capsys)}
    assert str(folder / odd_name) in paths


def test_a_failed_file_is_named_once_on_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "story.txt"
    good.write_text(STORY, encoding="utf-8")
    project = tmp_path / "Ferry.factlane"
    assert main(["import", str(binary), str(good), "--project", str(project)]) == (
        EXIT_SOME_FILES_FAILED
    )
    failed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("failed")]
    assert len(failed) == 1
    assert failed[0].startswith(f"failed     {binary}: ")
    assert failed[0].count("scan.txt") == 1, failed[0]
