"""Removing articles, putting them back (undo), and what re-extraction reports."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import DateRange, FigureGroup, FigurePair
from desktop.storage.store import ArticleRestoreError, ExtractionChange, ProjectStore
from tests.storage.test_store import TEXT, _add, _extraction, _raw


@pytest.fixture
def store(project_path: Path):  # type: ignore[no-untyped-def]
    with ProjectStore.open(project_path, create=True) as s:
        yield s


def _everything(store: ProjectStore) -> tuple[object, ...]:
    return (
        store.articles(),
        store.facts(),
        store.figures(),
        store.tags_by_fact(),
        store.counts(),
    )


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _with_analyst_work(store: ProjectStore) -> tuple[int, int]:
    """Two articles about the same soldiers; the first with edits, tags, a note, a manual
    fact and a decision on the pair of figures."""
    a = _add(store, "a" * 64)
    b = _add(store, "b" * 64)
    thursday, friday = store.facts(article_id=a)
    store.update_fact(thursday.id, status="confirmed")
    store.update_fact(friday.id, text="Talks resume (edited).")
    store.set_tags(thursday.id, ["capture"])
    store.update_fact(thursday.id, note="check the date")
    store.add_fact(
        article_id=a,
        text="Analyst: a third capture",
        date_range=DateRange("2025-01", date(2025, 1, 1), date(2025, 1, 31), "month"),
    )
    fa = store.figures(article_id=a)[0].id
    fb = store.figures(article_id=b)[0].id
    store.replace_conflicts(
        [FigureGroup("soldiers", "soldiers deployed", [fa, fb])],
        [FigurePair(fa, fb, "consistent", "same", "soldiers")],
    )
    store.set_pair_decision(fa, fb, decision="confirmed", note="both say 11,000")
    return a, b


def test_summary_names_what_goes_with_an_article(store: ProjectStore) -> None:
    a, _b = _with_analyst_work(store)
    [summary] = store.removal_summary([a])
    assert summary.title == "T"
    assert summary.facts == 3
    # the edited fact, the tagged and noted one, the manual one
    assert summary.analyst_facts == 3
    assert summary.reviewed_facts == 0
    assert summary.figures == 1
    assert summary.conflict_links == 1
    assert summary.conflict_decisions == 1


def test_removing_and_putting_back_restores_every_row(store: ProjectStore) -> None:
    a, b = _with_analyst_work(store)
    before = _everything(store)
    pairs_before = store.pairs()

    [removed] = store.delete_articles([a])
    assert [r.id for r in store.articles()] == [b]
    assert store.facts(article_id=a) == []
    assert store.figures(article_id=a) == []
    assert all(a not in (p.a, p.b) for p in store.pairs())
    assert store.conflicts_stale()

    store.restore_articles([removed])
    assert _everything(store) == before
    assert store.document_bytes(a) == TEXT.encode()
    # The decision is kept by the figures' content keys: it holds for the pair again.
    fa = store.figures(article_id=a)[0].id
    fb = store.figures(article_id=b)[0].id
    store.replace_conflicts([], [FigurePair(fa, fb, "consistent", "same", "soldiers")])
    [pair] = store.pairs()
    assert (pair.decision, pair.note) == (pairs_before[0].decision, pairs_before[0].note)
    assert _integrity(store.path) == "ok"


def test_several_articles_go_and_come_back_in_one_action(store: ProjectStore) -> None:
    a, b = _with_analyst_work(store)
    before = _everything(store)
    removed = store.delete_articles([a, b])
    assert store.articles() == [] and store.facts() == []
    store.restore_articles(removed)
    assert _everything(store) == before


def test_an_article_imported_after_a_removal_never_takes_the_removed_ids(
    store: ProjectStore,
) -> None:
    """SQLite hands out one more than the largest id left: after removing the newest
    article, the next import would get its ids and undo could not put it back."""
    a, b = _with_analyst_work(store)
    fact_ids = {f.id for f in store.facts(article_id=b)}
    figure_ids = {f.id for f in store.figures(article_id=b)}
    [removed] = store.delete_articles([b])
    c = _add(store, "c" * 64)
    assert c != b
    assert not fact_ids & {f.id for f in store.facts(article_id=c)}
    assert not figure_ids & {f.id for f in store.figures(article_id=c)}
    # Re-extracting and adding a fact by hand keep clear of them too.
    store.replace_extraction(a, _extraction(date(2025, 1, 9), date(2025, 1, 18)))
    manual = store.add_fact(
        article_id=None,
        text="Analyst: talks",
        date_range=DateRange("2025-02", date(2025, 2, 1), date(2025, 2, 28), "month"),
    )
    assert manual not in fact_ids
    store.restore_articles([removed])
    assert {r.id for r in store.articles()} == {a, b, c}
    assert {f.id for f in store.facts(article_id=b)} == fact_ids
    assert _integrity(store.path) == "ok"


def test_an_article_imported_again_is_not_put_back_twice(store: ProjectStore) -> None:
    a, _b = _with_analyst_work(store)
    [removed] = store.delete_articles([a])
    again = store.add_article(
        data=TEXT.encode(),
        sha256="a" * 64,
        path="again.txt",
        raw=_raw(),
        extraction=_extraction(date(2025, 1, 9), date(2025, 1, 17)),
    )
    before = _everything(store)
    with pytest.raises(ArticleRestoreError, match=f"article {again}"):
        store.restore_articles([removed])
    assert _everything(store) == before


def test_reextraction_reports_what_changed_and_what_it_kept(store: ProjectStore) -> None:
    a = _add(store)
    assert store.replace_extraction(
        a, _extraction(date(2025, 1, 9), date(2025, 1, 17))
    ) == ExtractionChange(kept=0)
    # Friday moves a day: one fact redated.
    change = store.replace_extraction(a, _extraction(date(2025, 1, 9), date(2025, 1, 18)))
    assert (change.added, change.removed, change.redated, change.changed) == (0, 0, 1, 1)
    thursday, friday = store.facts(article_id=a)
    # Edited, it is kept as it is and not counted as changed.
    store.update_fact(friday.id, text="Talks resume (edited).")
    change = store.replace_extraction(a, _extraction(date(2025, 1, 9), date(2025, 1, 19)))
    assert change.kept == 1 and change.changed == 0
    assert store.fact(friday.id).date.earliest == date(2025, 1, 18)
    # A confirmed fact follows the engine's new date, and that is a change.
    [thursday] = [f for f in store.facts(article_id=a) if f.status == "auto"]
    store.update_fact(thursday.id, status="confirmed")
    change = store.replace_extraction(a, _extraction(date(2025, 1, 10), date(2025, 1, 19)))
    assert change.redated == 1
    # An engine that finds no facts: the automatic ones are removed, the analyst's stay.
    empty = _extraction(date(2025, 1, 10), date(2025, 1, 19))
    empty = type(empty)(empty.timexes, [], empty.figures)
    change = store.replace_extraction(a, empty)
    assert change.removed == 0 and change.kept == 1
    assert {f.id for f in store.facts(article_id=a)} == {thursday.id, friday.id}
