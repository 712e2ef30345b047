"""Audit round 12: thousands of articles chosen are counted with a thousands separator.

With 5,000 articles chosen the Article menu, the Remove button and the question said
'5000'; the list's heading already said 'Articles (5,000)'."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop.domain.records import ArticleRecord
from desktop.storage.store import RemovalSummary
from desktop.ui.models.articles import COL_FACTS, COL_FIGURES, ArticlesTableModel
from tests.ui.test_review import open_at


def _article(i: int) -> ArticleRecord:
    return ArticleRecord(
        id=i,
        path=f"a{i}.txt",
        title=f"Harbour census {i}",
        source="Quay Gazette",
        author=None,
        url=None,
        published=date(2031, 3, 4),
        published_origin="text",
        format="txt",
        imported_at=datetime(2031, 3, 4, 9, 0),
    )


def _summary(i: int) -> RemovalSummary:
    return RemovalSummary(i, f"Harbour census {i}", 1200, 0, 0, 1, 0, 0)


def test_the_menu_and_the_question_count_thousands_of_articles(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    chosen = [_article(i) for i in range(1, 5001)]
    window.chosen_articles = lambda: chosen
    window.article_menu.aboutToShow.emit()
    assert window.remove_action.text() == "&Remove 5,000 Articles from Project…"
    assert window.reextract_action.text() == "Re-e&xtract Facts of 5,000 Articles"
    assert window.copy_citation_action.text() == "&Copy 5,000 Citations"
    box = window.removal_question([_summary(i) for i in range(1, 5001)])
    assert box.text().startswith("Remove these 5,000 articles from the project?")
    assert "… and 4,994 more" in box.text()
    assert "6,000,000 facts" in box.informativeText()
    [remove] = [b for b in box.buttons() if b.objectName() == "removeButton"]
    assert remove.text() == "&Remove 5,000 Articles"
    box.deleteLater()


def test_the_lists_counts_read_with_a_separator() -> None:
    model = ArticlesTableModel()
    record = replace(_article(1), fact_count=12345, figure_count=1500)
    model.set_articles([record])
    assert model.index(0, COL_FACTS).data() == "12,345"
    assert model.index(0, COL_FIGURES).data() == "1,500"
