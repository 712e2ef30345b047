"""Updating an older project: nothing derived or decided is lost, and a crash mid-update leaves
the file as it was, never half updated."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import head_revision, integrity_check
from desktop.storage.store import ProjectStore
from tests.conftest import REPO, SEEDS

#: columns each migration after 0002 added to the figure table, newest first
_FIGURE_COLUMNS_SINCE = {
    "0005": ["as_of_precision", "context", "rate", "hedged"],
    "0004": ["as_of_precision", "context", "rate", "hedged", "denied"],
    "0003": ["as_of_precision", "context", "rate", "hedged", "denied", "period"],
}


@pytest.fixture(scope="module")
def current_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of today's schema holding the sample articles and their conflicts."""
    path = tmp_path_factory.mktemp("current") / "Current.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(sorted(p for p in SEEDS.iterdir() if p.name[:3].isdigit()))
        assert service.pairs(), "the samples are chosen to disagree"
    return path


def _as_saved_by(current: Path, target: Path, revision: str) -> Path:
    """A copy of ``current`` as an older Factlane saved it: the later figure columns and the
    later indexes gone."""
    shutil.copyfile(current, target)
    con = sqlite3.connect(target)
    try:
        for column in _FIGURE_COLUMNS_SINCE[revision]:
            con.execute(f"ALTER TABLE figure DROP COLUMN {column}")
        # 0007: decisions on groups record the figures they were made on
        for table in ("group_decision", "figure_link"):
            for column in ("figure_keys_json", "moved_from"):
                con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        # 0009: indexes on the foreign keys that deletes follow
        for index in ("ix_fact_timex", "ix_article_document"):
            con.execute(f"DROP INDEX IF EXISTS {index}")
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
    finally:
        con.close()
    return target


def _rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def _columns(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def test_updating_an_older_project_keeps_its_conflicts(
    current_project: Path, tmp_path: Path
) -> None:
    with ProjectService.open(current_project) as service:
        pairs = sorted((p.a, p.b, p.relation) for p in service.pairs())
    old = _as_saved_by(current_project, tmp_path / "Old.factlane", "0004")
    saved_pairs = _rows(old, "figure_pair")
    assert saved_pairs == len(pairs)

    with ProjectStore.open(old) as store:
        # the pairs saved survive the update of the table they point at...
        assert _rows(old, "figure_pair") == saved_pairs
        # ...and are worked out again with what the new columns say
        assert store.conflicts_stale()
    with ProjectService.open(old) as service:
        assert sorted((p.a, p.b, p.relation) for p in service.pairs()) == pairs
    assert _revision(old) == head_revision()
    assert integrity_check(old) == "ok"


CRASH_IN_UPDATE = r"""
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
from desktop.storage import project as projectfile

made = projectfile._make_engine

def make_engine(path):
    engine = made(path)

    @event.listens_for(engine, "before_cursor_execute")
    def crash(conn, cursor, statement, parameters, context, executemany):
        # the update to 0005 has started: the one before it is done in the same transaction
        if statement.lstrip().startswith("CREATE TABLE _alembic_tmp_figure"):
            os.kill(os.getpid(), signal.SIGKILL)

    return engine

projectfile._make_engine = make_engine
from desktop.services.project import ProjectService
ProjectService.open(Path(sys.argv[1]))
print("the update finished", flush=True)
"""


def test_a_crash_between_update_steps_leaves_the_old_file_then_it_updates(
    current_project: Path, tmp_path: Path
) -> None:
    old = _as_saved_by(current_project, tmp_path / "Old.factlane", "0003")
    counts = {t: _rows(old, t) for t in ("article", "fact", "figure", "figure_pair")}

    child = subprocess.run(
        [sys.executable, "-c", CRASH_IN_UPDATE, str(old)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    assert "finished" not in child.stdout

    # not half updated: neither step's column is there, and the file says so
    assert _revision(old) == "0003"
    assert {"period", "denied", "hedged"}.isdisjoint(_columns(old, "figure"))
    assert integrity_check(old) == "ok"

    with ProjectStore.open(old) as store:
        assert {t: _rows(old, t) for t in counts} == counts
        assert len(store.articles()) == counts["article"]
        assert len(store.facts()) == counts["fact"]
        assert len(store.figures()) == counts["figure"]
    assert _revision(old) == head_revision()
    assert {"period", "denied", "hedged"} <= _columns(old, "figure")
