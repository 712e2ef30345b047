"""The articles list at the side: every imported article with its source and date."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ArticleRecord
from desktop.ui.format import bidi_isolated, shown_day, shown_title
from desktop.ui.models.articles import (
    COL_FACTS,
    COL_FIGURES,
    COL_PUBLISHED,
    COL_SOURCE,
    COL_TITLE,
    NEEDS_DATE_COLOR,
    ArticleIdRole,
    ArticleRecordRole,
    ArticlesTableModel,
    facts_text,
)
from desktop.ui.models.sorting import SourceSortingProxy

ModelIndex = QModelIndex | QPersistentModelIndex


#: Below this width the list gives each title two lines: at 1280 and 1400 pixels (a list
#: 220-235 wide) one line cut titles to 16-18 characters ('Halvor quake toll rises …'),
#: too few to tell one story's articles apart; two lines hold about 40.
TWO_LINE_TITLES_BELOW = 320


def title_lines(title: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``title`` in up to ``lines`` lines of ``width``: broken between words, the last line
    cut with an ellipsis. A word wider than a line is cut where it must be."""
    if lines <= 1 or fm.horizontalAdvance(title) <= width:
        return [fm.elidedText(title, Qt.TextElideMode.ElideRight, width)]
    out: list[str] = []
    rest = title.strip()
    while rest and len(out) < lines - 1:
        words = rest.split(" ")
        line = words[0]
        used = 1
        for word in words[1:]:
            if fm.horizontalAdvance(f"{line} {word}") > width:
                break
            line = f"{line} {word}"
            used += 1
        if fm.horizontalAdvance(line) > width:
            # one long word (a URL as a title): as many letters as fit, the rest below
            cut = len(line)
            while cut > 1 and fm.horizontalAdvance(line[:cut]) > width:
                cut -= 1
            out.append(line[:cut])
            rest = rest[cut:].lstrip()
            continue
        out.append(line)
        rest = " ".join(words[used:])
    if rest:
        out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return out


class ArticleDelegate(QStyledItemDelegate):
    """Title in bold on the first line (two in a narrow list); source, date and counts muted
    on the line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_line_count = 1

    def _lines(self, index: ModelIndex) -> tuple[str, str, bool]:
        record = index.data(ArticleRecordRole)
        if not isinstance(record, ArticleRecord):
            return str(index.data() or ""), "", False
        date_text = shown_day(record.published) if record.published else "needs a date"
        source = bidi_isolated(record.source or "unknown source")
        if record.needs_date:
            # What the article waits for comes first: a narrow list cuts the line's end.
            second = f"{date_text} · {facts_text(record)} · {source}"
        else:
            second = f"{source} · {date_text} · {facts_text(record)}"
        return shown_title(record), second, record.needs_date

    def fitted_second_line(self, index: ModelIndex, fm: QFontMetrics, width: int) -> str:
        """The second line fitted to ``width``: what tells articles apart (the source and the
        date) before the count. The source is cut in its own place, down to a readable stem,
        before the count is left out; the date stays whole (at 1024 pixels "Eastbank Review
        (sample) · …" hid the date and the count)."""
        _title, second, _needs = self._lines(index)
        if fm.horizontalAdvance(second) <= width:
            return second
        record = index.data(ArticleRecordRole)
        if not isinstance(record, ArticleRecord):
            return fm.elidedText(second, Qt.TextElideMode.ElideRight, width)
        source = record.source or "unknown source"
        if record.needs_date:
            # An undated article's line starts with what it waits for and keeps it whole; the
            # outlet, which tells it from the others, goes before the count does ("needs a
            # date · facts once dat…" at 1366x768 named neither; the tooltip says the rest).
            head = "needs a date · "
            room = width - fm.horizontalAdvance(head)
            if room >= fm.horizontalAdvance(source[:4] + "…"):
                return head + bidi_isolated(
                    fm.elidedText(source, Qt.TextElideMode.ElideRight, room)
                )
            if fm.horizontalAdvance(head.removesuffix(" · ")) <= width:
                return head.removesuffix(" · ")
            return fm.elidedText(head, Qt.TextElideMode.ElideRight, width)
        day = shown_day(record.published) if record.published else ""
        for tail, stem in ((f" · {day} · {facts_text(record)}", 12), (f" · {day}", 4)):
            room = width - fm.horizontalAdvance(tail)
            # a source cut to a few letters no longer names the outlet: the count goes first
            if room >= fm.horizontalAdvance(source[:stem] + "…"):
                return (
                    bidi_isolated(fm.elidedText(source, Qt.TextElideMode.ElideRight, room)) + tail
                )
        # (the source last: an isolate the ellipsis cuts short ends with the line)
        return fm.elidedText(f"{day} · {bidi_isolated(source)}", Qt.TextElideMode.ElideRight, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(120, self.row_height(option.fontMetrics))

    def row_height(self, fm: QFontMetrics, title_lines: int | None = None) -> int:
        """A row's height with ``title_lines`` lines of title (the count now by default)."""
        lines = self.title_line_count if title_lines is None else title_lines
        return int(fm.height() * (lines + 1) + fm.leading() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title, _second, needs_date = self._lines(index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.68)
        rect = opt.rect.adjusted(8, 6, -8, -6)
        fm = opt.fontMetrics
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        bfm = QFontMetrics(bold)
        lines = title_lines(title, bfm, rect.width(), self.title_line_count)
        # A title shorter than the lines it may take: the block is centred in its row, the
        # source line kept under the title rather than a blank line away.
        spare = (self.title_line_count - len(lines)) * fm.height()
        rect = rect.adjusted(0, spare // 2, 0, -(spare - spare // 2))
        top = rect.top()
        for line in lines:
            painter.drawText(
                rect.left(),
                top,
                rect.width(),
                bfm.height(),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                line,
            )
            top += fm.height()
        painter.setFont(opt.font)
        painter.setPen(NEEDS_DATE_COLOR if needs_date and not selected else muted)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.fitted_second_line(index, fm, rect.width()),
        )
        painter.restore()


class ArticlesTable(QTableView):
    """The list's table. Taking the keyboard focus with no current row, Qt makes the first
    row current (QAbstractItemView.focusInEvent): a choice of the list's own, not the
    analyst's, said by :attr:`taking_focus` while it happens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taking_focus = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.taking_focus = True
        try:
            super().focusInEvent(event)
        finally:
            self.taking_focus = False


class ArticlesPanel(QWidget):
    #: the current article changed; :meth:`chosen_by_the_list` says whether the analyst
    #: chose it (a click, the keys) or the list did, on taking the focus
    articleActivated = Signal(int)
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesTableModel(self)
        self.proxy = SourceSortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel("Articles")
        self._titles = ["Articles"]
        # The heading follows the panel's width, never widens it.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setObjectName("panelTitle")
        # Not flush against the window's edge, in line with the filter bar's text.
        self.title.setContentsMargins(8, 4, 8, 4)
        # An empty project's list says what to do rather than stay a blank column.
        self.empty_hint = QLabel(
            "No articles yet. Import them with File > Import Articles… (Ctrl+I), paste "
            "one copied from a browser (Ctrl+Shift+V), or drop files, a folder or a "
            "browser's link on the window."
        )
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setContentsMargins(8, 8, 8, 8)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table = ArticlesTable()
        self.table.setObjectName("articlesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_PUBLISHED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several at once (Shift, Ctrl), to remove or re-extract them together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The article actions (the window's Article menu) on a right click or the Menu key.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the next control; arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.hide()
        # A narrow side panel: one column drawn as two lines (title; source, date, counts).
        for col in (COL_SOURCE, COL_PUBLISHED, COL_FACTS, COL_FIGURES):
            self.table.setColumnHidden(col, True)
        self.delegate = ArticleDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_TITLE, self.delegate)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setShowGrid(False)
        # Every row is two lines of the same font: one fixed height, not a size hint asked of
        # each of thousands of rows.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.delegate.row_height(self.table.fontMetrics()))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit()
        )
        self.table.setAccessibleName("Articles")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

    def dates_restyled(self) -> None:
        """The date style changed (Preferences): each article's date reads again."""
        rows, columns = self.model.rowCount(), self.model.columnCount()
        if rows:
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(rows - 1, columns - 1)
            )
        self.table.viewport().update()

    def set_articles(self, articles: list[ArticleRecord]) -> None:
        current = self.current_article()
        self.model.set_articles(articles)
        self._say_count()
        if current is not None:
            self.select_article(current, emit=False)

    def add_articles(self, articles: Sequence[ArticleRecord]) -> list[ArticleRecord]:
        """Articles just stored (a batch import's, as each arrives), added to the list where
        it would show them, without reading or resetting the rest: the current article,
        the selection and the scroll stay. Returns those added (an article the list already
        holds is left as it is)."""
        have = {a.id for a in self.model.rows}
        new = [a for a in articles if a.id not in have]
        if new:
            self.model.insert_rows(new)
            self._say_count()
        return new

    def _say_count(self) -> None:
        articles = self.model.rows
        undated = sum(1 for a in articles if a.needs_date)
        count = f"{len(articles):,}"
        # Said as fully as the panel's width allows (a narrow list cut "11 need a d…" off);
        # the tooltip and a screen reader always get the whole sentence.
        self._titles = [f"Articles ({count})"]
        if undated:
            self._titles = [
                f"Articles ({count}) — {undated:,} need a date",
                f"Articles ({count}) · {undated:,} undated",
                f"{count} articles · {undated:,} undated",
                f"{count} · {undated:,} undated",
            ]
        self.title.setToolTip(self._titles[0])
        self.title.setAccessibleName(self._titles[0])
        self._fit_title()
        self._fit_title_lines()
        self.empty_hint.setVisible(not articles)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()
        self._fit_title_lines()

    def _fit_title_lines(self) -> None:
        """Two lines a title in a narrow list; in a wide one, two when a title needs them
        and every row still fits in the list at that height (a project of a few articles
        at 1920x1080: one line cut them at about 40 characters above an empty list), else
        one (a long list keeps more rows in view; the tooltip gives the whole title).
        Every row one height."""
        narrow = self.width() < TWO_LINE_TITLES_BELOW
        count = 2 if narrow or self._titles_have_room() else 1
        if count == self.delegate.title_line_count:
            return
        self.delegate.title_line_count = count
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.delegate.row_height(self.table.fontMetrics()))
        self.table.viewport().update()

    def _titles_have_room(self) -> bool:
        """Whether the list shows every row with two lines for each title, and a title shown
        needs a second line."""
        rows = self.proxy.rowCount()
        if not rows:
            return False
        two = self.delegate.row_height(self.table.fontMetrics(), 2)
        # the list's height less its frame (no header, no horizontal scroll bar)
        if rows * two > self.table.height() - 2 * self.table.frameWidth():
            return False
        bold = QFont(self.table.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        width = self.table.width() - 2 * self.table.frameWidth() - 16  # the delegate's margins
        records = (self.proxy.index(r, COL_TITLE).data(ArticleRecordRole) for r in range(rows))
        return any(
            isinstance(record, ArticleRecord) and bfm.horizontalAdvance(shown_title(record)) > width
            for record in records
        )

    def _fit_title(self) -> None:
        margins = self.title.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 8
        # The heading is bold (the style sheet): measured in the font it is drawn in.
        font = QFont(self.title.font())
        font.setBold(True)
        fm = QFontMetrics(font)
        fitting = [t for t in self._titles if fm.horizontalAdvance(t) <= room]
        self.title.setText(fitting[0] if fitting else self._titles[-1])

    def current_article(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ArticleIdRole)) if index.isValid() else None

    def selected_articles(self) -> list[ArticleRecord]:
        """The selected articles, in the order the list shows them."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for row in rows:
            record = self.proxy.index(row, 0).data(ArticleRecordRole)
            if isinstance(record, ArticleRecord):
                out.append(record)
        return out

    def article(self, article_id: int) -> ArticleRecord | None:
        row = self.model.row_of(article_id)
        return None if row is None else self.model.article_at(row)

    def select_articles(self, article_ids: list[int]) -> None:
        """Select several articles (the first becomes the current one)."""
        sel = self.table.selectionModel()
        sel.clearSelection()
        for i, article_id in enumerate(article_ids):
            row = self.model.row_of(article_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if i == 0:
                sel.setCurrentIndex(index, flags)
            else:
                sel.select(index, flags)

    def select_article(self, article_id: int, *, emit: bool = False) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        sel = self.table.selectionModel()
        before = [i.row() for i in sel.selectedRows(0)]
        if before == [index.row()] and sel.currentIndex().row() == index.row() and not emit:
            # Stepping through one article's facts: nothing to select or repaint.
            self.table.scrollTo(index)
            self.selectionChanged.emit()
            return True
        sel.blockSignals(not emit)
        sel.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        sel.blockSignals(False)
        # With its signals blocked the view does not repaint the rows that changed: those
        # rows are repainted, not the whole list (painting every row's two lines took 45 ms of
        # each step from fact to fact in a project of 340 articles).
        viewport = self.table.viewport()
        for r in {*before, index.row()}:
            top = self.table.rowViewportPosition(r)
            if top >= 0 or top + self.table.rowHeight(r) > 0:
                viewport.update(0, top, viewport.width(), self.table.rowHeight(r))
        self.table.scrollTo(index)
        if not emit:
            # The window's article actions follow the selection even when it moves quietly.
            self.selectionChanged.emit()
        return True

    def chosen_by_the_list(self) -> bool:
        """Whether the article being made current is the list's own pick: the first row,
        made current by Qt as the list takes the focus with none current (the window
        activated as a project opens, before the window has chosen the first article)."""
        return self.table.taking_focus

    def _current_changed(self) -> None:
        article_id = self.current_article()
        if article_id is not None:
            self.articleActivated.emit(article_id)
