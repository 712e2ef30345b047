"""The application layer over real files and the real engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.services.project import ProjectService
from tests.conftest import SEED, SEEDS


def _values(project: ProjectService, article_id: int) -> dict[str, str]:
    return {f.timex.text: f.date.value for f in project.facts(article_id=article_id) if f.timex}


def test_supplying_the_publication_date_later_resolves_relative_dates(
    project: ProjectService,
) -> None:
    [outcome] = project.import_files([SEED])
    assert outcome.status == "imported" and outcome.article_id is not None
    article_id = outcome.article_id
    record = project.article(article_id).record
    assert record.published is None and record.needs_date
    assert "Thursday" not in _values(project, article_id)
    unresolved = [t for t in project.article(article_id).timexes if t.needs_anchor]
    assert unresolved and all(t.date is None for t in unresolved)

    old = project.set_published(article_id, date(2025, 1, 13))
    assert old == (None, None)
    values = _values(project, article_id)
    assert values["Thursday"] == "2025-01-09"
    assert values["Sunday"] == "2025-01-12"
    assert values["this morning"] == "2025-01-13TMO"
    assert project.article(article_id).record.published_origin == "user"

    # a week later: the same words move with it
    project.set_published(article_id, date(2025, 1, 20))
    assert _values(project, article_id)["Thursday"] == "2025-01-16"


def test_batch_import_reports_progress_and_honours_cancel(project: ProjectService) -> None:
    files = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))
    seen: list[tuple[int, int]] = []
    outcomes = project.import_files(
        files,
        progress=lambda i, n, _o: seen.append((i, n)),
        cancelled=lambda: len(seen) >= 2,
    )
    assert [o.status for o in outcomes[:2]] == ["imported", "imported"]
    assert {o.status for o in outcomes[2:]} == {"cancelled"}
    assert seen == [(1, len(files)), (2, len(files))]
    assert len(project.articles()) == 2


def test_restoring_furniture_puts_it_back_in_the_body(project: ProjectService) -> None:
    [outcome] = project.import_files([SEED], published=date(2025, 1, 13))
    assert outcome.article_id is not None
    detail = project.article(outcome.article_id)
    removed = [i for i, b in enumerate(detail.blocks) if not b.kept]
    assert removed, "the seed's teasers are set aside, not deleted"
    index = next(i for i in removed if "Acid rain" in detail.blocks[i].text)
    assert project.set_block_kept(outcome.article_id, index, True) is False
    assert "Acid rain" in project.article(outcome.article_id).text
    project.set_block_kept(outcome.article_id, index, False)
    assert "Acid rain" not in project.article(outcome.article_id).text


def test_confirmed_fact_survives_a_date_change_and_follows_it(project: ProjectService) -> None:
    [outcome] = project.import_files([SEED], published=date(2025, 1, 13))
    assert outcome.article_id is not None
    thursday = next(
        f
        for f in project.facts(article_id=outcome.article_id)
        if f.timex and f.timex.text == "Thursday"
    )
    project.set_fact_status(thursday.id, "confirmed")
    project.set_published(outcome.article_id, date(2025, 1, 20))
    again = project.fact(thursday.id)
    assert again.status == "confirmed"
    assert again.date.value == "2025-01-16"


def test_save_as_then_open_the_copy(project: ProjectService, tmp_path: Path) -> None:
    project.import_files([SEED], published=date(2025, 1, 13))
    copy = tmp_path / "copy.factlane"
    project.save_as(copy)
    with ProjectService.open(copy) as other:
        assert [a.title for a in other.articles()] == [a.title for a in project.articles()]
        assert len(other.facts()) == len(project.facts())


def test_reimporting_with_a_date_dates_the_stored_article(project: ProjectService) -> None:
    [first] = project.import_files([SEED])
    assert first.article_id is not None
    [again] = project.import_files([SEED], published=date(2025, 1, 13), source="The Week")
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert "publication date set to 2025-01-13" in again.line()
    record = project.article(first.article_id).record
    assert (record.published, record.published_origin, record.source) == (
        date(2025, 1, 13),
        "user",
        "The Week",
    )
    assert _values(project, first.article_id)["Thursday"] == "2025-01-09"
    [third] = project.import_files([SEED], published=date(2025, 1, 13))
    assert third.message == "" and len(project.articles()) == 1
