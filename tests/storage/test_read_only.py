"""Projects opened read-only: held by another window, or on a disk that cannot be written.

Whatever is asked of it, a project opened read-only is left byte for byte as it was, and its
modification time with it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import Block, DateRange, Extraction, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.project import (
    APPLICATION_ID,
    NewerVersionError,
    OlderVersionReadOnlyError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectWriteError,
)
from desktop.storage.store import ProjectStore
from tests.storage.read_only_disk import read_only_folder, writes_refused


def _state(path: Path) -> tuple[str, int]:
    """The file's bytes (as a digest) and modification time."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _raw(title: str, text: str = "On 9 January 2025 the council met.") -> RawArticle:
    return RawArticle(text=text, blocks=[Block(text, True)], format="txt", title=title)


@pytest.fixture
def saved_project(tmp_path: Path) -> Path:
    """A closed project in a folder of its own, with one article and one fact."""
    folder = tmp_path / "disk"
    folder.mkdir()
    path = folder / "Kursk.factlane"
    with ProjectStore.open(path, create=True) as store:
        article = store.add_article(
            data=b"first", sha256="1" * 64, path="a.txt", raw=_raw("First"), extraction=Extraction()
        )
        store.add_fact(
            article_id=article,
            text="The council met.",
            date_range=DateRange("2025-01-09", None, None, "day"),
        )
    return path


def _try_every_change(store: ProjectStore) -> None:
    """Every kind of change the app makes; each must be refused before SQLite is asked."""
    fact_id = store.facts()[0].id
    article_id = store.articles()[0].id
    changes = [
        lambda: store.add_article(
            data=b"new", sha256="9" * 64, path="n.txt", raw=_raw("New"), extraction=Extraction()
        ),
        lambda: store.update_fact(fact_id, status="confirmed"),
        lambda: store.set_tags(fact_id, ["kursk"]),
        lambda: store.delete_fact(fact_id),
        lambda: store.add_fact(
            article_id=None, text="x", date_range=DateRange("2025", None, None, "year")
        ),
        lambda: store.update_article_fields(article_id, title="Renamed"),
        lambda: store.set_published(article_id, None, None),
        lambda: store.replace_extraction(article_id, Extraction()),
        lambda: store.delete_article(article_id),
        lambda: store.set_pair_decision(1, 2, decision="dismissed", note=""),
        lambda: store.set_group_decision("g", accepted_value="1", note=""),
        lambda: store.set_figure_link(1, ""),
        lambda: store.replace_conflicts([], []),
        lambda: store.set_setting("x", "1"),
    ]
    for change in changes:
        with pytest.raises(ProjectReadOnlyError, match="open read-only"):
            change()


def test_a_project_another_window_holds_opens_read_only_and_is_never_written(
    saved_project: Path,
) -> None:
    with ProjectStore.open(saved_project) as writer:
        with pytest.raises(ProjectLockedError):
            ProjectStore.open(saved_project)
        before = _state(saved_project)
        with ProjectStore.open_read_only(saved_project, "locked") as reader:
            assert reader.read_only and reader.read_only_reason == "locked"
            assert reader.read_only_access == "shared"
            assert [a.title for a in reader.articles()] == ["First"]
            assert [f.text for f in reader.facts()] == ["The council met."]
            assert reader.groups() == [] and reader.pairs() == []
            assert reader.counts()["articles"] == 1
            _try_every_change(reader)
            # What the other window saves shows here: the reader is not a stale copy.
            writer.update_article_fields(reader.articles()[0].id, title="Renamed there")
            assert reader.articles()[0].title == "Renamed there"
            before = _state(saved_project)
        assert _state(saved_project) == before
        # The other window's lock is untouched by the reader coming and going.
        with pytest.raises(ProjectLockedError):
            ProjectStore.open(saved_project)


def test_a_project_on_a_read_only_disk_opens_read_only_and_leaves_no_trace(
    saved_project: Path,
) -> None:
    folder = saved_project.parent
    names_before = sorted(p.name for p in folder.iterdir())
    before = _state(saved_project)
    with read_only_folder(folder):
        assert writes_refused(folder)
        with pytest.raises(ProjectWriteError, match="cannot be written"):
            ProjectStore.open(saved_project)
        with ProjectStore.open_read_only(saved_project, "unwritable") as reader:
            # No -shm can be made beside it, and no -wal holds changes: the file alone is read.
            assert reader.read_only_access == "immutable"
            assert [a.title for a in reader.articles()] == ["First"]
            assert len(reader.facts()) == 1
            _try_every_change(reader)
    assert _state(saved_project) == before
    assert sorted(p.name for p in folder.iterdir()) == names_before


@pytest.fixture
def project_with_unmerged_log(tmp_path: Path) -> Iterator[Path]:
    """A project whose last change is still in its -wal (a writer ended before merging it),
    with no -shm beside it: what a crashed session leaves on a stick later made read-only."""
    work = tmp_path / "work"
    work.mkdir()
    source = work / "Kursk.factlane"
    with ProjectStore.open(source, create=True) as store:
        article = store.add_article(
            data=b"first", sha256="1" * 64, path="a.txt", raw=_raw("First"), extraction=Extraction()
        )
        store.add_fact(
            article_id=article, text="Met.", date_range=DateRange("2025", None, None, "year")
        )
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "Kursk.factlane"
    con = sqlite3.connect(source)
    try:
        con.execute("PRAGMA wal_autocheckpoint=0")
        con.execute("UPDATE article SET title = 'Changed last'")
        con.commit()
        # Copied while the connection is open: the change is in the -wal only.
        shutil.copyfile(source, target)
        shutil.copyfile(source.with_name("Kursk.factlane-wal"), folder / "Kursk.factlane-wal")
    finally:
        con.close()
    yield target


def test_a_read_only_disk_with_an_unmerged_log_shows_the_last_change(
    project_with_unmerged_log: Path,
) -> None:
    path = project_with_unmerged_log
    folder = path.parent
    wal = folder / "Kursk.factlane-wal"
    before, wal_before = _state(path), _state(wal)
    with read_only_folder(folder):
        reader = ProjectStore.open_read_only(path, "unwritable")
        try:
            assert reader.read_only_access == "snapshot"
            assert [a.title for a in reader.articles()] == ["Changed last"]
            _try_every_change(reader)
            snapshot = reader._source.snapshot if reader._source else None
            assert snapshot is not None and snapshot.exists()
        finally:
            reader.close()
        assert not snapshot.exists()
    assert _state(path) == before and _state(wal) == wal_before
    assert not (folder / "Kursk.factlane-shm").exists()


def test_a_newer_project_is_refused_read_only_too(saved_project: Path) -> None:
    con = sqlite3.connect(saved_project)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _state(saved_project)
    with pytest.raises(NewerVersionError, match="newer version of Factlane"):
        ProjectStore.open_read_only(saved_project, "locked")
    assert _state(saved_project) == before


def test_an_older_project_is_refused_read_only_untouched(tmp_path: Path) -> None:
    path = tmp_path / "Old.factlane"
    engine = projectfile._make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0001")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    before = _state(path)
    with pytest.raises(OlderVersionReadOnlyError, match="older version of Factlane"):
        ProjectStore.open_read_only(path, "unwritable")
    assert _state(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_save_as_from_a_read_only_project_makes_an_editable_copy(
    saved_project: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "Copy.factlane"
    before = _state(saved_project)
    with (
        read_only_folder(saved_project.parent),
        ProjectStore.open_read_only(saved_project, "unwritable") as reader,
    ):
        reader.save_copy(copy)
    assert _state(saved_project) == before
    with ProjectStore.open(copy) as store:
        store.update_article_fields(store.articles()[0].id, title="Edited copy")
        assert store.articles()[0].title == "Edited copy"


def test_stale_conflicts_are_shown_as_saved_not_recomputed(saved_project: Path) -> None:
    with ProjectStore.open(saved_project) as store:
        store.set_setting("conflicts_stale", "1")
    before = _state(saved_project)
    with ProjectStore.open_read_only(saved_project, "requested") as reader:
        assert not reader.conflicts_stale()
        assert reader.groups() == []
    assert _state(saved_project) == before


def test_a_name_with_uri_characters_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "War? #1 100% done.factlane"
    with ProjectStore.open(path, create=True) as store:
        store.add_article(
            data=b"x", sha256="3" * 64, path="a.txt", raw=_raw("Odd name"), extraction=Extraction()
        )
    with ProjectStore.open_read_only(path) as reader:
        assert [a.title for a in reader.articles()] == ["Odd name"]
    assert not (tmp_path / "War").exists()


def test_an_empty_file_is_not_opened_read_only(tmp_path: Path) -> None:
    empty = tmp_path / "Empty.factlane"
    empty.write_bytes(b"")
    with pytest.raises(projectfile.NotAProjectError, match="empty"):
        ProjectStore.open_read_only(empty)
    assert empty.read_bytes() == b""
