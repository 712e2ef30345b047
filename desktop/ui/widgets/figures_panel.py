"""The figures tab: every number the articles report, sortable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

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
from desktop.ui.widgets.column_fit import SpareWidthColumns


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
        # Fitting columns measures this many rows, not thousands of them.
        self.table.horizontalHeader().setResizeContentsPrecision(80)
        self.table.verticalHeader().setResizeContentsPrecision(80)
        # The sentence as written takes the spare width; the other columns are as wide as
        # their usual contents and give way, down to a short reading, when the pane is narrow.
        # When narrow, the columns that repeat the sentence's own words step aside first
        # (the row's tooltip still reads them out); the value, its date and source stay.
        self.columns = SpareWidthColumns(
            self.table, COL_TEXT, optional=(COL_MEASURE, COL_COUNTED, COL_ATTRIBUTED)
        )
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        pad = fm.height()
        #: per column: (the widest content worth showing whole, the least it is squeezed to)
        self._samples = {
            COL_VALUE: ("more than 12,000", "about 2,000"),
            COL_COUNTED: ("North Korean soldiers", "soldiers"),
            COL_MEASURE: ("deployed, killed", "killed"),
            COL_ATTRIBUTED: ("the Ministry of Defence", "the ministry"),
            COL_AS_OF: ("2025-01-13", "2025-01-13"),  # a date is never cut short
            COL_SOURCE: ("Eastbank Review", "Eastbank"),
        }
        self._cap: dict[int, int] = {}
        self._title: dict[int, int] = {}
        self._short: dict[int, int] = {}
        for col, (widest, least) in self._samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            # the title, the padding and the sort arrow
            self._title[col] = bold_fm.horizontalAdvance(title) + 2 * pad
            self._cap[col] = max(fm.horizontalAdvance(widest) + 2 * pad, self._title[col])
            short = max(fm.horizontalAdvance(least) + pad, bold_fm.horizontalAdvance(title) + pad)
            self._short[col] = short
            self.columns.set_widths(col, self._cap[col], short)
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
        # Each column as wide as what it holds, up to its cap: long "counted" or "attributed
        # to" values are elided rather than pushing the sentence (and the source) away. A
        # width the analyst chose is kept.
        for col in self._samples:
            contents = max(self.table.sizeHintForColumn(col), self._title[col])
            wanted = min(contents, self._cap[col])
            # The value is what the row is about: it is never cut to "more than …".
            least = wanted if col == COL_VALUE else self._short[col]
            self.columns.set_widths(col, wanted, least)
        self.columns.text_needs = self.table.sizeHintForColumn(COL_TEXT)
        self.columns.fit()

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = index.data(FigureRecordRole)
            if isinstance(record, FigureRecord):
                self.figureActivated.emit(record)
