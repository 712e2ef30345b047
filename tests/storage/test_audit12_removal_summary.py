"""Audit round 12: what removing many articles takes with it is read in a few queries.

The window asks ``removal_summary`` on its own thread before the confirmation; it read a
dozen queries per article (5.09 s for 5,000 articles of a 100,000-fact project, 14.7 s on
a loaded machine). These tests hold the number of queries to one that does not grow with
the articles chosen, and the batch's answer to the one article-by-article."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.domain import FigureGroup, FigurePair
from desktop.storage.store import ProjectStore, RemovalSummary
from tests.storage.test_store import _add


@pytest.fixture
def store(project_path: Path):  # type: ignore[no-untyped-def]
    with ProjectStore.open(project_path, create=True) as s:
        yield s


def _articles(store: ProjectStore, n: int) -> list[int]:
    return [_add(store, f"{i:064x}") for i in range(1, n + 1)]


def _queries(store: ProjectStore, ids: list[int]) -> tuple[list[RemovalSummary], int]:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        out = store.removal_summary(ids)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return out, len(seen)


def test_many_articles_are_summed_up_in_a_few_queries(store: ProjectStore) -> None:
    ids = _articles(store, 40)
    few, few_queries = _queries(store, ids[:2])
    many, many_queries = _queries(store, ids)
    assert len(few) == 2 and len(many) == 40
    assert sum(s.facts for s in many) == 80 and sum(s.figures for s in many) == 40
    # a handful of queries for 2 articles and the same handful for 40 (one chunk)
    assert many_queries == few_queries
    assert many_queries <= 12


def test_the_batch_says_what_each_article_alone_says(store: ProjectStore) -> None:
    ids = _articles(store, 6)
    a, b, c, d = ids[:4]
    fa, fb, fc, fd = (store.figures(article_id=i)[0].id for i in (a, b, c, d))
    store.replace_conflicts(
        [FigureGroup("soldiers", "soldiers deployed", [fa, fb, fc])],
        [
            FigurePair(fa, fb, "consistent", "same", "soldiers"),
            FigurePair(fa, fc, "consistent", "same", "soldiers"),
            FigurePair(fb, fc, "contradiction", "differ", "soldiers"),
        ],
    )
    store.set_pair_decision(fa, fb, decision="confirmed", note="both say 11,000")
    store.set_figure_link(fd, "")
    first, second = store.facts(article_id=a)
    store.update_fact(first.id, status="confirmed")
    store.update_fact(second.id, status="rejected")
    store.set_tags(second.id, ["check"])
    third, _ = store.facts(article_id=c)
    store.update_fact(third.id, note="which day?")

    alone = [store.removal_summary([i])[0] for i in ids]
    # repeated and unknown ids are passed over, the order kept
    together = store.removal_summary([*ids, ids[0], 987654, ids[1]])
    assert together == alone
    by_id = {s.article_id: s for s in together}
    assert (by_id[a].reviewed_facts, by_id[a].analyst_facts) == (1, 1)
    assert by_id[c].analyst_facts == 1 and by_id[c].reviewed_facts == 0
    assert [by_id[i].conflict_links for i in (a, b, c, d)] == [2, 2, 2, 0]
    assert by_id[d].conflict_decisions >= 1
    assert by_id[a].conflict_decisions >= 1 and by_id[ids[5]].facts == 2
