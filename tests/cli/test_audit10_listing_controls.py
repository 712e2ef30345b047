"""Audit round 10: the listings are one line per row, whatever the project's text holds.

`factlane import ... --source $'Evil\\nOutlet\\x1b[2J'` stored the outlet as given, and
`factlane articles` printed it as stored: the row split in two (a script reading the table
line by line took the rest for a row of its own) and the terminal ran the escape (the
screen cleared). A title, a fact or a figure's words edited in the app with a line break or
pasted with a control character did the same in articles, facts, figures and conflicts.

Now --source is refused when it holds a control character (exit 2, nothing made), and the
text listings show such characters escaped ('\\n', '\\x1b'), one row a line; --json is
unchanged (JSON escapes them itself).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_USAGE, main
from desktop.services.project import ProjectService

STORIES = [
    "Reservoir breach at Tallow Fen\n\nThe Fenland Messenger\nPublished 2025-03-14\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes, the "
    "water board said.\n",
    "Tallow Fen flood\n\nEastmarsh Radio\nPublished 2025-03-15\n\n"
    "The breach on 13 March 2025 flooded 260 homes, the county council said.\n",
]

HOSTILE = "Fen\nbreach \x1b[2J\x9b31m\tcleared\r"


@pytest.mark.parametrize("source", ["Evil\nOutlet", "Outlet\x1b[2J", "Tab\there"])
def test_a_source_with_a_control_character_is_refused(
    source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORIES[0], encoding="utf-8")
    project = tmp_path / "Fen.factlane"
    with pytest.raises(SystemExit) as stopped:
        main(["import", str(story), "--project", str(project), "--source", source])
    code = stopped.value.code
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    (line,) = err.strip().splitlines()
    assert "--source" in line and "\x1b" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


@pytest.fixture
def hostile_project(tmp_path: Path) -> Path:
    files = []
    for n, text in enumerate(STORIES):
        f = tmp_path / f"fen{n}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    path = tmp_path / "Fen.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files(files)
        first = project.articles()[0].id
        project.update_article(first, title=HOSTILE, source=HOSTILE)
        fact = project.facts()[0]
        project.edit_fact(fact.id, text=HOSTILE + fact.text)
    return path


@pytest.mark.parametrize("command", ["articles", "facts", "figures", "conflicts"])
def test_each_listing_row_is_one_line_with_no_control_character(
    command: str, hostile_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--project", str(hostile_project), "--json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    expected = len(rows["pairs"] if command == "conflicts" else rows[command]) or 1
    assert main([command, "--project", str(hostile_project)]) == EXIT_OK
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == expected, out
    assert not any(c in out for c in "\x1b\x9b\r\t\x0b")
    if command in ("articles", "facts"):
        assert "Fen\\nbreach \\x1b[2J\\x9b31m\\tcleared\\r" in out


def test_the_json_listing_keeps_the_text_as_stored(
    hostile_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["articles", "--project", str(hostile_project), "--json"]) == EXIT_OK
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert articles[0]["title"] == HOSTILE


def test_the_wrote_line_of_an_export_is_one_line_whatever_the_file_is_called(
    hostile_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "two\nlines\x1b[2J.json"
    argv = ["export", "--project", str(hostile_project), "--format", "json", "--output"]
    assert main([*argv, str(output)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out
    assert "two\\nlines\\x1b[2J.json" in out
    assert json.loads(output.read_text(encoding="utf-8"))["articles"]
