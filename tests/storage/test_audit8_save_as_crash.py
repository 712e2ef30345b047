"""Audit round 8: Save As interrupted (kill -9, a power cut) while it writes the copy.

Save As removed the file it replaces first and then wrote the copy in its place: a crash
midway left neither, but a file of that name holding nothing (SQLite rolls a half-written
file back to empty) and a "-journal" beside it, and the earlier copy the analyst chose to
replace was gone too. The copy is now written under a name that says it is unfinished and
takes the file's place, whole, in one rename; until then the file it replaces is as it was.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from desktop.domain import Block, Extraction, RawArticle
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from desktop.storage.store import ProjectStore
from tests.conftest import REPO

CRASH_IN_SAVE_AS = r"""
import contextlib, os, signal, sys
from pathlib import Path
from desktop.storage import project as projectfile

real = projectfile.raw_connection

class Crashing:
    def __init__(self, con):
        self.con = con

    def backup(self, target):
        steps = [0]

        def progress(status, remaining, total):
            steps[0] += 1
            if steps[0] == 3:  # a few pages of the copy written, most not
                os.kill(os.getpid(), signal.SIGKILL)

        self.con.backup(target, pages=2, progress=progress)

@contextlib.contextmanager
def raw_connection(engine):
    with real(engine) as con:
        yield Crashing(con)

projectfile.raw_connection = raw_connection
from desktop.services.project import ProjectService
with ProjectService.open(Path(sys.argv[1])) as service:
    service.save_as(Path(sys.argv[2]))
print("saved", flush=True)
"""


def _project(path: Path, titles: list[str]) -> Path:
    with ProjectStore.open(path, create=True) as store:
        for title in titles:
            text = f"On 9 January 2025 the {title} crew walked out. " * 40
            store.add_article(
                data=title.encode(),
                sha256=hashlib.sha256(title.encode()).hexdigest(),
                path=f"{title}.txt",
                raw=RawArticle(text=text, blocks=[Block(text, True)], format="txt", title=title),
                extraction=Extraction(),
            )
    return path


def _save_as_killed(source: Path, target: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CRASH_IN_SAVE_AS, str(source), str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    assert "saved" not in child.stdout


def test_a_crash_during_save_as_over_a_copy_keeps_that_copy(tmp_path: Path) -> None:
    source = _project(tmp_path / "Ferry.factlane", [f"pier {i}" for i in range(30)])
    earlier = _project(tmp_path / "Ferry copy.factlane", ["north", "south", "east"])
    before = earlier.read_bytes()
    _save_as_killed(source, earlier)
    assert earlier.read_bytes() == before
    assert integrity_check(earlier) == "ok"
    with ProjectService.open(earlier) as copy:
        assert sorted(a.title or "" for a in copy.articles()) == ["east", "north", "south"]
    # the next Save As there writes the whole copy and clears what the crash left
    with ProjectService.open(source) as service:
        service.save_as(earlier)
    with ProjectService.open(earlier) as copy:
        assert len(copy.articles()) == 30
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["Ferry.factlane", "Ferry.factlane.lock", "Ferry copy.factlane", "Ferry copy.factlane.lock"]
    )


def test_a_crash_during_save_as_leaves_nothing_that_looks_like_the_copy(tmp_path: Path) -> None:
    source = _project(tmp_path / "Ferry.factlane", [f"pier {i}" for i in range(30)])
    target = tmp_path / "Ferry copy.factlane"
    _save_as_killed(source, target)
    assert not target.exists()
    assert not target.with_name(target.name + "-journal").exists()
