"""The project file under damage, a full disk and an unwritable folder: clear errors, no loss."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from desktop.cli import main
from desktop.services.project import ProjectError, ProjectService
from desktop.storage import lock as lockmod
from desktop.storage import project as projectfile
from desktop.storage.project import DamagedProjectError, ProjectLockedError, integrity_check
from tests.conftest import SEEDS


def _seed_files(count: int) -> list[Path]:
    files = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".html", ".md"))
    assert len(files) >= count
    return files[:count]


def _overwrite_root_page(path: Path, table: str) -> None:
    """Scribble over the first page of one table, leaving the schema readable."""
    con = sqlite3.connect(path)
    try:
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
        (page_size,) = con.execute("PRAGMA page_size").fetchone()
    finally:
        con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes((i * 131 + 7) % 251 + 1 for i in range(page_size)))


def test_a_damaged_table_gives_a_clear_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "Damaged.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(_seed_files(2))
    _overwrite_root_page(project, "fact")

    with ProjectService.open(project) as service, pytest.raises(DamagedProjectError) as info:
        service.facts()
    assert "Damaged.factlane is damaged" in str(info.value)

    code = main(["facts", "--project", str(project), "--json"])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err.startswith("factlane: Damaged.factlane is damaged")


def test_a_full_disk_stops_the_import_with_a_clear_error_and_keeps_what_was_saved(
    tmp_path: Path,
) -> None:
    project = tmp_path / "Full.factlane"
    first, *rest = _seed_files(4)
    with ProjectService.open(project, create=True) as service:
        [kept] = service.import_files([first])
        assert kept.status == "imported"
        with service.store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        assert isinstance(pages, int)

        # SQLite reports SQLITE_FULL once a file reaches max_page_count, as it does when the
        # disk runs out: every new connection gets a ceiling just above the current size.
        service.store.engine.dispose()

        @event.listens_for(service.store.engine, "connect")
        def _ceiling(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 1}")

        with pytest.raises(ProjectError, match=r"disk holding Full\.factlane is full"):
            service.import_files(rest)
    assert integrity_check(project) == "ok"
    with ProjectService.open(project) as service:
        assert [a.id for a in service.articles()] == [kept.article_id]


@pytest.mark.parametrize(
    ("code", "wanted"),
    [(errno.EROFS, "read-only"), (errno.EACCES, "permission"), (errno.ENOENT, "does not exist")],
)
def test_a_folder_where_the_project_cannot_be_opened_gives_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, wanted: str
) -> None:
    real_open = open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith(".lock"):
            raise OSError(code, "refused", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(lockmod, "open", refusing_open, raising=False)
    with pytest.raises(ProjectError, match=wanted):
        ProjectService.open(tmp_path / "P.factlane", create=True)


def test_a_project_in_a_missing_folder_gives_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "P.factlane"
    code = main(["import", str(SEEDS / "000_cba7b06516aed0c2.txt"), "--project", str(target)])
    _, err = capsys.readouterr()
    assert code == 3
    assert "Traceback" not in err and "does not exist" in err


def test_a_project_another_process_is_creating_is_reported_as_open_there(tmp_path: Path) -> None:
    """Two imports started at once into a new project: the second sees the file while the first
    is still making it (SQLite's header written, Factlane's mark not yet), and must be told the
    project is open elsewhere, not that another program made it."""
    project = tmp_path / "New.factlane"
    con = sqlite3.connect(project)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE being_made (x)")
    con.close()
    before = project.read_bytes()
    creator = lockmod.ProjectLock(project)
    creator.acquire()
    try:
        with pytest.raises(ProjectLockedError, match="already open in another window"):
            ProjectService.open(project, create=True)
    finally:
        creator.release()
    assert project.read_bytes() == before


def test_a_foreign_database_nobody_holds_is_still_refused_as_foreign(tmp_path: Path) -> None:
    other = tmp_path / "Other.factlane"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    # a lock file left behind by a Factlane long gone
    gone = lockmod.ProjectLock(other)
    gone.acquire()
    gone.release()
    assert lockmod.lock_path_for(other).exists()
    with pytest.raises(ProjectError, match="made by another program"):
        ProjectService.open(other, create=True)


def test_a_newer_project_is_refused_without_a_trace_beside_it(tmp_path: Path) -> None:
    """Refused means left as found: no SQLite log or index files appear next to the project
    (another copy of Factlane, or a sync tool, would take them for an open project)."""
    project = tmp_path / "Newer.factlane"
    ProjectService.open(project, create=True).close()
    con = sqlite3.connect(project)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    with pytest.raises(ProjectError, match="newer version of Factlane"):
        ProjectService.open(project)
    after = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert after == before == ["Newer.factlane"]


def test_a_truncated_project_is_refused_saying_what_to_do_and_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = tmp_path / "Whole.factlane"
    with ProjectService.open(whole, create=True) as service:
        service.import_files(_seed_files(2))
    cut = tmp_path / "Cut.factlane"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = cut.read_bytes()
    code = main(["import", str(_seed_files(3)[2]), "--project", str(cut)])
    _, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err
    assert "Cut.factlane is damaged" in err and "backup" in err
    assert cut.read_bytes() == before


def test_an_import_stopped_by_a_full_disk_says_which_files_are_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "Full.factlane"
    first, *rest = _seed_files(5)
    with ProjectService.open(project, create=True) as service:
        service.import_files([first])
        with service.store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(pages, int)
    made = projectfile._make_engine

    def filling_up(path: Path) -> Engine:
        engine = made(path)

        @event.listens_for(engine, "connect")
        def _ceiling(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 1}")

        return engine

    monkeypatch.setattr(projectfile, "_make_engine", filling_up)
    code = main(["import", *map(str, rest), "--project", str(project)])
    out, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err
    assert "Full.factlane is full" in err
    assert f"none of the {len(rest)} files was imported before it stopped" in err
    assert not any(line.startswith("imported") for line in out.splitlines())
    monkeypatch.undo()
    assert integrity_check(project) == "ok"
    with ProjectService.open(project) as service:
        assert len(service.articles()) == 1
