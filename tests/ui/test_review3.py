"""Third look at the window: the figures and conflicts tabs on a 1024x640 screen, and a facts
table that keeps the fact readable there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.models import facts as facts_cols
from desktop.ui.models import figures as figure_cols
from tests.ui.test_review import open_at


def _shown(table: QTableView) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def test_figures_at_1024_show_the_words_as_written_without_sideways_scrolling(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.show_tab(1)
    table = window.figures_panel.table
    qtbot.waitUntil(lambda: table.isVisible())
    QApplication.processEvents()
    viewport = table.viewport().width()
    shown = _shown(table)
    assert figure_cols.COL_TEXT in shown
    assert sum(table.columnWidth(c) for c in shown) <= viewport, "sideways scrolling"
    assert table.columnWidth(figure_cols.COL_TEXT) >= table.fontMetrics().horizontalAdvance(
        "x" * 20
    )
    # The value, its date and its source stay whole; a value is never cut to "more than …".
    for col in (figure_cols.COL_VALUE, figure_cols.COL_AS_OF, figure_cols.COL_SOURCE):
        assert col in shown
    assert table.columnWidth(figure_cols.COL_VALUE) >= table.sizeHintForColumn(
        figure_cols.COL_VALUE
    )
    # The columns that stepped aside are read out in the row's tooltip.
    tip = str(table.model().index(0, figure_cols.COL_VALUE).data(Qt.ItemDataRole.ToolTipRole))
    record = table.model().index(0, 0).data(figure_cols.FigureRecordRole)
    if record.figure.counted:
        assert record.figure.counted in tip

    # A wide window shows every column, and the sentence still takes the spare width.
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: table.viewport().width() > viewport + 300)
    QApplication.processEvents()
    shown = _shown(table)
    assert len(shown) == table.model().columnCount()
    total = sum(table.columnWidth(c) for c in shown)
    assert table.viewport().width() - 2 <= total <= table.viewport().width()

    # A column the analyst widens keeps its width; the sentence gives the room back.
    header = table.horizontalHeader()
    before = table.columnWidth(figure_cols.COL_ATTRIBUTED)
    text = table.columnWidth(figure_cols.COL_TEXT)
    header.resizeSection(figure_cols.COL_ATTRIBUTED, before + 50)
    QApplication.processEvents()
    assert table.columnWidth(figure_cols.COL_ATTRIBUTED) == before + 50
    # the sentence column gives the room back on the next layout pass, which a loaded machine
    # may run a little later
    qtbot.waitUntil(lambda: table.columnWidth(figure_cols.COL_TEXT) < text, timeout=3000)


def test_a_narrow_facts_table_lets_precision_step_aside_for_the_fact(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    table = window.facts_panel.table
    assert table.isColumnHidden(facts_cols.COL_PRECISION)
    fm = table.fontMetrics()
    assert table.columnWidth(facts_cols.COL_TEXT) >= fm.horizontalAdvance("x" * 20)
    # The date's tooltip still says how precise it is.
    tip = str(table.model().index(0, facts_cols.COL_DATE).data(Qt.ItemDataRole.ToolTipRole))
    assert "precision:" in tip
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: not table.isColumnHidden(facts_cols.COL_PRECISION), timeout=3000)
