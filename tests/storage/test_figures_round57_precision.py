"""Figures round 57: a figure's as-of precision is stored with it (migration 0010) and exported.

A figure dated "in 1962" is stored as of 31 Dec 1962 with the precision "year", read back as
such by the figures list and the comparison's refs, and exported in the figures CSV and the
JSON. A project of schema 0009 (before the column) opens, is upgraded in place with a backup,
and keeps its figures as they were: their as-of unchanged and no precision (read as a day, as
before) until their article is read again. A project of a newer schema is refused."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import Block, Extraction, Figure, RawArticle
from desktop.services.export import export_project
from desktop.services.project import ProjectService
from desktop.storage import project as projectfile
from desktop.storage.project import APPLICATION_ID, NewerVersionError, integrity_check
from desktop.storage.store import EXTRACTOR_VERSION, ProjectStore

TEXT = "Harlow Vale had 4,200 residents in 1962, the census office said."
AT = TEXT.index("4,200")


def _year_figure() -> Figure:
    return Figure(
        AT, AT + 15, "4,200 residents", "4,200", 4200, 4200, "exact", None, "residents",
        as_of=date(1962, 12, 31), as_of_precision="year",
    )  # fmt: skip


def _add(store: ProjectStore) -> int:
    raw = RawArticle(
        text=TEXT,
        blocks=[Block(TEXT, True)],
        format="txt",
        title="Harlow Vale then",
        source="Outlet",
        published=date(2033, 3, 12),
        published_origin="text",
    )
    return store.add_article(
        data=TEXT.encode(),
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        path="harlow.txt",
        raw=raw,
        extraction=Extraction([], [], [_year_figure()]),
    )


def _project_at_0009(path: Path) -> None:
    """A project file as Factlane of schema 0009 left it, written with plain SQL: one article,
    one figure as of 31 Dec 1962 (no precision column)."""
    engine = projectfile._make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0009")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (sha256, size, compressed, filename) VALUES ('abc', 1, x'00', 'a')"
        )
        conn.exec_driver_sql(
            "INSERT INTO article (document_id, path, format, encoding, language, text, "
            "blocks_json, field_origins_json, imported_at, extractor_version, note) VALUES "
            "(1, 'a.txt', 'txt', 'utf-8', 'en', ?, '[]', '{}', '2033-03-12 00:00:00', 3, '')",
            (TEXT,),
        )
        conn.exec_driver_sql(
            'INSERT INTO figure (article_id, key, start, "end", text, number_text, low, high, '
            "qualifier, tolerance, counted, as_of) VALUES "
            "(1, '1:k', ?, ?, '4,200 residents', '4,200', 4200, 4200, 'exact', 0.0, "
            "'residents', '1962-12-31')",
            (AT, AT + 15),
        )
    engine.dispose()


def _columns(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute("PRAGMA table_info(figure)")}
    finally:
        con.close()


def test_the_precision_is_stored_and_read_back(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    with ProjectStore.open(project_path) as store:
        [record] = store.figures()
        assert (record.figure.as_of, record.figure.as_of_precision) == (date(1962, 12, 31), "year")
        refs, _links, _unlinked = store.figure_refs()
        assert [(r.figure.as_of_precision, r.published) for r in refs] == [
            ("year", date(2033, 3, 12))
        ]


def test_a_project_of_schema_0009_opens_upgraded_with_its_figures_intact(
    project_path: Path,
) -> None:
    _project_at_0009(project_path)
    assert "as_of_precision" not in _columns(project_path)
    with ProjectStore.open(project_path) as store:
        [record] = store.figures()
        # read as before: as of the stored day, no precision
        assert (record.figure.number_text, record.figure.counted) == ("4,200", "residents")
        assert (record.figure.as_of, record.figure.as_of_precision) == (date(1962, 12, 31), None)
        # an older engine read it: the app offers to read it again, which stores the precision
        assert store.stale_articles() == [1]
        store.replace_extraction(1, Extraction([], [], [_year_figure()]))
        [record] = store.figures()
        assert record.figure.as_of_precision == "year"
    assert "as_of_precision" in _columns(project_path)
    assert projectfile.head_revision() >= "0010"
    assert EXTRACTOR_VERSION >= 4
    assert integrity_check(project_path) == "ok"
    [backup] = project_path.parent.glob(f"{project_path.name}.schema-0009.*.bak")
    assert "as_of_precision" not in _columns(backup)


def test_a_project_of_a_newer_schema_is_refused_untouched(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    newer = f"{int(projectfile.head_revision()) + 1:04d}"
    con = sqlite3.connect(project_path)
    con.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    con.commit()
    con.close()
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    with pytest.raises(NewerVersionError):
        ProjectStore.open(project_path)
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


def test_the_exports_carry_the_precision(tmp_path: Path) -> None:
    story = tmp_path / "harlow.txt"
    story.write_text(
        "Harlow Vale then and now\n\n"
        "Harlow Vale had 4,200 residents in 1962.\n"
        "Police arrested 312 people on Thursday.\n",
        encoding="utf-8",
    )
    with ProjectService.open(tmp_path / "Harlow.factlane", create=True) as project:
        [outcome] = project.import_files([story], published=date(2033, 3, 12))
        assert outcome.status == "imported"
        export_project(project, "csv", tmp_path / "harlow.csv")
        with open(tmp_path / "harlow-figures.csv", newline="", encoding="utf-8") as fh:
            rows = {r["number_text"]: r for r in csv.DictReader(fh)}
        assert (rows["4,200"]["as_of"], rows["4,200"]["as_of_precision"]) == ("1962-12-31", "year")
        assert (rows["312"]["as_of"], rows["312"]["as_of_precision"]) == ("2033-03-10", "day")
        export_project(project, "json", tmp_path / "harlow.json")
        doc = json.loads((tmp_path / "harlow.json").read_text(encoding="utf-8"))
        by_number = {f["number_text"]: f for f in doc["figures"]}
        assert by_number["4,200"]["as_of_precision"] == "year"
