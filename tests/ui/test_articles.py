"""Managing articles from the window: remove (and undo), re-extract, open the source, cite;
and the two layout faults seen at 1024x640 and 1440x900."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.domain import DateRange
from desktop.storage.store import ProjectStore
from tests.ui.test_review import open_at


def _answer(button_text: str, seen: list[QMessageBox]) -> None:
    """Click ``button_text`` on the question once it is on screen (and keep the box)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box)
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} on {box.text()!r}")

    QTimer.singleShot(0, click)


def _idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(20)  # the changes reported by a command are applied once control returns
    qtbot.waitUntil(lambda: window.facts_loaded() and not window.runner.busy(), timeout=20000)
    QApplication.processEvents()


def _shown_fact_ids(window) -> set[int]:  # type: ignore[no-untyped-def]
    return {it.id for it in window.timeline.shown_data()}


def test_delete_in_the_list_asks_then_removes_everywhere_and_undo_brings_it_all_back(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = next(a for a in project.articles() if a.source == "Harbor Wire (sample)")
    facts = project.facts(article_id=article.id)
    figures = {f.id for f in project.figures(article_id=article.id)}
    assert facts and figures and any(figures & set(g.figure_ids) for g in project.groups())
    # The analyst's own work on it: an edited fact.
    window.workspace.edit_fact(facts[0].id, text="Edited by the analyst.")
    window.undo_stack.clear()
    _idle(qtbot, window)
    before_facts = project.facts()

    window.articles_panel.select_article(article.id, emit=True)
    table = window.articles_panel.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    # The same action is on the list's context menu and in the Article menu.
    assert window.remove_action in table.actions()
    assert window.remove_action in window.article_menu.actions()

    seen: list[QMessageBox] = []
    _answer("Cancel", seen)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert seen and article.title in seen[0].text()
    assert {a.id for a in project.articles()} >= {article.id}

    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    _answer("Remove", seen)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(seen) == 2
    said = seen[-1].informativeText()
    assert f"{len(facts)} facts" in said and f"{len(figures)} figures" in said
    assert "1 fact of those hold your own work" in said and "lost" in said
    # Gone from the project, and from the timeline and the table at once (not only after
    # the background read).
    assert article.id not in {a.id for a in project.articles()}
    assert not _shown_fact_ids(window) & {f.id for f in facts}
    assert all(
        f.article is None or f.article.id != article.id
        for f in window.facts_panel.model.all_facts()
    )
    assert window.articles_panel.model.row_of(article.id) is None
    _idle(qtbot, window)
    groups = window.conflicts_panel.groups_model
    assert groups.rowCount() > 0
    assert not any(figures & set(groups.group_at(r).figure_ids) for r in range(groups.rowCount()))
    shown_figures = window.figures_panel.model
    assert shown_figures.rowCount() > 0
    assert all(
        shown_figures.figure_at(r).article.id != article.id for r in range(shown_figures.rowCount())
    )
    assert window.undo_action.text().startswith("&Undo Remove article")

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert project.facts() == before_facts
    assert project.fact(facts[0].id).text == "Edited by the analyst."
    assert {f.id for f in project.figures(article_id=article.id)} == figures
    assert any(figures & set(g.figure_ids) for g in project.groups())
    assert {f.id for f in facts if f.date.resolved} <= _shown_fact_ids(window)
    assert window.articles_panel.model.row_of(article.id) is not None


def test_several_articles_go_in_one_step_from_the_article_menu(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    ids = [a.id for a in window.project.articles()[:3]]
    window.articles_panel.select_articles(ids)
    assert [a.id for a in window.chosen_articles()] == ids
    window.article_menu.aboutToShow.emit()
    assert window.remove_action.text() == "&Remove 3 Articles from Project…"
    seen: list[QMessageBox] = []
    _answer("Remove 3 Articles", seen)
    window.remove_action.trigger()
    assert "these 3 articles" in seen[0].text()
    assert not {a.id for a in window.project.articles()} & set(ids)
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert {a.id for a in window.project.articles()} >= set(ids)


@pytest.fixture
def held_project(demo_project: Path) -> Iterator[Path]:
    with ProjectStore.open(demo_project):
        yield demo_project


def test_a_read_only_project_offers_no_removal_or_re_extraction(make_window, qtbot, held_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.ask_before_read_only = False
    window.show()
    assert window.open_project(held_project)
    _idle(qtbot, window)
    first = window.project.articles()[0]
    window.articles_panel.select_article(first.id, emit=True)
    window.article_menu.aboutToShow.emit()
    assert not window.remove_action.isEnabled()
    assert not window.reextract_action.isEnabled()
    assert window.copy_citation_action.isEnabled()  # reading and citing still work
    qtbot.keyClick(window.articles_panel.table, Qt.Key.Key_Delete)
    assert window.remove_chosen() is False
    assert window.reextract_chosen() is None
    window.workspace.remove_articles([first.id], "Remove")
    assert len(window.project.articles()) == 6
    assert window.undo_stack.count() == 0


def test_re_extract_keeps_the_analysts_facts_and_says_what_changed(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = next(a for a in project.articles() if a.source == "Ridgeline Post (sample)")
    auto = [f for f in project.facts(article_id=article.id) if f.status == "auto"]
    assert len(auto) >= 3
    edited, missed = auto[0], auto[1]
    window.workspace.edit_fact(edited.id, text="The analyst's wording.")
    day = DateRange("2025-01-05", date(2025, 1, 5), date(2025, 1, 5), "day")
    window.workspace.add_fact("Analyst: briefing to parliament", day, article.id)
    # As if an older engine had missed one fact the current one finds.
    project.store.delete_fact(missed.id)
    _idle(qtbot, window)

    window.articles_panel.select_article(article.id, emit=True)
    window.article_menu.aboutToShow.emit()
    assert window.reextract_action.isEnabled()
    window.reextract_action.trigger()
    qtbot.waitUntil(lambda: window.last_reextraction is not None, timeout=20000)
    _idle(qtbot, window)
    change = window.last_reextraction
    assert (change.added, change.removed, change.redated, change.kept) == (1, 0, 0, 2)
    message = window.statusBar().currentMessage()
    assert "1 fact changed (1 new)" in message
    assert "2 facts you edited or added kept" in message
    facts = {f.text: f for f in project.facts(article_id=article.id)}
    assert facts["The analyst's wording."].status == "edited"
    assert facts["Analyst: briefing to parliament"].status == "manual"
    assert missed.text in facts
    assert missed.text in {f.text for f in window.facts_panel.model.all_facts()}


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_open_the_source_in_the_browser_and_copy_a_citation(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    articles = window.project.articles()
    with_url = next(a for a in articles if a.source == "Eastbank Review (sample)")
    without = next(a for a in articles if a.url is None)
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "show")
    try:
        window.articles_panel.select_article(without.id, emit=True)
        window.article_menu.aboutToShow.emit()
        assert not window.open_url_action.isEnabled()
        window.articles_panel.select_article(with_url.id, emit=True)
        window.article_menu.aboutToShow.emit()
        assert window.open_url_action.isEnabled()
        window.open_url_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [with_url.url]

    window.copy_citation_action.trigger()
    assert QApplication.clipboard().text() == (
        "“Seoul spy agency questions captured North Korean soldiers”, Eastbank Review "
        "(sample), by Hana Seo, 14 January 2025, "
        "https://eastbank-review.example/world/2025/01/14/north-korean-prisoners"
    )
    window.articles_panel.select_articles([with_url.id, without.id])
    window.copy_citation_action.trigger()
    assert len(QApplication.clipboard().text().splitlines()) == 2


def test_at_1024x640_the_readers_apply_button_keeps_clear_of_the_splitter(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    qtbot.wait(300)
    QApplication.processEvents()
    reader, apply = window.reader, window.reader.published_apply
    assert apply.isVisible()
    right = apply.mapTo(reader, QPoint(apply.width(), 0)).x()
    # Inside the reader with its margin, not under the splitter's handle.
    assert right <= reader.width() - 8, (right, reader.width())
    edit = reader.published_edit
    assert edit.mapTo(reader, QPoint(edit.width(), 0)).x() <= reader.width() - 8


def test_at_1440x900_the_conflicts_tab_shows_its_groups_without_scrolling(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    qtbot.wait(300)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(100)
    QApplication.processEvents()
    assert panel.scroll_area.verticalScrollBar().maximum() == 0
    groups = panel.groups
    rows = groups.model().rowCount()
    # the demo's four groups and the row of pairs offered as possibly the same figure
    assert rows == 5
    last = groups.visualRect(groups.model().index(rows - 1, 0))
    assert groups.viewport().rect().contains(last)
    # Each quantity can be told from the others: read whole, not "North Korean s…".
    label = groups.model().index(0, 0).data()
    assert groups.columnWidth(0) >= groups.fontMetrics().horizontalAdvance(label)
    # The pairs keep every column they have at 1024.
    pairs = panel.pairs
    shown = [c for c in range(pairs.model().columnCount()) if not pairs.isColumnHidden(c)]
    assert sum(pairs.columnWidth(c) for c in shown) <= pairs.viewport().width()
    assert panel.is_side_by_side()
    # At 1024x640 they stay stacked (the tab is too narrow to share).
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: not panel.is_side_by_side(), timeout=3000)
