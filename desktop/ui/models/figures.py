"""The figures table: each reported number with its range, what it counts and who said it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.records import FigureRecord
from desktop.ui.format import (
    attribution,
    figure_reading,
    figure_value,
    sentence_around,
    shown_as_of,
)
from desktop.ui.models.facts import UNKNOWN_SOURCE
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
#: True for a number its sentence denies ("80, not 800"): shown struck through and tagged
DeniedRole = Qt.ItemDataRole.UserRole + 4

#: the tag beside a denied number's value
DENIED_TAG = "denied"
DENIED_LEAD = "Denied in the text, so it is compared in no conflict:"
DENIED_HINT = "To compare it anyway, link it to a group in the Conflicts tab."


class FiguresTableModel(SortedRowsModel):
    columns = COLUMN_TITLES

    def __init__(
        self,
        parent: QObject | None = None,
        article_text: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        #: an article's body by id, for quoting a denied number's whole sentence in its tooltip
        #: (the stored figure keeps only its own words; the denial is elsewhere in the sentence)
        self.article_text = article_text
        #: the columns stepped aside in a narrow pane: what they said is read elsewhere.
        #: With Measure away, Counted reads the measure after what is counted ('people
        #: killed', or 'killed' alone): '61 | | the civil protection agency | … | 61' said
        #: nothing of what 61 was, and 'at least 38 people' beside 'more than 200 people'
        #: not which were killed. With Counted away too, the figure's words end with it
        #: ('at least 38 people · killed').
        self.aside: frozenset[int] = frozenset()

    def set_aside(self, columns: Collection[int]) -> None:
        aside = frozenset(columns)
        if aside == self.aside:
            return
        self.aside = aside
        if self.rows:
            last = len(self.rows) - 1
            for col in (COL_COUNTED, COL_TEXT):
                self.dataChanged.emit(
                    self.index(0, col), self.index(last, col), [Qt.ItemDataRole.DisplayRole]
                )

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
            if COL_MEASURE in self.aside and r.figure.measure:
                fig = r.figure
                if col == COL_COUNTED:
                    return " ".join(x for x in (fig.counted, fig.measure) if x)
                if col == COL_TEXT and COL_COUNTED in self.aside:
                    return f"{fig.text} · {fig.measure}"
            return self._text(r, col)
        if role == FigureIdRole:
            return r.id
        if role == FigureRecordRole:
            return r
        if role == SortRole:
            return self._sort_key(r, col)
        if role == DeniedRole:
            return r.figure.denied
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if r.figure.denied and col == COL_VALUE:
            if role == Qt.ItemDataRole.FontRole:
                # only strike-out is set: the view's own font fills in the rest
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.AccessibleTextRole:
                # a screen reader does not see the line through the number
                return f"{self._text(r, col)}, {DENIED_TAG}"
        return None

    def _tooltip(self, r: FigureRecord) -> str:
        """The sentence and the figure's reading in full: a narrow table hides the columns
        that repeat the sentence's words."""
        fig = r.figure
        # "about 42,000 vehicles per day", "fire burned for 19 hours"
        reading = figure_reading(fig)
        if fig.attributed_to:
            # a denied number's attribution is the one who denies it
            said = "denied by" if fig.denied else "according to"
            reading += f", {said} {attribution(fig.attributed_to)}"
        if fig.as_of:
            # as finely as the text told it: "as of 1962", not the year's last day
            reading += f", as of {shown_as_of(fig.as_of, fig.as_of_precision)}"
        source = f"{r.article.display_title} ({r.article.source or 'unknown'})"
        if fig.denied:
            return f"{DENIED_LEAD}\n“{self._sentence(r)}”\n{reading}\n{source}\n{DENIED_HINT}"
        return f"“{fig.text}”\n{reading}\n{source}"

    def _sentence(self, r: FigureRecord) -> str:
        """The sentence that denies the number, as written; the figure's own words when the
        article's text is not at hand."""
        fig = r.figure
        text = self.article_text(r.article.id) if self.article_text is not None else ""
        if not text or fig.end > len(text) or text[fig.start : fig.end] != fig.text:
            return fig.text
        s, e = sentence_around(text, fig.start, fig.end)
        return " ".join(text[s:e].split())

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
            # in the analyst's date style, as the facts table's dates ('10 May 2025'), and
            # as finely as the text told it ('1962', 'March 2024')
            return shown_as_of(fig.as_of, fig.as_of_precision) if fig.as_of else ""
        if col == COL_SOURCE:
            # Named as the facts table and the timeline name it: a blank read as a figure
            # with no article, and naming the outlet in the reader seemed to change nothing.
            return r.article.source or UNKNOWN_SOURCE
        if col == COL_TEXT:
            return fig.text
        return ""
