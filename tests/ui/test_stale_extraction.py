"""Opening a project whose articles an older fact finder read offers to read them again.

The offer is a strip above the workspace: "Re-extract N Articles" reads them in the
background (undoable, the analyst's work kept); "Not Now" is remembered for the project until
the engine changes again; a read-only project is never offered it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import desktop.storage.store as store_module
from desktop.storage.store import EXTRACTOR_VERSION, ProjectStore


def _idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(20)
    qtbot.waitUntil(lambda: window.facts_loaded() and not window.runner.busy(), timeout=30000)
    QApplication.processEvents()


def _age(path: Path, how_many: int) -> tuple[list[int], int]:
    """Make ``how_many`` articles look read by the engine before this one, the first of them
    with its automatic facts missing (as an older engine that found fewer would have left it).
    Returns the aged ids and how many facts the first one lost."""
    con = sqlite3.connect(path)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM article ORDER BY id LIMIT ?", (how_many,))]
        con.executemany(
            "UPDATE article SET extractor_version = ? WHERE id = ?",
            [(EXTRACTOR_VERSION - 1, i) for i in ids],
        )
        lost = con.execute(
            "DELETE FROM fact WHERE article_id = ? AND status = 'auto' AND note = '' "
            "AND id NOT IN (SELECT fact_id FROM fact_tag)",
            (ids[0],),
        ).rowcount
        con.commit()
    finally:
        con.close()
    return ids, lost


def _open(make_window, qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(path)
    _idle(qtbot, window)
    return window


def test_opening_an_old_engines_project_offers_to_read_it_again_and_undo_puts_it_back(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    aged, lost = _age(demo_project, 2)
    assert lost > 0
    window = _open(make_window, qtbot, demo_project)
    banner = window.stale_banner
    assert banner.isVisible()
    assert banner.title.text().startswith("2 articles were read by an older version")
    assert banner.reextract_button.text().replace("&", "") == "Re-extract 2 Articles"
    # The strip is one line tall above the workspace, not a box that pushes the panes away.
    assert banner.height() < 60
    facts_before = len(window.project.facts(article_id=aged[0]))

    banner.reextract_button.click()
    _idle(qtbot, window)
    assert not banner.isVisible()
    assert window.project.store.stale_articles() == []
    assert len(window.project.facts(article_id=aged[0])) == facts_before + lost
    message = window.statusBar().currentMessage()
    assert message.startswith("Re-extracted 2 articles:")
    assert "Edit > Undo" in message

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert sorted(window.project.store.stale_articles()) == sorted(aged)
    assert len(window.project.facts(article_id=aged[0])) == facts_before


def test_not_now_is_remembered_until_the_engine_changes_again(
    make_window, qtbot, demo_project, monkeypatch
):  # type: ignore[no-untyped-def]
    _age(demo_project, 1)
    window = _open(make_window, qtbot, demo_project)
    assert window.stale_banner.isVisible()
    assert window.stale_banner.title.text().startswith("1 article was read")
    window.stale_banner.later_button.click()
    assert not window.stale_banner.isVisible()
    assert "Re-extract Facts" in window.statusBar().currentMessage()
    # Nothing was read again: the article is still the older engine's.
    assert len(window.project.store.stale_articles()) == 1
    window.close_project()

    assert window.open_project(demo_project)
    _idle(qtbot, window)
    assert not window.stale_banner.isVisible()
    window.close_project()

    # A newer engine asks again, for the articles it has not read (here: every one).
    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", EXTRACTOR_VERSION + 1)
    assert window.open_project(demo_project)
    _idle(qtbot, window)
    assert window.stale_banner.isVisible()
    count = len(window.project.articles())
    assert window.stale_banner.title.text().startswith(f"{count} articles were read")


def test_a_current_project_gets_no_offer(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = _open(make_window, qtbot, demo_project)
    assert not window.stale_banner.isVisible()


@pytest.fixture
def held_old_project(demo_project: Path):  # type: ignore[no-untyped-def]
    _age(demo_project, 1)
    with ProjectStore.open(demo_project):
        yield demo_project


def test_a_read_only_project_is_not_offered_re_extraction(make_window, qtbot, held_old_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.ask_before_read_only = False
    window.show()
    assert window.open_project(held_old_project)
    _idle(qtbot, window)
    assert window.is_read_only()
    assert window.read_only_banner.isVisible()
    assert not window.stale_banner.isVisible()
    assert window.reextract_stale_articles() is None


def test_the_status_bar_counts_say_one_without_a_plural(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    from desktop.ui.format import facts_count_text

    window = _open(make_window, qtbot, demo_project)
    window._update_counts({"articles": 1, "facts": 1, "figures": 1, "contradictions": 1})
    assert window.counts_label.text() == "1 article  ·  1 fact  ·  1 figure  ·  1 contradiction"
    window._update_counts({"articles": 2, "facts": 0, "figures": 12, "contradictions": 0})
    assert (
        window.counts_label.text() == "2 articles  ·  0 facts  ·  12 figures  ·  0 contradictions"
    )
    assert facts_count_text(1, of=1) == "1 of 1 fact"
    assert facts_count_text(1, of=30) == "1 of 30 facts"


def test_an_article_the_fact_finder_fails_on_is_passed_over_and_offered_again(
    make_window, qtbot, demo_project, monkeypatch
):  # type: ignore[no-untyped-def]
    """One stale article the engine cannot read must not stop the batch (each later one
    would stay stale for ever): it keeps its facts, is named in one message, and the strip
    offers it again."""
    from PySide6.QtWidgets import QMessageBox

    import desktop.services.project as service_module

    aged, _lost = _age(demo_project, 3)
    window = _open(make_window, qtbot, demo_project)
    poisoned = aged[1]
    kept = sorted(f.id for f in window.project.facts(article_id=poisoned))
    real = service_module.extract

    def extract(text, published, language=None):  # type: ignore[no-untyped-def]
        if text == window.project.article(poisoned).text:
            raise ValueError("year 23000 is out of range")
        return real(text, published, language)

    monkeypatch.setattr(service_module, "extract", extract)
    said: list[tuple[str, str]] = []

    def critical(parent, title, text, *args):  # type: ignore[no-untyped-def]
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    window.stale_banner.reextract_button.click()
    _idle(qtbot, window)
    # The two others were read again; the failing one is still stale, its facts untouched.
    assert window.project.store.stale_articles() == [poisoned]
    assert sorted(f.id for f in window.project.facts(article_id=poisoned)) == kept
    assert [t for t, _ in said] == ["Some articles were not re-extracted"]
    assert "year 23000 is out of range" in said[0][1]
    assert "kept its facts" in said[0][1]
    # offered again, for the one left
    assert window.stale_banner.isVisible()
    assert window.stale_banner.title.text().startswith("1 article ")
