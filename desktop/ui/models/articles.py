"""The articles list: title, source, publication date and what was found in each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.records import ArticleRecord
from desktop.ui.format import shown_day, shown_title
from desktop.ui.models.sorting import SortedRowsModel

ModelIndex = QModelIndex | QPersistentModelIndex

COL_TITLE = 0
COL_SOURCE = 1
COL_PUBLISHED = 2
COL_FACTS = 3
COL_FIGURES = 4
COLUMN_TITLES = ("Article", "Source", "Published", "Facts", "Figures")

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
ArticleRecordRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
NeedsDateRole = Qt.ItemDataRole.UserRole + 4

#: A soft amber that reads on light and dark backgrounds alike.
NEEDS_DATE_COLOR = QColor(230, 145, 30)


class ArticlesTableModel(SortedRowsModel):
    columns = COLUMN_TITLES

    def set_articles(self, articles: Sequence[ArticleRecord]) -> None:
        self.replace_rows(articles)

    def sort_key(self, row: Any, column: int) -> Any:
        return self._sort_key(row, column)

    @classmethod
    def _sort_key(cls, a: ArticleRecord, col: int) -> Any:
        if col == COL_PUBLISHED:
            return a.published.toordinal() if a.published else 0
        if col in (COL_FACTS, COL_FIGURES):
            return a.fact_count if col == COL_FACTS else a.figure_count
        return cls._text(a, col).lower()

    def article_at(self, row: int) -> ArticleRecord:
        record: ArticleRecord = self.rows[row]
        return record

    def row_of(self, article_id: int) -> int | None:
        for i, a in enumerate(self.rows):
            if a.id == article_id:
                return i
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, col)
        if role == ArticleIdRole:
            return a.id
        if role == ArticleRecordRole:
            return a
        if role == NeedsDateRole:
            return a.needs_date
        if role == SortRole:
            return self._sort_key(a, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{a.display_title}\n{a.source or 'unknown source'}"
            if not a.needs_date:
                # a narrow list leaves the count off the row's second line
                tip += f" · {shown_day(a.published) if a.published else ''} · {facts_text(a)}"
            if a.needs_date:
                tip += "\n" + UNDATED_HINT
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_PUBLISHED and a.needs_date:
            return QBrush(NEEDS_DATE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_FACTS, COL_FIGURES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(a: ArticleRecord, col: int) -> str:
        if col == COL_TITLE:
            return shown_title(a)
        if col == COL_SOURCE:
            return a.source or ""
        if col == COL_PUBLISHED:
            return shown_day(a.published) if a.published else "needs a date"
        if col == COL_FACTS:
            return facts_text(a, short=True)
        if col == COL_FIGURES:
            return f"{a.figure_count:,}"
        return ""


#: Why an undated article has no (or few) facts, and what to do: its relative dates
#: ("Thursday", "last month") are read against the publication date.
UNDATED_HINT = (
    "No publication date: its facts come once it has one "
    "(Article > Set Publication Date…, or type it in Published)."
)


def facts_text(a: ArticleRecord, *, short: bool = False) -> str:
    """The article's fact count as the list says it: "0 facts" beside an undated article read
    as if nothing was found, when its facts are waiting for a date."""
    if a.needs_date and a.fact_count == 0:
        return "—" if short else "facts once dated"
    if short:
        return f"{a.fact_count:,}"
    return f"{a.fact_count:,} fact{'' if a.fact_count == 1 else 's'}"
