"""Audit round 13: articles are removed and put back a statement per table, not per article.

Removing was ~2.3 ms an article on a 100,000-fact project (14 statements each: 11.65 s for
5,000 articles), putting them back 1.2 ms (11 each). These tests hold the statements to a
number that does not grow with the articles, and the batch's rows to those each article
removed alone gives, so that undo puts back exactly what was there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop.domain import FigureGroup, FigurePair
from desktop.storage.models import FigurePairRow
from desktop.storage.store import ArticleRestoreError, ProjectStore, RemovedArticle
from tests.storage.test_store import _add


@pytest.fixture
def store(project_path: Path):  # type: ignore[no-untyped-def]
    with ProjectStore.open(project_path, create=True) as s:
        yield s


def _statements(store: ProjectStore, work: Any) -> tuple[Any, int]:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        out = work()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return out, len(seen)


def _worked_on(store: ProjectStore, n: int) -> list[int]:
    """n articles, the first four with pairs, a verdict, a link, tags and a note."""
    ids = [_add(store, f"{i:064x}") for i in range(1, n + 1)]
    a, b, c, d = ids[:4]
    fa, fb, fc, fd = (store.figures(article_id=i)[0].id for i in (a, b, c, d))
    store.replace_conflicts(
        [FigureGroup("soldiers", "soldiers deployed", [fa, fb, fc])],
        [
            FigurePair(fa, fb, "consistent", "same", "soldiers"),
            FigurePair(fc, fa, "consistent", "same", "soldiers"),
            FigurePair(fb, fc, "contradiction", "differ", "soldiers"),
        ],
    )
    store.set_pair_decision(fa, fb, decision="confirmed", note="both say 11,000")
    store.set_figure_link(fd, "")
    first, second = store.facts(article_id=a)
    store.update_fact(first.id, status="confirmed")
    store.set_tags(second.id, ["check", "later"])
    store.update_fact(store.facts(article_id=c)[0].id, note="which day?")
    return ids


def _as_read(removed: list[RemovedArticle]) -> list[tuple[int, str, dict[str, Any]]]:
    return [(r.article_id, r.sha256, r.rows) for r in removed]


def test_removing_many_articles_takes_a_few_statements(store: ProjectStore) -> None:
    ids = _worked_on(store, 60)
    few, few_statements = _statements(store, lambda: store.delete_articles(ids[:2]))
    many, many_statements = _statements(store, lambda: store.delete_articles(ids[2:]))
    assert len(few) == 2 and len(many) == 58
    # no more for 58 articles than for 2 (one batch; the first write also marks the
    # session in the file); 14 an article before
    assert many_statements <= few_statements
    assert many_statements <= 30
    _back, back_statements = _statements(store, lambda: store.restore_articles(few + many))
    assert back_statements <= 30
    assert len(store.articles()) == 60


def test_the_batch_removes_what_each_article_alone_removes(store: ProjectStore) -> None:
    ids = _worked_on(store, 6)
    alone = [r for i in ids for r in store.delete_articles([i])]
    assert store.articles() == []
    store.restore_articles(alone)
    assert sorted(a.id for a in store.articles()) == sorted(ids)
    # repeated and unknown ids are passed over, the order asked kept
    together = store.delete_articles([ids[3], *ids, 987654, ids[0]])
    order = [ids[3], *[i for i in ids if i != ids[3]]]
    assert [r.article_id for r in together] == order
    assert _as_read(together) == _as_read(sorted(alone, key=lambda r: order.index(r.article_id)))
    assert store.articles() == [] and store.facts() == [] and store.figures() == []
    with store._read() as s:
        assert s.scalars(select(FigurePairRow.id)).all() == []
    tagged = next(r for r in together if r.article_id == ids[0]).rows["fact_tag"]
    assert sorted(t["tag"] for t in tagged) == ["check", "later"]
    assert len(next(r for r in together if r.article_id == ids[1]).rows["fact"]) == 2

    store.restore_articles(together)
    assert sorted(a.id for a in store.articles()) == sorted(ids)
    assert store.facts(article_id=ids[2])[0].note == "which day?"
    second = store.facts(article_id=ids[0])[1].id
    assert store.tags_by_fact()[second] == ("check", "later")
    # everything is back as it was: removing again reads the same rows
    assert _as_read(store.delete_articles(order)) == _as_read(together)


def test_a_restore_that_cannot_be_made_changes_nothing(store: ProjectStore) -> None:
    ids = _worked_on(store, 5)
    removed = store.delete_articles(ids)
    # the third article's file is imported again: nothing of the five comes back
    _add(store, removed[2].sha256)
    with pytest.raises(ArticleRestoreError, match="imported again"):
        store.restore_articles(removed)
    assert len(store.articles()) == 1


def test_a_cancelled_restore_puts_nothing_back(store: ProjectStore) -> None:
    ids = _worked_on(store, 5)
    removed = store.delete_articles(ids)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after the documents and the articles went in

    assert store.restore_articles(removed, cancelled=cancelled) is False
    assert store.articles() == [] and store.facts() == []
    assert store.restore_articles(removed) is True
    assert sorted(a.id for a in store.articles()) == sorted(ids)
