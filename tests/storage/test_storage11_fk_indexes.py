"""Storage round 11: the foreign keys a delete follows are indexed, and each project has a
name of its own (migration 0009).

Deleting a time expression sets ``fact.timex_id`` to NULL in every fact that points at it; with
no index on that column SQLite read the whole fact table once per deleted time expression, so
removing articles from a large project took minutes (audit round 11 measured 761 s for 1,000
articles of a 100,000-fact project).
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

from desktop.domain import Block, Extraction, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.store import ProjectStore

TEXT = "The bridge over the Orlen reopened on Tuesday after repairs, the county said."


def _add(store: ProjectStore) -> int:
    return store.add_article(
        data=TEXT.encode(),
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        path="bridge.txt",
        raw=RawArticle(
            text=TEXT,
            blocks=[Block(TEXT, True)],
            format="txt",
            title="Bridge reopens",
            published=date(2031, 5, 8),
        ),
        extraction=Extraction([], [], []),
    )


def _plan(con: sqlite3.Connection, sql: str) -> str:
    return " | ".join(str(row[-1]) for row in con.execute("EXPLAIN QUERY PLAN " + sql, (1,)))


def test_the_delete_of_a_time_expression_finds_its_facts_by_index(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    con = sqlite3.connect(project_path)
    try:
        # what SQLite runs for ON DELETE SET NULL / CASCADE when a parent row goes
        assert "ix_fact_timex" in _plan(con, "SELECT id FROM fact WHERE timex_id = ?")
        assert "ix_article_document" in _plan(con, "SELECT id FROM article WHERE document_id = ?")
    finally:
        con.close()


def test_a_project_of_schema_0008_gains_the_indexes_and_keeps_its_rows(
    project_path: Path,
) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        article_id = _add(store)
    con = sqlite3.connect(project_path)
    con.execute("DROP INDEX ix_fact_timex")
    con.execute("DROP INDEX ix_article_document")
    con.execute("DELETE FROM setting WHERE key = 'project_id'")
    con.execute("ALTER TABLE figure DROP COLUMN as_of_precision")  # added by 0010
    con.execute("UPDATE alembic_version SET version_num = '0008'")
    con.commit()
    rows_before = con.execute("SELECT id, title, published FROM article").fetchall()
    assert "ix_fact_timex" not in _plan(con, "SELECT id FROM fact WHERE timex_id = ?")
    con.close()

    with ProjectStore.open(project_path) as store:
        assert [a.id for a in store.articles()] == [article_id]
    con = sqlite3.connect(project_path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            projectfile.head_revision()
        )
        assert con.execute("SELECT id, title, published FROM article").fetchall() == rows_before
        # and the project is given its name (a log carrying another is not its own)
        (name,) = con.execute("SELECT value FROM setting WHERE key = 'project_id'").fetchone()
        assert len(name) == 32
        assert "ix_fact_timex" in _plan(con, "SELECT id FROM fact WHERE timex_id = ?")
        assert "ix_article_document" in _plan(con, "SELECT id FROM article WHERE document_id = ?")
    finally:
        con.close()
