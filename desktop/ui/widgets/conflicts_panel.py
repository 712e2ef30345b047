"""The conflicts tab: groups of figures about one quantity, their pairs, the two sentences.

The analyst dismisses or confirms a pair, writes a note, picks the accepted value of a group,
and links or unlinks figures. Those decisions survive re-extraction (the storage keys them by
content, not by row id).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import ClassVar

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import is_tentative
from desktop.domain.records import FigureRecord, GroupRecord, PairRecord
from desktop.ui.dialogs.entry import TextEntryDialog
from desktop.ui.format import (
    FSI,
    PDI,
    attribution,
    bidi_isolated,
    figure_reading,
    figure_value,
    rate_words,
    sentence_around,
    shown_as_of,
    told_before_its_length,
)
from desktop.ui.models.conflicts import (
    GROUP_COL_ACCEPTED,
    GROUP_COL_CONTRADICTIONS,
    GROUP_COL_FIGURES,
    GROUP_COL_LABEL,
    PAIR_COL_A,
    PAIR_COL_B,
    PAIR_COL_DECISION,
    PAIR_COL_REASON,
    PAIR_COL_RELATION,
    TENTATIVE_KEY,
    TENTATIVE_LABEL,
    ConflictGroupsModel,
    ConflictPairsModel,
    PreparedConflicts,
    open_contradictions,
    prepare_conflicts,
    relation_colour,
    tentative_parts,
    told_apart,
)
from desktop.ui.search import SearchQuery
from desktop.ui.widgets.column_fit import SpareWidthColumns
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.flow import FlowLayout
from desktop.ui.workspace import Workspace

#: Qt's largest widget size (QWIDGETSIZE_MAX), which PySide6 does not export
QWIDGETSIZE_MAX = (1 << 24) - 1


#: the small print's link to the figure's article (its id follows)
ARTICLE_LINK = "factlane-figure:"


class PairsTable(QTableView):
    """The pairs of a group. A row the list's bottom edge cuts is left out, as a card's cut
    line is: at 1280x800 the top of a third pair's two lines peeked out under the second
    ('at least 2,700 inj' halved), like a row drawn wrong. Scrolling brings it whole."""

    def cut_row_top(self) -> int | None:
        """Where, in the viewport, the row that its bottom edge cuts begins (None when the
        last row in view is whole, or is the first in view)."""
        viewport = self.viewport()
        height = viewport.height()
        row = self.rowAt(height - 1)
        if row < 0:
            return None
        top = self.rowViewportPosition(row)
        if top <= 0 or top + self.rowHeight(row) <= height:
            return None
        return top

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        cut = self.cut_row_top()
        if cut is None:
            return
        viewport = self.viewport()
        painter = QPainter(viewport)
        painter.fillRect(
            QRect(0, cut, viewport.width(), viewport.height() - cut),
            viewport.palette().brush(QPalette.ColorRole.Base),
        )
        painter.end()


class SentenceCard(QTextBrowser):
    """One side of a pair: source, date, and the sentence with the figure picked out."""

    #: the analyst asked to read the figure (its id) in its article: the outlet's name
    #: clicked in the small print, or the card double-clicked
    articleWanted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        # The card shows one sentence: checking a contradiction means reading what comes
        # before and after it, and no click led from the pair to its article.
        self.anchorClicked.connect(self._link_clicked)
        # The link is the mouse's way; from the keyboard Enter on the card does the same,
        # and Tab goes on to the next control rather than to the link.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("sentenceCard")
        # Tab moves on to the next control rather than staying inside the text.
        self.setTabChangesFocus(True)
        # The style sheet's padding already keeps the text off the border: the document's
        # own margin on top of it cost a short tab the second line of each sentence.
        self.document().setDocumentMargin(1)
        self.figure_id: int | None = None
        #: where the figure stands in the card's text (its last character's end)
        self._figure_end: int | None = None
        # Who says it and when, pinned under the text while its own line in the small print
        # is out of view: a sentence of four lines (three on a short tab) filled the card and
        # left the source and the day under the fold.
        self.source_line = QLabel(self)
        self.source_line.setObjectName("sentenceCardSource")
        self.source_line.setTextFormat(Qt.TextFormat.PlainText)
        small = QFont(self.font())
        small.setPointSizeF(max(1.0, self.font().pointSizeF() * 0.85))
        self.source_line.setFont(small)
        self.source_line.hide()
        self._source_text = ""
        self._source_parts = ("", "")
        #: the card's height when last resized (-1 before it is shown)
        self._shown_height = -1
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._place_source_line())

    def show_figure(self, record: FigureRecord | None, text: str, who: str) -> None:
        if record is None:
            self.figure_id = None
            self._figure_end = None
            self.setHtml(f"<p><i>{html.escape(who)}: figure not found</i></p>")
            return
        self.figure_id = record.id
        fig, art = record.figure, record.article
        s, e = sentence_around(text, fig.start, fig.end)
        before = html.escape(text[s : fig.start])
        middle = html.escape(text[fig.start : fig.end])
        after = html.escape(text[fig.end : e])
        when = fig.as_of or art.published
        # as finely as the text told it: a figure "in 1962" is as of 1962, not of the year's
        # last day, which is only how it is stored
        shown = (
            shown_as_of(fig.as_of, fig.as_of_precision)
            if fig.as_of and fig.as_of_precision not in (None, "day")
            else _day(when)
            if when
            else ""
        )
        # An outlet, a source or a title of thousands of characters is cut in the small print
        # (whole in the articles' own views): written whole, a 5,000-character outlet filled
        # the card, its day, value and title a long scroll under it.
        meta = [html.escape(bidi_isolated(_cut(art.source or "unknown source", CARD_NAME_CHARS)))]
        if shown:
            meta.append(shown)
        if fig.attributed_to:
            said_by = bidi_isolated(_cut(attribution(fig.attributed_to), CARD_NAME_CHARS))
            meta.append("according to " + html.escape(said_by))
        if fig.denied:
            # only a hand-linked figure is compared while its sentence denies it
            meta.append("<b>denied in the text</b>")
        plain = [html.unescape(m.replace("<b>", "").replace("</b>", "")) for m in meta]
        meta[0] = f"<a href='{ARTICLE_LINK}{record.id}'>{meta[0]}</a>"
        self._source_text = " · ".join(plain)
        #: the source and the day alone, for a pinned line too narrow for the rest
        self._source_parts = (plain[0].strip(FSI + PDI), shown)
        # The sentence comes first: under a short tab (1280x800) the card shows three lines,
        # and with the reading, the source and the title above it those were all it showed.
        # Who says it and when lead the small print under it: with the reading first (it
        # repeats the pair's explanation above, '360 vs 9,900'), the line a card of a
        # two-line sentence had room for at 1280x800 told nothing the tab did not already.
        # (a rate's stretch last: "about 42,000 vehicles per day")
        reading = html.escape(" ".join(x for x in (fig.counted, fig.measure, rate_words(fig)) if x))
        value = f"<b>{html.escape(figure_value(fig, rate=False))}</b>"
        # (a length after what lasted: "fire burned for <b>19 hours</b>")
        told = f"{reading} {value}" if told_before_its_length(fig) else f"{value} {reading}"
        self.setHtml(
            f"<p style='margin-top:0;margin-bottom:4px'>{before}<b><u>{middle}</u></b>{after}</p>"
            f"<p dir='ltr' style='margin-top:0'><small>{' · '.join(meta)}<br>"
            f"{told.strip()}<br>"
            f"{html.escape(bidi_isolated(_cut(art.display_title, CARD_TITLE_CHARS)))}</small></p>"
        )
        # The figure is found in the text as shown (its spaces collapsed by the HTML), from
        # about where it stands: the same words may come earlier in the sentence.
        words = " ".join(text[fig.start : fig.end].split())
        found = self.document().find(words, len(" ".join(text[s : fig.start].split())) - 1)
        self._figure_end = found.selectionEnd() if not found.isNull() else None
        # (from the top: the last pair's scroll is no measure of this one)
        self.verticalScrollBar().setValue(0)
        self._place_source_line()
        self.bring_figure_into_view()

    def _link_clicked(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith(ARTICLE_LINK) and link[len(ARTICLE_LINK) :].isdigit():
            self.articleWanted.emit(int(link[len(ARTICLE_LINK) :]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.figure_id is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.articleWanted.emit(self.figure_id)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.figure_id is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        self.articleWanted.emit(self.figure_id)

    def clear(self) -> None:
        self.figure_id = self._figure_end = None
        self._source_text = ""
        super().clear()
        self._place_source_line()

    def source_line_in_text_shown(self) -> bool:
        """Whether the small print's source line (the document's second paragraph) is whole
        in the card's text area as it would be without the pinned line."""
        doc = self.document()
        block = doc.begin().next()
        if not block.isValid() or block.layout().lineCount() == 0:
            return True
        rect = doc.documentLayout().blockBoundingRect(block)
        line = block.layout().lineAt(0)
        top = rect.top() + line.y() - self.verticalScrollBar().value()
        room = self.viewport().height() + self.viewportMargins().bottom()
        return top >= 0 and top + line.height() <= room

    def pinned_line_height(self) -> int:
        """The height of the source line pinned under the text (see _place_source_line)."""
        return self.source_line.fontMetrics().height() + 4

    def _place_source_line(self) -> None:
        label = self.source_line
        height = self.pinned_line_height()
        # Never at the cost of the sentence's lines a short tab promises (SHORT_LINES): a
        # card without that room keeps them, its source a scroll away as before.
        room = self.viewport().height() + self.viewportMargins().bottom()
        keeps = room - height >= self.SHORT_LINES * self.fontMetrics().lineSpacing()
        wanted = bool(self._source_text) and keeps and not self.source_line_in_text_shown()
        if not wanted:
            height = 0
        if self.viewportMargins().bottom() != height:
            self.setViewportMargins(0, 0, 0, height)
        if not wanted:
            label.hide()
            return
        area = self.viewport().geometry()
        label.setGeometry(area.left(), area.bottom() + 1, area.width(), height)
        label.setText(self._fitted_source(max(area.width() - 4, 0)))
        label.setToolTip(self._source_text)
        label.show()

    def bring_figure_into_view(self) -> None:
        """Scroll the card as little as brings the figure's line into view: a long sentence
        put it under the three lines a short tab shows."""
        if self._figure_end is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._figure_end, self.document().characterCount() - 1))
        bottom = self.cursorRect(cursor).bottom()
        if bottom >= self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + bottom - self.viewport().height() + 1)

    def figure_in_view(self) -> bool:
        """Whether the figure's line is whole in the card's view."""
        if self._figure_end is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._figure_end, self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        return rect.top() >= 0 and rect.bottom() < self.viewport().height()

    def _fitted_source(self, width: int) -> str:
        """The pinned line's words in ``width``: all of them, else the source and the day
        (the day whole, the source's name cut: 'Harbor Wire (sa… · Wed 15 Jan 2025')."""
        metrics = self.source_line.fontMetrics()
        if metrics.horizontalAdvance(self._source_text) <= width:
            return self._source_text
        source, day = self._source_parts
        if not day:
            return bidi_isolated(metrics.elidedText(source, Qt.TextElideMode.ElideRight, width))
        tail = " · " + day
        room = width - metrics.horizontalAdvance(tail)
        if room < metrics.horizontalAdvance("Wi…"):
            return metrics.elidedText(
                bidi_isolated(source) + tail, Qt.TextElideMode.ElideRight, width
            )
        # (set apart after it is cut, so that the cut leaves the isolate whole)
        return bidi_isolated(metrics.elidedText(source, Qt.TextElideMode.ElideRight, room)) + tail

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # (the card's own height: its viewport's changes with the pinned line, back and forth)
        taller = self.height() > self._shown_height >= 0
        self._shown_height = self.height()
        if taller:
            # Taller (the window gave the pair's sentences their lines): from the top again,
            # as far as the figure stays in view. Scrolled to the figure while short, a
            # six-line sentence whole in its grown card still began 'soldiers in Kyiv, ...'.
            self.verticalScrollBar().setValue(0)
        self._place_source_line()
        # rewrapped, the figure may have moved under the fold
        self.bring_figure_into_view()

    def cut_line_top(self) -> int | None:
        """Where, in the view, the line that the card's bottom edge cuts begins (None when
        the last line in view is whole)."""
        doc = self.document()
        layout = doc.documentLayout()
        offset = self.verticalScrollBar().value()
        height = self.viewport().height()
        block = doc.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top() - offset
            if top >= height:
                return None
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                y0 = top + line.y()
                if y0 >= height:
                    return None
                if y0 + line.height() > height:
                    return max(0, math.floor(y0))
            block = block.next()
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The line the card's edge cuts is left out, not shown by the upper half of its
        # letters: at 1280x800 the source ('Regional Desk 20 · Mon 3 Mar 2025 · according
        # to') read as a row of half letters under the sentence. The scroll bar says there
        # is more, and the line shows whole when scrolled to.
        cut = self.cut_line_top()
        if cut is not None and cut > 0:
            vp = self.viewport()
            painter = QPainter(vp)
            painter.fillRect(
                QRect(0, cut, vp.width(), vp.height() - cut),
                vp.palette().brush(vp.backgroundRole()),
            )
            painter.end()

    #: lines of the sentence a card shows under a short tab and under one with room
    SHORT_LINES, LINES = 3, 4
    #: most lines a card asks the window for, to show a long sentence whole: a typical news
    #: sentence (25-35 words) takes 5-7 lines in a card at 1400x900, and with four the
    #: pair was read by scrolling each card
    MOST_LINES = 7
    #: most lines a card asks for with its small print (see lines_for_whole): a sentence of
    #: five lines, its source on two and the reading and title on a line each
    WHOLE_LINES = 9

    def _line_height(self) -> int:
        """A line of the sentence as the document lays it out (a pixel taller than the
        font's line spacing here: seven lines counted by the font lost the seventh under
        the pinned source line)."""
        spacing = self.fontMetrics().lineSpacing()
        layout = self.document().firstBlock().layout()
        if layout is None or layout.lineCount() == 0:
            return spacing
        return max(spacing, math.ceil(layout.lineAt(0).height()))

    def sentence_lines(self) -> int:
        """Lines the sentence takes at the card's width (its first paragraph)."""
        doc = self.document()
        block = doc.firstBlock()
        # (laid out now: a card's document is laid out lazily, when painted)
        doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        return layout.lineCount() if layout is not None else 0

    def lines_for_whole(self) -> int:
        """Lines of the sentence's height (see height_for_lines_and_source) that show the
        whole card: the sentence and all its small print (who says it, when and according
        to whom, the reading, the article's title). At 1280x800 the sentence was whole and
        'according to South Korea's' ended the card, the rest a scroll away."""
        doc = self.document()
        # Measured at the width the text has once whole, without the scroll bar: measured
        # with it, the card wanted a line more while short and a line less once given it,
        # and the window moved the timeline back and forth by that line.
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            width += bar.width()
        whole_doc = doc.clone(self)
        whole_doc.setTextWidth(max(width, 1))
        whole = whole_doc.size().height()
        whole_doc.deleteLater()
        text = whole - 2 * int(doc.documentMargin()) - self.pinned_line_height()
        return max(0, math.ceil(text / max(self._line_height(), 1)))

    def height_for_lines(self, lines: int) -> int:
        """The card's height that shows ``lines`` lines of its sentence whole: the lines,
        the document's margins, and the frame and padding around the text."""
        # (the pinned source line takes its room from the sentence's, not from the tab)
        chrome = self.height() - self.viewport().height() - self.viewportMargins().bottom()
        if chrome <= 0 or not self.viewport().isVisible():
            chrome = 2 * self.frameWidth()
        text = lines * self._line_height() + 2 * int(self.document().documentMargin())
        return text + chrome

    def height_for_lines_and_source(self, lines: int) -> int:
        """The card's height that shows ``lines`` lines of its sentence whole and, under
        them, who says it and when: pinned there when the sentence fills the lines, in the
        small print's own first line when it ends sooner. A card of three lines alone (1024x640,
        1280x800) left a three-line sentence's source and day out of view."""
        return self.height_for_lines(lines) + self.pinned_line_height()


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


#: the most of an outlet's or a source's name, and of a title, a sentence card's small print
#: shows (the rest is in the article itself)
CARD_NAME_CHARS = 80
CARD_TITLE_CHARS = 160


def _cut(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` characters and an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…"


#: What the tab says while no two articles report the same quantity
NO_GROUPS_YET = (
    "When two articles report the same quantity (soldiers killed, people displaced), their "
    "figures are grouped here and each pair is marked a contradiction, an update or "
    "consistent. Import more articles on the story (File > Import Articles…, Ctrl+I)."
)


class ConflictsPanel(QWidget):
    figureActivated = Signal(object)
    #: the chosen pair's explanation wraps to another number of lines: the tab's height
    #: wanted (height_wanted) changed with it
    roomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: pixels beyond the tab's height the pair's sentences want (see sentence_room)
        self._sentence_room = 0
        #: the same, signed: less than 0 when the tab is taller than its sentences need
        self._sentence_need = 0
        #: whether a tab short of room lays its lists out short for the pair's sentences and
        #: asks the window for their lines (see set_sentences_first)
        self._sentences_first = False
        #: pixels of the groups list beside its buttons over its least (see height_wanted)
        self._groups_over_least = 0
        self.workspace: Workspace | None = None
        self._figures: dict[int, FigureRecord] = {}
        self._figures_ready = False
        self._texts: dict[int, str] = {}
        #: the groups whose same-label rows are still to be told apart (their figures and
        #: articles read) once the tab is shown; None when nothing waits
        self._untold: Sequence[GroupRecord] | None = None
        # (group key, pair) to choose once the tab is on screen; see refresh()
        self._pending: tuple[str | None, tuple[int, int] | None] | None = None
        # decisions taken here since the lists were last read: the lists are read again a
        # moment later, and F9 must step over a pair dismissed a keystroke ago
        self._decided_here: dict[tuple[int, int], str | None] = {}

        self.groups_model = ConflictGroupsModel(self)
        self.groups = QTableView()
        self.groups.setObjectName("conflictGroups")
        self.groups.setModel(self.groups_model)
        self._table_defaults(self.groups)
        self._query = SearchQuery()
        self.groups_empty = EmptyState(self.groups, self._empty_message)
        # The quantity's words take the spare width. "Accepted value" shows once used; when
        # the list is narrow (beside the pairs) the counts step aside, then the accepted
        # value, so that the quantities can be told apart: the line under the list says all
        # three for the chosen group.
        # The figures' count steps aside before the quantity gets under two dozen
        # characters ("North Korean soldiers in…" could be injured, interned or involved).
        self.group_columns = SpareWidthColumns(
            self.groups,
            GROUP_COL_LABEL,
            optional=(GROUP_COL_FIGURES, GROUP_COL_CONTRADICTIONS, GROUP_COL_ACCEPTED),
            aside_for={GROUP_COL_FIGURES: 26},
        )
        self._fit_titles(
            self.groups_model,
            self.group_columns,
            {
                GROUP_COL_FIGURES: ("9,999", "9,999"),
                GROUP_COL_CONTRADICTIONS: ("9,999", "9,999"),
                GROUP_COL_ACCEPTED: ("about 12,000", "12,000"),
            },
        )
        self.group_columns.remember("conflicts/groupColumns")
        self.groups.selectionModel().currentRowChanged.connect(self._group_changed)

        self.pairs_model = ConflictPairsModel(self)
        self.pairs = PairsTable()
        self.pairs.setObjectName("conflictPairs")
        self.pairs.setModel(self.pairs_model)
        self._table_defaults(self.pairs)
        # What the two sources say shares the spare width. The reason is spelled out under
        # the table, so its column only needs a glance and steps aside first when narrow;
        # the relation and the decision are never cut ("contradiction", "dismissed").
        self.pair_columns = SpareWidthColumns(
            self.pairs, PAIR_COL_A, optional=(PAIR_COL_REASON,), also_text=(PAIR_COL_B,)
        )
        self._fit_titles(
            self.pairs_model,
            self.pair_columns,
            {
                PAIR_COL_RELATION: ("contradiction", "contradiction"),
                PAIR_COL_DECISION: ("confirmed", "confirmed"),
                PAIR_COL_REASON: ("x" * 16, "x" * 9),
            },
        )
        self.pair_columns.remember("conflicts/pairColumns")
        self.pairs.selectionModel().currentRowChanged.connect(self._pair_changed)
        # A side too long for its column is told on two lines rather than cut (see
        # _fit_pair_lines), and the reason steps aside for them (see _measure_pair_sides).
        self._pair_side_widths = (0, 0)
        #: the window gives the tab no room for rows of two lines (see set_room_for_lines)
        self._no_room = False
        self._fitting_lines = False
        self.pair_columns.fitted.connect(self._fit_pair_lines)

        self.left_card = SentenceCard()
        self.right_card = SentenceCard()
        for card in (self.left_card, self.right_card):
            card.articleWanted.connect(self._figure_wanted)
            card.setToolTip(
                "Double-click or press Enter (or click the outlet's name) to read it in its article"
            )
        cards = QSplitter(Qt.Orientation.Horizontal)
        cards.setObjectName("conflictCards")
        cards.addWidget(self.left_card)
        cards.addWidget(self.right_card)

        self.relation_label = QLabel("Choose a group, then a pair.")
        self.relation_label.setObjectName("relationLabel")
        self.relation_label.setWordWrap(True)
        # Its lines are counted again whenever its width changes, not only the tab's: the
        # scroll area's bar appearing narrows it (at 1280x800 a reason measured one line
        # wide wrapped to two and the sentences under it were cut).
        self.relation_label.installEventFilter(self)

        self.dismiss_button = QPushButton("&Dismiss")
        self.dismiss_button.setToolTip("Not a real conflict: hide it from the open conflicts")
        self.confirm_button = QPushButton("Confir&m")
        self.confirm_button.setToolTip("Yes, the sources disagree")
        # No mnemonic: Alt+O opens the window's Conflict menu, where Reopen has Ctrl+Shift+R.
        self.reopen_button = QPushButton("Reopen")
        self.reopen_button.setToolTip("Undecided again: back among the open conflicts")
        self.pair_note_button = QPushButton("Pai&r note…")
        self.pair_note_button.setToolTip("Write a note on this pair of figures")
        self.accepted_button = QPushButton("Accepted val&ue…")
        self.accepted_button.setToolTip("The value you accept for this quantity")
        self.group_note_button = QPushButton("Group note…")
        self.group_note_button.setToolTip("Write a note on this quantity")
        self.link_button = QPushButton("Lin&k a figure…")
        self.link_button.setToolTip("Add another figure to this group")
        # Unlinking is rarer than deciding: one button with a menu for either side keeps the
        # pair's buttons in a single row at 1024 pixels, rather than a row of their own.
        self.unlink_button = QPushButton("Un&link")
        self.unlink_button.setToolTip("Take one of the two figures out of this group")
        unlink_menu = QMenu(self.unlink_button)
        self.unlink_left = unlink_menu.addAction("&Left figure")
        self.unlink_left.setToolTip("Take the left figure out of this group")
        self.unlink_right = unlink_menu.addAction("&Right figure")
        self.unlink_right.setToolTip("Take the right figure out of this group")
        self.unlink_button.setMenu(unlink_menu)
        self.dismiss_button.clicked.connect(lambda: self._decide("dismissed"))
        self.confirm_button.clicked.connect(lambda: self._decide("confirmed"))
        self.reopen_button.clicked.connect(lambda: self._decide(None))
        self.pair_note_button.clicked.connect(self._pair_note)
        self.accepted_button.clicked.connect(self._accepted_value)
        self.group_note_button.clicked.connect(self._group_note)
        self.link_button.clicked.connect(self._link)
        self.unlink_left.triggered.connect(lambda: self._unlink(self.left_card.figure_id))
        self.unlink_right.triggered.connect(lambda: self._unlink(self.right_card.figure_id))

        # One row of buttons under each list: the tab shares the height with the timeline
        # above it, and every row of buttons is a row less of the sentences. The rows wrap
        # when the tab is narrow rather than widen the window past a small screen.
        pair_buttons = FlowLayout()
        for b in (self.dismiss_button, self.confirm_button, self.reopen_button):
            pair_buttons.addWidget(b)
        pair_buttons.add_gap(12)
        for b in (self.pair_note_button, self.unlink_button):
            pair_buttons.addWidget(b)
        # A line of its own under the group's buttons, and only when it says what the list
        # does not show (a count that stepped aside, the accepted value, the note): beside
        # the buttons, "4 figures" floated in the row's leftover width, repeating the column.
        self.group_info = QLabel("")
        self.group_info.setObjectName("muted")
        # Wraps rather than widen the groups' side when it stands beside the pairs.
        self.group_info.setWordWrap(True)
        half = self.fontMetrics().height() // 2
        self.group_info.setContentsMargins(half // 2, 0, half, 0)
        self.group_info.hide()
        group_buttons = FlowLayout()
        for b in (self.accepted_button, self.group_note_button, self.link_button):
            group_buttons.addWidget(b)
        self.group_buttons = group_buttons
        self._handle_widths: dict[str, int] = {}
        # Under a short tab the group's buttons stand in a column beside the list instead
        # (see _place_group_buttons): their row under it was the height that pushed the
        # list's header out of view at 1024x640.
        self.group_column = QVBoxLayout()
        self.group_column.setContentsMargins(0, 0, 0, 0)
        self.group_column.setSpacing(2)
        self.group_column.addStretch(1)
        groups_row = QHBoxLayout()
        groups_row.setContentsMargins(0, 0, 0, 0)
        groups_row.addWidget(self.groups, 1)
        groups_row.addLayout(self.group_column)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(groups_row, 1)
        ll.addLayout(group_buttons)
        ll.addWidget(self.group_info)
        self._group_layout = ll

        # The pairs and the chosen pair's sentences share the height through a splitter of
        # their own, which the analyst can drag (and which is remembered): with fixed
        # stretches a 1440x900 window showed two pairs over sentences with room to spare.
        sentences = QWidget()
        sl = QVBoxLayout(sentences)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.relation_label)
        sl.addWidget(cards, 1)
        self._sentence_layout = sl
        self.cards = cards
        cards.setMinimumHeight(self.fontMetrics().height() * 4)
        self.pair_splitter = QSplitter(Qt.Orientation.Vertical)
        self.pair_splitter.setObjectName("conflictPairSplitter")
        self.pair_splitter.addWidget(self.pairs)
        self.pair_splitter.addWidget(sentences)
        self.pair_splitter.setChildrenCollapsible(False)
        self.pair_splitter.setStretchFactor(0, 1)
        self.pair_splitter.setStretchFactor(1, 1)
        self.pair_splitter.setSizes(list(self.PAIR_SHARES))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.pair_splitter, 1)
        # The pair's buttons in a box of their own, which a short tab pins under what scrolls
        # (see _pin_pair_buttons): the decisions are in view whenever a pair is chosen.
        self.pair_buttons_box = QWidget()
        self.pair_buttons_box.setObjectName("conflictPairButtons")
        pair_buttons.setContentsMargins(0, 0, 0, 0)
        self.pair_buttons_box.setLayout(pair_buttons)
        rl.addWidget(self.pair_buttons_box)
        self._pair_layout = rl

        # Groups above, the chosen pair below: the tab sits beside the reader, so it is taller
        # than wide, and the two sentences side by side get the full width.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("conflictsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # The groups get two fifths: with one fifth a 1440x900 window showed two of a dozen
        # groups while the sentences below had room to spare.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # Under a short tab (a 640-pixel screen, the timeline above taking the height its
        # lanes need), the lists and sentences scroll as a whole rather than hold the
        # timeline down to two lanes.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("conflictsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.splitter)
        self.scroll_area.setMinimumHeight(self.fontMetrics().height() * 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # no gap of its own: the pinned row of the pair's buttons keeps a small one (its
        # margin), and every pixel under a short tab is a pixel of the sentences
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        self._panel_layout = layout
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("warning")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        # A count that steps aside from the list (as the list narrows for the buttons beside
        # it, with no resize of the tab) is said under the buttons at once.
        self.group_columns.steppedAside.connect(
            lambda: self._show_group_info(self._current_group())
        )
        self._fit_list_heights()
        self._update_buttons()

    #: Rows of groups and of pairs the tab keeps on screen however short it is (it scrolls
    #: as a whole below that).
    LEAST_ROWS = 3

    def _fit_list_heights(self) -> None:
        """Keep LEAST_ROWS whole rows in each list. Measured again once shown: the header's
        height depends on the style sheet, which is set after the window is built.

        Under a short tab (a 640-pixel screen) the lists keep SHORT_ROWS and the sentences
        three lines: with three rows each, the pair's explanation and sentences were below
        the fold until the analyst scrolled, and the explanation is what a pair is read by.
        """
        before_heights = self._kept_heights()
        self._fit_list_heights_now()
        if self._kept_heights() != before_heights and self.isVisible():
            # The lists took their long rows (or gave them back) once the window had made
            # the tab taller: what the tab wants changed with them, and the window measures
            # again. Left to its second look alone, 50 ms on, the tab at 1280x800 stayed
            # 34 pixels short and its sentences scrolled.
            self.roomChanged.emit()

    def _kept_heights(self) -> tuple[object, ...]:
        """What _fit_list_heights() decides: the rows kept and where the buttons stand."""
        return (
            self.groups.minimumHeight(),
            self.pairs.minimumHeight(),
            self.cards.minimumHeight(),
            self.pair_buttons_pinned(),
            self.groups_buttons_beside(),
        )

    def _fit_list_heights_now(self) -> None:
        cards = self.left_card.height_for_lines_and_source(SentenceCard.LINES)
        full = self._least_height(self.LEAST_ROWS, cards) + self._row_saved()
        # measured with the pair's buttons in what scrolls, wherever they are now
        height = self.scroll_area.viewport().height()
        if self.pair_buttons_pinned():
            height += self._pinned_row_height()
            full += self._pinned_row_height()
        card = self.left_card.height_for_lines_and_source
        wanted = self._sentence_lines_wanted()
        more = card(wanted) - card(SentenceCard.LINES) if wanted > SentenceCard.LINES else 0
        # A tab with the lists' rows but not the pair's sentences whole is laid out as a short
        # one (two rows each, the buttons beside and pinned) and its sentences take what that
        # frees: at 1280x720 the demo's first pair showed three lines of a six-line sentence,
        # the top of it scrolled away, under lists of three rows.
        short = height < full + (more if self._sentences_first else 0)
        rows = self.SHORT_ROWS if short else self.LEAST_ROWS
        # Long lists get LONG_ROWS each when the tab has the room (the window gives it, see
        # long_lists_room), the decisions pinned under them as on a short tab.
        lists = (self.groups, self.pairs)
        wanted_rows = [self._long_rows(t) for t in lists]
        extra = sum(
            self._list_height(t, n) - self._list_height(t, self.LEAST_ROWS)
            for t, n in zip(lists, wanted_rows, strict=True)
            if n > self.LEAST_ROWS
        )
        long = self.has_long_lists() and not short and extra > 0 and height >= full + extra
        before = (self.groups_buttons_beside(), self.pair_buttons_pinned())
        self._place_group_buttons(beside=short)
        self._pin_pair_buttons(short or long)
        moved = before != (self.groups_buttons_beside(), self.pair_buttons_pinned())
        # what scrolls gets the tab's height less the pinned row (its viewport still has
        # the height from before the row moved)
        viewport = height - (self._pinned_row_height() if self.pair_buttons_pinned() else 0)
        for table, n in zip(lists, wanted_rows, strict=True):
            table.setMinimumHeight(self._list_height(table, max(rows, n) if long else rows))
        if short:
            # measured with the short tab's three lines, whatever the last pair took
            self.cards.setMinimumHeight(card(SentenceCard.SHORT_LINES))
        groups_floor = self.groups.minimumHeight()
        if self.groups_buttons_beside():
            # The buttons' column is about as tall as three rows: the list takes them, less
            # what the sentences would then lose under the fold (a 1280x800 window is a few
            # pixels shorter than a 1024x640 one), but never less than the column.
            least = self._list_height(self.groups, self.LEAST_ROWS)
            floor = max(
                self._list_height(self.groups, self.SHORT_ROWS),
                self.group_column.sizeHint().height(),
            )
            # (pinned under what scrolls, the pair's buttons take none of its height)
            under_cards = 0
            if not self.pair_buttons_pinned():
                under_cards = self.dismiss_button.sizeHint().height() + max(
                    self._pair_layout.spacing(), 0
                )
            # measured with the buttons where they are now (the move may be a moment old)
            for layout in (self._group_layout, self._sentence_layout, self._pair_layout):
                layout.activate()
            total = self.splitter.minimumSizeHint().height() - self.groups.minimumHeight() + least
            over = total - under_cards - viewport
            self.groups.setMinimumHeight(max(floor, least - max(over, 0)))
            groups_floor = floor
        # Lines of the sentence, whole: three font heights were a card of two lines and a
        # third cut (its frame, padding and margins took the rest).
        lines = SentenceCard.SHORT_LINES if short else SentenceCard.LINES
        # A longer sentence gets the lines it takes, as far as the tab has the room (the
        # window gives it, see sentence_room): four lines cut a typical sentence.
        give = 0
        if short and self._sentences_first:
            # What the short layout leaves under its three lines, and the groups list's third
            # row beside its buttons: the pair's sentences come first (measured from the
            # list at its least, so that a tab made taller for them asks the same).
            # (the pairs' splitter is told at once: its own hint waits for the event loop,
            # and kept the last pair's lines)
            spare = -self._over_viewport(viewport)
            give = max(0, self.groups.minimumHeight() - groups_floor)
            base = card(SentenceCard.SHORT_LINES)
        elif short:
            # a tab the window gives no room (a 1024x640 window): three lines, it scrolls
            spare, base = 0, card(lines)
            wanted = lines
        else:
            # (the pairs list keeps a fourth row before a sentence gets a fifth line)
            row = self.pairs.verticalHeader().defaultSectionSize()
            spare = height - full - (extra if long else 0) - row
            base = card(SentenceCard.LINES)
        # (signed: what the tab could give back as well, once a shorter pair is shown)
        self._sentence_need = card(max(wanted, lines)) - base - spare - give
        self._sentence_room = max(0, self._sentence_need) if wanted > lines else 0
        while lines < wanted and card(lines + 1) - base <= spare + give:
            lines += 1
        # (a tab already over its height by -spare takes that from the groups' row too)
        taken = card(lines) - base - spare
        if give and taken > 0:
            self.groups.setMinimumHeight(self.groups.minimumHeight() - min(give, taken))
        self.cards.setMinimumHeight(card(lines))
        if short and lines > SentenceCard.SHORT_LINES:
            # measured again as laid out: a line the estimate gave that the tab cannot hold
            # would scroll the explanation away (a 1024x640 window)
            while lines > SentenceCard.SHORT_LINES and self._over_viewport(viewport) > 0:
                lines -= 1
                self.cards.setMinimumHeight(card(lines))
        # the groups' third row is taken from room the tab has, never asked of the window
        self._groups_over_least = (
            max(0, self.groups.minimumHeight() - groups_floor)
            if short and self.groups_buttons_beside()
            else 0
        )
        if moved:
            # Laid out at once, with the lists' new heights: a moved row stood where it was
            # until the next pass, over the list it had left.
            for layout in (self._group_layout, self._pair_layout, self._panel_layout):
                layout.activate()
        if short and self._sentences_first:
            # The scroll bar follows the new heights at once: a tab made shorter for a
            # shorter explanation said for a moment that it scrolled by the groups' row.
            self._over_viewport(viewport)
            self.scroll_area.setWidgetResizable(True)

    def _over_viewport(self, viewport: int) -> int:
        """How far what scrolls is taller than ``viewport``, laid out now."""
        self._sentence_layout.activate()
        self.pair_splitter.updateGeometry()
        for layout in (self._group_layout, self._pair_layout):
            layout.activate()
        return self.splitter.minimumSizeHint().height() - viewport

    def _sentence_lines_wanted(self) -> int:
        """Lines of the longer sentence of the pair shown, between LINES and MOST_LINES."""
        if self.left_card.figure_id is None and self.right_card.figure_id is None:
            return SentenceCard.LINES
        cards = (self.left_card, self.right_card)
        n = max(card.sentence_lines() for card in cards)
        n = max(SentenceCard.LINES, min(SentenceCard.MOST_LINES, n))
        # and the small print under the sentence, as far as WHOLE_LINES
        whole = max(card.lines_for_whole() for card in cards)
        return max(n, min(SentenceCard.WHOLE_LINES, whole))

    def sentence_room(self) -> int:
        """Pixels beyond the tab's height now that would show the pair's sentences whole (up
        to MOST_LINES lines) with the lists' rows it keeps: 0 when the cards show them.
        Measured from the tab laid out with room (not from a short tab's three lines), so
        that it asks the same of a tab made taller for it."""
        return self._sentence_room

    def set_sentences_first(self, first: bool) -> None:
        """Whether the window gives the tab room for its pair's sentences (a window 720
        high and more): the tab then lays its lists out short to show them whole, where a
        tab left short (1024x640) keeps three lines and scrolls as before."""
        if first != self._sentences_first:
            self._sentences_first = first
            self._fit_orientation()
            self._fit_list_heights()

    def sentence_need(self) -> int:
        """Pixels the tab's height is short of what shows the pair's sentences whole (up to
        MOST_LINES lines) with the lists' rows it keeps, less than 0 when it has more: the
        window sizes the tab by it, so that a tab made taller for a long pair gives the
        room back for a shorter one."""
        return self._sentence_need

    def height_wanted(self) -> int:
        """The tab's height at which nothing in it scrolls, laid out as it is now (the lists'
        rows and the sentences' lines it keeps): its height and what scrolls out of view, or
        less the room it has to spare (a pair's explanation a line shorter than the last)."""
        hidden = self.splitter.minimumSizeHint().height() - self.scroll_area.viewport().height()
        return self.height() + hidden - self._groups_over_least

    #: Rows of each list the window gives the tab room for, when the list has them: at
    #: 1280x800 with hundreds of groups the lists showed two rows each (see long_lists_room).
    LONG_ROWS = 5

    def long_lists_room(self) -> int:
        """Pixels beyond height_wanted() that would show LONG_ROWS rows of each list that
        has that many, and every line the sentences keep on a tall tab: 0 when the lists are
        short. Measured from the least heights that height_wanted() counts, not from the
        heights now, so that it asks the same of a tab made taller for it."""
        if not self.has_long_lists():
            return 0
        extra = 0
        for table in (self.groups, self.pairs):
            rows = self._long_rows(table)
            extra += max(0, self._list_height(table, rows) - table.minimumHeight())
        lines = self.left_card.height_for_lines_and_source(SentenceCard.LINES)
        return extra + max(0, lines - self.cards.minimumHeight())

    def _long_rows(self, table: QTableView) -> int:
        model = table.model()
        return min(self.LONG_ROWS, model.rowCount() if model is not None else 0)

    def has_long_lists(self) -> bool:
        """True when the groups are more than LONG_ROWS (the list scrolls even with them): a
        handful of groups keeps the tab as it was, the timeline its height, however many
        pairs one of them holds."""
        return self.groups_model.rowCount() > self.LONG_ROWS

    def pair_buttons_pinned(self) -> bool:
        """Whether the pair's buttons stand under what scrolls rather than in it."""
        return self._panel_layout.indexOf(self.pair_buttons_box) >= 0

    def _pinned_row_height(self) -> int:
        """What the pinned row takes from what scrolls: its height and the gap above it."""
        box = self.pair_buttons_box
        return box.heightForWidth(max(self.width(), 1)) + max(self._panel_layout.spacing(), 0)

    def _pin_pair_buttons(self, pinned: bool) -> None:
        """Under a short tab (1024x640, 1280x800) Dismiss, Confirm and the rest were the last
        row of what scrolls, below the sentences, and the analyst scrolled for each decision.
        There they stand under it instead, always in view; a tab with room keeps them under
        the sentences of the pair they act on (beside the groups, they are the pairs' own)."""
        if pinned == self.pair_buttons_pinned():
            return
        box = self.pair_buttons_box
        if pinned:
            self._pair_layout.removeWidget(box)
            self._panel_layout.insertWidget(self._panel_layout.indexOf(self.scroll_area) + 1, box)
            # as near the sentences as they are to their explanation
            box.setContentsMargins(0, 2, 0, 0)
        else:
            self._panel_layout.removeWidget(box)
            self._pair_layout.addWidget(box)
            box.setContentsMargins(0, 0, 0, 0)
        box.show()

    def _group_buttons_list(self) -> tuple[QPushButton, ...]:
        return (self.accepted_button, self.group_note_button, self.link_button)

    def groups_buttons_beside(self) -> bool:
        """Whether the group's buttons stand in a column beside the groups list."""
        return self.group_column.indexOf(self.accepted_button) >= 0

    def _row_saved(self) -> int:
        """The height the buttons' column beside the list saves against their row under it
        (0 while they are under it): what the splitter would need again with the row."""
        if not self.groups_buttons_beside():
            return 0
        buttons = self._group_buttons_list()
        row = max(b.sizeHint().height() for b in buttons) + self._group_layout.spacing()
        column = self.group_column.sizeHint().height()
        listed = self._list_height(self.groups, self.LEAST_ROWS)
        return max(row - max(column - listed, 0), 0)

    def _place_group_buttons(self, *, beside: bool) -> None:
        """Under a short tab (a 640-pixel screen) the group's buttons go in a column beside
        the groups list: in a row under it they took the height of the list's header, which
        was scrolled out of view to bring the pair's explanation in. Beside the pairs (a
        wide, short tab) and under a taller tab they are a row under the list again."""
        beside = beside and not self.is_side_by_side()
        if beside == self.groups_buttons_beside():
            return
        self._place_group_buttons_now(beside)
        self._show_group_info(self._current_group())

    def _place_group_buttons_now(self, beside: bool) -> None:
        for b in self._group_buttons_list():
            if beside:
                self.group_buttons.removeWidget(b)
                self.group_column.insertWidget(self.group_column.count() - 1, b)
            else:
                self.group_column.removeWidget(b)
                self.group_buttons.addWidget(b)
        # The line on the chosen group (its accepted value, its note) goes under the
        # buttons, where the list's height has room for it, rather than take a line of its
        # own under the list. It wraps to the buttons' width there: a long note would
        # otherwise widen the column and squeeze the list.
        if beside:
            self._group_layout.removeWidget(self.group_info)
            self.group_column.insertWidget(self.group_column.count() - 1, self.group_info)
            widest = max(b.sizeHint().width() for b in self._group_buttons_list())
            self.group_info.setMaximumWidth(widest)
        else:
            self.group_column.removeWidget(self.group_info)
            self._group_layout.addWidget(self.group_info)
            self.group_info.setMaximumWidth(QWIDGETSIZE_MAX)
        # and the sentences keep closer to their explanation and their buttons, and the
        # splitters' handles to a line (Qt widens the grab area of so thin a handle)
        spacing = 2 if beside else -1
        self._sentence_layout.setSpacing(spacing)
        self._pair_layout.setSpacing(spacing)
        for splitter in (self.splitter, self.pair_splitter):
            if beside:
                self._handle_widths[splitter.objectName()] = splitter.handleWidth()
                splitter.setHandleWidth(1)
            else:
                splitter.setHandleWidth(self._handle_widths.get(splitter.objectName(), -1))
        self._group_layout.invalidate()

    def _list_height(self, table: QTableView, rows: int) -> int:
        header = table.horizontalHeader().sizeHint().height()
        return header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()

    def _least_height(self, rows: int, cards: int) -> int:
        """The splitter's least height with ``rows`` in each list and ``cards`` for the
        sentences: what the tab needs to show everything without scrolling."""
        lists = sum(
            self._list_height(t, rows) - t.minimumHeight() for t in (self.groups, self.pairs)
        )
        return self.splitter.minimumSizeHint().height() + lists + cards - self.cards.minimumHeight()

    #: rows each list keeps under a short tab
    SHORT_ROWS = 2

    def _keep_explanation_in_view(self, *, least: bool = False) -> None:
        """Under a tab too short for everything, the chosen pair's explanation and the top
        of its sentences are scrolled into view (the groups list scrolls up first).

        With ``least`` (the tab just shown) the view is scrolled no further than that
        needs, so the groups list's header stays in view when the sentences fit under it:
        the pair was chosen while the tab was still laid out for more height, and the
        scroll it took then hid the header for nothing."""
        if not shiboken6.isValid(self.scroll_area):
            return
        bar = self.scroll_area.verticalScrollBar()
        if not self.relation_label.isVisible():
            return
        top = self.relation_label.mapTo(self.splitter, self.relation_label.rect().topLeft()).y()
        bottom = self.cards.mapTo(self.splitter, self.cards.rect().bottomLeft()).y()
        viewport = self.scroll_area.viewport().height()
        if least:
            # Two lines of each sentence will do: the list's header is worth more than the
            # cards' last pixels, and the cards scroll by themselves. (Their top edge and
            # two lines: the bottom edge is not needed to read them.)
            card = self.left_card
            two_lines = 2 * card.fontMetrics().height() + card.frameWidth()
            two_lines += int(card.document().documentMargin())
            top_of_cards = self.cards.mapTo(self.splitter, self.cards.rect().topLeft()).y()
            bottom = min(bottom, top_of_cards + two_lines)
            if self.pair_buttons_pinned():
                # With the decisions pinned in view, the groups list's header stays too, as
                # long as the explanation is whole: the second line of a sentence is less
                # (1280x800 leaves its cards a line and a half; they scroll by themselves).
                header = self.groups.mapTo(self.splitter, self.groups.rect().topLeft()).y()
                label_bottom = self.relation_label.mapTo(
                    self.splitter, self.relation_label.rect().bottomLeft()
                ).y()
                bottom = max(label_bottom, min(bottom, header + viewport))
        if least and bar.value() > max(bottom - viewport, 0):
            bar.setValue(max(bottom - viewport, 0))
        if bar.maximum() <= 0:
            return
        if bar.value() + viewport < bottom:
            value = min(top, bottom - viewport, bar.maximum())
            chosen = self.groups.currentIndex()
            if chosen.isValid():
                # never so far that the chosen group's own row is cut at the top: the analyst
                # must still see which group the pairs belong to
                row = self.groups.visualRect(chosen)
                if self.groups.viewport().rect().contains(row):
                    row_top = self.groups.viewport().mapTo(self.splitter, row.topLeft()).y()
                    value = min(value, row_top)
            bar.setValue(max(value, 0))

    #: The pairs' and the sentences' shares of their height (the splitter scales them to fit):
    #: a little more to the pairs, whose rows are what the analyst works down.
    PAIR_SHARES = (60, 40)

    def keyboard_order(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them: the groups and what acts on a
        group, then the pairs, the two sentences and what acts on a pair."""
        return [
            self.groups,
            self.accepted_button,
            self.group_note_button,
            self.link_button,
            self.pairs,
            self.left_card,
            self.right_card,
            self.dismiss_button,
            self.confirm_button,
            self.reopen_button,
            self.pair_note_button,
            self.unlink_button,
        ]

    def _fit_titles(
        self,
        model: ConflictGroupsModel | ConflictPairsModel,
        columns: SpareWidthColumns,
        samples: dict[int, tuple[str, str]],
    ) -> None:
        """Each column as wide as its usual content (``samples``: wanted, least) and its
        title, which is never cut."""
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        title_fm = QFontMetrics(bold)
        pad = fm.height()
        for col, (wanted, least) in samples.items():
            title = str(model.headerData(col, Qt.Orientation.Horizontal))
            title_width = title_fm.horizontalAdvance(title) + pad
            columns.set_widths(
                col,
                max(fm.horizontalAdvance(wanted) + pad, title_width),
                max(fm.horizontalAdvance(least) + pad, title_width),
            )

    @staticmethod
    def _table_defaults(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # Tab leaves the table for the next control; arrows move between rows.
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        # Rows as tall as the text needs (the facts table's): the style's default of 30
        # pixels showed two groups and two pairs in the short tab of a 1024x640 window.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a narrow column keeps the start of its title ("One source…"), not a clipped middle
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.horizontalHeader().setMinimumSectionSize(
            table.fontMetrics().horizontalAdvance("x" * 9)
        )
        # Columns fitted to the first rows: a group can hold thousands of pairs, and measuring
        # every one on each layout pass holds the window up. (Not 0, "the rows on screen":
        # for a table not yet shown, Qt reads that as every row.)
        table.horizontalHeader().setResizeContentsPrecision(60)

    # -- contents ----------------------------------------------------------------------------

    def _empty_message(self) -> str:
        if self.workspace is None:
            return ""
        if self.groups_model.narrowed and self.groups_model.total:
            return (
                f"No conflict matches the search.\n\n{self.groups_model.total} groups in all: "
                "clear the search (Esc in the search box) to see them."
            )
        return "No conflicts yet."

    def set_query(self, query: SearchQuery) -> None:
        """Narrow the groups, and each group's pairs, to what the facts search finds (the same
        words, "phrases", -exclusions and source:/note: prefixes), keeping the chosen pair
        when it is still shown."""
        if query == self._query:
            return
        self._query = query
        # Behind another tab the groups wait until the tab is looked at (see showEvent).
        if self.isVisible():
            self._narrow()

    def _narrow(self) -> None:
        query = self._query
        if self.groups_model.query == query:
            return
        if self._pending is not None:
            keep = self._pending
        else:
            group, pair = self._current_group(), self._current_pair()
            keep = (group.key if group else None, (pair.a, pair.b) if pair else None)
        self.groups_model.set_query(query, self.figures() if not query.empty else {})
        self._fit_label_room()
        self.groups_empty.refresh()
        self.pairs_model.set_pairs([], {})
        self._show_pair(None)
        self._pending = keep
        if self.isVisible():
            self._settle()

    def set_workspace(
        self,
        workspace: Workspace | None,
        *,
        conflicts: PreparedConflicts | None = None,
        error: object = None,
    ) -> None:
        """Show ``workspace``'s conflicts; ``conflicts`` when they were already read and
        sorted (in the background), else they are read now."""
        self.workspace = workspace
        self.refresh(conflicts=conflicts, error=error)
        self.groups_empty.refresh()

    def refresh(self, *, conflicts: PreparedConflicts | None = None, error: object = None) -> None:
        """Reload groups and pairs, keeping the chosen group and pair where they still exist.

        The groups list is filled at once; choosing a group, filling its pairs and writing out
        the two sentences (article reads, sentence splitting) waits until the tab is on
        screen: most of the time the analyst is looking at another tab.
        """
        if self._pending is not None:
            keep = self._pending  # chosen before, never shown since
            self._pending = None
        else:
            group, pair = self._current_group(), self._current_pair()
            keep = (group.key if group else None, (pair.a, pair.b) if pair else None)
        self._texts.clear()
        self._figures = {}
        self._figures_ready = False
        self._untold = None
        if self.workspace is None:
            self._pending = None
            self.groups_model.set_conflicts([], [])
            self.pairs_model.set_pairs([], {})
            self._show_pair(None)
            return
        try:
            if error:
                raise RuntimeError(str(error))
            if conflicts is None:
                conflicts = prepare_conflicts(
                    self.workspace.project.groups(), self.workspace.project.pairs()
                )
        except Exception as exc:  # the comparison engine failing must not take the window down
            self.error_label.setText(f"Conflicts could not be computed: {exc}")
            self.error_label.show()
            conflicts = prepare_conflicts([], [])
        else:
            self.error_label.hide()
        if not self.groups_model.query.empty:
            # The figures were read anew with the conflicts: the search reads the new ones.
            self.groups_model.set_query(self.groups_model.query, self.figures())
        self.groups_model.set_prepared(conflicts)
        # The names that tell same-label rows apart read figures and articles: behind another
        # tab they wait, as the rest does, until the tab is looked at (see _tell_apart).
        self._untold = conflicts.groups
        self._decided_here.clear()
        self._fit_label_room()
        self._show_used_group_columns()
        self.pairs_model.set_pairs([], {})
        self._show_pair(None)
        self._pending = keep
        if self.isVisible():
            self._tell_apart()
            self._settle()

    #: the quantity's characters the counts step aside for, at least and at most: a name
    #: longer than the most is cut (its tooltip says it whole) rather than hiding the counts
    #: from a list that is wide enough for a usual name
    LABEL_ROOM_CHARS = (20, 36)

    def _fit_label_room(self) -> None:
        """The counts step aside from a narrow list before the quantities' names are cut.
        Beside the pairs (1920x1080) the list read "North Korean soldiers inj…", "…dep…",
        "…ca…", "…kil…": cut at the very word that tells the groups apart, while a column of
        120 pixels said one digit each (the chosen group's counts are said under the list).
        Only there: stacked, a short tab's list has its buttons beside it and no line to
        spare under it for the counts (1024x640), and a wide one has room for both."""
        fm = self.groups.fontMetrics()
        # the names of the first rows (as the columns are measured, SetResizeContentsPrecision)
        rows = min(self.groups_model.rowCount(), 60)
        widest = max(
            (
                fm.horizontalAdvance(self.groups_model.shown_label(self.groups_model.group_at(r)))
                for r in range(rows)
            ),
            default=0,
        )
        # with the cell's margins, as the sliver is measured in characters of "x"
        x = max(fm.horizontalAdvance("x"), 1)
        least, most = self.LABEL_ROOM_CHARS
        chars = min(most, max(least, -(-(widest + fm.height()) // x)))
        if not self.is_side_by_side():
            chars = least
        aside = self.group_columns.aside_for
        aside[GROUP_COL_CONTRADICTIONS] = chars
        aside[GROUP_COL_ACCEPTED] = chars
        # the figures' count, less telling than the contradictions, steps aside first
        aside[GROUP_COL_FIGURES] = max(26, chars)
        self.group_columns.fit()

    def _show_used_group_columns(self) -> None:
        """ "Accepted value" gets a column once some group has one (as tags and notes do in the
        facts table): until then its room goes to the quantity's words."""
        model = self.groups_model
        used = any(model.group_at(r).accepted_value for r in range(model.rowCount()))
        col = GROUP_COL_ACCEPTED
        if used and col not in self.group_columns.stepped_aside:
            self.groups.setColumnHidden(col, False)
        elif not used:
            self.group_columns.stepped_aside.discard(col)
            self.groups.setColumnHidden(col, True)
        self.group_columns.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tell_apart()
        self._narrow()
        self._fit_list_heights()
        self._settle()
        self._fit_relation_label()
        # once the layout has taken the new minimum heights
        QTimer.singleShot(0, lambda: self._keep_explanation_in_view(least=True))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list_heights()
        self._fit_orientation()
        # Wider by more than a scroll bar (the window gives the tab the reader's width for
        # its pairs' sides): the explanation measured afresh, as it may take a line less.
        # (Kept growing only, it held a line of the narrower tab's, and the timeline gave
        # that line for nothing until another pair was chosen.)
        wider = event.size().width() - max(event.oldSize().width(), 0)
        self._fit_relation_label(
            new_text=wider > self.scroll_area.verticalScrollBar().sizeHint().width()
        )
        # the list's counts step aside or come back with the width
        self._show_group_info(self._current_group())

    def _fit_orientation(self) -> None:
        """Groups above the pairs when the tab is narrow or tall; beside them when it is wide
        and short. Stacked in a 1440x900 window (a tab 700 wide, 300 high under a timeline of
        six lanes) the groups showed two rows and the whole tab had to scroll, while half its
        width went to sentences two lines long."""
        width, height = self.width(), self.height()
        # (not while the window gives the pair's sentences their lines, 1280x720 to
        # 1280x800: beside the groups, a 1366x768 window's cards were 220 pixels wide and
        # its sentences nine lines long)
        wide = (
            not self._sentences_first
            and width >= 36 * self.fontMetrics().height()
            and width >= 1.8 * height
            and width - width // 3 >= self._pairs_least_width()
        )
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        self._fit_label_room()
        # Beside the pairs the groups' side is narrow, and its buttons go back under the
        # list; stacked under a short tab they may go beside it.
        self._fit_list_heights()
        # Stacked, the groups get two fifths of the height. Beside them, a third of the width:
        # the pairs keep the width they have in a 1024 window, where every column fits.
        total = max(width if wide else height, 1)
        first = total // 3 if wide else total * 2 // 5
        self.splitter.setSizes([first, total - first])
        self._show_group_info(self._current_group())

    def _pairs_least_width(self) -> int:
        """The width the pairs list needs to show its columns without scrolling sideways:
        beside the groups in a 1280x800 window it had two thirds of a 630-pixel tab, too
        little, and a sideways scroll bar took the place of a pair while Unlink wrapped to
        a row of its own. Such a tab is better stacked."""
        table = self.pairs
        fm = table.fontMetrics()
        # each side's words at their narrowest (SpareWidthColumns' floor), the relation and
        # the decision whole
        sides = 2 * fm.horizontalAdvance("x" * 16)
        fixed = sum(
            self.pair_columns.least.get(c, 0)
            for c in (PAIR_COL_RELATION, PAIR_COL_DECISION)
            if not table.isColumnHidden(c)
        )
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        return sides + fixed + frame + self.splitter.handleWidth()

    def _show_group_info(self, group: GroupRecord | None) -> None:
        """The chosen group in a line: its figures, and beside the pairs (where the list
        has no room for the count) its contradictions; its accepted value and note. With
        no room for the count, the list marks the groups with open contradictions."""
        self.groups_model.set_marks_open(self._count_not_in_list(GROUP_COL_CONTRADICTIONS))
        if group is None:
            self.group_info.clear()
            self.group_info.hide()
            return
        if group.key == TENTATIVE_KEY:
            pairs = len(self.groups_model.pairs_of(group.key))
            self.group_info.setText(
                f"{pairs} possible pair{'s' if pairs != 1 else ''}: confirm or dismiss each"
            )
            self.group_info.setVisible(True)
            return
        info = []
        # Beside the buttons (a short, narrow tab) the list has room for the contradictions
        # but not the figures' count: that one is in the quantity's tooltip, rather than a
        # line of its own that would push the pair's sentences below the fold.
        if self._count_not_in_list(GROUP_COL_FIGURES) and not self.groups_buttons_beside():
            info.append(f"{len(group.figure_ids)} figures")
        if self._count_not_in_list(GROUP_COL_CONTRADICTIONS):
            # the column's count, open ones only: with the dismissed too it said "2" of a
            # group the column (when shown) and the tooltip said had 1
            n = open_contradictions(self.groups_model.pairs_of(group.key))
            info.append(f"{n} open contradiction{'s' if n != 1 else ''}")
        if group.accepted_value:
            info.append(f"accepted value: {group.accepted_value}")
        if group.note:
            info.append(f"note: {group.note}")
        self.group_info.setText(" · ".join(info))
        self.group_info.setVisible(bool(info))

    def _count_not_in_list(self, column: int) -> bool:
        return (
            self.is_side_by_side()
            or column in self.group_columns.stepped_aside
            or self.groups.isColumnHidden(column)
        )

    def is_side_by_side(self) -> bool:
        """Whether the groups are beside the pairs (a wide, short tab)."""
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.relation_label and event.type() == QEvent.Type.Resize:
            self._fit_relation_label()
        return super().eventFilter(watched, event)

    def _fit_relation_label(self, *, new_text: bool = False) -> None:
        """Reserve the lines the relation's reason wraps to. Layouts inside the splitter and
        the scroll area ask a wrapped label for one line only, so at 1024 pixels a two-line
        reason was drawn over the second pair of the table above it.

        The lines kept only grow while the tab is resized (a scroll bar that comes and goes
        would otherwise take a line and give it back for ever); a ``new_text`` (another
        pair, a note) is measured afresh, and may want fewer."""
        label = self.relation_label
        width = label.width() if label.isVisible() else self.scroll_area.viewport().width()
        bar = self.scroll_area.verticalScrollBar()
        if not bar.isVisible() and not self.is_side_by_side():
            # Measured as if the scroll bar were there: reserving the lines only once it
            # shows came after the tab had scrolled to the sentences (at 1280x800 they were
            # cut by the second line of the reason).
            width -= bar.sizeHint().width()
        # A label's height for a width is never less than its minimum: measured with the
        # minimum in place, a pair's explanation a line shorter than the last kept its room.
        kept = label.minimumHeight()
        if new_text:
            label.setMinimumHeight(0)
        needed = label.heightForWidth(max(width, 1))
        if needed <= 0 or needed == kept:
            label.setMinimumHeight(kept)
            return
        label.setMinimumHeight(needed)
        if self.isVisible():
            self.roomChanged.emit()

    def _settle(self) -> None:
        """Choose the group and pair kept from before (or the first group) and show them."""
        if self._pending is None:
            return
        group_key, pair = self._pending
        if self.groups_model.rowCount() == 0:
            # Nothing read yet (a project reopened on this tab, its conflicts still being
            # read): the pair to choose waits for them rather than be forgotten.
            self._group_changed()
            return
        self._pending = None
        row = self.groups_model.row_of(group_key) if group_key else None
        if row is None and self.groups_model.rowCount() > 0:
            row = 0
        if row is None:
            self._group_changed()
            return
        self.groups.selectionModel().setCurrentIndex(
            self.groups_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if pair is not None:
            self.select_pair(*pair)

    def figures(self) -> dict[int, FigureRecord]:
        """The project's figures by id (read once per refresh, when first needed)."""
        if not self._figures_ready and self.workspace is not None:
            self._figures = {r.id: r for r in self.workspace.figures()}
            self._figures_ready = True
        return self._figures

    def chosen_keys(self) -> tuple[str | None, tuple[int, int] | None]:
        """The group (its key) and the pair (its figures) chosen, or about to be once the
        tab is shown: what the window remembers for the next opening of the project."""
        if self._pending is not None:
            return self._pending
        group, pair = self._current_group(), self._current_pair()
        return (group.key if group else None, (pair.a, pair.b) if pair else None)

    def choose_later(self, group_key: str | None, pair: tuple[int, int] | None) -> None:
        """Choose ``group_key`` and ``pair`` once the conflicts are read and the tab shown
        (the first group when the project has no such group any more): the pair the analyst
        was judging when they closed the project."""
        self._pending = (group_key, pair)

    def current_group(self) -> GroupRecord | None:
        self._settle()
        return self._current_group()

    def current_pair(self) -> PairRecord | None:
        self._settle()
        return self._current_pair()

    def _current_group(self) -> GroupRecord | None:
        index = self.groups.currentIndex()
        if not index.isValid():
            return None
        return self.groups_model.group_at(index.row())

    def _current_pair(self) -> PairRecord | None:
        index = self.pairs.currentIndex()
        if not index.isValid():
            return None
        return self.pairs_model.pair_at(index.row())

    def select_group(self, group_key: str) -> bool:
        self._settle()
        row = self.groups_model.row_of(group_key)
        if row is None:
            return False
        self.groups.selectionModel().setCurrentIndex(
            self.groups_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def select_pair(self, a: int, b: int) -> bool:
        self._settle()
        row = self.pairs_model.row_of(a, b)
        if row is None:
            return False
        self.pairs.selectionModel().setCurrentIndex(
            self.pairs_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def step_open_pair(self, forward: bool = True) -> PairRecord | None:
        """Choose the next (previous) contradiction nobody has decided on yet, after the
        chosen pair, across the groups in the list's order, wrapping round: the analyst's
        triage by keys (the pair's sides show at once). None when every one is decided."""
        self._settle()
        model = self.groups_model
        every = [
            (g, p)
            for g in (model.group_at(r) for r in range(model.rowCount()))
            for p in model.pairs_of(g.key)
        ]
        decided = self._decided_here
        pending = [
            i
            for i, (_g, p) in enumerate(every)
            # (a possible pair's too, once the found ones are: its row is the list's last,
            # and it waits for a verdict as they do)
            if p.relation == "contradiction" and not decided.get((p.a, p.b), p.decision)
        ]
        if not pending:
            return None
        group, pair = self._current_group(), self._current_pair()
        # Where the choice is now in the whole list, decided or not (none: before the first).
        here = next(
            (
                i
                for i, (g, p) in enumerate(every)
                if group is not None
                and pair is not None
                and g.key == group.key
                and (p.a, p.b) == (pair.a, pair.b)
            ),
            -1 if forward else len(every),
        )
        if forward:
            chosen = next((i for i in pending if i > here), pending[0])
        else:
            chosen = next((i for i in reversed(pending) if i < here), pending[-1])
        target = every[chosen]
        if group is None or group.key != target[0].key:
            self.select_group(target[0].key)
        self.select_pair(target[1].a, target[1].b)
        return target[1]

    def _group_changed(self) -> None:
        group = self._current_group()
        if group is None:
            self.pairs_model.set_pairs([], {})
            self.group_info.clear()
            self._show_pair(None)
            return
        self.pairs_model.set_pairs(
            self.groups_model.pairs_of(group.key), self.figures(), presorted=True
        )
        self._measure_pair_sides()
        self._show_group_info(group)
        if self.pairs_model.rowCount() > 0:
            self.pairs.selectionModel().setCurrentIndex(
                self.pairs_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_pair(None)
        self._update_buttons()

    #: rows whose sides are measured (as the columns are, setResizeContentsPrecision)
    MEASURED_PAIRS = 60

    def _cell_margins(self) -> int:
        """What a cell takes beside its text: the item view's margins on either side."""
        return self.pairs.fontMetrics().height() // 2 + 2

    def _measure_pair_sides(self) -> None:
        """How wide the group's sides are told on one line and on two (the widest line),
        with the cell's margins. The reason, said whole under the table, steps aside until
        the sides are whole at least on two lines: at 1280x800 it read "later repo…" beside
        sides cut to "at least 2,700 injured …" and "Harbor Wi…"."""
        model = self.pairs_model
        fm = self.pairs.fontMetrics()
        one = two = 0
        for row in range(min(model.rowCount(), self.MEASURED_PAIRS)):
            pair = model.pair_at(row)
            for fid in (pair.a, pair.b):
                said, who = model.side_lines(fid)
                line = f"{said} — {who}" if who else said
                one = max(one, fm.horizontalAdvance(line))
                two = max(two, fm.horizontalAdvance(said), fm.horizontalAdvance(who))
        margins = self._cell_margins()
        widths = (one + margins, two + margins)
        if widths != self._pair_side_widths and self.isVisible():
            # the window gives the tab the width its sides want (see width_wanted)
            self.roomChanged.emit()
        self._pair_side_widths = widths
        x = max(fm.horizontalAdvance("x"), 1)
        if two:
            self.pair_columns.aside_for[PAIR_COL_REASON] = max(20, -(-(two + margins) // x))
        else:
            self.pair_columns.aside_for.pop(PAIR_COL_REASON, None)
        self.pair_columns.fit()

    def width_wanted(self) -> int:
        """The tab's width at which its pairs' sides are whole on two lines beside the
        relation and the decision (0 when no pairs are shown): the window narrows the reader
        for it (see MainWindow._conflicts_width)."""
        _one, two = self._pair_side_widths
        if not two or self.pairs_model.rowCount() == 0:
            return 0
        if self._no_room or self.has_long_lists():
            return 0  # the sides stay on one line there (see _fit_pair_lines)
        table = self.pairs
        fixed = sum(
            self.pair_columns.least.get(c, 0) for c in (PAIR_COL_RELATION, PAIR_COL_DECISION)
        )
        chrome = table.width() - table.viewport().width()
        pairs = fixed + 2 * two + chrome
        if self.is_side_by_side():
            # the pairs have two thirds of the tab beside the groups
            return math.ceil(pairs * 3 / 2)
        return pairs + max(0, self.width() - table.width())

    def set_room_for_lines(self, room: bool) -> None:
        """Whether the window gives the tab the height for rows of two lines: not on a short
        screen (1024x640), where the tab scrolls and its sentences keep three lines."""
        if self._no_room == (not room):
            return
        self._no_room = not room
        self._fit_pair_lines()

    def two_line_pairs(self) -> bool:
        """Whether the pairs' sides are told on two lines (see _fit_pair_lines)."""
        return self.pairs_model.two_lines

    def _fit_pair_lines(self) -> None:
        """Each side on one line when its column holds the widest whole, else on two, the
        rows as tall as their lines: a cut side lost its source and day ("Ridg…")."""
        one, _two = self._pair_side_widths
        table = self.pairs
        width = min(table.columnWidth(PAIR_COL_A), table.columnWidth(PAIR_COL_B))
        # Not where rows are what the tab is short of: under a tab the window gives no
        # room (1024x640), whose sentences already scroll, and in lists long enough to ask
        # for five rows each (hundreds of groups), a row stays one line.
        two_lines = (
            one > width
            and self.pairs_model.rowCount() > 0
            and not self._no_room
            and not self.has_long_lists()
        )
        fm = table.fontMetrics()
        row = (2 if two_lines else 1) * fm.height() + 8
        header = table.verticalHeader()
        if two_lines == self.pairs_model.two_lines and header.defaultSectionSize() == row:
            return
        if self._fitting_lines:
            return
        self._fitting_lines = True
        try:
            self.pairs_model.set_two_lines(two_lines)
            header.setDefaultSectionSize(row)
            # the lists' heights are counted in rows: the tab's room changes with them
            self._fit_list_heights()
        finally:
            self._fitting_lines = False
        if self.isVisible():
            self.roomChanged.emit()

    def _pair_changed(self) -> None:
        self._show_pair(self._current_pair())
        self._keep_explanation_in_view()

    def _figure_wanted(self, figure_id: int) -> None:
        record = self.figures().get(figure_id)
        if record is not None:
            self.figureActivated.emit(record)

    def _tell_apart(self) -> None:
        """Name the rows of one label as the refresh left them to be (``_untold``), keeping
        the chosen group and pair when a search had the rows found anew."""
        groups, self._untold = self._untold, None
        if groups is None:
            return
        names = self._told_apart(groups)
        model = self.groups_model
        if model.query.empty or self._pending is not None:
            model.set_told_apart(names)
        else:
            group, pair = self._current_group(), self._current_pair()
            keep = (group.key if group else None, (pair.a, pair.b) if pair else None)
            model.set_told_apart(names)
            if not self.groups.currentIndex().isValid():  # the search found the rows anew
                self.pairs_model.set_pairs([], {})
                self._show_pair(None)
                self._pending = keep
                if self.isVisible():
                    self._settle()
        self._fit_label_room()
        self.groups_empty.refresh()

    def _told_apart(self, groups: Sequence[GroupRecord]) -> dict[str, str]:
        """The names that tell apart groups of one label (``told_apart``); the figures and
        texts are read only when two labels agree."""
        if self.workspace is None or len({g.label.casefold() for g in groups}) == len(groups):
            return {}
        return told_apart(groups, self.figures(), self._text_of)

    def _text_of(self, article_id: int) -> str:
        if article_id not in self._texts and self.workspace is not None:
            detail = self.workspace.article(article_id)
            self._texts[article_id] = detail.text if detail else ""
        return self._texts.get(article_id, "")

    def _show_pair(self, pair: PairRecord | None) -> None:
        if pair is None:
            self.left_card.clear()
            self.right_card.clear()
            self.left_card.figure_id = self.right_card.figure_id = None
            # (a search that finds no group in a project of them is no project without
            # groups: the list above says so, and to clear the search)
            self.relation_label.setText(
                "Choose a group, then a pair."
                if self.groups_model.rowCount() or self.workspace is None
                else ""
                if self.groups_model.narrowed and self.groups_model.total
                else NO_GROUPS_YET
            )
            self._update_buttons()
            return
        for card, fid, who in (
            (self.left_card, pair.a, "left"),
            (self.right_card, pair.b, "right"),
        ):
            rec = self.figures().get(fid)
            card.show_figure(rec, self._text_of(rec.article.id) if rec else "", who)
        # Another pair's sentences may want more lines, or fewer: the window is asked for
        # the room when the tab has too little for them.
        self._fit_list_heights()
        if self.isVisible() and self.sentence_room() > 0:
            self.roomChanged.emit()
        # Its hue, at 4.5:1 on this window in either theme.
        name = relation_colour(pair.relation, self.relation_label.palette()).name()
        decision = f" — {pair.decision}" if pair.decision else ""
        note = f"<br><i>Note: {html.escape(pair.note)}</i>" if pair.note else ""
        if is_tentative(pair.reason):
            # possibly one figure: what makes it so first, the relation it would be in the
            # muted colour, never a found contradiction's red
            why, relation = tentative_parts(pair.reason)
            muted = self.relation_label.palette().color(QPalette.ColorRole.PlaceholderText)
            self.relation_label.setText(
                f"<i>{TENTATIVE_LABEL}</i> ({html.escape(why)}){decision}. If so, "
                f"<b style='color:{muted.name()}'>{html.escape(pair.relation)}</b>: "
                f"{html.escape(relation)}{note}"
            )
            self._fit_relation_label(new_text=True)
            self._update_buttons()
            return
        self.relation_label.setText(
            f"<b style='color:{name}'>{html.escape(pair.relation)}</b>{decision}: "
            f"{html.escape(pair.reason)}{note}"
        )
        self._fit_relation_label(new_text=True)
        self._update_buttons()

    #: the pair verdicts' tooltips: (a found pair's, a possible pair's)
    VERDICT_TIPS: ClassVar[dict[str, tuple[str, str]]] = {
        "dismiss_button": (
            "Not a real conflict: hide it from the open conflicts",
            "Not the same figure: set the pair aside",
        ),
        "confirm_button": (
            "Yes, the sources disagree",
            "Yes, one figure told twice: the pair stands as the comparison judged it",
        ),
    }

    def set_tentative_shown(self, shown: bool) -> None:
        """List the pairs possibly of one figure (Conflict > Show Possible Pairs), or not."""
        if shown == self.groups_model.tentative_shown:
            return
        group, pair = self._current_group(), self._current_pair()
        keep = (group.key if group else None, (pair.a, pair.b) if pair else None)
        self.groups_model.set_tentative_shown(shown)
        self.groups_empty.refresh()
        self.pairs_model.set_pairs([], {})
        self._show_pair(None)
        self._pending = keep
        self._fit_label_room()
        if self.isVisible():
            self._settle()

    def _update_buttons(self) -> None:
        pair = self._current_pair()
        group = self._current_group()
        # Read-only, decisions, notes and links cannot be saved: the buttons stay, greyed.
        on = self.workspace is not None and not self.workspace.read_only
        self.dismiss_button.setEnabled(on and pair is not None and pair.decision != "dismissed")
        self.confirm_button.setEnabled(on and pair is not None and pair.decision != "confirmed")
        self.reopen_button.setEnabled(on and pair is not None and pair.decision is not None)
        self.pair_note_button.setEnabled(on and pair is not None)
        tentative = pair is not None and is_tentative(pair.reason)
        # a possible pair's figures are in no group together: nothing to unlink
        self.unlink_button.setEnabled(on and pair is not None and not tentative)
        for b in (self.accepted_button, self.group_note_button, self.link_button):
            b.setEnabled(on and group is not None and group.key != TENTATIVE_KEY)
        # The verdicts say what they mean for a pair that is possibly one figure.
        for button, (found, possible) in self.VERDICT_TIPS.items():
            _retip(getattr(self, button), possible if tentative else found)

    # -- decisions ---------------------------------------------------------------------------

    def show_decision(self, a: int, b: int, decision: str, note: str) -> None:
        """A pair's decision or note, just made or undone: shown in its row, its explanation
        and the buttons at once, before the background read brings the counts."""
        row = self.pairs_model.row_of(a, b)
        if row is None:
            return
        record = replace(self.pairs_model.pair_at(row), decision=decision or None, note=note)
        self.pairs_model.update_pair(record)
        self.groups_model.update_pair(record)
        current = self._current_pair()
        if current is not None and (current.a, current.b) == (a, b):
            self._show_pair(current)

    def _decide(self, decision: str | None) -> None:
        pair = self._current_pair()
        if pair is not None and self.workspace is not None:
            side = self.pairs_model.side
            if self.workspace.set_pair_decision(
                pair.a,
                pair.b,
                decision,
                pair.note,
                pair_words=f"{side(pair.a)} against {side(pair.b)}",
            ):
                self._decided_here[(pair.a, pair.b)] = decision

    def _pair_note(self) -> None:
        pair = self._current_pair()
        if pair is None or self.workspace is None:
            return
        workspace = self.workspace
        # Which pair, as its row says it: the dialog covers the list, and "Note on this
        # pair:" alone left the analyst to remember which two figures it was.
        side = self.pairs_model.side
        dialog = TextEntryDialog(
            self,
            "Note",
            "&Note on this pair:",
            pair.note,
            f"{pair.relation}: {side(pair.a)}\nagainst {side(pair.b)}",
            quote=False,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: workspace.set_pair_decision(pair.a, pair.b, pair.decision, dialog.text())
        )
        dialog.open()

    def _accepted_value(self) -> None:
        group = self._current_group()
        if group is None or self.workspace is None:
            return
        figures = self.figures()
        values = sorted({figure_value(figures[f].figure) for f in group.figure_ids if f in figures})
        text, ok = QInputDialog.getItem(
            self,
            "Accepted value",
            f"The value you accept for “{self.groups_model.shown_label(group)}” (choose or type):",
            [group.accepted_value, *values] if group.accepted_value else values,
            0,
            True,
        )
        if ok:
            self.workspace.set_group_decision(group.key, text.strip(), group.note)

    def _group_note(self) -> None:
        group = self._current_group()
        if group is None or self.workspace is None:
            return
        workspace = self.workspace
        dialog = TextEntryDialog(
            self, "Note", "&Note on this group:", group.note, self.groups_model.shown_label(group)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: workspace.set_group_decision(group.key, group.accepted_value, dialog.text())
        )
        dialog.open()

    def _link(self) -> None:
        group = self._current_group()
        if group is None or self.workspace is None:
            return
        choices = {
            # (a rate per its stretch, a length after what lasted: "fire burned for 19 hours")
            f"#{r.id}  {figure_reading(r.figure)}"
            f" — {r.article.source or 'unknown'}"
            # a denied number is in no group of its own: say so where the analyst links it
            f"{' (denied in the text)' if r.figure.denied else ''}": r.id
            for r in self.figures().values()
            if r.id not in group.figure_ids
        }
        if not choices:
            return
        label, ok = QInputDialog.getItem(
            self,
            "Link a figure",
            f"Add to “{self.groups_model.shown_label(group)}”:",
            list(choices),
            0,
            False,
        )
        if ok and label in choices:
            self.workspace.link_figure(choices[label], group.key)

    def _unlink(self, figure_id: int | None) -> None:
        if figure_id is not None and self.workspace is not None:
            self.workspace.link_figure(figure_id, "")


def _retip(button: QPushButton, text: str) -> None:
    """``button``'s tooltip said as ``text``, keeping the key the window added after it."""
    tip = button.toolTip()
    key = tip[tip.rfind(" (") :] if tip.endswith(")") and " (" in tip else ""
    if tip != text + key:
        button.setToolTip(text + key)
