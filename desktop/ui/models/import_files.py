"""The files of one import, each read ahead so the analyst can check and correct it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from desktop.domain import Block, RawArticle, body_from_blocks
from desktop.domain.records import ArticleRecord
from desktop.ui.models.articles import NEEDS_DATE_COLOR

ModelIndex = QModelIndex | QPersistentModelIndex

EntryRole = Qt.ItemDataRole.UserRole + 1
NeedsDateRole = Qt.ItemDataRole.UserRole + 2

EDITABLE_FIELDS = ("title", "source", "author", "url")


@dataclass(slots=True)
class ImportEntry:
    """One file: what reading it found, and what the analyst changed."""

    path: Path
    data: bytes | None = None
    raw: RawArticle | None = None
    error: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    published_text: str | None = None  # None = not touched by the analyst
    blocks: list[Block] | None = None
    # One item of a feed or a database export (numbered from 1 among ``item_count``), with
    # the whole file's bytes; 0 is a file that is one article.
    item: int = 0
    item_count: int = 0
    file_data: bytes | None = None
    # An item the analyst unticked is left out of the import.
    included: bool = True
    # The article the project already holds with these very bytes: importing stores nothing
    # new, and the date it has is the one it keeps (unless one is typed here).
    already_in: ArticleRecord | None = None

    def label(self) -> str:
        """How the analyst tells it apart: the file's name, and an item's place and title."""
        if not self.item:
            return self.path.name
        title = self.value("title") or "untitled"
        # The item's day and place come before the file's name: should the line wrap in a
        # narrow list, the name goes whole to the next line, never the day on its own
        # ('… · 1 of 3 ·' over a lone '2025-03-06').
        place = f"{self.item} of {self.item_count} · {self.path.name}"
        day = self.published()
        return f"{title}\n{day} · {place}" if day is not None else f"{title}\n{place}"

    @property
    def read(self) -> bool:
        return self.raw is not None or self.error is not None

    def value(self, name: str) -> str:
        if name in self.fields:
            return self.fields[name]
        if self.raw is None:
            return ""
        return str(getattr(self.raw, name) or "")

    def published(self) -> date | None:
        """The date that will be stored: the analyst's if typed, else what the file said."""
        if self.published_text is not None:
            try:
                return date.fromisoformat(self.published_text.strip())
            except ValueError:
                return None
        return self.raw.published if self.raw else None

    def published_valid(self) -> bool:
        if not self.included:
            return True  # a date mistyped on an item left out stops nothing
        if self.published_text is None or not self.published_text.strip():
            return True
        try:
            date.fromisoformat(self.published_text.strip())
        except ValueError:
            return False
        return True

    @property
    def needs_date(self) -> bool:
        if self.already_in is not None and not self.already_in.needs_date:
            return False
        return self.included and self.raw is not None and self.published() is None

    def edited(self) -> bool:
        return bool(self.fields) or self.published_text is not None or self.blocks is not None

    def edited_raw(self) -> RawArticle | None:
        """The article as the analyst left it: fields, body and origins updated."""
        if self.raw is None:
            return None
        raw = self.raw
        origins = dict(raw.field_origins)
        changes: dict[str, Any] = {}
        for name, value in self.fields.items():
            if value != str(getattr(raw, name) or ""):
                changes[name] = value.strip() or None
                origins[name] = "user"
        if self.blocks is not None:
            changes["blocks"] = list(self.blocks)
            changes["text"] = body_from_blocks(self.blocks)
        if self.published_text is not None and not self.published_text.strip():
            # The analyst cleared a date the file gave: store none rather than a wrong one.
            changes["published"] = None
            changes["published_origin"] = None
            origins.pop("published", None)
        return replace(raw, field_origins=origins, **changes)

    def user_published(self) -> date | None:
        """A date to store with origin 'user' (only when the analyst typed one)."""
        if self.published_text is None:
            return None
        return self.published()


class ImportFilesModel(QAbstractListModel):
    #: An item of a multi-item file ticked or unticked (its row).
    ticked = Signal(int)

    def __init__(self, entries: Sequence[ImportEntry] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def entries(self) -> list[ImportEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ImportEntry:
        return self._entries[row]

    def entry_changed(self, row: int) -> None:
        idx = self.index(row, 0)
        self.dataChanged.emit(idx, idx)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ""
            if e.error:
                mark = "\ncannot be read"
            elif not e.included:
                mark = " · left out"
            elif e.already_in is not None:
                mark = "\nalready in the project"
            elif e.needs_date:
                mark = "\nneeds a publication date"
            return e.label() + mark
        if role == Qt.ItemDataRole.CheckStateRole and e.item:
            return Qt.CheckState.Checked if e.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "" if not e.item else (", imported" if e.included else ", left out")
            return e.label().replace("\n", ", ") + state
        if role == EntryRole:
            return e
        if role == NeedsDateRole:
            return e.needs_date
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole name first (the list may have cut its middle), then its folder and,
            # for a file that cannot be read, why.
            lines = [e.label(), f"in {e.path.parent}"]
            if e.error:
                lines.append(f"Cannot be read: {e.error}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and e.included and (e.needs_date or e.error):
            return QBrush(NEEDS_DATE_COLOR)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._entries[index.row()].item:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        e = self._entries[index.row()]
        if not e.item:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if e.included != bool(checked):
            e.included = bool(checked)
            self.dataChanged.emit(index, index)
            self.ticked.emit(index.row())
        return True

    def split(self, row: int, items: Sequence[ImportEntry]) -> None:
        """Put a file's items in its place once it is read as several articles. The first
        takes the file's row, so the row the analyst is on stays current."""
        first, *rest = items
        self._entries[row] = first
        self.entry_changed(row)
        if rest:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(rest))
            self._entries[row + 1 : row + 1] = rest
            self.endInsertRows()
