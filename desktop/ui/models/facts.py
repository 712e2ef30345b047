"""The facts table: one row per fact, edited in place through a callback that records undo."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from desktop.domain.records import FactRecord
from desktop.ui.format import date_edit_text, date_range_text, fact_line, precision_text
from desktop.ui.search import SearchQuery, parse_search, query_narrows
from desktop.ui.style import legible_grey

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


#: what the conflict marker says in words, to a screen reader and in the tooltip
CONFLICT_WORDS = "Figure contradicts another source"

_conflict_icon: QIcon | None = None


def conflict_icon() -> QIcon:
    """The facts table's conflict marker: a warning triangle with "!", the timeline's shape,
    so the mark is read by its shape as well as its orange (not by colour alone)."""
    global _conflict_icon
    if _conflict_icon is None:
        icon = QIcon()
        for size in (16, 32):
            pm = QPixmap(size, size)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            k = size / 16
            p.setPen(QPen(QColor(120, 60, 0), 1.0 * k))
            p.setBrush(QColor(214, 120, 0))
            p.drawPolygon(
                QPolygonF(
                    [QPointF(8 * k, 1.5 * k), QPointF(15 * k, 14 * k), QPointF(1 * k, 14 * k)]
                )
            )
            p.setPen(QPen(QColor(255, 255, 255), 1.8 * k))
            p.drawLine(QPointF(8 * k, 5.5 * k), QPointF(8 * k, 9.5 * k))
            p.drawPoint(QPointF(8 * k, 12 * k))
            p.end()
            icon.addPixmap(pm)
        _conflict_icon = icon
    return _conflict_icon


class Filterable(Protocol):
    """What a filter looks at: a fact record or a timeline row."""

    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def status(self) -> str: ...


F = TypeVar("F", bound=Filterable)

FactIdRole = Qt.ItemDataRole.UserRole + 1
FactRecordRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SourceRole = Qt.ItemDataRole.UserRole + 5

STATUS_CHOICES = ("auto", "confirmed", "rejected", "edited", "manual")
MANUAL_SOURCE = "(added by hand)"
#: a fact's status as a mark before its words when the Status column has stepped aside (the
#: timeline's marks: tick confirmed, pencil edited, dot added by hand, cross set aside); an
#: automatic fact, most of them, carries none
STATUS_MARKS = {"confirmed": "✓", "edited": "✎", "manual": "•", "rejected": "✕"}
#: the Status column's title where the column is as narrow as its marks
STATUS_SHORT_TITLE = "✓"
#: what the Status column's title says when pointed at
STATUS_TITLE_TIP = "Status: ✓ confirmed, ✎ edited, • manual, ✕ rejected; blank as Factlane found it"

#: (fact id, column, new value as typed) -> whether the edit was accepted
FactEditor = Callable[[int, int, str], bool]


#: An article whose outlet is not known, as the tables and the timeline's lanes name it.
UNKNOWN_SOURCE = "(unknown source)"


def fact_source(record: FactRecord) -> str:
    if record.article is None:
        return MANUAL_SOURCE
    return record.article.source or UNKNOWN_SOURCE


def _date_key(f: FactRecord) -> int:
    # Undated facts sort last; equal dates keep the article order.
    e = f.date.earliest
    return (e.toordinal() if e else 10**8) * 10**7 + min(f.id, 10**7 - 1)


def _length_key(f: FactRecord) -> int:
    # By how long the range is: a day before a week before a month.
    if f.date.earliest is None or f.date.latest is None:
        return 10**8
    return f.date.latest.toordinal() - f.date.earliest.toordinal()


@dataclass(slots=True)
class PreparedFacts:
    """Facts made ready for the table away from the GUI thread: every fact in the table's
    order, the ones the filter shows, and where each one is. The table takes them over with
    one reset and no per-row work (:meth:`FactsTableModel.set_prepared`)."""

    facts: list[FactRecord]
    order: tuple[int, Qt.SortOrder]
    fact_filter: FactFilter | None
    shown: list[FactRecord]
    position: dict[int, int]  # fact id -> index in ``facts``
    row_of: dict[int, int]  # fact id -> row in ``shown``


def prepare_facts(
    facts: Iterable[FactRecord],
    order: tuple[int, Qt.SortOrder],
    fact_filter: FactFilter | None,
    *,
    presorted: bool = False,
) -> PreparedFacts:
    """Sort and filter ``facts`` as the table with ``order`` and ``fact_filter`` shows them.
    Needs no Qt object, so a worker thread can do it before handing the list over."""
    ordered = list(facts)
    if not presorted:
        FactsTableModel.sort_like_table(ordered, order)
    # Always a list of its own: rows are inserted and removed apart from the facts.
    shown = list(ordered) if fact_filter is None else fact_filter.select(ordered)
    return PreparedFacts(
        facts=ordered,
        order=order,
        fact_filter=fact_filter,
        shown=shown,
        position={f.id: i for i, f in enumerate(ordered)},
        row_of={f.id: i for i, f in enumerate(shown)},
    )


class FactsTableModel(QAbstractTableModel):
    """Facts as rows. Edits go to ``editor`` (which pushes an undo command); the model changes
    only when told the fact changed (:meth:`update_fact`), so undo and edit look the same.

    The model sorts and filters its own lists (no QSortFilterProxyModel): a proxy asks Python
    about every row, one call at a time, which for 100,000 facts holds the window up for most
    of a second each time the facts load or the filter changes. ``fact_filter`` None shows
    every fact; the facts panel sets the analyst's filter.
    """

    def __init__(self, editor: FactEditor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[FactRecord] = []  # every fact, in the sort order
        #: how many of them are rejected, counted once per change of the facts (not at
        #: each keystroke of a search, which changes only the rows shown)
        self._held_rejected: int | None = None
        #: moves on at every change of the facts held (not of the rows shown): what is worked
        #: out from all of them (notes by fact, the count of rejected) is kept until it does
        self.version = 0
        self._position: dict[int, int] = {}  # fact id -> index in _all
        self._facts: list[FactRecord] = []  # the rows: the facts the filter lets through
        self._row_of: dict[int, int] | None = {}  # fact id -> row; None until next asked
        self._filter: FactFilter | None = None
        self._editor = editor
        # A project open read-only shows its facts without an editor behind any cell.
        self._read_only = False
        #: the Status column stepped aside: the fact's words carry its status mark instead
        self.status_marks = False
        #: the Status column is as narrow as its marks: its title is a mark too
        self.short_status_title = False
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        #: The table's font (its size is a preference): a rejected fact's struck-out text
        #: is drawn in it, not in the application's.
        self.row_font: QFont | None = None
        self._set_aside: tuple[int, QBrush] | None = None

    def set_aside_brush(self) -> QBrush:
        """A rejected fact's text colour: the theme's text faded, legible on either row shade.
        Made again when the palette changes (a theme chosen in Preferences)."""
        palette = QGuiApplication.palette()
        key = palette.cacheKey()
        if self._set_aside is None or self._set_aside[0] != key:
            group = QPalette.ColorGroup.Active
            grounds = [
                palette.color(group, QPalette.ColorRole.Base),
                palette.color(group, QPalette.ColorRole.AlternateBase),
            ]
            grey = legible_grey(palette.color(group, QPalette.ColorRole.Text), grounds)
            self._set_aside = (key, QBrush(grey))
        return self._set_aside[1]

    # -- contents -----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        if read_only == self._read_only:
            return
        self._read_only = read_only
        if self._facts:
            last = self.index(len(self._facts) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_read_only(self) -> bool:
        return self._read_only

    def set_facts(self, facts: Sequence[FactRecord], *, presorted: bool = False) -> None:
        """Show ``facts``, in the table's sort order; ``presorted`` when the caller already
        sorted them with :meth:`sort_like_table` (on a worker thread, say)."""
        self.set_prepared(
            prepare_facts(facts, self.sort_order(), self._filter, presorted=presorted)
        )

    def set_prepared(self, prepared: PreparedFacts) -> None:
        """Show facts prepared by :func:`prepare_facts`. If the analyst re-sorted or changed
        the filter while they were being prepared, that is caught up here."""
        if prepared.order != self.sort_order():
            prepared = prepare_facts(prepared.facts, self.sort_order(), self._filter)
        elif prepared.fact_filter != self._filter:
            shown = self._select(prepared.facts)
            prepared.shown = shown
            prepared.row_of = {f.id: i for i, f in enumerate(shown)}
        self.beginResetModel()
        self._all = prepared.facts
        self._facts_changed()
        self._position = prepared.position
        self._facts = prepared.shown
        self._row_of = prepared.row_of
        self.endResetModel()

    def refresh_all(self) -> None:
        """Every cell reads again (the date style changed); the rows stay as they are."""
        if self._facts:
            last = self.index(len(self._facts) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def fact_filter(self) -> FactFilter | None:
        return self._filter

    def set_filter(self, fact_filter: FactFilter | None) -> None:
        """Show only the facts ``fact_filter`` accepts (None: all). Rows are reset; the facts
        panel puts the selection back on the facts still shown."""
        before, self._filter = self._filter, fact_filter
        self.beginResetModel()
        if before is not None and fact_filter is not None and fact_filter.narrows(before):
            # A letter typed at the end of a search keeps a part of what is shown: only the
            # rows shown are read again (they are the facts the last filter accepts, in order).
            self._facts = fact_filter.select(self._facts)
        else:
            self._facts = self._select(self._all)
        self._row_of = None
        self.endResetModel()

    def _facts_changed(self) -> None:
        self._held_rejected = None
        self.version += 1

    def keep_filter(self, fact_filter: FactFilter) -> None:
        """Take ``fact_filter`` as the filter without reading the facts again: it accepts
        exactly what the present one does (see :meth:`FactFilter.narrows`)."""
        self._filter = fact_filter

    def _select(self, facts: list[FactRecord]) -> list[FactRecord]:
        return list(facts) if self._filter is None else self._filter.select(facts)

    def _accepts(self, f: FactRecord) -> bool:
        return self._filter is None or (
            self._filter.accepts(f.text, fact_source(f), f.status, note=f.note, tags=f.tags)
            and self._filter.accepts_lane(f)
        )

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    @classmethod
    def sort_like_table(cls, facts: list[FactRecord], order: tuple[int, Qt.SortOrder]) -> None:
        """Sort ``facts`` in place as the table with sort ``order`` shows them. Needs no Qt
        object, so a worker thread can do it before handing the list over."""
        column, direction = order
        facts.sort(key=cls.sort_key_of(column), reverse=direction == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_TITLES):
            return
        self._sort_column, self._sort_order = column, order
        # One key per fact, then a sort of positions by key at C speed. Python's sort is
        # stable (also reversed), so equal keys keep their previous order.
        facts = self._all
        keys = list(map(self.sort_key_of(column), facts))
        ranks = sorted(
            range(len(facts)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        ordered = [facts[i] for i in ranks]
        if len(self._facts) == len(facts):
            rows = list(ordered)  # every fact shown
        else:
            showing = {f.id for f in self._facts}
            rows = [f for f in ordered if f.id in showing]
        self.layoutAboutToBeChanged.emit()
        # Selections and the current row follow their facts.
        new_row = {f.id: i for i, f in enumerate(rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[self._facts[i.row()].id], i.column()) for i in persistent],
        )
        self._all = ordered
        self._position = {f.id: i for i, f in enumerate(ordered)}
        self._facts = rows
        self._row_of = new_row
        self.layoutChanged.emit()

    def _rows(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {f.id: i for i, f in enumerate(self._facts)}
        return self._row_of

    def update_facts(self, records: Iterable[FactRecord]) -> None:
        """Many changed facts at once (a conflict decision flags several): one signal for the
        rows that stay, a row change for each that appears or disappears."""
        changed = []
        for record in records:
            pos = self._position.get(record.id)
            row = self._rows().get(record.id)
            if pos is None or (row is None) == self._accepts(record):
                self.update_fact(record)  # new, or now shown / hidden by the filter
                continue
            self._all[pos] = record
            self._facts_changed()
            if row is not None:
                self._facts[row] = record
                changed.append(row)
        if changed:
            last = len(COLUMN_TITLES) - 1
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))

    def update_fact(self, record: FactRecord) -> None:
        self._facts_changed()
        pos = self._position.get(record.id)
        if pos is None:
            # A new fact (added by hand, or its deletion undone): at the end, as it is added.
            self._position[record.id] = len(self._all)
            self._all.append(record)
        else:
            self._all[pos] = record
        row = self._rows().get(record.id)
        shown = self._accepts(record)
        if row is not None and shown:
            self._facts[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_TITLES) - 1))
        elif row is not None:
            # Hidden by the filter now (rejected while rejected facts are hidden, say).
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._facts[row]
            self._row_of = None
            self.endRemoveRows()
        elif shown:
            # Where it belongs among the rows: after every shown fact that comes before it.
            position = self._position
            at = bisect.bisect_left(self._facts, position[record.id], key=lambda f: position[f.id])
            self.beginInsertRows(QModelIndex(), at, at)
            self._facts.insert(at, record)
            self._row_of = None
            self.endInsertRows()

    def remove_fact(self, fact_id: int) -> None:
        pos = self._position.pop(fact_id, None)
        if pos is None:
            return
        del self._all[pos]
        self._facts_changed()
        self._position = {f.id: i for i, f in enumerate(self._all)}
        row = self._rows().get(fact_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._facts[row]
        self._row_of = None
        self.endRemoveRows()

    def remove_facts(self, fact_ids: set[int]) -> None:
        """Take many facts out at once (an article removed): one pass, one reset, rather than
        a pass over every fact for each."""
        if not fact_ids.intersection(self._position):
            return
        self.beginResetModel()
        self._all = [f for f in self._all if f.id not in fact_ids]
        self._facts_changed()
        self._position = {f.id: i for i, f in enumerate(self._all)}
        self._facts = [f for f in self._facts if f.id not in fact_ids]
        self._row_of = None
        self.endResetModel()

    def fact(self, fact_id: int) -> FactRecord | None:
        """The record of ``fact_id``, shown or hidden by the filter."""
        pos = self._position.get(fact_id)
        return None if pos is None else self._all[pos]

    def fact_at(self, row: int) -> FactRecord:
        return self._facts[row]

    def row_of(self, fact_id: int) -> int | None:
        """The row showing ``fact_id``, or None when it is not shown."""
        return self._rows().get(fact_id)

    def facts(self) -> list[FactRecord]:
        """The facts shown, in row order."""
        return list(self._facts)

    def all_facts(self) -> list[FactRecord]:
        """Every fact the model holds, shown or not (the model's own list: do not change)."""
        return self._all

    def fact_ids(self) -> list[int]:
        return [f.id for f in self._facts]

    def total(self) -> int:
        """How many facts the model holds, shown or not."""
        return len(self._all)

    def rejected_counts(self) -> tuple[int, int]:
        """Rejected facts: how many the model holds, and how many of them the table shows."""
        if self._held_rejected is None:
            self._held_rejected = sum(1 for f in self._all if f.status == "rejected")
        held = self._held_rejected
        shown = sum(1 for f in self._facts if f.status == "rejected") if held else 0
        return held, shown

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_STATUS and self.short_status_title:
                return STATUS_SHORT_TITLE
            return COLUMN_TITLES[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_STATUS:
            return STATUS_TITLE_TIP
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return COLUMN_TITLES[section]
        return None

    def set_short_status_title(self, short: bool) -> None:
        if short != self.short_status_title:
            self.short_status_title = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_STATUS, COL_STATUS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() in EDITABLE_COLUMNS
            and self._editor is not None
            and not self._read_only
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._facts):
            return None
        f = self._facts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole and col == COL_TEXT and self.status_marks:
            mark = STATUS_MARKS.get(f.status)
            return f"{mark} {fact_line(f.text)}" if mark else fact_line(f.text)
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
            return self.set_aside_brush()
        if role == Qt.ItemDataRole.FontRole and col == COL_TEXT and f.status == "rejected":
            font = QFont(self.row_font) if self.row_font is not None else QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == COL_TEXT and f.has_conflict:
            return conflict_icon()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears what the marker shows.
            text = self._text(f, col, False)
            if col == COL_TEXT and self.status_marks and f.status != "auto":
                text = f"{f.status}: {text}"
            return f"{CONFLICT_WORDS}: {text}" if col == COL_TEXT and f.has_conflict else text
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self._editor is None
            or self._read_only
        ):
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
            # the text as stored when edited; on one line when shown
            return f.text if editing else fact_line(f.text)
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
        return FactsTableModel.sort_key_of(col)(f)

    @staticmethod
    def sort_key_of(col: int) -> Callable[[FactRecord], Any]:
        """The sort key of column ``col``, one small function per column (sorting 100,000
        facts calls it 100,000 times)."""
        if col == COL_DATE:
            return _date_key
        if col == COL_PRECISION:
            return _length_key
        if col == COL_TEXT:
            return lambda f: f.text.lower()
        if col == COL_SOURCE:
            return lambda f: fact_source(f).lower()
        if col == COL_STATUS:
            return lambda f: f.status
        if col == COL_TAGS:
            return lambda f: ", ".join(f.tags).lower()
        if col == COL_NOTE:
            return lambda f: f.note.lower()
        return lambda f: ""

    @staticmethod
    def _tooltip(f: FactRecord, col: int) -> str:
        parts = [f.text]
        # The precision column steps aside in a narrow table; the date's tooltip still says it.
        if col in (COL_DATE, COL_PRECISION):
            parts.insert(
                0,
                f"{FactsTableModel._text(f, COL_DATE, False)} (precision: {precision_text(f.date)})",
            )
        if f.timex is not None:
            parts.append(f"“{f.timex.text}” → {f.timex.value}")
            if f.timex.explanation:
                parts.append(f.timex.explanation)
        if f.has_conflict:
            parts.append("A figure in this fact contradicts another source.")
        if f.status != "auto":
            parts.append(f"Status: {f.status}")
        elif col == COL_STATUS:
            # The Status column shows no mark for it: its tooltip says what the blank means.
            parts.append("Status: auto (as Factlane found it, not reviewed yet)")
        # Tags and Note step aside in a narrow table: the tooltip still says them.
        if f.tags:
            parts.append(f"Tags: {', '.join(f.tags)}")
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
    #: several sources side by side (two outlets compared on the timeline); empty: no limit.
    #: ``source`` (one chosen in the combo) and ``sources`` are never both set by the window.
    sources: frozenset[str] = frozenset()
    #: the days a fact must touch to be shown (either end may be open): a fact dated
    #: "December 2024" is kept for a range of 1-10 Dec, as it may lie within it
    first_day: date | None = None
    last_day: date | None = None
    #: one lane's facts in lanes by article: the articles it holds (None: a manual fact;
    #: articles with the very same title share a lane); empty: no limit
    articles: frozenset[int | None] = frozenset()
    #: one lane's facts in lanes by tag: facts with this tag ("" for facts with none)
    tag: str | None = None
    #: one lane's facts in lanes by entity: the facts drawn in it; None: no limit
    facts: frozenset[int] | None = None

    def accepts(
        self,
        text: str,
        source: str,
        status: str,
        dated: tuple[date | None, date | None] = (None, None),
        note: str = "",
        tags: Sequence[str] = (),
    ) -> bool:
        if status == "rejected" and not self.show_rejected:
            return False
        if status not in self.statuses:
            return False
        if self.source is not None and source != self.source:
            return False
        if self.sources and source not in self.sources:
            return False
        if not self._in_days(*dated):
            return False
        query = self.query()
        return query.empty or query.matches(text, source, note, tags)

    def query(self) -> SearchQuery:
        """The search box's text read as terms (parsed once per text, not once per fact)."""
        return parse_search(self.text)

    def has_days(self) -> bool:
        return self.first_day is not None or self.last_day is not None

    def allowed_statuses(self) -> frozenset[str]:
        return self.statuses if self.show_rejected else self.statuses - {"rejected"}

    def narrows(self, other: FactFilter) -> bool:
        """Whether every fact this filter accepts is accepted by ``other`` too: then what
        ``other`` kept is all this one needs to read (the analyst typing on at the end of a
        search, or choosing one source after a search)."""
        if not self.allowed_statuses() <= other.allowed_statuses():
            return False
        if other.source is not None and self.source != other.source:
            return False
        if other.sources:
            mine = self.sources or ({self.source} if self.source is not None else set())
            if not mine or not mine <= other.sources:
                return False
        if other.first_day is not None and (
            self.first_day is None or self.first_day < other.first_day
        ):
            return False
        if other.last_day is not None and (self.last_day is None or self.last_day > other.last_day):
            return False
        if other.articles and (not self.articles or not self.articles <= other.articles):
            return False
        if other.tag is not None and self.tag != other.tag:
            return False
        if other.facts is not None and (self.facts is None or not self.facts <= other.facts):
            return False
        return query_narrows(self.query(), other.query())

    def _in_days(self, earliest: date | None, latest: date | None) -> bool:
        if not self.has_days():
            return True
        if earliest is None and latest is None:
            # An undated fact has no place in a range of days.
            return False
        if self.last_day is not None and earliest is not None and earliest > self.last_day:
            return False
        return not (self.first_day is not None and latest is not None and latest < self.first_day)

    def select(
        self,
        facts: Sequence[F],
        source_of: Callable[[F], str] | None = None,
        tags_of: Callable[[F], Sequence[str]] | None = None,
        notes_of: Callable[[F], str] | None = None,
    ) -> list[F]:
        """The facts this filter accepts, in their order: as :meth:`accepts`, one plain pass
        per narrowing over the list, rather than one call per fact. ``facts`` may be full
        records or the timeline's lean rows (then ``source_of`` names a row's source, and
        ``tags_of`` and ``notes_of`` what the analyst wrote on it)."""
        allowed = self.allowed_statuses()
        rows = list(facts)
        if not allowed.issuperset(STATUS_CHOICES):
            rows = [f for f in rows if f.status in allowed]
        for wanted in (self.source,) if self.source is not None else ():
            if source_of is not None:
                rows = [f for f in rows if source_of(f) == wanted]
            else:
                rows = [f for f in rows if isinstance(f, FactRecord) and fact_source(f) == wanted]
        if self.sources:
            chosen = self.sources
            if source_of is not None:
                rows = [f for f in rows if source_of(f) in chosen]
            else:
                rows = [f for f in rows if isinstance(f, FactRecord) and fact_source(f) in chosen]
        if self.has_days():
            rows = [f for f in rows if self._in_days(*fact_days(f))]
        if self.articles:
            rows = [f for f in rows if _article_of(f) in self.articles]
        if self.tag is not None:
            tag = self.tag
            if tags_of is None:
                tags_of = _tags_of
            rows = [f for f in rows if (tag in tags_of(f) if tag else not tags_of(f))]
        if self.facts is not None:
            lane_ids = self.facts
            rows = [f for f in rows if f.id in lane_ids]
        query = self.query()
        if not query.empty:
            rows = self._searched(rows, query, source_of, tags_of, notes_of)
        return rows

    @staticmethod
    def _searched(
        rows: list[F],
        query: SearchQuery,
        source_of: Callable[[F], str] | None,
        tags_of: Callable[[F], Sequence[str]] | None,
        notes_of: Callable[[F], str] | None,
    ) -> list[F]:
        """One plain pass per term, as the other narrowings, the terms that keep facts
        before those that leave facts out (each pass reads what the last one kept)."""
        if notes_of is None:
            notes_of = _note_of
        if source_of is None:
            source_of = _source_of
        if tags_of is None:
            tags_of = _tags_of
        for term in sorted(query.terms, key=lambda t: (t.excluded, t.field != "text")):
            v, keep = term.value, not term.excluded
            if term.field == "text":
                rows = [f for f in rows if (v in f.text.lower()) is keep]
            elif term.field == "any":
                # A note is read only for a fact whose text does not hold the word.
                rows = [
                    f for f in rows if (v in f.text.lower() or v in notes_of(f).lower()) is keep
                ]
            elif term.field == "note":
                if v:
                    rows = [f for f in rows if (v in notes_of(f).lower()) is keep]
                else:
                    rows = [f for f in rows if bool(notes_of(f).strip()) is keep]
            elif term.field == "source":
                if v:
                    rows = [f for f in rows if (v in source_of(f).lower()) is keep]
                else:
                    rows = [f for f in rows if bool(source_of(f)) is keep]
            elif v:
                rows = [f for f in rows if any(v in t.lower() for t in tags_of(f)) is keep]
            else:
                rows = [f for f in rows if bool(tags_of(f)) is keep]
        return rows

    def accepts_lane(self, fact: FactRecord) -> bool:
        """Whether ``fact`` is in the lane (an article's, a tag's or an entity's) the filter is
        limited to."""
        if self.facts is not None and fact.id not in self.facts:
            return False
        return bool(self.select([fact])) if self.articles or self.tag is not None else True

    def is_trivial(self) -> bool:
        return (
            not self.text.strip()
            and self.source is None
            and not self.sources
            and not self.has_days()
            and self.statuses == frozenset(STATUS_CHOICES)
            and not self.articles
            and self.tag is None
            and self.facts is None
        )


class NarrowingSelect(Generic[F]):
    """:meth:`FactFilter.select` over rows that stay the same from one call to the next (the
    timeline's): a filter that narrows the last one (a letter typed at the end of a search)
    reads only the rows the last one kept. ``key`` must change whenever the rows, or what
    the callbacks read beside them (notes, tags, sources), may have changed: another key
    reads every row again."""

    def __init__(self) -> None:
        self._last: tuple[object, FactFilter, list[F]] | None = None
        #: how many rows the last select() read (for tests and benchmarks)
        self.read = 0

    def select(
        self,
        flt: FactFilter,
        key: object,
        rows: Callable[[], Sequence[F]],
        source_of: Callable[[F], str] | None = None,
        tags_of: Callable[[F], Sequence[str]] | None = None,
        notes_of: Callable[[F], str] | None = None,
    ) -> list[F]:
        last = self._last
        narrows = last is not None and last[0] == key and flt.narrows(last[1])
        base: Sequence[F] = last[2] if last is not None and narrows else rows()
        self.read = len(base)
        kept = flt.select(base, source_of, tags_of, notes_of)
        self._last = (key, flt, kept)
        return kept

    def forget(self) -> None:
        self._last = None


def _article_of(fact: object) -> int | None:
    """The article id of a full record or a timeline row (None for a manual fact)."""
    if isinstance(fact, FactRecord):
        return fact.article.id if fact.article is not None else None
    found = getattr(fact, "article_id", None)
    return found if isinstance(found, int) else None


def _tags_of(fact: object) -> Sequence[str]:
    return fact.tags if isinstance(fact, FactRecord) else ()


def _note_of(fact: object) -> str:
    return fact.note if isinstance(fact, FactRecord) else ""


def _source_of(fact: object) -> str:
    return fact_source(fact) if isinstance(fact, FactRecord) else ""


def fact_days(fact: object) -> tuple[date | None, date | None]:
    """The first and last day a full record or a timeline row may lie on."""
    if isinstance(fact, FactRecord):
        return fact.date.earliest, fact.date.latest
    earliest = getattr(fact, "earliest", None)
    latest = getattr(fact, "latest", None)
    # A fact whose start or end the text leaves open ("since 2014") reaches on that side.
    if getattr(fact, "open_start", False):
        earliest = None
    if getattr(fact, "open_end", False):
        latest = None
    return earliest, latest


def sources_of(facts: Iterable[FactRecord]) -> list[str]:
    return sorted({fact_source(f) for f in facts}, key=str.lower)
