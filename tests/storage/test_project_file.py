"""The project file: identity, versions, migrations, locking, backups and transactions."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import Block, Extraction, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.project import (
    APPLICATION_ID,
    NewerVersionError,
    NotAProjectError,
    ProjectLockedError,
    integrity_check,
)
from desktop.storage.store import ProjectStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw(text: str = "Body line one.") -> RawArticle:
    blocks = [Block(text, True)]
    return RawArticle(text=text, blocks=blocks, format="txt", title="A title")


def test_new_project_has_factlane_application_id_and_head_schema(project_path: Path) -> None:
    ProjectStore.open(project_path, create=True).close()
    con = sqlite3.connect(project_path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    assert revision == projectfile.head_revision()
    assert integrity_check(project_path) == "ok"


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.factlane"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('keep me')")
    con.commit()
    con.close()
    before = _digest(foreign)
    with pytest.raises(NotAProjectError, match="not a Factlane project"):
        ProjectStore.open(foreign)
    assert _digest(foreign) == before
    assert not (tmp_path / "other.factlane-wal").exists()


def test_non_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.factlane"
    bogus.write_bytes(b"This is a text file, not a database.\n" * 10)
    before = _digest(bogus)
    with pytest.raises(NotAProjectError, match="not an SQLite database"):
        ProjectStore.open(bogus)
    assert _digest(bogus) == before


def test_project_from_newer_version_is_refused_untouched(project_path: Path) -> None:
    ProjectStore.open(project_path, create=True).close()
    con = sqlite3.connect(project_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(project_path)
    with pytest.raises(NewerVersionError, match="newer version of Factlane"):
        ProjectStore.open(project_path)
    assert _digest(project_path) == before
    # and the lock was released: a later open gets the same clear refusal, not "already open"
    with pytest.raises(NewerVersionError):
        ProjectStore.open(project_path)


def test_older_project_is_backed_up_then_migrated(project_path: Path) -> None:
    # Make a file at the first schema revision, as an older Factlane would have left it.
    engine = projectfile._make_engine(project_path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (sha256, size, compressed, filename) VALUES ('abc', 1, x'00', 'a')"
        )
        conn.exec_driver_sql(
            "INSERT INTO article (document_id, path, format, encoding, language, text, "
            "blocks_json, field_origins_json, imported_at, extractor_version) VALUES "
            "(1, 'a.txt', 'txt', 'utf-8', 'en', 'old body', '[]', '{}', '2025-01-01 00:00:00', 0)"
        )
    engine.dispose()

    with ProjectStore.open(project_path) as store:
        detail = store.article(1)
        assert detail.text == "old body"
        assert store.article_note(1) == ""
    backups = list(project_path.parent.glob("Test.factlane.schema-0001.*.bak"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
    con = sqlite3.connect(project_path)
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == projectfile.head_revision()
    )
    con.close()


def test_models_match_the_migrated_schema(project_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.storage.models import Base

    with ProjectStore.open(project_path, create=True) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_second_process_gets_already_open_at_once(project_path: Path) -> None:
    """A second process is refused by the project's lock, which never waits: not after
    SQLite's busy wait (which would end in "busy", not "already open"), and not by blocking
    until the first closes (the first holds it for the whole run: a block would hang the
    child until the subprocess timeout). The child times the refusal step alone, so the
    interpreter's start-up on a loaded machine is not in the bound; the bound is half of
    SQLite's own wait, which a refusal that waited on it could not meet."""
    with ProjectStore.open(project_path, create=True):
        code = (
            "import sys, time\n"
            "from pathlib import Path\n"
            "from desktop.storage.store import ProjectStore\n"
            "from desktop.storage.project import ProjectLockedError\n"
            "started = time.monotonic()\n"
            "try:\n"
            f"    ProjectStore.open(Path({str(project_path)!r}))\n"
            "except ProjectLockedError as exc:\n"
            "    print(time.monotonic() - started); print(exc); sys.exit(7)\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
        )
    assert proc.returncode == 7, proc.stderr
    refusal_s, message = proc.stdout.split("\n", 1)
    assert "already open" in message
    assert float(refusal_s) < projectfile.BUSY_TIMEOUT_S / 2


def test_second_open_in_same_process_is_refused_and_first_keeps_working(
    project_path: Path,
) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        with pytest.raises(ProjectLockedError):
            ProjectStore.open(project_path)
        store.set_setting("x", "1")
        assert store.setting("x") == "1"
    # once closed, it opens again
    ProjectStore.open(project_path).close()


def test_failed_import_transaction_leaves_nothing_behind(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProjectStore.open(project_path, create=True) as store:

        def boom(*_a: object, **_k: object) -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(store, "_insert_extraction", boom)
        with pytest.raises(RuntimeError):
            store.add_article(
                data=b"x", sha256="1" * 64, path="a.txt", raw=_raw(), extraction=Extraction()
            )
        assert store.articles() == []
        assert store.find_document("1" * 64) is None
    assert integrity_check(project_path) == "ok"


def test_save_as_copies_everything(project_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Copy.factlane"
    with ProjectStore.open(project_path, create=True) as store:
        store.add_article(
            data=b"abc", sha256="2" * 64, path="a.txt", raw=_raw(), extraction=Extraction()
        )
        store.save_copy(copy)
    with ProjectStore.open(copy) as other:
        assert [a.path for a in other.articles()] == ["a.txt"]
        assert other.document_bytes(other.articles()[0].id) == b"abc"
