"""Scale and hostile-text audit, round 2: faults found by attacking import and the project's
queries with large projects and hostile text.

An article whose text the extractor fails on (found: 'They arrived in two thousand and
twenty-one thousand.' read as the year 23000, which no date can hold) stopped the whole batch
import with a traceback, the files after it never imported.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.cli import main
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
from desktop.services.project import ProjectService
from desktop.storage.store import ProjectStore

GOOD = """Harbour fire leaves dozens homeless

Published 3 March 2025

At least 40 people lost their homes in the fire that swept the harbour district on Sunday,
the fire brigade said on Monday.
"""

POISON_WORD = "Quellwater"

POISONED = f"""{POISON_WORD} council meeting

Published 4 March 2025

The {POISON_WORD} council met on Tuesday to discuss the harbour fire.
"""

SPELLED = """Settlers remembered

Published 5 March 2025

They arrived in two thousand and twenty-one thousand, the museum's guide said on Friday.
"""


def _failing_on_poison(
    real: object,
) -> object:
    def extract(text: str, published: date | None, language: str = "en") -> Extraction:
        if POISON_WORD in text:
            raise ValueError("year 23000 is out of range")
        return real(text, published, language)  # type: ignore[operator, no-any-return]

    return extract


def _files(folder: Path, *texts: tuple[str, str]) -> list[Path]:
    paths = []
    for name, text in texts:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_an_extractor_fault_fails_that_article_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    first, poisoned, last = _files(
        tmp_path, ("first.txt", GOOD), ("poisoned.txt", POISONED), ("last.txt", GOOD + "\nMore.")
    )
    with ProjectService.open(tmp_path / "P.factlane", create=True) as service:
        outcomes = service.import_files([first, poisoned, last])
        assert [o.status for o in outcomes] == ["imported", "failed", "imported"]
        message = outcomes[1].message
        assert message.startswith("poisoned.txt: ")
        assert "ValueError: year 23000 is out of range" in message
        assert "nothing of it was stored" in message
        assert sorted(a.path for a in service.articles()) == sorted([str(first), str(last)])
    # the failed file is not in the project: importing it again (once fixed) reads it afresh
    monkeypatch.undo()
    with ProjectService.open(tmp_path / "P.factlane") as service:
        [again] = service.import_files([poisoned])
        assert again.status == "imported"


def test_the_cli_import_reports_an_extractor_fault_on_its_line_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    paths = _files(tmp_path, ("poisoned.txt", POISONED), ("good.txt", GOOD))
    project = tmp_path / "P.factlane"
    code = main(["import", *map(str, paths), "--project", str(project)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    lines = (out + err).splitlines()
    assert any(ln.startswith("failed") and "poisoned.txt" in ln for ln in lines), lines
    assert any(ln.startswith("imported") and "good.txt" in ln for ln in lines), lines


def test_a_spelled_number_read_as_a_year_stops_no_import(tmp_path: Path) -> None:
    """The text that found the fault: whatever the extractor makes of it, the article after it
    is imported and the one itself is either imported or failed with its name."""
    spelled, good = _files(tmp_path, ("spelled.txt", SPELLED), ("good.txt", GOOD))
    with ProjectService.open(tmp_path / "P.factlane", create=True) as service:
        first, second = service.import_files([spelled, good])
        assert second.status == "imported"
        assert first.status == "imported" or first.message.startswith("spelled.txt: ")


# -- the conflicts' reads and writes at scale ---------------------------------------------------
#
# On a story of 1,000 articles (8,477 figures, 23,255 pairs) the conflicts were recomputed after
# every change of figures with the figures read as ORM objects (0.31 s) and written back through
# the ORM's bulk path (0.46 s), and the panel's read of the pairs took 0.69 s: plain rows now.
# These tests hold the plain rows to what the ORM gave.


def _full_figure(**changes: object) -> Figure:
    figure = Figure(
        start=0,
        end=15,
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
    )
    return replace(figure, **changes)  # type: ignore[arg-type]


def _store_with(store: ProjectStore, figures: list[Figure], published: date | None) -> int:
    sha = f"{len(store.articles()):064d}"
    raw = RawArticle(
        text="x" * 20,
        blocks=[Block("x" * 20, True)],
        format="txt",
        title="T",
        source="Harbour Wire" if published else None,
        published=published,
        published_origin="text" if published else None,
    )
    return store.add_article(
        data=sha.encode(),
        sha256=sha,
        path=f"{sha[-3:]}.txt",
        raw=raw,
        extraction=Extraction([], [], figures),
    )


def test_the_comparison_reads_every_figure_field_and_the_article_day(tmp_path: Path) -> None:
    full = _full_figure()
    bare = _full_figure(
        low=None, high=None, qualifier="more_than", unit=None, as_of=None, period=None,
        tolerance=0.0, denied=False, hedged=False, scope=None, change_cue=None,
    )  # fmt: skip
    with ProjectStore.open(tmp_path / "P.factlane", create=True) as store:
        dated = _store_with(store, [full], date(2025, 1, 13))
        undated = _store_with(store, [bare, full], None)
        refs, links, unlinked = store.figure_refs()
        assert [(r.article_id, r.figure, r.source, r.published) for r in refs] == [
            (dated, full, "Harbour Wire", date(2025, 1, 13)),
            (undated, bare, None, None),
            (undated, full, None, None),
        ]
        assert [r.id for r in refs] == sorted(r.id for r in refs)
        assert (links, unlinked) == ({}, set())
        assert [(r.article.id, r.figure) for r in store.figures()] == [
            (dated, full),
            (undated, bare),
            (undated, full),
        ]
        assert [r.figure for r in store.figures(article_id=undated)] == [bare, full]
        assert store.figures(article_id=dated)[0].article.source == "Harbour Wire"


def test_stored_pairs_keep_their_order_and_the_analysts_decisions(tmp_path: Path) -> None:
    with ProjectStore.open(tmp_path / "P.factlane", create=True) as store:
        a = _store_with(store, [_full_figure()], date(2025, 1, 13))
        b = _store_with(store, [_full_figure(low=12000.0, high=12000.0)], date(2025, 1, 14))
        c = _store_with(store, [_full_figure(low=9000.0, high=9000.0)], date(2025, 1, 15))
        fa, fb, fc = (store.figures(article_id=x)[0].id for x in (a, b, c))
        pairs = [
            FigurePair(fb, fc, "contradiction", "12,000 vs 9,000", "g"),
            FigurePair(fa, fb, "update", "rose", "g"),
            FigurePair(fa, fc, "consistent", "close", "g"),
        ]
        store.replace_conflicts([FigureGroup("g", "soldiers deployed", [fa, fb, fc])], pairs)
        assert [(p.a, p.b, p.relation, p.reason, p.group_key) for p in store.pairs()] == [
            (p.a, p.b, p.relation, p.reason, p.group_key) for p in pairs
        ]
        assert all((p.decision, p.note) == (None, "") for p in store.pairs())
        store.set_pair_decision(fa, fb, decision="dismissed", note="same report")
        marked = [(p.a, p.b, p.decision, p.note) for p in store.pairs()]
        assert marked == [
            (fb, fc, None, ""),
            (fa, fb, "dismissed", "same report"),
            (fa, fc, None, ""),
        ]
        # the same decisions on conflicts worked out now and not stored (a read-only project)
        assert [(p.decision, p.note) for p in store.pairs(pairs)] == [(d, n) for *_, d, n in marked]
        [group] = store.groups()
        assert (group.key, group.label, group.figure_ids) == (
            "g",
            "soldiers deployed",
            [fa, fb, fc],
        )
        # written again, the derived rows are replaced, not added to
        store.replace_conflicts([FigureGroup("g", "soldiers deployed", [fa, fb])], pairs[1:2])
        assert [(p.a, p.b) for p in store.pairs()] == [(fa, fb)]
        assert len(store.groups()) == 1


# One fact opened in the reader (or one article's facts) asked whether its sentence holds a
# contradicted figure by joining the whole project's facts and contradicted figures: 30 ms a
# click at 1,000 articles, growing with the story; now 0.75 ms, from the article's own rows.

SENTENCES = "At least 40 died on Sunday. Officials met on Monday. About 52 were hurt on Friday."


def _article_with_facts(store: ProjectStore, n: int, figures: list[Figure]) -> int:
    day = DateRange("2025-03-02", date(2025, 3, 2), date(2025, 3, 2), "day")
    spans = [(0, 27), (28, 52), (53, len(SENTENCES))]
    timexes = [TimeExpression(e - 7, e - 1, "day", "DATE", day.value, "", day) for _, e in spans]
    facts = [Fact(s, e, SENTENCES[s:e], i, day) for i, (s, e) in enumerate(spans)]
    raw = RawArticle(text=SENTENCES, blocks=[Block(SENTENCES, True)], format="txt", title=f"{n}")
    return store.add_article(
        data=f"{n}".encode(),
        sha256=f"{n:064d}",
        path=f"{n}.txt",
        raw=raw,
        extraction=Extraction(timexes, facts, figures),
    )


def _number(start: int, value: float) -> Figure:
    return Figure(start, start + 2, SENTENCES[start : start + 2], str(value), value, value, "exact")


def test_one_fact_or_article_says_whether_it_is_contradicted_as_the_whole_list_does(
    tmp_path: Path,
) -> None:
    with ProjectStore.open(tmp_path / "P.factlane", create=True) as store:
        a = _article_with_facts(store, 1, [_number(9, 40), _number(59, 52)])
        b = _article_with_facts(store, 2, [_number(9, 44), _number(59, 52)])
        c = _article_with_facts(store, 3, [_number(9, 40)])
        fig = {
            (r.article.id, r.figure.start): r.id for r in store.figures()
        }  # (article, start) -> id
        store.replace_conflicts(
            [FigureGroup("dead", "people killed", [fig[a, 9], fig[b, 9], fig[c, 9]])],
            [
                FigurePair(fig[a, 9], fig[b, 9], "contradiction", "40 vs 44", "dead"),
                FigurePair(fig[b, 9], fig[c, 9], "contradiction", "44 vs 40", "dead"),
                FigurePair(fig[a, 9], fig[c, 9], "consistent", "40", "dead"),
                FigurePair(fig[a, 59], fig[b, 59], "consistent", "52", "hurt"),
            ],
        )
        manual = store.add_fact(
            article_id=None,
            text="Aid arrived.",
            date_range=DateRange("2025-03-03", date(2025, 3, 3), date(2025, 3, 3), "day"),
        )
        whole = {f.id: f.has_conflict for f in store.facts()}
        assert sorted(f.article.id for f in store.facts() if f.has_conflict and f.article) == [
            a,
            b,
            c,
        ]
        assert whole[manual] is False
        for fact_id, flagged in whole.items():
            assert store.fact(fact_id).has_conflict is flagged
        for article in (a, b, c):
            for f in store.facts(article_id=article):
                assert f.has_conflict is whole[f.id]
        # a contradiction that no longer holds is no longer shown on the fact
        store.replace_conflicts([], [])
        assert not any(store.fact(i).has_conflict for i in whole)
