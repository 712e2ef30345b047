"""Audit round 10: a project or output named through a link that leads round in a loop.

'--project Story.factlane' or '--output report.json' where the name is a link to a link that
leads back to it (links remade after a folder moved) ended `import` and `export` in a
traceback (RuntimeError: Symlink loop from ...), and the import left a lock file beside the
loop; the read commands said 'no project at ...', sending the analyst after a missing file.
Now each says what the name is, in one line, exit 2, and nothing is made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import EXIT_USAGE, main

STORY = (
    "The Fenland Messenger\n\nReservoir breach at Tallow Fen\n\n"
    "The Tallow Fen reservoir wall gave way on 13 March 2025, flooding 210 homes.\n"
)


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{story}", "--project", "{loop}"],
        ["articles", "--project", "{loop}"],
        ["conflicts", "--project", "{loop}", "--json"],
        ["export", "--project", "{loop}", "--format", "json", "--output", "{dir}/o.json"],
        ["export", "--project", "{project}", "--format", "json", "--output", "{loop}"],
        ["export", "--project", "{project}", "--format", "png", "--output", "{loop}"],
    ],
    ids=["import", "articles", "conflicts", "export-project", "export-json", "export-png"],
)
def test_a_name_that_is_a_link_loop_is_one_line_and_exit_2(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    project = tmp_path / "Fen.factlane"
    assert main(["import", str(story), "--project", str(project)]) == 0
    loop, back = tmp_path / "Latest.factlane", tmp_path / "Back.factlane"
    loop.symlink_to(back)
    back.symlink_to(loop)
    before = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    args = [a.format(story=story, loop=loop, dir=tmp_path, project=project) for a in argv]
    code = main(args)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    (line,) = err.strip().splitlines()
    assert "Latest.factlane" in line and "loop" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert loop.is_symlink() and back.is_symlink()
