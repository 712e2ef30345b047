"""Figures round 54: a figure's rate and its context words are stored with it (migration 0008).

A project of an older Factlane (schema 0007) opens, is upgraded in place, and reads its figures
as no rate and with no stored words: the comparison's context tier then reads their window of
text as before. A figure stored now keeps its rate and the words the tier weighs, worked out
once from its article's whole text. A project from a newer Factlane is refused as before."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.analysis import _context as context
from desktop.domain import Block, Extraction, Figure, FigureRef, RawArticle
from desktop.storage import project as projectfile
from desktop.storage.project import APPLICATION_ID, NewerVersionError, integrity_check
from desktop.storage.store import ProjectStore

TEXT = (
    "The Harrow Vale clinic network said on Monday that hackers had copied its records. "
    "The network treats about 620,000 patients a year across the Sarrow valley."
)
AT = TEXT.index("620,000")


def _rate_figure() -> Figure:
    return Figure(
        AT, AT + 16, "620,000 patients", "620,000", 620000, 620000, "approximate",
        None, "patients", None, tolerance=0.1, rate="year",
    )  # fmt: skip


def _raw() -> RawArticle:
    return RawArticle(
        text=TEXT,
        blocks=[Block(TEXT, True)],
        format="txt",
        title="Clinic hack",
        source="Outlet",
        published=date(2033, 2, 7),
        published_origin="text",
    )


def _add(store: ProjectStore) -> int:
    return store.add_article(
        data=TEXT.encode(),
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        path="clinic.txt",
        raw=_raw(),
        extraction=Extraction([], [], [_rate_figure()]),
    )


def _project_at_0007(path: Path) -> None:
    """A project file as Factlane of schema 0007 left it, written with plain SQL: one article,
    one figure (no rate, no context columns)."""
    engine = projectfile._make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0007")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (sha256, size, compressed, filename) VALUES ('abc', 1, x'00', 'a')"
        )
        conn.exec_driver_sql(
            "INSERT INTO article (document_id, path, format, encoding, language, text, "
            "blocks_json, field_origins_json, imported_at, extractor_version, note) VALUES "
            "(1, 'a.txt', 'txt', 'utf-8', 'en', ?, '[]', '{}', '2033-02-07 00:00:00', 2, '')",
            (TEXT,),
        )
        conn.exec_driver_sql(
            'INSERT INTO figure (article_id, key, start, "end", text, number_text, low, high, '
            "qualifier, tolerance, counted, measure, period) VALUES "
            "(1, '1:k', ?, ?, '620,000 patients', '620,000', 620000, 620000, 'approximate', "
            "0.1, 'patients', NULL, 'year')",
            (AT, AT + 16),
        )
    engine.dispose()


def _columns(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
    finally:
        con.close()


def test_a_rate_and_its_context_words_are_stored_and_read_back(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    with ProjectStore.open(project_path) as store:
        [record] = store.figures()
        assert (record.figure.rate, record.figure.period) == ("year", None)
        refs, _links, _unlinked = store.figure_refs()
        assert [r.figure.rate for r in refs] == ["year"]
        told = store.figure_contexts([record.id, record.id + 50], context.WINDOW_CHARS)
        assert list(told) == [record.id]
        stored = told[record.id]
        assert isinstance(stored, str)
        # the stored words are those the tier reads in the text: its words, weights, rate, part
        ref = FigureRef(record.id, record.article.id, record.figure)
        back = context.from_stored(ref, stored)
        read = context.read(ref, TEXT)
        assert back is not None and read is not None
        assert back.words == read.words and list(back.words) == list(read.words)
        assert (back.rate, back.part) == (read.rate, read.part) == ("year", False)
        assert back.written["patient"] == "patients"


def test_a_project_of_schema_0007_opens_and_is_upgraded(project_path: Path) -> None:
    _project_at_0007(project_path)
    assert not {"rate", "context"} & _columns(project_path, "figure")
    with ProjectStore.open(project_path) as store:
        # the old engine read a rate as a year's count: no rate, and no words stored
        [record] = store.figures()
        assert (record.figure.rate, record.figure.period) == (None, "year")
        told = store.figure_contexts([record.id], context.WINDOW_CHARS)
        # so the tier reads the figure's window of text, as before 0008
        assert told == store.figure_windows([record.id], context.WINDOW_CHARS)
        assert told[record.id] == (0, TEXT)
        # reading the article again stores both
        store.replace_extraction(1, Extraction([], [], [_rate_figure()]))
        [record] = store.figures()
        assert record.figure.rate == "year"
        assert isinstance(store.figure_contexts([record.id], 300)[record.id], str)
    assert {"rate", "context"} <= _columns(project_path, "figure")
    assert projectfile.head_revision() >= "0008"
    assert integrity_check(project_path) == "ok"
    [backup] = project_path.parent.glob(f"{project_path.name}.schema-0007.*.bak")
    assert not {"rate", "context"} & _columns(backup, "figure")


def test_a_figure_whose_clause_is_not_in_the_text_stores_no_words(project_path: Path) -> None:
    elsewhere = Figure(5, 12, "nowhere", "4", 4, 4, "exact")
    with ProjectStore.open(project_path, create=True) as store:
        article_id = _add(store)
        store.replace_extraction(article_id, Extraction([], [], [elsewhere, _rate_figure()]))
        records = sorted(store.figures(), key=lambda r: r.figure.start)
        told = store.figure_contexts([r.id for r in records], 300)
        assert told[records[0].id] == ""
        ref = FigureRef(records[0].id, article_id, records[0].figure)
        assert context.from_stored(ref, "") is None
        assert context.from_stored(ref, "not json") is None


def test_a_project_of_a_newer_schema_is_refused_read_write(project_path: Path) -> None:
    with ProjectStore.open(project_path, create=True) as store:
        _add(store)
    con = sqlite3.connect(project_path)
    newer = f"{int(projectfile.head_revision()) + 1:04d}"
    con.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    con.commit()
    con.close()
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    with pytest.raises(NewerVersionError, match=rf"newer version of Factlane \(schema {newer}\)"):
        ProjectStore.open(project_path)
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


def test_the_words_are_read_in_the_text_the_figures_were_read_in(project_path: Path) -> None:
    # an edit of the article's text and its new reading in one transaction: the words stored
    # are the new text's
    edited = TEXT.replace("across the Sarrow valley", "in the Tolvane hills")
    with ProjectStore.open(project_path, create=True) as store:
        article_id = _add(store)
        store.set_blocks_undoable(
            article_id,
            [Block(edited, True)],
            edited,
            Extraction([], [], [_rate_figure()]),
        )
        [record] = store.figures()
        stored = store.figure_contexts([record.id], 300)[record.id]
        assert isinstance(stored, str)
        back = context.from_stored(FigureRef(record.id, article_id, record.figure), stored)
        assert back is not None
        written = set(back.written.values())
        assert "Tolvane" in written and "Sarrow" not in written
