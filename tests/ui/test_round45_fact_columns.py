"""Round 45: the Facts table gives its room to the words (the fact, the outlet), not to a
Status column of marks that kept its title's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.models.facts import (
    COL_DATE,
    COL_SOURCE,
    COL_STATUS,
    COL_TEXT,
    STATUS_SHORT_TITLE,
    fact_source,
)
from desktop.ui.widgets.column_fit import SpareWidthColumns
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)


def _bold_width(table: QTableView, text: str) -> int:
    bold = table.horizontalHeader().font()
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text)


def _margins(table: QTableView) -> int:
    """The room a cell keeps each side of its text, as Qt's item view paints it."""
    from PySide6.QtWidgets import QStyle

    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return 2 * margin


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_the_outlet_is_read_before_status_keeps_its_title(
    make_window, qtbot, demo_project, size
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, *size)
    panel = window.facts_panel
    table = panel.table
    fm = table.fontMetrics()
    assert not table.isColumnHidden(COL_STATUS)
    # Status is as narrow as its marks, and its title a mark with the word in its tooltip
    status = table.columnWidth(COL_STATUS)
    assert status < _bold_width(table, "Status") + fm.height()
    model = panel.model
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == STATUS_SHORT_TITLE
    tip = str(model.headerData(COL_STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Status")
    # ... the outlet's name is whole (the demo's names less their " (sample)")
    assert table.columnWidth(COL_SOURCE) >= fm.horizontalAdvance("Eastbank Review") + _margins(
        table
    )
    # ... and the fact keeps its readable line and the date stays whole
    assert table.columnWidth(COL_TEXT) >= fm.horizontalAdvance("x" * 44)
    assert table.columnWidth(COL_DATE) >= fm.horizontalAdvance("10–12 Jan 2025")
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    # the columns menu still says the column by its word
    titles = [a.text() for a in panel.columns_menu().actions() if a.isCheckable()]
    assert "Status" in titles and STATUS_SHORT_TITLE not in titles


@pytest.mark.usefixtures("styled")
def test_with_room_the_outlets_are_whole_and_status_says_its_word(
    make_window, qtbot, demo_project
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1920, 1080)
    panel = window.facts_panel
    table = panel.table
    fm = table.fontMetrics()
    names = {fact_source(f) for f in panel.model.all_facts()}
    widest = max(fm.horizontalAdvance(n) for n in names)
    # "Lakeshore Monitor (sample)" whole, where the column was sized for "Eastbank Review"
    assert table.columnWidth(COL_SOURCE) >= widest + _margins(table)
    assert panel.model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert table.columnWidth(COL_STATUS) >= _bold_width(table, "Status")


@pytest.mark.parametrize("width", [420, 330])
def test_word_columns_give_way_only_after_the_others_reach_their_least(qtbot, width) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(3, 4)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    columns = SpareWidthColumns(table, 0, squeezed_last=(2,), readable_chars=10)
    columns.set_widths(1, 100, 40)  # a mark column: 60 to spare
    columns.set_widths(2, 200, 80)  # the outlet: 120 to spare
    columns.set_widths(3, 60, 60)
    table.resize(width, 200)
    table.show()
    QApplication.processEvents()
    columns.fit()
    available = table.viewport().width()
    text = table.fontMetrics().horizontalAdvance("x" * 10)
    short = 360 + text - available
    assert 0 < short < 60 + 120  # the test's premise: some squeezing, not all of it
    if width == 420:
        assert short <= 60
        assert table.columnWidth(2) == 200
        assert table.columnWidth(1) == 100 - short
    else:
        assert short > 60
        assert table.columnWidth(1) == 40
        assert table.columnWidth(2) == 200 - (short - 60)
    assert table.columnWidth(0) >= text
