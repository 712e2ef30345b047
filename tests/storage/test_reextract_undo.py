"""Re-extraction that can be undone: the article's facts and figures come back exactly."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import Block, DateRange, Extraction
from desktop.storage.store import ExtractionRestoreError, ProjectStore
from tests.storage.test_store import TEXT, _add, _extraction, _raw


@pytest.fixture
def store(project_path: Path):  # type: ignore[no-untyped-def]
    with ProjectStore.open(project_path, create=True) as s:
        yield s


def _state(store: ProjectStore, article_id: int) -> tuple[object, ...]:
    detail = store.article(article_id)
    return (
        store.facts(),
        store.figures(),
        store.tags_by_fact(),
        detail.timexes,
        store.articles(),
    )


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _worked_on(store: ProjectStore) -> int:
    """An article with a confirmed, tagged and noted fact, an edited one and a manual one."""
    a = _add(store)
    thursday, friday = store.facts(article_id=a)
    store.update_fact(thursday.id, status="confirmed")
    store.set_tags(thursday.id, ["capture"])
    store.update_fact(thursday.id, note="check the date")
    store.update_fact(friday.id, text="Talks resume (edited).")
    store.add_fact(
        article_id=a,
        text="Analyst: a third capture",
        date_range=DateRange("2025-01", date(2025, 1, 1), date(2025, 1, 31), "month"),
    )
    return a


def _other_engine() -> Extraction:
    """An engine that reads both days differently and the soldiers as 12,000."""
    return _extraction(date(2025, 1, 8), date(2025, 1, 18), soldiers=12000)


def test_undo_puts_back_every_fact_and_figure_and_redo_the_new_ones(
    store: ProjectStore, project_path: Path
) -> None:
    a = _worked_on(store)
    before = _state(store, a)
    change, was, now = store.replace_extraction_undoable(a, _other_engine())
    assert change.redated == 1  # the confirmed fact follows the engine's new date
    after = _state(store, a)
    assert after != before
    assert store.figures(article_id=a)[0].figure.low == 12000

    store.restore_extractions([was])
    assert _state(store, a) == before
    assert _integrity(project_path) == "ok"
    store.restore_extractions([now])
    assert _state(store, a) == after
    store.restore_extractions([was])
    assert _state(store, a) == before
    assert was.fact_ids == sorted(f.id for f in before[0])  # type: ignore[attr-defined]


def test_a_fact_only_tagged_or_noted_survives_re_extraction(store: ProjectStore) -> None:
    a = _add(store)
    thursday, friday = store.facts(article_id=a)
    store.set_tags(thursday.id, ["capture"])
    store.update_fact(friday.id, note="ask the ministry")
    change = store.replace_extraction(a, _other_engine())
    facts = {f.id: f for f in store.facts(article_id=a)}
    assert set(facts) == {thursday.id, friday.id}
    assert facts[thursday.id].tags == ("capture",)
    assert facts[friday.id].note == "ask the ministry"
    # They follow the engine's dates, as confirmed facts do.
    assert facts[thursday.id].date.earliest == date(2025, 1, 8)
    assert change.redated == 2


def test_an_import_after_re_extraction_does_not_take_the_facts_undo_gives_back(
    store: ProjectStore, project_path: Path
) -> None:
    a = _add(store)
    before = _state(store, a)
    empty = _other_engine()
    empty = Extraction(empty.timexes, [], [])
    _change, was, _now = store.replace_extraction_undoable(a, empty)
    assert store.facts(article_id=a) == []
    b = store.add_article(
        data=b"other",
        sha256="b" * 64,
        path="b.txt",
        raw=_raw(),
        extraction=_extraction(date(2025, 1, 9), date(2025, 1, 17)),
    )
    b_facts = store.facts(article_id=b)
    assert not {f.id for f in b_facts} & set(was.fact_ids)
    store.restore_extractions([was])
    assert [f for f in store.facts() if f.article and f.article.id == a] == before[0]
    assert store.facts(article_id=b) == b_facts
    assert _integrity(project_path) == "ok"


def test_restoring_the_extraction_of_a_removed_article_changes_nothing(
    store: ProjectStore,
) -> None:
    a = _add(store)
    b = store.add_article(
        data=TEXT.encode() + b" ",
        sha256="b" * 64,
        path="b.txt",
        raw=_raw(),
        extraction=_extraction(date(2025, 1, 9), date(2025, 1, 17)),
    )
    _change, was_b, _now = store.replace_extraction_undoable(b, _other_engine())
    _change, was_a, _now = store.replace_extraction_undoable(a, _other_engine())
    store.delete_articles([b])
    untouched = store.facts()
    with pytest.raises(ExtractionRestoreError, match=f"article {b} is no longer"):
        store.restore_extractions([was_a, was_b])
    assert store.facts() == untouched


def _article_state(store: ProjectStore, article_id: int) -> tuple[object, ...]:
    detail = store.article(article_id)
    return (*_state(store, article_id), detail.blocks, detail.text, detail.field_origins)


def test_a_new_publication_date_is_undone_with_its_evidence_and_the_same_facts(
    store: ProjectStore, project_path: Path
) -> None:
    a = _worked_on(store)
    store.set_published(a, date(2025, 1, 13), "text", evidence="dateline: SEOUL, Jan. 13")
    store.update_article_fields(a, title="A title the analyst typed")
    before = _article_state(store, a)
    _change, was, now = store.set_published_undoable(
        a, date(2025, 1, 20), "user", _extraction(date(2025, 1, 16), date(2025, 1, 24))
    )
    after = _article_state(store, a)
    assert store.article(a).record.published == date(2025, 1, 20)
    assert store.article(a).field_origins["published"] == "user"

    store.restore_extractions([was])
    assert _article_state(store, a) == before
    assert store.article(a).field_origins["published"] == "dateline: SEOUL, Jan. 13"
    # Only the date's own origin is the snapshot's: the typed title keeps its.
    assert store.article(a).field_origins["title"] == "user"
    store.restore_extractions([now])
    assert _article_state(store, a) == after
    assert _integrity(project_path) == "ok"


def test_a_restored_paragraph_is_undone_with_the_body_and_the_same_facts(
    store: ProjectStore,
) -> None:
    a = _worked_on(store)
    before = _article_state(store, a)
    blocks = [Block(TEXT, True), Block("Subscribe now", True)]
    text = f"{TEXT}\nSubscribe now"
    _change, was, now = store.set_blocks_undoable(a, blocks, text, _other_engine())
    after = _article_state(store, a)
    assert store.article(a).text == text
    store.restore_extractions([was])
    assert _article_state(store, a) == before
    assert store.article(a).blocks[1].reason == "newsletter"
    store.restore_extractions([now])
    assert _article_state(store, a) == after
