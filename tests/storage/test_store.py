"""Queries and edits of the store, with hand-made extractions (independent of the engines)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain import (
    Block,
    DateRange,
    Extraction,
    Fact,
    Figure,
    FigureGroup,
    FigurePair,
    RawArticle,
    TimeExpression,
)
from desktop.storage.store import DuplicateDocumentError, ProjectStore

TEXT = "Troops were captured Thursday. Talks resume on Friday. 11,000 soldiers are deployed."


def _extraction(thursday: date, friday: date, soldiers: float = 11000) -> Extraction:
    timexes = [
        TimeExpression(
            21,
            29,
            "Thursday",
            "DATE",
            thursday.isoformat(),
            "past tense",
            DateRange(thursday.isoformat(), thursday, thursday, "day"),
            True,
        ),
        TimeExpression(
            46,
            52,
            "Friday",
            "DATE",
            friday.isoformat(),
            "future",
            DateRange(friday.isoformat(), friday, friday, "day"),
            True,
        ),
    ]
    facts = [
        Fact(0, 30, TEXT[0:30], 0, timexes[0].date),  # type: ignore[arg-type]
        Fact(31, 54, TEXT[31:54], 1, timexes[1].date),  # type: ignore[arg-type]
    ]
    figures = [
        Figure(
            55,
            69,
            "11,000 soldiers",
            "11,000",
            soldiers,
            soldiers,
            "exact",
            counted="soldiers",
            measure="deployed",
        )
    ]
    return Extraction(timexes, facts, figures)


def _raw(published: date | None = date(2025, 1, 13)) -> RawArticle:
    return RawArticle(
        text=TEXT,
        blocks=[Block(TEXT, True), Block("Subscribe now", False, "newsletter")],
        format="txt",
        title="T",
        source="Outlet",
        published=published,
        published_origin="text" if published else None,
    )


@pytest.fixture
def store(project_path: Path):  # type: ignore[no-untyped-def]
    with ProjectStore.open(project_path, create=True) as s:
        yield s


def _add(store: ProjectStore, sha: str = "a" * 64) -> int:
    return store.add_article(
        data=TEXT.encode(),
        sha256=sha,
        path="a.txt",
        raw=_raw(),
        extraction=_extraction(date(2025, 1, 9), date(2025, 1, 17)),
    )


def test_article_round_trip_keeps_blocks_origins_and_counts(store: ProjectStore) -> None:
    article_id = _add(store)
    [record] = store.articles()
    assert record.fact_count == 2 and record.figure_count == 1
    detail = store.article(article_id)
    assert detail.text == TEXT
    assert detail.blocks[1] == Block("Subscribe now", False, "newsletter")
    assert [t.value for t in detail.timexes] == ["2025-01-09", "2025-01-17"]
    assert store.document_bytes(article_id) == TEXT.encode()


def test_same_content_twice_is_a_duplicate(store: ProjectStore) -> None:
    first = _add(store)
    with pytest.raises(DuplicateDocumentError) as err:
        _add(store)
    assert err.value.article_id == first
    assert len(store.articles()) == 1


def test_reextraction_keeps_analyst_decisions(store: ProjectStore) -> None:
    article_id = _add(store)
    thursday, friday = store.facts(article_id=article_id)
    store.update_fact(thursday.id, status="confirmed")
    edited_range = DateRange("2025-01-08", date(2025, 1, 8), date(2025, 1, 8), "day")
    store.update_fact(friday.id, date=edited_range, text="Talks resume (edited).")
    store.set_tags(thursday.id, ["capture", "kursk"])

    # The publication date moves a week: relative dates move, the analyst's edit does not.
    store.replace_extraction(article_id, _extraction(date(2025, 1, 16), date(2025, 1, 24)))
    facts = {f.id: f for f in store.facts(article_id=article_id)}
    assert len(facts) == 2
    assert facts[thursday.id].status == "confirmed"
    assert facts[thursday.id].date.earliest == date(2025, 1, 16)
    assert facts[thursday.id].tags == ("capture", "kursk")
    assert facts[friday.id].status == "edited"
    assert facts[friday.id].date == edited_range
    assert facts[friday.id].text == "Talks resume (edited)."


def test_update_fact_returns_previous_values_for_undo(store: ProjectStore) -> None:
    article_id = _add(store)
    fact = store.facts(article_id=article_id)[0]
    old = store.update_fact(fact.id, text="Changed")
    assert old == {"text": fact.text, "status": "auto"}
    assert store.fact(fact.id).status == "edited"
    store.update_fact(fact.id, **old)
    assert store.fact(fact.id).text == fact.text
    assert store.fact(fact.id).status == "auto"


def test_manual_fact_delete_and_restore(store: ProjectStore) -> None:
    d = DateRange("2025-01", date(2025, 1, 1), date(2025, 1, 31), "month")
    fact_id = store.add_fact(article_id=None, text="Analyst note: second capture", date_range=d)
    record = store.fact(fact_id)
    assert record.status == "manual" and record.article is None
    store.delete_fact(fact_id)
    with pytest.raises(KeyError):
        store.fact(fact_id)
    assert store.restore_fact(record) == fact_id
    assert store.fact(fact_id).text == record.text


def test_conflict_decisions_survive_replacing_figures(store: ProjectStore) -> None:
    a = _add(store, "a" * 64)
    b = store.add_article(
        data=b"other",
        sha256="b" * 64,
        path="b.txt",
        raw=_raw(),
        extraction=_extraction(date(2025, 1, 9), date(2025, 1, 17), soldiers=12000),
    )
    fa = store.figures(article_id=a)[0].id
    fb = store.figures(article_id=b)[0].id
    store.replace_conflicts(
        [FigureGroup("deployed|soldiers", "soldiers deployed", [fa, fb])],
        [FigurePair(fa, fb, "contradiction", "11,000 vs 12,000", "deployed|soldiers")],
    )
    store.set_pair_decision(fa, fb, decision="confirmed", note="checked with both outlets")
    store.set_group_decision("deployed|soldiers", accepted_value="11,000-12,000", note="n")
    assert store.conflicts_stale() is False

    store.replace_extraction(b, _extraction(date(2025, 1, 9), date(2025, 1, 17), soldiers=12000))
    assert store.conflicts_stale() is True
    fb2 = store.figures(article_id=b)[0].id
    store.replace_conflicts(
        [FigureGroup("deployed|soldiers", "soldiers deployed", [fa, fb2])],
        [FigurePair(fa, fb2, "contradiction", "11,000 vs 12,000", "deployed|soldiers")],
    )
    [pair] = store.pairs()
    assert (pair.decision, pair.note) == ("confirmed", "checked with both outlets")
    [group] = store.groups()
    assert group.accepted_value == "11,000-12,000"


def test_figure_links_are_reported_for_comparison(store: ProjectStore) -> None:
    article_id = _add(store)
    fig = store.figures(article_id=article_id)[0].id
    store.set_figure_link(fig, "custom-group")
    refs, links, unlinked = store.figure_refs()
    assert links == {fig: "custom-group"} and unlinked == set()
    store.set_figure_link(fig, "")
    _refs, links, unlinked = store.figure_refs()
    assert links == {} and unlinked == {fig}
    assert refs[0].source == "Outlet" and refs[0].published == date(2025, 1, 13)


def test_timeline_rows_carry_only_dated_facts(store: ProjectStore) -> None:
    _add(store)
    rows = store.timeline_rows()
    assert {r.earliest for r in rows} == {date(2025, 1, 9), date(2025, 1, 17)}
    assert {r.source for r in rows} == {"Outlet"}


def test_set_published_records_origin(store: ProjectStore) -> None:
    article_id = _add(store)
    old = store.set_published(article_id, date(2025, 2, 1), "user")
    assert old == (date(2025, 1, 13), "text")
    record = store.article(article_id).record
    assert (record.published, record.published_origin) == (date(2025, 2, 1), "user")


def test_set_published_rewrites_where_the_date_came_from(store: ProjectStore) -> None:
    article_id = _add(store)
    store.set_published(article_id, date(2025, 2, 1), "user")
    assert store.article(article_id).field_origins["published"] == "user"
    # Undo puts back what the page said, word for word.
    store.set_published(article_id, date(2025, 1, 13), "text", evidence="dateline: 13 January")
    assert store.article(article_id).field_origins["published"] == "dateline: 13 January"
    store.set_published(article_id, None, None)
    assert "published" not in store.article(article_id).field_origins


def test_every_figure_field_survives_the_project_file(store: ProjectStore) -> None:
    from dataclasses import fields

    full = Figure(
        start=55,
        end=69,
        text="11,000 soldiers",
        number_text="11,000",
        low=10500.0,
        high=11500.0,
        qualifier="approximate",
        unit="count",
        counted="soldiers",
        measure="deployed",
        attributed_to="the ministry",
        as_of=date(2025, 1, 12),
        tolerance=0.05,
        change_cue="has risen to",
        scope="Kursk",
        period="current",
        denied=True,
        hedged=True,
        rate="day",
        as_of_precision="week",
    )
    # A new Figure field must be stored too: set it here, then extend the model and migrate.
    assert all(getattr(full, f.name) != f.default for f in fields(Figure))
    extraction = _extraction(date(2025, 1, 9), date(2025, 1, 17))
    extraction = Extraction(extraction.timexes, extraction.facts, [full])
    article_id = store.add_article(
        data=b"full", sha256="f" * 64, path="f.txt", raw=_raw(), extraction=extraction
    )
    [stored] = store.figures(article_id=article_id)
    assert stored.figure == full
