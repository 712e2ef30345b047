"""The facts table: one row per fact, edited in place through a callback that records undo."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.records import FactRecord
from desktop.ui.format import date_edit_text, date_range_text, precision_text
from desktop.ui.models.sorting import SourceSortingProxy, reorder_rows

ModelIndex = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_PRECISION = 1
COL_TEXT = 2
COL_SOURCE = 3
COL_STATUS = 4
COL_TAGS = 5
COL_NOTE = 6
COLUMN_TITLES = ("Date", "Precision", "Fact", "Source", "Status", "Tags", "Note")
EDITABLE_COLUMNS = frozenset({COL_DATE, COL_TEXT, COL_STATUS, COL_TAGS, COL_NOTE})

FactIdRole = Qt.ItemDataRole.UserRole + 1
FactRecordRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SourceRole = Qt.ItemDataRole.UserRole + 5

STATUS_CHOICES = ("auto", "confirmed", "rejected", "edited", "manual")
MANUAL_SOURCE = "(added by hand)"

#: (fact id, column, new value as typed) -> whether the edit was accepted
FactEditor = Callable[[int, int, str], bool]


def fact_source(record: FactRecord) -> str:
    if record.article is None:
        return MANUAL_SOURCE
    return record.article.source or "(unknown source)"


class FactsTableModel(QAbstractTableModel):
    """Facts as rows. Edits go to ``editor`` (which pushes an undo command); the model changes
    only when told the fact changed (:meth:`update_fact`), so undo and edit look the same."""

    def __init__(self, editor: FactEditor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facts: list[FactRecord] = []
        self._row_of: dict[int, int] = {}
        self._editor = editor
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- contents -----------------------------------------------------------------------------

    def set_facts(self, facts: Sequence[FactRecord], *, presorted: bool = False) -> None:
        """Show ``facts``, in the table's sort order; ``presorted`` when the caller already
        sorted them with :meth:`sort_like_table` (on a worker thread, say)."""
        self.beginResetModel()
        self._facts = list(facts)
        if not presorted:
            self.sort_like_table(self._facts, self.sort_order())
        self._row_of = {f.id: i for i, f in enumerate(self._facts)}
        self.endResetModel()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    @classmethod
    def sort_like_table(cls, facts: list[FactRecord], order: tuple[int, Qt.SortOrder]) -> None:
        """Sort ``facts`` in place as the table with sort ``order`` shows them. Needs no Qt
        object, so a worker thread can do it before handing the list over."""
        column, direction = order
        facts.sort(
            key=lambda f: cls._sort_key(f, column),
            reverse=direction == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_TITLES):
            return
        self._sort_column, self._sort_order = column, order
        reorder_rows(self, self._facts, lambda f: self._sort_key(f, column), order)
        self._row_of = {f.id: i for i, f in enumerate(self._facts)}

    def update_facts(self, records: Iterable[FactRecord]) -> None:
        """Many changed facts at once (a conflict decision flags several): one signal."""
        rows = []
        for record in records:
            row = self._row_of.get(record.id)
            if row is not None:
                self._facts[row] = record
                rows.append(row)
        if rows:
            last = len(COLUMN_TITLES) - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def update_fact(self, record: FactRecord) -> None:
        row = self._row_of.get(record.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._facts), len(self._facts))
            self._facts.append(record)
            self._row_of[record.id] = len(self._facts) - 1
            self.endInsertRows()
            return
        self._facts[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_TITLES) - 1))

    def remove_fact(self, fact_id: int) -> None:
        row = self._row_of.get(fact_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._facts[row]
        self._row_of = {f.id: i for i, f in enumerate(self._facts)}
        self.endRemoveRows()

    def fact_at(self, row: int) -> FactRecord:
        return self._facts[row]

    def row_of(self, fact_id: int) -> int | None:
        return self._row_of.get(fact_id)

    def facts(self) -> list[FactRecord]:
        return list(self._facts)

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMN_TITLES[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_COLUMNS and self._editor is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._facts):
            return None
        f = self._facts[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(f, col, role == Qt.ItemDataRole.EditRole)
        if role == FactIdRole:
            return f.id
        if role == FactRecordRole:
            return f
        if role == StatusRole:
            return f.status
        if role == SourceRole:
            return fact_source(f)
        if role == SortRole:
            return self._sort_key(f, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f, col)
        if role == Qt.ItemDataRole.ForegroundRole and f.status == "rejected":
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.FontRole and col == COL_TEXT and f.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == COL_TEXT and f.has_conflict:
            return QColor(214, 120, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(f, col, False)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._editor is None:
            return False
        f = self._facts[index.row()]
        text = str(value)
        if text == self._text(f, index.column(), True):
            return False
        return self._editor(f.id, index.column(), text)

    # -- details ------------------------------------------------------------------------------

    @staticmethod
    def _text(f: FactRecord, col: int, editing: bool) -> str:
        if col == COL_DATE:
            return date_edit_text(f.date) if editing else date_range_text(f.date)
        if col == COL_PRECISION:
            return precision_text(f.date)
        if col == COL_TEXT:
            return f.text
        if col == COL_SOURCE:
            return fact_source(f)
        if col == COL_STATUS:
            return f.status
        if col == COL_TAGS:
            return ", ".join(f.tags)
        if col == COL_NOTE:
            return f.note
        return ""

    @staticmethod
    def _sort_key(f: FactRecord, col: int) -> Any:
        if col == COL_DATE:
            # Undated facts sort last; equal dates keep the article order.
            e = f.date.earliest.toordinal() if f.date.earliest else 10**8
            return e * 10**7 + min(f.id, 10**7 - 1)
        if col == COL_PRECISION:
            # By how long the range is: a day before a week before a month.
            if f.date.earliest is None or f.date.latest is None:
                return 10**8
            return f.date.latest.toordinal() - f.date.earliest.toordinal()
        return FactsTableModel._text(f, col, False).lower()

    @staticmethod
    def _tooltip(f: FactRecord, col: int) -> str:
        parts = [f.text]
        if f.timex is not None:
            parts.append(f"“{f.timex.text}” → {f.timex.value}")
            if f.timex.explanation:
                parts.append(f.timex.explanation)
        if f.has_conflict:
            parts.append("A figure in this fact contradicts another source.")
        if f.note:
            parts.append(f"Note: {f.note}")
        return "\n".join(parts)


@dataclass(slots=True)
class FactFilter:
    """What the analyst narrowed the facts to: shared by the table and the timeline."""

    text: str = ""
    source: str | None = None
    statuses: frozenset[str] = field(default_factory=lambda: frozenset(STATUS_CHOICES))
    show_rejected: bool = False

    def accepts(self, text: str, source: str, status: str) -> bool:
        if status == "rejected" and not self.show_rejected:
            return False
        if status not in self.statuses:
            return False
        if self.source is not None and source != self.source:
            return False
        needle = self.text.strip().lower()
        return not needle or needle in text.lower()

    def is_trivial(self) -> bool:
        return (
            not self.text.strip()
            and self.source is None
            and self.statuses == frozenset(STATUS_CHOICES)
        )


class FactsFilterProxy(SourceSortingProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fact_filter = FactFilter()
        self.setDynamicSortFilter(True)

    def set_filter(self, fact_filter: FactFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.fact_filter = fact_filter
            self.endFilterChange()
        else:
            self.fact_filter = fact_filter
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FactsTableModel):
            return True
        f = model.fact_at(source_row)
        return self.fact_filter.accepts(f.text, fact_source(f), f.status)

    def fact_ids(self) -> list[int]:
        return [int(self.index(r, 0).data(FactIdRole)) for r in range(self.rowCount())]

    def proxy_row_of(self, fact_id: int) -> int | None:
        model = self.sourceModel()
        if not isinstance(model, FactsTableModel):
            return None
        row = model.row_of(fact_id)
        if row is None:
            return None
        index = self.mapFromSource(model.index(row, 0))
        return index.row() if index.isValid() else None


def sources_of(facts: Iterable[FactRecord]) -> list[str]:
    return sorted({fact_source(f) for f in facts}, key=str.lower)
