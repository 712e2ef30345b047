"""The figures tab: every number the articles report, sortable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import FigureRecord
from desktop.ui.models.figures import (
    COL_AS_OF,
    COL_ATTRIBUTED,
    COL_COUNTED,
    COL_MEASURE,
    COL_SOURCE,
    COL_TEXT,
    COL_VALUE,
    DENIED_TAG,
    DeniedRole,
    FigureRecordRole,
    FiguresTableModel,
)
from desktop.ui.models.sorting import SourceSortingProxy
from desktop.ui.search import FactTags, SearchQuery, figure_matches, figure_tags
from desktop.ui.widgets.column_fit import SpareWidthColumns
from desktop.ui.widgets.empty_state import EmptyState

ModelIndex = QModelIndex | QPersistentModelIndex


def denied_colour(palette: QPalette) -> QColor:
    """An amber that reads on the table's base in a light or a dark palette: the mark says
    "set aside", which neither the contradiction red nor the update blue means."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(150, 82, 0) if base.lightnessF() > 0.5 else QColor(240, 176, 80)


class DeniedValueDelegate(QStyledItemDelegate):
    """The value of a number its sentence denies: struck through (the model's font) with a
    small "denied" tag just left of it, so the analyst sees at a glance why the number is in
    no conflict; the row's tooltip quotes the sentence."""

    @staticmethod
    def tag_font(font: QFont) -> QFont:
        tag = QFont(font)
        tag.setStrikeOut(False)
        if font.pointSizeF() > 0:  # a pixel-sized font has no point size to scale
            tag.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return tag

    @classmethod
    def tag_width(cls, font: QFont) -> int:
        """The tag and the gap between it and the value."""
        fm = QFontMetrics(cls.tag_font(font))
        return fm.horizontalAdvance(DENIED_TAG) + fm.height() + fm.height() // 2

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(DeniedRole):
            hint.setWidth(hint.width() + self.tag_width(option.font))
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        if not index.data(DeniedRole):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        value_width = QFontMetrics(opt.font).horizontalAdvance(opt.text)
        font = self.tag_font(opt.font)
        fm = QFontMetrics(font)
        pad = max(fm.height() // 2, 4)
        width = fm.horizontalAdvance(DENIED_TAG) + 2 * pad
        height = fm.height() + 2
        right = text_rect.right() - value_width - pad
        left = right - width
        if left < opt.rect.left() + 2:
            return  # no room beside the value: the line through it and the tooltip remain
        tag = QRect(left, opt.rect.center().y() - height // 2 + 1, width, height)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = (
            opt.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else denied_colour(opt.palette)
        )
        fill = QColor(colour)
        fill.setAlpha(36)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(fill)
        painter.drawRoundedRect(tag.adjusted(0, 0, -1, -1), height / 2, height / 2)
        painter.setFont(font)
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), DENIED_TAG)
        painter.restore()


class FigureSearchProxy(SourceSortingProxy):
    """The figures the facts search finds. Which are kept is worked out once per search or
    per new list of figures, in one pass, not asked of the query again at each sort."""

    def __init__(self, model: FiguresTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figures = model
        self.query = SearchQuery()
        #: ids of the figures found; None: not worked out for the present rows yet
        self._kept: set[int] | None = None
        #: the tagged facts' spans, asked for only by a search with tag:
        self.fact_tags: Callable[[], FactTags] | None = None
        self.setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)

    def set_query(self, query: SearchQuery) -> None:
        if query == self.query:
            return
        # Qt 6.10 replaced invalidateFilter() (deprecated) by a begin/end pair; older
        # PySide6 releases the project allows have only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.query, self._kept = query, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.query, self._kept = query, None
            self.invalidateFilter()

    def _forget(self) -> None:
        self._kept = None

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self.query.empty:
            return True
        rows = self.figures.rows
        if self._kept is None:
            q = self.query
            spans = self.fact_tags() if q.reads("tag") and self.fact_tags else {}
            self._kept = {r.id for r in rows if figure_matches(q, r, tags=figure_tags(r, spans))}
        return 0 <= source_row < len(rows) and rows[source_row].id in self._kept


#: characters of "As written" kept before the other columns are squeezed for it (the least
#: any sentence column gets, SpareWidthColumns' floor)
SENTENCE_GIVES_WAY_AT = 16
#: columns never squeezed below what they hold (up to their cap): the value, and what it counts
WHOLE_OR_ASIDE = (COL_VALUE, COL_COUNTED)


class FiguresPanel(QWidget):
    """``figureActivated(article_id, start, end)`` when a figure is chosen."""

    figureActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FiguresTableModel(self)
        self._fit_pending = False
        self.proxy = FigureSearchProxy(self.model, self)
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
        self.value_delegate = DeniedValueDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_VALUE, self.value_delegate)
        # Fitting columns measures this many rows, not thousands of them.
        self.table.horizontalHeader().setResizeContentsPrecision(80)
        self.table.verticalHeader().setResizeContentsPrecision(80)
        # The sentence as written takes the spare width; the other columns are as wide as
        # their usual contents and give way, down to a short reading, when the pane is narrow.
        # When narrow, the columns that repeat the sentence's own words step aside first
        # (the row's tooltip still reads them out); the value, its date and source stay.
        # "As written" repeats the value and what is counted, and the row's tooltip quotes
        # it whole: it gives up its room, down to the least a sentence gets, before what is
        # counted and who said so are cut (at 1440 pixels they read "North K…" and "South
        # Korea's…" beside a sentence column twice their width). Once what is counted has
        # stepped aside (1024 pixels), the sentence is where it is read, and keeps its room.
        # What is counted is what makes a number mean something: it is shown whole or not
        # at all (at 1280x720 it read "North Kore…" for every soldier), and who gave the
        # number steps aside before it does (the row's tooltip and the reader say who).
        self.columns = SpareWidthColumns(
            self.table,
            COL_TEXT,
            optional=(COL_MEASURE, COL_ATTRIBUTED, COL_COUNTED),
            # (kept while the sentence gets the characters it squeezes for, not twenty)
            aside_for={COL_COUNTED: SENTENCE_GIVES_WAY_AT},
            readable_chars=SENTENCE_GIVES_WAY_AT,
            repeated=(COL_COUNTED,),
        )
        self.columns.steppedAside.connect(self._measure_aside)
        self.columns.remember("figures/columns")
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        pad = fm.height()
        # a day as either date style writes it, the wider: never cut short; a month told
        # alone ("September 2025") or a week over two months is whole where there is room
        day = max("2025-01-13", "28 May 2025", key=fm.horizontalAdvance)
        as_of = max(day, "September 2025", "29 Sep–5 Oct 2025", key=fm.horizontalAdvance)
        #: a day with the margins the view draws it in: the least the As of column takes
        self._day_width = fm.horizontalAdvance(day) + fm.height() // 2
        #: per column: (the widest content worth showing whole, the least it is squeezed to)
        self._samples = {
            COL_VALUE: ("more than 12,000", "about 2,000"),
            COL_COUNTED: ("North Korean soldiers deployed", "soldiers"),
            COL_MEASURE: ("deployed, killed", "killed"),
            COL_ATTRIBUTED: ("the Ministry of Defence", "the ministry"),
            COL_AS_OF: (as_of, day),
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
        self._loading = False
        self._query = SearchQuery()
        self.empty_state = EmptyState(self.table, self._empty_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _empty_message(self) -> str:
        if self._loading:
            # A big project's figures arrive after a while: "none yet" would be wrong.
            return "Loading…"
        if self.model.rows and not self.proxy.query.empty:
            return (
                f"No figure matches the search.\n\n{len(self.model.rows)} figures in all: "
                "clear the search (Esc in the search box) to see them."
            )
        return (
            "No figures yet.\n\nThe numbers the articles report (how many were killed, "
            "deployed or displaced, and who says so) are listed here as articles are "
            "imported (File > Import Articles…, Ctrl+I)."
        )

    def set_query(self, query: SearchQuery) -> None:
        """Show the figures the facts search finds: the same words, "phrases", -exclusions
        and source: prefix, read in the figure's words, what it counts, its measure and who
        gave it."""
        # Behind the Facts tab the figures wait until they are looked at: a keystroke in the
        # search should not pay for a list nobody sees.
        self._query = query
        if self.isVisible():
            self._narrow()

    def _narrow(self) -> None:
        self.proxy.set_query(self._query)
        self.empty_state.refresh()

    @property
    def shown(self) -> int:
        return self.proxy.rowCount()

    def set_loading(self, loading: bool) -> None:
        """The project's figures are being read in the background."""
        self._loading = loading
        self.empty_state.refresh()

    def set_article_text(self, article_text: Callable[[int], str] | None) -> None:
        """Where a denied number's tooltip reads its article's body (to quote the sentence)."""
        self.model.article_text = article_text

    def set_figures(self, figures: list[FigureRecord]) -> None:
        self._loading = False
        self.model.set_figures(figures)
        self.empty_state.refresh()
        # Columns are fitted to the figures when the tab is first seen, not while it is
        # hidden behind the facts: measuring them costs a tenth of a second on a big project.
        self._fit_pending = True
        if self.isVisible():
            self._fit_columns()

    def dates_restyled(self) -> None:
        """The date style changed (Preferences): the As of dates read again, the columns
        refitted to them."""
        rows, columns = self.model.rowCount(), self.model.columnCount()
        if rows:
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(rows - 1, columns - 1)
            )
        self._fit_pending = True
        if self.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._narrow()
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
            if col == COL_VALUE:
                # A denied number's tag widens the value past its usual cap, and only some
                # rows are measured: one further down must still show value and tag.
                wanted = max(wanted, self._denied_value_width())
            # The value is what the row is about: it is never cut to "more than …"; nor is
            # what it counts, which steps aside (into "As written") rather than be cut.
            least = wanted if col in WHOLE_OR_ASIDE else self._short[col]
            if col == COL_AS_OF:
                # a week or a month told alone ("6–12 Jan 2025") is wider than a day: on a
                # narrow pane it is cut (the row's tooltip says it whole) before what is
                # counted steps aside for it; a day is never cut
                least = min(least, self._day_width)
            self.columns.set_widths(col, wanted, least)
        self.columns.text_needs = self.table.sizeHintForColumn(COL_TEXT)
        self.columns.fit()

    def _measure_aside(self) -> None:
        """Columns stepped aside (or came back): what Measure (and Counted) said is read
        in the columns still shown, which are measured again for it."""
        aside = self.columns.stepped_aside & {COL_MEASURE, COL_COUNTED}
        if aside != self.model.aside:
            self.model.set_aside(aside)
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_columns)

    def _denied_value_width(self) -> int:
        fm = self.table.fontMetrics()
        widths = [
            fm.horizontalAdvance(str(self.model.index(row, COL_VALUE).data()))
            for row, record in enumerate(self.model.rows)
            if record.figure.denied
        ]
        if not widths:
            return 0
        return max(widths) + DeniedValueDelegate.tag_width(self.table.font()) + 2 * fm.height()

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = index.data(FigureRecordRole)
            if isinstance(record, FigureRecord):
                self.figureActivated.emit(record)
