"""The figures tab: every number the articles report, sortable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.domain.records import FigureRecord
from desktop.ui.models.figures import (
    COL_AS_OF,
    COL_ATTRIBUTED,
    COL_COUNTED,
    COL_MEASURE,
    COL_SOURCE,
    COL_TEXT,
    COL_VALUE,
    FigureRecordRole,
    FiguresTableModel,
)
from desktop.ui.models.sorting import SourceSortingProxy


class FiguresPanel(QWidget):
    """``figureActivated(article_id, start, end)`` when a figure is chosen."""

    figureActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FiguresTableModel(self)
        self._fit_pending = False
        self.proxy = SourceSortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_AS_OF, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the next control; arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting columns measures this many rows, not thousands of them.
        header.setResizeContentsPrecision(80)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        self.table.setColumnWidth(COL_VALUE, fm.horizontalAdvance("more than 12,000") + 16)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_figures(self, figures: list[FigureRecord]) -> None:
        self.model.set_figures(figures)
        # Columns are fitted to the figures when the tab is first seen, not while it is
        # hidden behind the facts: measuring them costs a tenth of a second on a big project.
        self._fit_pending = True
        if self.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if not self._fit_pending:
            return
        self._fit_pending = False
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # Long "counted" or "attributed to" values are elided rather than pushing the
        # sentence as written (and the source) out of sight.
        fm = self.fontMetrics()
        for col, sample in (
            (COL_COUNTED, "North Korean soldiers"),
            (COL_MEASURE, "deployed, killed"),
            (COL_ATTRIBUTED, "the Ministry of Defence"),
            (COL_SOURCE, "Eastbank Review"),
        ):
            widest = fm.horizontalAdvance(sample) + 2 * fm.height()
            if self.table.columnWidth(col) > widest:
                self.table.setColumnWidth(col, widest)

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = index.data(FigureRecordRole)
            if isinstance(record, FigureRecord):
                self.figureActivated.emit(record)
