"""A project opened read-only in the window: the banner, editing greyed, reading intact, and
not a byte of the file written, whatever the analyst tries."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.storage.store import ProjectStore
from desktop.ui.models.facts import COL_DATE, COL_STATUS, COL_TEXT
from tests.conftest import SEED
from tests.storage.read_only_disk import read_only_folder


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    # A failure with technical details has a box of its own ("Show Details…"), opened
    # without blocking: its title, words and advice are recorded the same way.
    def opened(box: QMessageBox) -> None:
        if box.objectName() == "errorBox":
            seen.append(f"{box.windowTitle()}: {box.text()}\n\n{box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "open", opened)
    return seen


@pytest.fixture
def held_project(demo_project: Path) -> Iterator[Path]:
    """The demo project, held by "another window" (the lock taken here) for the whole test."""
    with ProjectStore.open(demo_project):
        yield demo_project


def _answer_question(qtbot, button_text: str, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button_text`` on the "already open" question once it is on screen."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button on {box.text()!r}")

    QTimer.singleShot(0, click)


def _wait_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.facts_loaded, timeout=15000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=15000)


def _drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(window.width() / 2, window.height() / 2),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def _try_every_edit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What an analyst could try on a read-only project: each must change nothing."""
    panel = window.facts_panel
    first = panel.model.fact_at(0)
    assert first is not None
    panel.select_fact(first.id, emit=True)
    for action in (
        panel.confirm_action,
        panel.reject_action,
        panel.reset_action,
        panel.edit_date_action,
        panel.edit_text_action,
        panel.tags_action,
        panel.note_action,
        panel.add_action,
        panel.delete_action,
    ):
        assert not action.isEnabled(), action.text()
        action.trigger()  # a disabled action does nothing
    # The keys of the table and the timeline go through the same (disabled) actions.
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for col in (COL_DATE, COL_TEXT, COL_STATUS):
        index = panel.model.index(0, col)
        assert not (panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        assert not panel.model.setData(index, "2020-01-01", Qt.ItemDataRole.EditRole)
    # Straight to the workspace, as any future panel would: refused there too.
    ws = window.workspace
    ws.set_status([first.id], "confirmed")
    assert ws.edit_fact_field(first.id, COL_TEXT, "Changed") is False
    ws.set_tags(first.id, ["kursk"])
    ws.delete_fact(first.id)
    article = window.project.articles()[0]
    ws.set_published(article.id, None)
    ws.update_article(article.id, {"title": "Renamed"})
    ws.set_block_kept(article.id, 0, False)
    figures = window.project.figures()
    ws.link_figure(figures[0].id, "")
    groups = window.project.groups()
    if groups:
        ws.set_group_decision(groups[0].key, "100", "note")
    pairs = window.project.pairs()
    if pairs:
        ws.set_pair_decision(pairs[0].a, pairs[0].b, "dismissed", "")
    # The reader's publication date.
    reader = window.reader
    window.show_article(article.id)
    assert reader.published_edit.isReadOnly() and not reader.published_apply.isEnabled()
    reader.published_edit.setText("2001-01-01")
    reader._apply_published()
    # Set-aside paragraphs can be looked at, not toggled.
    window.show_furniture(article.id)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if w.windowTitle().startswith("Paragraphs")
    ]
    assert dialogs
    from PySide6.QtWidgets import QListView

    view = dialogs[-1].findChild(QListView)
    model = view.model()
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert not model.setData(
        model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    dialogs[-1].close()
    # Conflicts: every decision button greyed.
    window.show_tab(2)
    cp = window.conflicts_panel
    for b in (
        cp.dismiss_button,
        cp.confirm_button,
        cp.reopen_button,
        cp.pair_note_button,
        cp.accepted_button,
        cp.group_note_button,
        cp.link_button,
        cp.unlink_button,
    ):
        assert not b.isEnabled(), b.text()
    # Import, by menu and by dropping files.
    assert not window.import_action.isEnabled()
    _drop(window, [SEED])
    assert window.import_dialog is None
    assert "read-only" in window.statusBar().currentMessage()
    assert window.import_paths([SEED]) is None
    # Nothing reached the undo stack.
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_a_project_open_in_another_window_opens_read_only_when_asked(  # type: ignore[no-untyped-def]
    make_window, qtbot, held_project, errors, tmp_path
):
    before = _state(held_project)
    window = make_window()
    window.show()
    asked: list[str] = []
    _answer_question(qtbot, "Open Read-Only", asked)
    assert window.open_project(held_project)
    assert asked == ["Demo.factlane is open in another Factlane window."]
    _wait_loaded(qtbot, window)

    assert window.is_read_only()
    assert window.windowTitle().startswith("Demo.factlane [read-only]")
    banner = window.read_only_banner
    assert banner.isVisible()
    assert banner.title.text() == "Read-only: another Factlane window has this project open."
    assert banner.retry_button.isVisible() and banner.copy_button.isVisible()

    # Reading works: articles, the timeline, the tables, find, zoom.
    assert window.articles_panel.proxy.rowCount() == 6
    assert window.facts_panel.model.rowCount() > 20
    assert window.figures_panel.model.rowCount() > 0
    assert window.timeline.shown_data()
    t0, t1 = window.timeline.visible_range()
    window.zoom_in_action.trigger()
    assert window.timeline.visible_range() != (t0, t1)
    total = window.facts_panel.model.rowCount()
    qtbot.keyClicks(window.find_edit, "soldiers")
    qtbot.waitUntil(lambda: 0 < window.facts_panel.model.rowCount() < total)
    window.find_edit.clear()
    qtbot.waitUntil(lambda: window.facts_panel.model.rowCount() == total)

    _try_every_edit(window, qtbot)

    # Exports to other files work.
    out = tmp_path / "facts.csv"
    task = window.export("csv", out)
    assert task is not None
    qtbot.waitUntil(lambda: out.exists() and not window.runner.busy(), timeout=15000)
    assert out.read_text(encoding="utf-8").startswith("id,date")

    window.close_project()
    assert not banner.isVisible()
    assert errors == []
    assert _state(held_project) == before


def test_cancel_leaves_the_window_as_it_was(make_window, qtbot, held_project, errors):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    asked: list[str] = []
    _answer_question(qtbot, "Cancel", asked)
    assert not window.open_project(held_project)
    assert asked and window.project is None
    assert window.stack.currentWidget() is window.welcome
    assert errors == []


def test_try_editing_again_once_the_other_window_lets_go(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project, errors
):
    other = ProjectStore.open(demo_project)
    window = make_window()
    window.show()
    window.ask_before_read_only = False
    assert window.open_project(demo_project)
    _wait_loaded(qtbot, window)
    assert window.is_read_only()
    # Still held: stays read-only and says why.
    assert not window.try_editing_again()
    assert "Still read-only" in window.statusBar().currentMessage()
    other.close()
    qtbot.mouseClick(window.read_only_banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.is_read_only()
    assert not window.read_only_banner.isVisible()
    assert "[read-only]" not in window.windowTitle()
    _wait_loaded(qtbot, window)
    assert window.import_action.isEnabled()
    panel = window.facts_panel
    first = panel.model.fact_at(0)
    panel.select_fact(first.id, emit=True)
    assert panel.confirm_action.isEnabled()
    panel.confirm_action.trigger()
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()
    assert errors == []


def test_a_project_on_a_read_only_disk_opens_read_only_without_asking(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project, errors
):
    folder = demo_project.parent
    names = sorted(p.name for p in folder.iterdir())
    before = _state(demo_project)
    window = make_window()
    window.show()
    with read_only_folder(folder):
        assert window.open_project(demo_project)
        _wait_loaded(qtbot, window)
        assert window.is_read_only()
        assert window.project.store.read_only_access == "immutable"
        assert window.read_only_banner.title.text() == "Read-only: the file cannot be written."
        assert not window.read_only_banner.retry_button.isVisible()
        assert window.windowTitle().startswith("Demo.factlane [read-only]")
        assert window.timeline.shown_data()
        _try_every_edit(window, qtbot)
        window.close_project()
    assert errors == []
    assert _state(demo_project) == before
    assert sorted(p.name for p in folder.iterdir()) == names


def test_save_a_copy_from_the_banner_gives_an_editable_project(  # type: ignore[no-untyped-def]
    make_window, qtbot, held_project, errors, tmp_path
):
    window = make_window()
    window.show()
    window.ask_before_read_only = False
    assert window.open_project(held_project)
    _wait_loaded(qtbot, window)
    copy = tmp_path / "Editable.factlane"
    assert window.save_as(copy)
    assert window.project.path == copy and not window.is_read_only()
    assert not window.read_only_banner.isVisible()
    assert window.import_action.isEnabled()
    assert errors == []


def test_a_newer_project_is_refused_not_opened_read_only(  # type: ignore[no-untyped-def]
    make_window, demo_project, errors
):
    con = sqlite3.connect(demo_project)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _state(demo_project)
    window = make_window()
    window.ask_before_read_only = False
    assert not window.open_project(demo_project)
    assert window.project is None
    assert len(errors) == 1 and "newer version of Factlane" in errors[0]
    with read_only_folder(demo_project.parent):
        assert not window.open_project(demo_project)
    assert window.project is None
    assert len(errors) == 2 and "newer version of Factlane" in errors[1]
    assert _state(demo_project) == before
