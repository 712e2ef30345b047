"""Audit round 8: `factlane import` killed (kill -9) in the middle of a batch, then reopened.

The services' own kill test (tests/services/test_crash_safety.py) kills a script of theirs;
this one kills the command an analyst or a scheduled script runs, on a project whose path has
spaces and accents, and reads what it printed: every file it listed as imported is in the
project after the kill, the project is sound (PRAGMA integrity_check), its log is merged by
the next import, and importing the folder again adds the rest without doubling any.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.storage.project import integrity_check
from tests.conftest import REPO


def _write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        lines = [f"Port of Velmor bulletin {i}", ""]
        lines += [
            f"On {1 + (i + j) % 28} March 2025 the Velmor port authority said "
            f"{(i * 37 + j * 11) % 9000 + 2} containers were held at berth {j} (item {i}.{j})."
            for j in range(60 + (i * 13) % 90)
        ]
        path = folder / f"bulletin {i:03d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _articles(project: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["articles", "--project", str(project), "--json"]) == EXIT_OK
    return [str(a["path"]) for a in json.loads(capsys.readouterr().out)["articles"]]


@pytest.mark.parametrize("listed_before_kill", [1, 7])
def test_an_import_killed_mid_batch_keeps_every_file_it_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], listed_before_kill: int
) -> None:
    files = _write_articles(tmp_path / "dépêches du port", 24)
    project = tmp_path / "Grève du port – Velmor.factlane"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(files[0].parent),
            "--project",
            str(project),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.stdout is not None
    listed: list[str] = []
    try:
        while len(listed) < listed_before_kill:
            line = proc.stdout.readline()
            assert line, "the import ended before it could be killed"
            assert line.startswith("imported   "), line
            listed.append(line[len("imported   ") :].rsplit(" (article", 1)[0])
        time.sleep(0.05)  # into the next file's reading or saving
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    assert integrity_check(project) == "ok"
    stored = _articles(project, capsys)
    assert set(listed) <= set(stored)
    assert len(stored) == len(set(stored)) < len(files)

    assert main(["import", str(files[0].parent), "--project", str(project)]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("duplicate") for line in out) == len(stored)
    assert sum(line.startswith("imported") for line in out) == len(files) - len(stored)
    assert sorted(_articles(project, capsys)) == sorted(str(p) for p in files)
    assert integrity_check(project) == "ok"
    # closed properly this time: nothing but the lock file beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [files[0].parent.name, project.name, project.name + ".lock"]
    )
