"""Audit round 8: an update interrupted while it keeps its copy of the older project.

Opening a project an older Factlane saved first keeps a copy of it beside it
("P.factlane.schema-0005.<time>.bak"), then updates it. A crash (kill -9, a power cut) while
that copy was being written left a ".bak" that holds nothing (SQLite rolls the half-written
file back to empty) and its "-journal" beside it, for good: the analyst looking for the copy
kept before the update found two, one of them no project at all. The copy is now written
under a name that says it is unfinished and given its name only once whole; the unfinished
one a crash left is removed by the next update's open.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.services.project import ProjectService
from desktop.storage.project import head_revision
from tests.conftest import REPO
from tests.test_robustness_migration import _as_saved_by, _revision, current_project

__all__ = ["current_project"]  # the fixture, shared with the migration tests

CRASH_IN_BACKUP = r"""
import os, signal, sqlite3, sys
from pathlib import Path
from desktop.storage import project as projectfile

def backup_file(source, target, *, source_uri=None):
    src = sqlite3.connect(source_uri, uri=True) if source_uri else sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    steps = [0]

    def progress(status, remaining, total):
        steps[0] += 1
        if steps[0] == 3:  # a few pages of the copy written, most not
            os.kill(os.getpid(), signal.SIGKILL)

    src.backup(dst, pages=2, progress=progress)

projectfile.backup_file = backup_file
from desktop.services.project import ProjectService
ProjectService.open(Path(sys.argv[1]))
print("the update finished", flush=True)
"""


def _articles_in(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM article").fetchone()[0])
    finally:
        con.close()


def test_a_crash_while_the_copy_is_written_leaves_no_broken_copy(
    current_project: Path, tmp_path: Path
) -> None:
    old = _as_saved_by(current_project, tmp_path / "Old.factlane", "0005")
    articles = _articles_in(old)
    child = subprocess.run(
        [sys.executable, "-c", CRASH_IN_BACKUP, str(old)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    assert _revision(old) == "0005"
    # nothing beside the project goes by the name of a kept copy unless it is one, whole
    for kept in tmp_path.glob("Old.factlane.schema-*.bak"):
        assert _articles_in(kept) == articles, kept.name

    with ProjectService.open(old) as service:
        assert len(service.articles()) == articles
    assert _revision(old) == head_revision()
    beside = sorted(p.name for p in tmp_path.iterdir())
    kept = [name for name in beside if name.endswith(".bak")]
    assert len(kept) == 1 and _articles_in(tmp_path / kept[0]) == articles
    assert beside == sorted(["Old.factlane", "Old.factlane.lock", kept[0]]), beside
