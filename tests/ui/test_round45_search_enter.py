"""Round 45: Enter in the search box takes the keyboard to the first result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import TAB_FIGURES
from tests.ui.test_review import open_at


def _type_search(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.find_edit
    qtbot.keyClicks(window.find_edit, text)
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_enter_selects_the_first_fact_found_and_the_reader_follows(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    word = next(f for f in window.project.facts() if f.status != "rejected").text.split()[-1]
    _type_search(window, qtbot, word)
    table = window.facts_panel.table
    model = window.facts_panel.model
    assert model.rowCount() > 0
    assert QApplication.focusWidget() is table
    first = model.fact_at(0).id
    assert window.facts_panel.selected_ids() == [first]
    assert table.currentIndex().row() == 0
    # the fact is the window's current fact: the reader shows its article
    qtbot.waitUntil(lambda: window._current_fact == first, timeout=3000)
    # Down walks on to the second result, as in a mail program's list
    if model.rowCount() > 1:
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert window.facts_panel.selected_ids() == [model.fact_at(1).id]


def test_enter_with_nothing_found_keeps_the_focus_in_the_box(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    _type_search(window, qtbot, "zqxjvwk")
    assert window.facts_panel.model.rowCount() == 0
    assert QApplication.focusWidget() is window.find_edit
    assert window.find_edit.text() == "zqxjvwk"


def test_enter_on_the_figures_tab_goes_to_the_first_figure(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.tabs.setCurrentIndex(TAB_FIGURES)
    QApplication.processEvents()
    panel = window.figures_panel
    everything = panel.shown
    assert everything > 1
    figure = panel.table.model().index(0, 0).data()
    assert figure
    _type_search(window, qtbot, "")
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentIndex().row() == 0
    assert panel.table.selectionModel().isRowSelected(0, panel.table.rootIndex())
