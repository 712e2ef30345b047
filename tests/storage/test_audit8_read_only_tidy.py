"""Audit round 8: a project read read-only leaves nothing beside it once everyone has closed it.

SQLite reads a write-ahead-log project through its ``-wal`` and ``-shm`` files, and a read-only
connection makes them but may not remove them. A second window that opened the project
read-only (the first held it) and closed after the first one did, or a window that opened it
read-only with nobody else on it, used to leave both beside the project, the log sometimes
still holding the first window's last changes: a copy of the project file alone then lacked
them.
"""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import Block, Extraction, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.project import ProjectLockedError, ProjectWriteError, integrity_check
from desktop.storage.store import ProjectStore

SIDE_FILES = ("-wal", "-shm", "-journal")


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name + ".lock")


def _add(store: ProjectStore, title: str) -> int:
    text = f"On 9 January 2025 the {title} council met."
    return store.add_article(
        data=title.encode(),
        sha256=hashlib.sha256(title.encode()).hexdigest(),
        path=f"{title}.txt",
        raw=RawArticle(text=text, blocks=[Block(text, True)], format="txt", title=title),
        extraction=Extraction(),
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Delta floods.factlane"
    with ProjectStore.open(path, create=True) as store:
        _add(store, "First")
    assert _beside(path) == [path.name]
    return path


def _titles_in_file_alone(path: Path, tmp_path: Path) -> list[str]:
    """The article titles a copy of the project file alone (no log beside it) holds."""
    copy = tmp_path / "copy" / path.name
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    with ProjectStore.open(copy) as store:
        assert store.open_warnings == ()
        return sorted(a.title or "" for a in store.articles())


def test_the_reader_closing_after_the_writer_leaves_nothing_beside_the_project(
    project: Path, tmp_path: Path
) -> None:
    writer = ProjectStore.open(project)
    reader = ProjectStore.open_read_only(project, "locked")
    assert [a.title for a in reader.articles()] == ["First"]
    _add(writer, "Second")
    writer.close()
    assert [a.title for a in reader.articles()] == ["First", "Second"]
    reader.close()
    assert _beside(project) == [project.name]
    assert integrity_check(project) == "ok"
    assert _titles_in_file_alone(project, tmp_path) == ["First", "Second"]


def test_a_writer_closing_while_the_reader_is_mid_read_loses_nothing_to_a_copy(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the writer's closing waits this long for the read to end before it gives up moving
    # its log into the file
    monkeypatch.setattr(projectfile, "BUSY_TIMEOUT_S", 1)
    writer = ProjectStore.open(project)
    reader = ProjectStore.open_read_only(project, "locked")
    with reader._read() as session:
        # a read under way holds the log: the writer's closing cannot move it into the file
        session.connection().exec_driver_sql("SELECT count(*) FROM article").fetchall()
        _add(writer, "Second")
        writer.close()
    reader.close()
    assert _beside(project) == [project.name]
    assert integrity_check(project) == "ok"
    assert _titles_in_file_alone(project, tmp_path) == ["First", "Second"]


def test_a_read_only_window_with_nobody_else_on_the_project_leaves_nothing(
    project: Path,
) -> None:
    before = project.read_bytes(), project.stat().st_mtime_ns
    with ProjectStore.open_read_only(project, "requested") as reader:
        assert [a.title for a in reader.articles()] == ["First"]
    assert _beside(project) == [project.name]
    # nothing needed moving, so the project itself is not written
    assert (project.read_bytes(), project.stat().st_mtime_ns) == before


def test_the_reader_closing_first_leaves_the_writer_its_lock_and_its_log(
    project: Path,
) -> None:
    with ProjectStore.open(project) as writer:
        _add(writer, "Second")
        with ProjectStore.open_read_only(project, "locked") as reader:
            assert len(reader.articles()) == 2
        # the writer is still at work: its log stays, and its lock is its own
        with pytest.raises(ProjectLockedError):
            ProjectStore.open(project)
        _add(writer, "Third")
    assert _beside(project) == [project.name]
    with ProjectStore.open(project) as store:
        assert [a.title for a in store.articles()] == ["First", "Second", "Third"]


def test_a_log_a_crashed_writer_left_is_not_merged_by_a_reader(project: Path) -> None:
    """A log with changes whose writer never closed is the next writer's to check and merge
    (projectfile._check_log): a reader leaves it exactly as it found it."""
    writer = ProjectStore.open(project)
    _add(writer, "Second")
    # the writer "crashes": its lock goes with its process, its log stays
    writer._lock.release()  # type: ignore[union-attr]
    wal = project.with_name(project.name + "-wal")
    log_before = wal.read_bytes()
    assert len(log_before) > 32
    with ProjectStore.open_read_only(project, "requested") as reader:
        assert len(reader.articles()) == 2
    assert wal.read_bytes() == log_before
    assert projectfile.left_open_without_log(project) is False
    writer.engine.dispose()


# -- a project marked read-only (an archived story) ----------------------------------------------

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


@pytest.fixture
def marked_read_only(project: Path) -> Iterator[Path]:
    project.chmod(0o444)
    with pytest.raises(ProjectWriteError):
        ProjectStore.open(project)
    yield project
    project.chmod(0o644)


def test_a_project_marked_read_only_leaves_nothing_once_its_window_closes(
    marked_read_only: Path,
) -> None:
    project = marked_read_only
    before = project.read_bytes(), project.stat().st_mtime_ns
    with ProjectStore.open_read_only(project, "unwritable") as reader:
        assert [a.title for a in reader.articles()] == ["First"]
    assert _beside(project) == [project.name]
    assert (project.read_bytes(), project.stat().st_mtime_ns) == before
    assert stat.S_IMODE(project.stat().st_mode) == 0o444


def test_the_last_of_two_windows_on_a_marked_project_tidies_it(marked_read_only: Path) -> None:
    project = marked_read_only
    first = ProjectStore.open_read_only(project, "unwritable")
    second = ProjectStore.open_read_only(project, "unwritable")
    assert len(first.articles()) == len(second.articles()) == 1
    first.close()
    # the second window still reads through them: they stay while it does
    assert len(second.articles()) == 1
    second.close()
    assert _beside(project) == [project.name]


def test_a_window_of_another_process_keeps_what_it_reads_through(marked_read_only: Path) -> None:
    project = marked_read_only
    other = subprocess.Popen(
        [sys.executable, "-c", READER, str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "1"
        with ProjectStore.open_read_only(project, "unwritable") as reader:
            assert len(reader.articles()) == 1
        assert project.name + "-shm" in _beside(project)  # still in use there
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "1"
        assert other.wait(timeout=60) == 0
    finally:
        other.kill()
    assert _beside(project) == [project.name]
