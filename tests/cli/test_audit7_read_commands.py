"""Audit round 7: the read commands write nothing, as their help says.

articles, facts, figures, conflicts and export on a project no window holds opened it for
writing: conflicts out of date were worked out and stored, an older project was updated in
place, and a log left by a crash was merged into the file. Now the file keeps its bytes and
its modification time, and nothing is left beside it but the lock file.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, build_parser, main
from desktop.services.project import ProjectService

FIRST = """Dam inspection ordered after cracks found

Published 2 June 2025

At least 14 cracks were found in the Tarnby dam wall on Friday, the water board said on
Saturday.
"""

SECOND = """Tarnby dam: more cracks

Published 5 June 2025

Engineers counted 19 cracks in the Tarnby dam wall on Friday, the water board said on Tuesday.
"""

READS = [
    ["articles", "--json"],
    ["facts", "--json"],
    ["figures", "--json"],
    ["conflicts", "--json"],
    ["conflicts"],
    ["export", "--format", "json", "--output", "OUT"],
]


def _built(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    project = folder / "Tarnby.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files([folder / "a.txt", folder / "b.txt"])
    return project


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.iterdir()
        if p.name.startswith("Tarnby.factlane") and not p.name.endswith(".lock")
    }


def _run(command: list[str], project: Path, out: Path) -> int:
    args = [str(out) if a == "OUT" else a for a in command]
    return main([args[0], "--project", str(project), *args[1:]])


def _stale(project: Path) -> None:
    con = sqlite3.connect(project)
    con.execute("UPDATE setting SET value = '1' WHERE key = 'conflicts_stale'")
    con.commit()
    con.close()


@pytest.mark.parametrize("command", READS, ids=lambda c: " ".join(c[:2]))
def test_a_read_command_leaves_the_project_and_its_folder_as_they_were(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _built(tmp_path / "story")
    _stale(project)  # conflicts to work out: they were stored by the read
    os.utime(project, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = _state(project.parent)
    assert list(before) == ["Tarnby.factlane"]
    assert _run(command, project, tmp_path / "out.json") == EXIT_OK
    assert _state(project.parent) == before
    out = capsys.readouterr().out
    if "--json" in command and command[0] == "conflicts":
        # worked out in memory: the two counts of cracks are compared
        assert len(json.loads(out)["pairs"]) == 1


CRASH = r"""
import os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
service = ProjectService.open(Path(sys.argv[1]))
fact = service.facts()[0]
service.set_fact_status(fact.id, "confirmed")
print(fact.id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="a crash is made with SIGKILL")
def test_a_read_command_shows_a_crashed_projects_log_without_merging_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _built(tmp_path / "story")
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(project)], capture_output=True, text=True, timeout=120
    )
    fact_id = int(done.stdout.split()[0])
    before = _state(project.parent)
    assert "Tarnby.factlane-wal" in before
    assert main(["facts", "--project", str(project), "--json"]) == EXIT_OK
    facts = {f["id"]: f for f in json.loads(capsys.readouterr().out)["facts"]}
    assert facts[fact_id]["status"] == "confirmed"
    assert _state(project.parent) == before
    with ProjectService.open(project) as service:  # the log is still there to be merged
        assert service.fact(fact_id).status == "confirmed"


def test_a_read_command_reads_an_older_project_without_updating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_robustness_migration import _as_saved_by

    current = _built(tmp_path / "now")
    with ProjectService.open(current) as service:
        wanted = sorted(f.figure.number_text for f in service.figures())
    (tmp_path / "then").mkdir()
    older = _as_saved_by(current, tmp_path / "then" / "Tarnby.factlane", "0005")
    before = _state(older.parent)
    assert main(["figures", "--project", str(older), "--json"]) == EXIT_OK
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert sorted(f["number_text"] for f in figures) == wanted
    assert _state(older.parent) == before
    assert not list(older.parent.glob("*.bak"))


def test_the_read_commands_help_says_what_they_write() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("articles", "facts", "figures", "conflicts"):
        text = sub.choices[name].format_help()  # type: ignore[attr-defined]
        assert "nothing is written to it" in " ".join(text.split())
