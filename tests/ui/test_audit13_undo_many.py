"""Audit round 13: undo and redo of a removal of many articles run off the GUI thread.

Undoing the removal of 5,000 articles of a 100,000-fact project put them back on the GUI
thread (7.6 s of a frozen window), and a Redo removed them there again; pressing Remove
during a background removal queued a second one, which found the articles gone and said
'0 of N removed'. Undo now puts them back in the background (one transaction: whole or not
at all), Redo removes them again there a batch at a time, and Undo, Redo, edits and another
removal wait, with a word, while such work runs."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from desktop.storage.store import ProjectStore
from tests.storage.test_store import _add
from tests.ui.test_audit12_remove_many import MANY, _idle, _project, _remove_all
from tests.ui.test_review import open_at


def _removed(qtbot, window):  # type: ignore[no-untyped-def]
    ids, _task = _remove_all(qtbot, window)
    _idle(qtbot, window)
    assert window.project.articles() == []
    assert window.undo_stack.index() == 1
    return ids


def test_undo_and_redo_of_many_articles_run_in_the_background(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1400, 900)
    ids = _removed(qtbot, window)
    window.undo_action.trigger()
    task = window.runner.writing()
    assert task is not None, "undo puts them back off the GUI thread"
    assert task.name == f"Putting back {MANY:,} articles"
    # the stack steps once the work is done: one step, as before
    assert window.undo_stack.index() == 1
    _idle(qtbot, window)
    assert sorted(a.id for a in window.project.articles()) == sorted(ids)
    assert window.undo_stack.index() == 0 and window.undo_stack.count() == 1
    assert window.statusBar().currentMessage() == (
        f"Undone: Remove {MANY:,} articles ({MANY:,} articles are back)."
    )
    qtbot.waitUntil(lambda: len(window.articles_panel.model.rows) == MANY, timeout=20000)

    window.redo_action.trigger()
    task = window.runner.writing()
    assert task is not None, "redo removes them again off the GUI thread"
    assert window.undo_stack.index() == 0
    _idle(qtbot, window)
    assert window.project.articles() == []
    assert window.articles_panel.model.rows == []
    assert window.undo_stack.index() == 1
    assert window.statusBar().currentMessage() == f"Redone: Remove {MANY:,} articles."
    # and back again, with their facts
    window.undo_action.trigger()
    _idle(qtbot, window)
    assert len(window.project.articles()) == MANY
    assert len(window.project.facts()) == 2 * MANY


def test_a_second_removal_waits_for_the_one_under_way(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1400, 900)
    ids, _task = _remove_all(qtbot, window)
    asked: list[int] = []
    window.confirm_removal = lambda summaries: asked.append(len(summaries)) or True
    window.articles_panel.select_articles(ids)
    assert window.remove_chosen() is False
    assert asked == [], "nothing is asked while the first removal runs"
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Wait a moment: {MANY:,} articles are being removed."), said
    # Undo waits too: the step under it may be about an article being removed
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Wait a moment:")
    _idle(qtbot, window)
    assert window.project.articles() == []
    assert window.undo_stack.count() == 1
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Removed {MANY:,} articles."), said
    assert "0 of" not in said


def test_edits_wait_while_articles_are_put_back(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = _project(tmp_path)
    with ProjectStore.open(path) as store:
        keep = _add(store, "f" * 64)
        kept_fact = store.facts(article_id=keep)[0].id
    window = open_at(make_window, qtbot, path, 1400, 900)
    _idle(qtbot, window)
    ids = [a.id for a in window.project.articles() if a.id != keep]
    window.articles_panel.select_articles(ids)
    window.confirm_removal = lambda summaries: True
    assert window.remove_chosen() is True
    _idle(qtbot, window)
    window.undo_action.trigger()
    assert window.runner.writing() is not None
    window.workspace.set_status([kept_fact], "confirmed")
    said = window.statusBar().currentMessage()
    assert said == (
        f"Wait a moment: {MANY:,} removed articles are being put back; nothing was changed."
    )
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Wait a moment:")
    _idle(qtbot, window)
    assert window.project.fact(kept_fact).status == "auto"
    assert len(window.project.articles()) == MANY + 1
    assert window.undo_stack.index() == 0 and window.undo_stack.count() == 1
    # once they are back, edits go through
    window.workspace.set_status([kept_fact], "confirmed")
    assert window.project.fact(kept_fact).status == "confirmed"


def test_an_undo_that_cannot_be_made_in_the_background_says_why(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1400, 900)
    _removed(qtbot, window)
    # one of the files is imported again meanwhile: none of them is put back
    _add(window.project.store, f"{7:064x}")
    boxes: list[tuple[str, str]] = []
    window.show_error = lambda title, message: boxes.append((title, message))  # type: ignore[method-assign]
    window.undo_action.trigger()
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    title, message = boxes[0]
    assert title == "Cannot undo"
    assert message.startswith(f"Remove {MANY:,} articles cannot be undone:")
    assert "imported again" in message
    assert len(window.project.articles()) == 1
    # nothing was written, and the step left the stack as an undo on the GUI thread leaves it
    assert window.undo_stack.count() == 0


def test_closing_during_the_undo_leaves_them_all_back(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = _project(tmp_path)
    window = open_at(make_window, qtbot, path, 1400, 900)
    ids = _removed(qtbot, window)
    window.undo_action.trigger()
    assert window.runner.writing() is not None
    window.close_project()
    QApplication.processEvents()
    assert window.project is None
    with ProjectStore.open(path) as store:
        assert sorted(a.id for a in store.articles()) == sorted(ids)
        assert len(store.facts()) == 2 * MANY


def test_cancel_during_the_undo_puts_nothing_back(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Cancel beside the bar said 'Cancelling…', and then the undo put them all back."""
    window = open_at(make_window, qtbot, _project(tmp_path), 1400, 900)
    ids = _removed(qtbot, window)
    # the worker waits for the project's writer lock, held here, until Cancel is pressed
    with window.project.store._write_lock:
        window.undo_action.trigger()
        window.cancel_tasks()
    _idle(qtbot, window)
    assert window.project.articles() == []
    assert window.undo_stack.index() == 1
    assert window.statusBar().currentMessage() == (
        f"Undo cancelled: the {MANY:,} articles are still removed; Edit > Undo puts them back."
    )
    window.undo_action.trigger()
    _idle(qtbot, window)
    assert sorted(a.id for a in window.project.articles()) == sorted(ids)


def test_cancel_during_the_redo_says_what_is_left(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Cancel before the redo's first batch left the articles and the redo step, and the
    bar went without a word."""
    window = open_at(make_window, qtbot, _project(tmp_path), 1400, 900)
    ids = _removed(qtbot, window)
    window.undo_action.trigger()
    _idle(qtbot, window)
    # the runner's one thread is held by a reading task until Cancel is pressed, so the
    # redo sees it before its first batch
    held = threading.Event()
    window.runner.run("Holding", lambda ctx: held.wait(30))
    window.redo_action.trigger()
    window.cancel_tasks()
    held.set()
    _idle(qtbot, window)
    assert sorted(a.id for a in window.project.articles()) == sorted(ids)
    assert window.undo_stack.index() == 0 and window.undo_stack.canRedo()
    assert window.statusBar().currentMessage() == (
        f"Redo cancelled: the {MANY:,} articles are still in the project; Edit > Redo removes them."
    )
    window.redo_action.trigger()
    _idle(qtbot, window)
    assert window.project.articles() == []
