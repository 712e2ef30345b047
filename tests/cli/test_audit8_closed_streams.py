"""Audit round 8: the command line started with its standard output or error closed.

A launcher that gives a program no console (a windowed build on Windows, a job runner, a
shell's `2>&-` or `>&-`) starts it with that stream closed, and Python sets it to None.
With no error stream, print(file=sys.stderr) writes to standard output instead: warnings
went into `extract`'s JSON Lines, ahead of the JSON. With no standard output, the listings
stopped on a traceback. Warnings are now dropped when there is nowhere to say them, and a
command whose output is its point says in one line that it has nowhere to print (exit 141,
as when its reader goes away); an import or export, whose work is the point, does it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import EXIT_OK, EXIT_OUTPUT_CLOSED
from desktop.services.project import ProjectService
from tests.conftest import REPO

UNDATED = "Velmor Herald\n\nOn Tuesday the ferry union said 310 crew had stopped work.\n"


def _run(*argv: str, closed: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        preexec_fn=lambda: os.close(closed),
    )


def test_with_no_error_stream_extract_prints_only_json(tmp_path: Path) -> None:
    story = tmp_path / "undated.txt"  # warned about: no publication date
    story.write_text(UNDATED, encoding="utf-8")
    done = _run("extract", str(story), str(story), closed=2)
    assert done.returncode == EXIT_OK
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["article"]["title"] for line in lines), done.stdout


def test_with_no_output_a_listing_says_so_in_one_line(tmp_path: Path) -> None:
    project = tmp_path / "Ferry.factlane"
    story = tmp_path / "story.txt"
    story.write_text(UNDATED, encoding="utf-8")
    with ProjectService.open(project, create=True) as service:
        service.import_files([story])
    for argv in (
        ["facts", "--project", str(project), "--json"],
        ["articles", "--project", str(project)],
        ["extract", str(story)],
    ):
        done = _run(*argv, closed=1)
        assert done.returncode == EXIT_OUTPUT_CLOSED, (argv, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        assert done.stderr.strip().splitlines()[-1] == (
            "factlane: standard output is closed: there is nowhere to print to"
        ), done.stderr


def test_with_no_output_an_import_still_imports(tmp_path: Path) -> None:
    project = tmp_path / "Ferry.factlane"
    story = tmp_path / "story.txt"
    story.write_text(UNDATED, encoding="utf-8")
    done = _run("import", str(story), "--project", str(project), closed=1)
    assert done.returncode == EXIT_OK, done.stderr
    assert "Traceback" not in done.stderr
    with ProjectService.open(project) as service:
        assert len(service.articles()) == 1
