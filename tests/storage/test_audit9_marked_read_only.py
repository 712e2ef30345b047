"""Audit round 9 (3): a project marked read-only gets no lock file from being read.

An archived project, marked read-only and copied from elsewhere with no lock file beside it,
was read in a read-only window; closing the window tidied SQLite's -wal and -shm away but
took the project's lock to do it, which made a ``.lock`` file beside it that was not there.
No Factlane can have such a project open for writing (a writer keeps its lock file), so the
tidying now leaves the lock alone: nothing is left beside the project, as before the window.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import Block, Extraction, RawArticle
from desktop.storage.project import lock_path_for
from desktop.storage.store import ProjectStore

READER = r"""
import sys
from pathlib import Path
from desktop.storage.store import ProjectStore
store = ProjectStore.open_read_only(Path(sys.argv[1]), "unwritable")
print(len(store.articles()), flush=True)
sys.stdin.readline()
print(len(store.articles()), flush=True)
store.close()
"""


def _everything_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def archived(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "Delta floods 2019.factlane"
    with ProjectStore.open(path, create=True) as store:
        text = "On 9 January 2019 the Delta council met."
        store.add_article(
            data=text.encode(),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            path="delta.txt",
            raw=RawArticle(text=text, blocks=[Block(text, True)], format="txt", title="Delta"),
            extraction=Extraction(),
        )
    lock_path_for(path).unlink()  # as copied from an archive: the project alone
    path.chmod(0o444)
    assert _everything_beside(path) == [path.name]
    yield path
    path.chmod(0o644)


def test_closing_a_read_only_window_makes_no_lock_file(archived: Path) -> None:
    before = archived.read_bytes()
    with ProjectStore.open_read_only(archived, "unwritable") as window:
        assert [a.title for a in window.articles()] == ["Delta"]
    assert _everything_beside(archived) == [archived.name]
    assert archived.read_bytes() == before


def test_two_windows_on_it_leave_nothing_once_both_close(archived: Path) -> None:
    first = ProjectStore.open_read_only(archived, "unwritable")
    second = ProjectStore.open_read_only(archived, "unwritable")
    assert len(first.articles()) == len(second.articles()) == 1
    first.close()
    assert len(second.articles()) == 1  # still reads through the files SQLite made
    second.close()
    assert _everything_beside(archived) == [archived.name]


def test_a_reader_in_another_process_keeps_its_files(archived: Path) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", READER, str(archived)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "1"
        with ProjectStore.open_read_only(archived, "unwritable") as window:
            assert len(window.articles()) == 1
        # the other process still reads: its -wal and -shm stay, and no lock file is made
        assert lock_path_for(archived).name not in _everything_beside(archived)
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "1"
    finally:
        other.communicate(timeout=30)
    assert other.returncode == 0
    assert _everything_beside(archived) == [archived.name]


def test_the_command_line_reads_it_and_leaves_nothing_beside_it(
    archived: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The read commands held the project's lock while they read, which made a lock file
    beside a marked project too; they now read it as a read-only window does."""
    from desktop.cli import EXIT_OK, main

    before = archived.read_bytes()
    assert main(["articles", "--project", str(archived)]) == EXIT_OK
    assert "Delta" in capsys.readouterr().out
    out = tmp_path_factory.mktemp("export") / "facts.json"
    assert (
        main(["export", "--project", str(archived), "--format", "json", "--output", str(out)]) == 0
    )
    assert out.exists()
    assert _everything_beside(archived) == [archived.name]
    assert archived.read_bytes() == before
