"""Round 43: a pair verdict given from a Conflicts list shown before a re-extraction landed.

The articles' figures are made again by a re-extraction (new ids); a Confirm or Dismiss on a
pair still listed under the old ids raised KeyError out of the undo command. It now says in
the status bar that the pair changed, leaves nothing on the undo stack, and the list is read
again so that the pair can be picked again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at

GONE = "That pair changed when the articles were read again; pick it again"


def _conflicts_shown(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    return window, panel


def _reextract_behind_the_window(window, pair) -> set[int]:  # type: ignore[no-untyped-def]
    """The pair's articles read again as the background task does, before its result lands:
    the file holds new figures, the window still the old list. Returns the new figure ids."""
    project = window.project
    figures = {f.id: f for f in project.figures()}
    articles = {figures[pair.a].article.id, figures[pair.b].article.id}
    for article_id in sorted(articles):
        project.reextract_undoable(article_id)
    project.refresh_conflicts()
    now = {f.id for f in project.figures()}
    assert pair.a not in now or pair.b not in now  # the ids the list holds are gone
    return now


def test_a_verdict_on_a_pair_that_is_gone_is_said_not_raised(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window, panel = _conflicts_shown(make_window, qtbot, demo_project)
    pair = panel.current_pair()
    assert pair is not None and panel.confirm_button.isEnabled()
    new_ids = _reextract_behind_the_window(window, pair)
    steps = window.undo_stack.count()

    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)

    assert GONE in window.statusBar().currentMessage()
    assert window.undo_stack.count() == steps  # nothing to undo: nothing was decided
    # the list is read again: its pairs are the figures the file holds now
    qtbot.waitUntil(
        lambda: (p := panel.current_pair()) is not None and {p.a, p.b} <= new_ids, timeout=5000
    )
    again = panel.current_pair()
    assert again is not None and again.decision != "confirmed"
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (panel.current_pair() or again).decision == "confirmed", timeout=5000)
    assert window.undo_stack.count() == steps + 1
    assert GONE not in window.statusBar().currentMessage()


def test_a_note_on_a_pair_that_is_gone_is_said_not_raised(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window, panel = _conflicts_shown(make_window, qtbot, demo_project)
    pair = panel.current_pair()
    assert pair is not None
    _reextract_behind_the_window(window, pair)
    steps = window.undo_stack.count()
    window.workspace.set_pair_decision(pair.a, pair.b, pair.decision, "Checked with the desk")
    assert GONE in window.statusBar().currentMessage()
    assert window.undo_stack.count() == steps


def test_the_pairs_are_read_again_when_a_reextraction_lands(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window, panel = _conflicts_shown(make_window, qtbot, demo_project)
    pair = panel.current_pair()
    assert pair is not None
    figures = {f.id: f for f in window.project.figures()}
    article = figures[pair.a].article
    chosen = [a for a in window.project.articles() if a.id == article.id]
    task = window._reextract_articles(chosen)
    assert task is not None
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    now = {f.id for f in window.project.figures()}
    qtbot.waitUntil(
        lambda: all(
            {p.a, p.b} <= now
            for p in (panel.pairs_model.pair_at(r) for r in range(panel.pairs_model.rowCount()))
            if p is not None
        ),
        timeout=5000,
    )
