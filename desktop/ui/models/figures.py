"""The figures table: each reported number with its range, what it counts and who said it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.records import FigureRecord
from desktop.ui.format import figure_value
from desktop.ui.models.sorting import SortedRowsModel

ModelIndex = QModelIndex | QPersistentModelIndex

COL_VALUE = 0
COL_COUNTED = 1
COL_MEASURE = 2
COL_ATTRIBUTED = 3
COL_AS_OF = 4
COL_SOURCE = 5
COL_TEXT = 6
COLUMN_TITLES = ("Value", "Counted", "Measure", "Attributed to", "As of", "Source", "As written")

FigureIdRole = Qt.ItemDataRole.UserRole + 1
FigureRecordRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


class FiguresTableModel(SortedRowsModel):
    columns = COLUMN_TITLES

    def set_figures(self, figures: Sequence[FigureRecord]) -> None:
        self.replace_rows(figures)

    def sort_key(self, row: Any, column: int) -> Any:
        return self._sort_key(row, column)

    @classmethod
    def _sort_key(cls, r: FigureRecord, col: int) -> Any:
        if col == COL_VALUE:
            low = r.figure.low if r.figure.low is not None else r.figure.high
            return low if low is not None else 0.0
        if col == COL_AS_OF:
            return r.figure.as_of.toordinal() if r.figure.as_of else 0
        return cls._text(r, col).lower()

    def figure_at(self, row: int) -> FigureRecord:
        record: FigureRecord = self.rows[row]
        return record

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == FigureIdRole:
            return r.id
        if role == FigureRecordRole:
            return r
        if role == SortRole:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _tooltip(r: FigureRecord) -> str:
        """The sentence and the figure's reading in full: a narrow table hides the columns
        that repeat the sentence's words."""
        fig = r.figure
        reading = " ".join(x for x in (figure_value(fig), fig.counted, fig.measure) if x)
        if fig.attributed_to:
            reading += f", according to {fig.attributed_to}"
        if fig.as_of:
            reading += f", as of {fig.as_of.isoformat()}"
        source = f"{r.article.display_title} ({r.article.source or 'unknown'})"
        return f"“{fig.text}”\n{reading}\n{source}"

    @staticmethod
    def _text(r: FigureRecord, col: int) -> str:
        fig = r.figure
        if col == COL_VALUE:
            return figure_value(fig)
        if col == COL_COUNTED:
            return fig.counted or ""
        if col == COL_MEASURE:
            return fig.measure or ""
        if col == COL_ATTRIBUTED:
            return fig.attributed_to or ""
        if col == COL_AS_OF:
            return fig.as_of.isoformat() if fig.as_of else ""
        if col == COL_SOURCE:
            return r.article.source or ""
        if col == COL_TEXT:
            return fig.text
        return ""
