"""Round 6 of the window: re-extraction undone, the source address as a link, and the
things a day of analyst's work runs into."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_articles import _idle
from tests.ui.test_review import open_at


def _article_state(project, article_id: int) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return (
        project.facts(article_id=article_id),
        project.figures(article_id=article_id),
        {k: v for k, v in project.tags_by_fact().items()},
    )


def test_re_extraction_is_undone_and_redone_with_the_same_facts(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = next(a for a in project.articles() if a.source == "Ridgeline Post (sample)")
    auto = [f for f in project.facts(article_id=article.id) if f.status == "auto"]
    confirmed, tagged, missed = auto[0], auto[1], auto[2]
    window.workspace.set_status([confirmed.id], "confirmed")
    window.workspace.set_tags(tagged.id, ["front line"])
    # As if an older engine had missed one fact the current one finds.
    project.store.delete_fact(missed.id)
    _idle(qtbot, window)
    before = _article_state(project, article.id)
    depth = window.undo_stack.count()

    window.articles_panel.select_article(article.id, emit=True)
    window.reextract_action.trigger()
    qtbot.waitUntil(lambda: window.last_reextraction is not None, timeout=20000)
    _idle(qtbot, window)
    assert window.undo_stack.count() == depth + 1
    assert "Re-extract" in window.undo_action.text()
    assert "Edit > Undo" in window.statusBar().currentMessage()
    after = _article_state(project, article.id)
    found = next(f for f in after[0] if f.text == missed.text)  # type: ignore[attr-defined]
    assert after != before

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before
    shown = {f.id for f in window.facts_panel.model.all_facts()}
    assert found.id not in shown
    assert {f.id for f in before[0]} <= shown  # type: ignore[attr-defined]
    # The analyst's verdict and tag were there before and are there still.
    assert project.fact(confirmed.id).status == "confirmed"
    assert project.fact(tagged.id).tags == ("front line",)

    window.redo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == after
    assert found.id in {f.id for f in window.facts_panel.model.all_facts()}
    QApplication.processEvents()
