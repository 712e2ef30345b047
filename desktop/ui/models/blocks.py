"""The paragraphs of a document as read: kept in the body, or set aside as page furniture.

A checked row is part of the body; unchecking sets it aside, checking restores it. Removed rows
read greyed and struck through, with the reason they were removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain import Block

ModelIndex = QModelIndex | QPersistentModelIndex

KeptRole = Qt.ItemDataRole.UserRole + 1
ReasonRole = Qt.ItemDataRole.UserRole + 2
BlockTextRole = Qt.ItemDataRole.UserRole + 3

#: (block index, keep it) -> accepted
BlockToggler = Callable[[int, bool], bool]

REMOVED_GREY = QColor(128, 128, 128)


class BlocksListModel(QAbstractListModel):
    def __init__(self, toggler: BlockToggler | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[Block] = []
        self._toggler = toggler
        self._read_only = False

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        self.beginResetModel()
        self._blocks = list(blocks)
        self.endResetModel()

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def set_kept(self, row: int, kept: bool) -> None:
        """Change the row here (the import dialog's copy, before anything is stored)."""
        b = self._blocks[row]
        self._blocks[row] = Block(b.text, kept, None if kept else (b.reason or "set aside by you"))
        idx = self.index(row, 0)
        self.dataChanged.emit(idx, idx)

    def removed_count(self) -> int:
        return sum(1 for b in self._blocks if not b.kept)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._blocks)

    def set_read_only(self, read_only: bool) -> None:
        """Paragraphs shown as they are, kept or set aside, without a way to change them."""
        self._read_only = read_only
        if self._blocks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._blocks) - 1, 0))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self._read_only:
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._blocks):
            return None
        b = self._blocks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return b.text if b.kept else f"[removed: {b.reason or 'furniture'}]  {b.text}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if b.kept else Qt.CheckState.Unchecked
        if role == KeptRole:
            return b.kept
        if role == ReasonRole:
            return b.reason
        if role == BlockTextRole:
            return b.text
        if role == Qt.ItemDataRole.ForegroundRole and not b.kept:
            return QBrush(REMOVED_GREY)
        if role == Qt.ItemDataRole.FontRole and not b.kept:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if b.kept:
                return "Part of the article. Uncheck to set it aside as page furniture."
            return f"Removed as {b.reason or 'page furniture'}. Check to restore it to the body."
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self._read_only:
            return False
        kept = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if kept == self._blocks[index.row()].kept:
            return False
        if self._toggler is not None:
            return self._toggler(index.row(), kept)
        self.set_kept(index.row(), kept)
        return True
