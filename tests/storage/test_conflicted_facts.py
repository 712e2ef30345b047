"""Which facts the timeline marks as touched by a contradiction: those whose clause holds a
figure that a contradiction pair names, worked out here from the pairs and the figures'
offsets, independently of the store's query."""

from __future__ import annotations

from datetime import date

from desktop.services.project import ProjectService
from tests.conftest import SEEDS


def test_conflicted_facts_are_those_whose_clause_holds_a_contradicted_figure(
    project: ProjectService,
) -> None:
    files = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))
    outcomes = project.import_files(files)
    for outcome in outcomes:
        assert outcome.article_id is not None
        if project.article(outcome.article_id).record.published is None:
            project.set_published(outcome.article_id, date(2025, 1, 13))
    project.refresh_conflicts()
    contradicted = {i for p in project.pairs() if p.relation == "contradiction" for i in (p.a, p.b)}
    assert contradicted, "the seeds disagree on troops and injured: pairs are expected"
    figures = {f.id: f for f in project.figures() if f.id in contradicted}
    expected = {
        fact.id
        for fact in project.facts()
        if fact.article is not None
        and any(
            fig.article.id == fact.article.id
            and fact.start <= fig.figure.start
            and fig.figure.end <= fact.end
            for fig in figures.values()
        )
    }
    assert expected
    assert project.conflicted_fact_ids() == expected
