"""A figure the sentence denies ("80, not 800") stays marked denied in the project file."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import Block, Extraction, Figure, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.project import APPLICATION_ID, NewerVersionError, integrity_check
from desktop.storage.store import ProjectStore

TEXT = "The ministry said 80 soldiers were wounded, not 800 as reported."


def _figures() -> list[Figure]:
    return [
        Figure(18, 29, "80 soldiers", "80", 80, 80, "exact", None, "soldiers", "wounded"),
        Figure(48, 51, "800", "800", 800, 800, "exact", None, "soldiers", "wounded", denied=True),
    ]


def _add(store: ProjectStore) -> int:
    raw = RawArticle(
        text=TEXT,
        blocks=[Block(TEXT, True)],
        format="txt",
        title="Wounded",
        source="Outlet",
        published=date(2025, 1, 13),
        published_origin="text",
    )
    return store.add_article(
        data=TEXT.encode(),
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        path="wounded.txt",
        raw=raw,
        extraction=Extraction([], [], _figures()),
    )


def _denied_by_number(store: ProjectStore) -> dict[str, bool]:
    return {r.figure.number_text: r.figure.denied for r in store.figures()}


def test_denied_survives_saving_and_reopening(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
        assert _denied_by_number(store) == {"80": False, "800": True}
    with ProjectStore.open(project_path) as store:
        assert _denied_by_number(store) == {"80": False, "800": True}
        # conflicts are rebuilt from these refs: the flag must reach the comparison too
        refs, _links, _unlinked = store.figure_refs()
        assert {r.figure.number_text: r.figure.denied for r in refs} == {
            "80": False,
            "800": True,
        }


def test_denied_survives_removing_and_restoring_the_article(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        article_id = _add(store)
        removed = store.delete_articles([article_id])
        assert store.figures() == []
        store.restore_articles(removed)
        assert _denied_by_number(store) == {"80": False, "800": True}


def _project_at(path: Path, revision: str) -> None:
    """A project file as an older Factlane left it: schema ``revision``, one article with one
    figure, written with plain SQL (the current models know columns that file lacks)."""
    engine = projectfile._make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, revision)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (sha256, size, compressed, filename) VALUES ('abc', 1, x'00', 'a')"
        )
        conn.exec_driver_sql(
            "INSERT INTO article (document_id, path, format, encoding, language, text, "
            "blocks_json, field_origins_json, imported_at, extractor_version, note) VALUES "
            f"(1, 'a.txt', 'txt', 'utf-8', 'en', '{TEXT}', '[]', '{{}}', "
            "'2025-01-01 00:00:00', 1, '')"
        )
        conn.exec_driver_sql(
            'INSERT INTO figure (article_id, key, start, "end", text, number_text, low, high, '
            "qualifier, tolerance, counted, measure, period) VALUES "
            "(1, '1:k', 48, 51, '800', '800', 800, 800, 'exact', 0, 'soldiers', 'wounded', NULL)"
        )
    engine.dispose()


def _columns(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
    finally:
        con.close()


def test_a_project_from_before_denied_figures_opens_and_is_upgraded(project_path: Path) -> None:
    _project_at(project_path, "0004")
    assert "denied" not in _columns(project_path, "figure")

    with ProjectStore.open(project_path) as store:
        # the old engine never looked for denials: its figures are read as claims
        [record] = store.figures()
        assert (record.figure.number_text, record.figure.denied) == ("800", False)
        # and the upgraded file takes the flag from now on
        store.replace_extraction(1, Extraction([], [], _figures()))
        assert _denied_by_number(store) == {"80": False, "800": True}

    assert "denied" in _columns(project_path, "figure")
    con = sqlite3.connect(project_path)
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == projectfile.head_revision()
    finally:
        con.close()
    assert projectfile.head_revision() >= "0005"
    assert integrity_check(project_path) == "ok"
    [backup] = project_path.parent.glob("Test.factlane.schema-0004.*.bak")
    assert "denied" not in _columns(backup, "figure")


def test_a_project_from_the_first_schema_upgrades_through_every_step(project_path: Path) -> None:
    engine = projectfile._make_engine(project_path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0001")
    engine.dispose()
    with ProjectStore.open(project_path) as store:
        _add(store)
        assert _denied_by_number(store) == {"80": False, "800": True}


#: the revision after this build's newest: what a newer Factlane writes
NEXT_REVISION = f"{int(projectfile.head_revision()) + 1:04d}"


@pytest.mark.parametrize("revision", [NEXT_REVISION, "9999"])
def test_a_project_from_a_newer_factlane_is_refused_untouched(
    project_path: Path, revision: str
) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    con = sqlite3.connect(project_path)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    with pytest.raises(
        NewerVersionError, match=rf"newer version of Factlane \(schema {revision}\)"
    ):
        ProjectStore.open(project_path)
    with pytest.raises(NewerVersionError, match="update Factlane to open it"):
        ProjectStore.open_read_only(project_path, "requested")
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


def test_a_project_from_before_hedged_figures_opens_and_is_upgraded(project_path: Path) -> None:
    _project_at(project_path, "0005")
    assert "hedged" not in _columns(project_path, "figure")
    with ProjectStore.open(project_path) as store:
        # the old engine never looked for hedges: its figures are read as counts
        [record] = store.figures()
        assert (record.figure.number_text, record.figure.hedged) == ("800", False)
        projected = Figure(
            48, 51, "800", "800", 800, 800, "exact", None, "soldiers", "wounded", hedged=True
        )
        store.replace_extraction(1, Extraction([], [], [projected]))
        assert [r.figure.hedged for r in store.figures()] == [True]
    assert "hedged" in _columns(project_path, "figure")
    assert projectfile.head_revision() >= "0007"
    assert integrity_check(project_path) == "ok"
