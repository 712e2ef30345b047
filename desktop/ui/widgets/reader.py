"""The reader: one article with its metadata, figures underlined, the chosen fact highlighted.

Offsets from the project are Python string indices; Qt counts UTF-16 code units. The two differ
only after characters outside the Basic Multilingual Plane (emoji, some scripts), so the reader
converts through :class:`OffsetMap`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ArticleDetail, FactRecord, FigureRecord
from desktop.ui.format import (
    attribution,
    bidi_isolated,
    figure_value,
    long_day,
    parse_day,
    published_origin_text,
    shown_as_of,
    shown_title,
)
from desktop.ui.style import legible_ground
from desktop.ui.widgets.articles_panel import title_lines
from desktop.ui.widgets.flow import FlowLayout
from desktop.ui.widgets.source_link import SourceAddress

# The chosen fact's sentence and its date expression, behind the palette's text. The dark
# theme's date ground was a light amber under near-white text (3.3:1): it is a deeper orange
# now, and highlight_grounds() darkens or lightens either further for any other palette, so
# that the text on them reads at WCAG AA (4.5:1) in every theme.
FACT_LIGHT = QColor(255, 236, 140)
FACT_DARK = QColor(110, 90, 20)
TIMEX_LIGHT = QColor(255, 196, 80)
TIMEX_DARK = QColor(150, 78, 0)


def highlight_grounds(palette: QPalette) -> tuple[QColor, QColor]:
    """The fact's and the date expression's grounds for text in ``palette``."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    dark = is_dark(palette)
    fact, timex = (FACT_DARK, TIMEX_DARK) if dark else (FACT_LIGHT, TIMEX_LIGHT)
    return legible_ground(fact, text), legible_ground(timex, text)


#: An author's name this long or shorter is kept on one line with its "by".
BYLINE_WHOLE_CHARS = 32

#: The most lines an article's title, and the line naming its outlet and author, take in the
#: reader's heading; the rest is cut with an ellipsis and read whole in the tooltip. A page
#: whose title held thousands of characters, or an outlet or author list as long, wrapped
#: whole: the heading took the reader's height, the title's lines ran over the outlet's, and
#: the article was left three lines at 1400x900.
TITLE_LINES = 4
BYLINE_LINES = 2
#: a tooltip reading such a cut line whole shows this many characters of it at most, in
#: lines of this many
WHOLE_TIP_CHARS = 600
TIP_LINE_CHARS = 80
#: the most of a title the outlet's question quotes: whole, a title of thousands of characters
#: made the box taller than the screen, its buttons out of reach
QUESTION_TITLE_CHARS = 160


def byline_author(author: str) -> str:
    """ "by NAME" as the reader's byline says it: a narrow reader (the Conflicts tab at
    1280x800) wrapped "Eastbank Review (sample) · by" over "Hana Seo"; "by" now stays with
    the name, and a name short enough stays whole (a long list of authors still wraps)."""
    if len(author) <= BYLINE_WHOLE_CHARS:
        return "by\u00a0" + author.replace(" ", "\u00a0")
    return "by\u00a0" + author


def _cut_to_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> str | None:
    """``text`` broken into at most ``lines`` lines of ``width``, the last cut with an
    ellipsis; None when the whole of it fits in them."""
    shown = title_lines(text, fm, width, lines)
    if "".join("".join(shown).split()) == "".join(text.split()):
        return None
    return "\n".join(shown)


def _whole_tip(text: str) -> str:
    """A cut line read whole in its tooltip: in lines of a readable width (a tooltip of plain
    text is not wrapped, and one line of 600 characters ran off the screen)."""
    return textwrap.fill(_cut(text, WHOLE_TIP_CHARS), TIP_LINE_CHARS)


def _cut(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` characters and an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…"


class OffsetMap:
    """Python string index -> QTextDocument position for one text."""

    def __init__(self, text: str) -> None:
        self._extra: list[int] | None = None
        if any(ord(c) > 0xFFFF for c in text):
            extra, n = [0], 0
            for c in text:
                n += ord(c) > 0xFFFF
                extra.append(n)
            self._extra = extra

    def to_qt(self, index: int) -> int:
        if self._extra is None:
            return index
        index = max(0, min(index, len(self._extra) - 1))
        return index + self._extra[index]

    def to_python(self, position: int) -> int:
        """The string index at QTextDocument ``position`` (the inverse of :meth:`to_qt`)."""
        if self._extra is None:
            return position
        lo, hi = 0, len(self._extra) - 1
        while lo < hi:  # the last index whose document position is not past ``position``
            mid = (lo + hi + 1) // 2
            if mid + self._extra[mid] <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class ReaderView(QWidget):
    """Shows an article; ``publishedEdited(article_id, iso_or_empty)`` asks for a new date."""

    publishedEdited = Signal(int, str)
    #: the analyst named the article's outlet (article id, the name; "" for none)
    sourceEdited = Signal(int, str)
    furnitureRequested = Signal(int)
    #: the analyst clicked the article's text: (article id, string index) to find the fact
    #: written there, the way back from a sentence to its fact on the timeline and the table
    textPointed = Signal(int, int)
    #: Enter pressed in the article's text: select the fact of the sentence under the caret
    caretChosen = Signal()
    #: "Import Articles…" clicked in an empty project's reader
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.detail: ArticleDetail | None = None
        self._figures: list[FigureRecord] = []
        self._map = OffsetMap("")
        self._fact: FactRecord | None = None
        self._highlight: tuple[int, int] | None = None
        self._timex: tuple[int, int] | None = None
        self._read_only = False
        #: the article's title, its outlet's line and the title's own tooltip, whole (the
        #: heading shows them cut to a few lines: see _fit_heading)
        self._whole_heading: tuple[str, str, str] | None = None

        self.title = QLabel("No article")
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.byline = QLabel("")
        self.byline.setObjectName("readerByline")
        self.byline.setWordWrap(True)
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        self.address = SourceAddress()

        self.published_label = QLabel("&Published:")
        self.published_edit = QLineEdit()
        self.published_edit.setObjectName("readerPublished")
        self.published_edit.setPlaceholderText("YYYY-MM-DD")
        self.published_edit.setClearButtonEnabled(True)
        # Room for the date, the clear button and the frame at any font size or scale.
        digits = self.published_edit.fontMetrics().horizontalAdvance("0000-00-00")
        # A date is ten characters: a field twice as wide pushed Apply onto a line of its own
        # in a 1024 screen's reader.
        self.published_edit.setFixedWidth(digits + 3 * self.fontMetrics().height())
        self.published_edit.setAccessibleName("Publication date")
        self.published_edit.setToolTip(self.PUBLISHED_TIP)
        self.published_label.setBuddy(self.published_edit)
        self.published_edit.returnPressed.connect(self._apply_published)
        self.published_apply = QPushButton("Appl&y")
        self.published_apply.clicked.connect(self._apply_published)
        self.published_apply.setToolTip("Use this publication date (Enter in the field)")
        # Where the date came from, on one small line under the field; evidence too long for
        # it ("from the page metadata: meta article:published_time") is cut at its end and
        # read whole in the tooltip (the field's tooltip says it too). Wrapped at full size
        # it took two lines of a short reader, before the article's first word.
        self.published_origin = OneLineLabel()
        self.published_origin.setObjectName("readerOrigin")
        # No mnemonic of its own: Alt+A is the Article menu, whose "Paragraphs Set Aside…"
        # opens the same list.
        self.furniture_button = QPushButton("Set aside…")
        self.furniture_button.setToolTip(
            "Paragraphs import set aside as page furniture (newsletter boxes, teasers, bios): "
            "see them and restore any to the body"
        )
        self.furniture_button.clicked.connect(self._ask_furniture)
        # The outlet, set or corrected after import: an article read with no outlet sat in
        # the timeline's "Unknown source" lane, and only importing the file again could name
        # it. Edit > Undo takes a change back.
        self.outlet_button = QToolButton()
        self.outlet_button.setText("Outlet…")
        self.outlet_button.setAutoRaise(True)
        self.outlet_button.setObjectName("readerOutlet")
        self.outlet_button.setToolTip(
            "Name the outlet that published this article (its lane on the timeline)"
        )
        self.outlet_button.clicked.connect(self.ask_outlet)
        # No Tab stop: the keyboard has Article > Set Outlet…, and the reader's stops stay
        # the address, the date and its buttons.
        self.outlet_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outlet_box: QInputDialog | None = None

        date_box = QWidget()
        date_fields = QHBoxLayout(date_box)
        date_fields.setContentsMargins(0, 0, 0, 0)
        date_fields.addWidget(self.published_label)
        date_fields.addWidget(self.published_edit)
        # "Apply" wraps under the date when the reader is very narrow: beside the field in a
        # fixed row it ran into the splitter on a 1024 screen.
        date_row = FlowLayout()
        date_row.addWidget(date_box)
        date_row.addWidget(self.published_apply)

        # Where the date came from, and "Set aside" at the end of that line: one row under
        # the date where the date's origin took two wrapped lines and "Set aside" a row of
        # its own (at 1024 and 1280 the heading took half the reader's height).
        origin_row = QHBoxLayout()
        origin_row.setContentsMargins(0, 0, 0, 0)
        origin_row.addWidget(self.published_origin, 1)
        origin_row.addWidget(self.furniture_button)

        header = QFrame()
        header.setObjectName("readerHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(12, 8, 12, 6)
        hl.setSpacing(3)
        hl.addWidget(self.title)
        # The outlet's button at the end of the line that names it, flat: a row of its own,
        # or a place beside the date, cost the article a line at 1024x640. It follows the
        # line's last word (the line is no wider than its words, see _set_byline): at the
        # reader's right edge it read as a stray link, not as the name's own edit.
        byline_row = QHBoxLayout()
        byline_row.setContentsMargins(0, 0, 0, 0)
        byline_row.setSpacing(4)
        byline_row.addWidget(self.byline, 1)
        byline_row.addWidget(self.outlet_button, 0, Qt.AlignmentFlag.AlignTop)
        byline_row.addStretch(0)
        hl.addLayout(byline_row)
        hl.addWidget(self.address)
        # An empty project has nothing to read: the reader says how to get something, with
        # the button to do it, instead of a date field for no article.
        self.import_button = QPushButton("&Import Articles…")
        self.import_button.setObjectName("readerImport")
        self.import_button.setToolTip("Choose article files to add to the project (Ctrl+I)")
        self.import_button.clicked.connect(self.importRequested)
        self.import_button.hide()
        hl.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._date_box = date_box
        hl.addLayout(date_row)
        hl.addLayout(origin_row)

        self.body = QTextBrowser()
        self.body.setObjectName("readerBody")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.document().setDocumentMargin(12)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.setAccessibleName("Article text")
        # Tab moves on to the next control rather than staying inside the article.
        self.body.setTabChangesFocus(True)
        # A caret the arrow keys move, so that the keyboard can point at a sentence as the
        # mouse does (Enter, or Fact > Select Fact at Caret, selects its fact).
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setAccessibleDescription(
            "The article. Move the caret with the arrow keys; Enter selects the fact written "
            "there on the timeline and in the facts table."
        )
        self.body.viewport().installEventFilter(self)
        self.title.installEventFilter(self)
        self.body.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.Resize:
            # the heading's width is the title's: cut the lines again to it
            self._fit_heading()
        if (
            watched is self.body
            and event.type() == QEvent.Type.PaletteChange
            and self._highlight is not None
        ):
            # A theme chosen in Preferences: the highlight's colour was picked for the old
            # ground (pale yellow behind the dark theme's white text could not be read). The
            # text's own palette, not the reader's, is the one already changed here.
            self._paint_selection(scroll=False)
        if (
            watched is self.body
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.detail is not None
        ):
            self.caretChosen.emit()
            return True
        if (
            watched is self.body.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.detail is not None
            # A drag that selected words is the analyst copying, not pointing at a fact.
            and not self.body.textCursor().hasSelection()
        ):
            position = self.body.cursorForPosition(event.position().toPoint()).position()
            self.textPointed.emit(self.detail.record.id, self._map.to_python(position))
        return super().eventFilter(watched, event)

    def caret_offset(self) -> int:
        """Where the caret is in the article, as a Python index into its text."""
        return self._map.to_python(self.body.textCursor().position())

    def set_caret(self, offset: int) -> None:
        """Put the caret at ``offset`` (a Python index into the article's text)."""
        cursor = self.body.textCursor()
        cursor.setPosition(self._map.to_qt(offset))
        self.body.setTextCursor(cursor)

    # -- what is shown -----------------------------------------------------------------------

    def _fit_heading(self) -> None:
        """Show the article's title and outlet's line in at most TITLE_LINES and
        BYLINE_LINES lines of the heading's width (again whenever the reader is resized);
        a line cut short is read whole in its tooltip."""
        if self._whole_heading is None:
            return
        title, byline, title_tip = self._whole_heading
        width = self.title.contentsRect().width()
        if width <= 0:
            width = max(self.width() - 24, 200)
        # (a text that fits is set as it is, for the label to wrap as it always has)
        shown = _cut_to_lines(title, self.title.fontMetrics(), width - 6, TITLE_LINES)
        self.title.setText(shown if shown is not None else title)
        self.title.setToolTip(_whole_tip(title) if shown is not None else title_tip)
        # beside the outlet's button (and the row's spacing), a few pixels spare: a label given
        # just its line's advance may wrap that line's last word
        room = max(width - self.outlet_button.sizeHint().width() - 4 - 6, 100)
        shown = _cut_to_lines(byline, self.byline.fontMetrics(), room, BYLINE_LINES)
        self._set_byline(shown if shown is not None else byline)
        self.byline.setToolTip(_whole_tip(byline) if shown is not None else "")

    def _set_byline(self, text: str) -> None:
        """The outlet's line, no wider than its words, so the outlet's button beside it sits
        after its last word; narrower than that, it wraps as before."""
        self.byline.setText(text)
        metrics = self.byline.fontMetrics()
        words = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        margins = self.byline.contentsMargins()
        # A pixel or two over the advance: a label given exactly its text's width may wrap
        # its last word.
        self.byline.setMaximumWidth(words + margins.left() + margins.right() + 2)

    def clear(self, *, empty_project: bool = False) -> None:
        """Show no article; ``empty_project``: the project has none yet, and the reader says
        how to bring some in (it told a newcomer to choose an article from an empty list)."""
        self.detail = None
        self._whole_heading = None
        self.byline.setToolTip("")
        self._fact = None
        self._highlight = self._timex = None
        self.title.setText("No articles yet" if empty_project else "No article")
        self._set_byline(
            "Import article files (text, web pages, PDF, Word, e-mail…) or drop them on the "
            "window, paste an article copied from a browser (Edit > Paste as Article, "
            "Ctrl+Shift+V) or give its web address (File > Import from Web Address…): "
            "Factlane finds each one's publication date, dated facts and figures."
            if empty_project
            else "Choose an article, or click a fact on the timeline."
        )
        self.import_button.setVisible(empty_project and not self._read_only)
        for w in (self._date_box, self.published_apply, self.furniture_button, self.outlet_button):
            w.setVisible(not empty_project)
        self.address.set_address(None)
        self.published_edit.clear()
        self._set_origin("")
        self.body.clear()
        self._set_header_enabled(False)

    def show_article(self, detail: ArticleDetail, figures: Sequence[FigureRecord] = ()) -> None:
        self.detail = detail
        self._figures = list(figures)
        self._fact = None
        self._highlight = self._timex = None
        self.import_button.hide()
        for w in (self._date_box, self.published_apply, self.furniture_button, self.outlet_button):
            w.setVisible(True)
        rec = detail.record
        parts = [bidi_isolated(rec.source or "unknown source")]
        if rec.author:
            parts.append(byline_author(bidi_isolated(rec.author)))
        # With no outlet the button says what is missing, as the date field does.
        self.outlet_button.setText("Name the &Outlet…" if not rec.source else "Outlet…")
        # the dot stays with what it follows: a narrow reader wraps after it
        self._whole_heading = (
            shown_title(rec),
            "\u00a0 ·  ".join(parts),
            rec.path if not rec.title else "",
        )
        self._fit_heading()
        self.address.set_address(rec.url)
        self.published_edit.setText(rec.published.isoformat() if rec.published else "")
        self._show_origin()
        self._set_header_enabled(True)
        removed = sum(1 for b in detail.blocks if not b.kept)
        self.furniture_button.setText(f"Set aside ({removed})…")
        self.furniture_button.setToolTip(furniture_tooltip(removed))

        self._map = OffsetMap(detail.text)
        self.body.setPlainText(detail.text)
        self._space_paragraphs()
        self._underline_figures()
        self.body.setExtraSelections([])
        self.body.moveCursor(QTextCursor.MoveOperation.Start)

    def show_fact(self, fact: FactRecord, detail: ArticleDetail | None) -> None:
        """Show the fact's sentence highlighted and its time expression marked."""
        if detail is not None and (
            self.detail is None or self.detail.record.id != detail.record.id
        ):
            self.show_article(detail, self._figures_for(detail))
        elif detail is None:
            self.clear()
            self.title.setText("Fact added by hand")
            self._set_byline(fact.text)
        self._fact = fact
        if detail is None or fact.end <= fact.start:
            self._highlight = self._timex = None
            self.body.setExtraSelections([])
            return
        self._highlight = (fact.start, fact.end)
        self._timex = (fact.timex.start, fact.timex.end) if fact.timex is not None else None
        self._paint_selection()

    def show_span(self, start: int, end: int) -> None:
        """Highlight any span of the shown article (a figure chosen in the figures table)."""
        if self.detail is None:
            return
        self._fact = None
        self._highlight = (start, end)
        self._timex = None
        self._paint_selection()

    def set_figures(self, figures: Sequence[FigureRecord]) -> None:
        self._figures = list(figures)

    def highlighted_range(self) -> tuple[int, int] | None:
        """The highlighted fact as Python offsets into the article's text."""
        return self._highlight

    def marked_timex_range(self) -> tuple[int, int] | None:
        return self._timex

    def highlighted_text(self) -> str:
        if self.detail is None or self._highlight is None:
            return ""
        return self.detail.text[self._highlight[0] : self._highlight[1]]

    # -- painting ------------------------------------------------------------------------------

    def _figures_for(self, detail: ArticleDetail) -> list[FigureRecord]:
        return [f for f in self._figures if f.article.id == detail.record.id]

    def _space_paragraphs(self) -> None:
        # One paragraph a line in the cleaned body: a gap between them makes it readable.
        cur = QTextCursor(self.body.document())
        cur.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(self.fontMetrics().height() * 0.6)
        fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cur.mergeBlockFormat(fmt)

    def _underline_figures(self) -> None:
        if self.detail is None:
            return
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(40, 120, 200))
        length = len(self.detail.text)
        # One edit block for every figure: each format merged on its own laid the whole
        # document out again (an article of 20,000 sentences and 2,000 figures: 51 s with
        # the window frozen, against under a second).
        cur = QTextCursor(self.body.document())
        cur.beginEditBlock()
        try:
            for r in self._figures:
                if r.article.id != self.detail.record.id:
                    continue
                start, end = max(0, r.figure.start), min(length, r.figure.end)
                if end <= start:
                    continue
                cur.setPosition(self._map.to_qt(start))
                cur.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                f = QTextCharFormat(fmt)
                f.setToolTip(self._figure_tip(r))
                cur.mergeCharFormat(f)
        finally:
            cur.endEditBlock()

    @staticmethod
    def _figure_tip(r: FigureRecord) -> str:
        fig = r.figure
        lines = [figure_value(fig)]
        if fig.counted or fig.measure:
            lines.append(" ".join(x for x in (fig.counted, fig.measure) if x))
        if fig.attributed_to:
            lines.append(f"according to {attribution(fig.attributed_to)}")
        if fig.as_of:
            lines.append(f"as of {shown_as_of(fig.as_of, fig.as_of_precision)}")
        return "\n".join(lines)

    def _paint_selection(self, *, scroll: bool = True) -> None:
        if self.detail is None or self._highlight is None:
            self.body.setExtraSelections([])
            return
        fact_ground, timex_ground = highlight_grounds(self.body.palette())
        length = len(self.detail.text)
        selections = []
        start, end = max(0, self._highlight[0]), min(length, self._highlight[1])
        fact_sel = QTextEdit.ExtraSelection()
        fact_sel.cursor = QTextCursor(self.body.document())
        fact_sel.cursor.setPosition(self._map.to_qt(start))
        fact_sel.cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        ff = QTextCharFormat()
        ff.setBackground(fact_ground)
        fact_sel.format = ff
        selections.append(fact_sel)
        if self._timex is not None:
            ts, te = max(0, self._timex[0]), min(length, self._timex[1])
            if te > ts:
                tsel = QTextEdit.ExtraSelection()
                tsel.cursor = QTextCursor(self.body.document())
                tsel.cursor.setPosition(self._map.to_qt(ts))
                tsel.cursor.setPosition(self._map.to_qt(te), QTextCursor.MoveMode.KeepAnchor)
                tf = QTextCharFormat()
                tf.setBackground(timex_ground)
                tf.setFontWeight(QFont.Weight.Bold)
                if self._fact is not None and self._fact.timex is not None:
                    tf.setToolTip(self._fact.timex.explanation or self._fact.timex.value)
                tsel.format = tf
                selections.append(tsel)
        self.body.setExtraSelections(selections)
        if scroll:
            self._scroll_to(self._map.to_qt(start), self._map.to_qt(end))

    def _scroll_to(self, start: int, end: int) -> None:
        """The sentence in view with what the article says around it: a third of the room
        left above it, two thirds below. Only made visible, it sat on the reader's bottom
        edge, its last line the last one shown and nothing of what came after."""
        body = self.body
        cur = QTextCursor(body.document())
        cur.setPosition(start)
        body.setTextCursor(cur)
        bar = body.verticalScrollBar()
        top = body.cursorRect(cur).top() + bar.value()
        cur.setPosition(end)
        bottom = body.cursorRect(cur).bottom() + bar.value()
        room = body.viewport().height()
        line = body.fontMetrics().lineSpacing()
        shown_from, shown_to = bar.value(), bar.value() + room
        if top - line >= shown_from and bottom + line <= shown_to:
            return  # already in view with a line either side: the text stays put
        spare = room - (bottom - top)
        value = top - spare // 3 if spare > 2 * line else top - line // 2
        bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))

    # -- publication date ---------------------------------------------------------------------

    #: The date field's own tooltip; where the shown date came from is added under it.
    PUBLISHED_TIP = (
        "The day the article was published. Relative dates such as “Thursday” or “last "
        "month” are resolved against it; changing it re-resolves them (undoable)."
    )

    def _set_origin(self, text: str, *, whole: bool = False) -> None:
        """Say where the date came from under the field: on one line cut to fit (read whole
        in the tooltips), or ``whole``, wrapped, for what the analyst must act on."""
        self.published_origin.setWordWrap(whole)
        self.published_origin.setText(text)
        self.published_origin.setToolTip(text)
        # Nothing to say (no article): no empty line under an empty project's Import button.
        self.published_origin.setVisible(bool(text))
        self.published_edit.setToolTip(
            f"{self.PUBLISHED_TIP}\n\n{text}" if text else self.PUBLISHED_TIP
        )

    def _show_origin(self) -> None:
        rec = self.detail.record if self.detail else None
        if rec is None:
            self._set_origin("")
            return
        if rec.published is None:
            # What to do next is read whole: the line wraps rather than cut it.
            self._set_origin(
                "No date yet: its facts come once it has one. Type the day it was published.",
                whole=True,
            )
            self.published_edit.setProperty("missing", True)
        else:
            evidence = self.detail.field_origins.get("published", "") if self.detail else ""
            origin = published_origin_text(rec.published, rec.published_origin, evidence)
            self._set_origin(f"{long_day(rec.published)}, {origin}".rstrip(", "))
            self.published_edit.setProperty("missing", False)
        self.published_edit.style().unpolish(self.published_edit)
        self.published_edit.style().polish(self.published_edit)

    def set_read_only(self, read_only: bool) -> None:
        """A project open read-only: the date can be read and copied, not changed; the
        paragraphs set aside can still be looked at."""
        self._read_only = read_only
        self.published_edit.setReadOnly(read_only)
        self.published_edit.setClearButtonEnabled(not read_only)
        self._set_header_enabled(self.detail is not None)

    def _apply_published(self) -> None:
        if self.detail is None or self._read_only:
            return
        text = self.published_edit.text().strip()
        current = self.detail.record.published
        if text:
            d: date | None = parse_day(text)
            if d is None:
                self._set_origin("Type a day, e.g. 2025-01-13 or 13 Jan 2025", whole=True)
                return
        else:
            d = None
        if d == current:
            return
        self.publishedEdited.emit(self.detail.record.id, d.isoformat() if d else "")

    def ask_outlet(self) -> QInputDialog | None:
        """Ask for the article's outlet; ``sourceEdited`` tells a changed name."""
        if self.detail is None or self._read_only:
            return None
        article_id = self.detail.record.id
        current = self.detail.record.source or ""
        box = QInputDialog(self)
        box.setObjectName("outletBox")
        box.setWindowTitle("Outlet")
        box.setLabelText(
            f"The outlet that published “{_cut(shown_title(self.detail.record), QUESTION_TITLE_CHARS)}”. Its facts "
            "move to this outlet's lane; leave it empty for an unknown source."
        )
        box.setTextValue(current)
        box.setOkButtonText("Set Outlet")
        wrap_input_dialog(box)

        def chosen(text: str) -> None:
            name = " ".join(text.split())
            if name != current:
                self.sourceEdited.emit(article_id, name)

        box.textValueSelected.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "outlet_box", None))
        self.outlet_box = box
        box.open()
        return box

    def _ask_furniture(self) -> None:
        if self.detail is not None:
            self.furnitureRequested.emit(self.detail.record.id)

    def _set_header_enabled(self, on: bool) -> None:
        for w in (
            self.published_edit,
            self.published_apply,
            self.furniture_button,
            self.published_label,
            self.outlet_button,
        ):
            w.setEnabled(on)
        self.outlet_button.setEnabled(on and not self._read_only)
        self.published_apply.setEnabled(on and not self._read_only)


#: the width of a question box, in characters of "x": a few readable lines, as the entry
#: dialogs (desktop/ui/dialogs/entry.py) are
QUESTION_BOX_CHARS = 58


def wrap_input_dialog(box: QInputDialog) -> None:
    """Wrap ``box``'s question over lines of a readable width. On one line, the outlet's
    question (the article's title and what the outlet does) made a box 1080 pixels wide in a
    1280 window: a field as wide as the screen for a name of a few words."""
    label = box.findChild(QLabel)
    if label is not None:
        label.setWordWrap(True)
    width = box.fontMetrics().horizontalAdvance("x" * QUESTION_BOX_CHARS) + 24
    box.setMinimumWidth(width)
    box.setMaximumWidth(width)
    layout = box.layout()
    if layout is not None:
        layout.activate()
    height = box.heightForWidth(width)
    box.resize(width, height if height > 0 else box.sizeHint().height())


#: a cut clause this short or shorter is left out whole (see OneLineLabel.shown_text)
CLAUSE_STUB_CHARS = 8


class OneLineLabel(QLabel):
    """A label kept to one line, its text cut with an ellipsis where the width ends, unless
    word wrap is on. ``text()`` stays whole; it never asks for more width than it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        """What is drawn: the text, or as much of it as fits with an ellipsis."""
        if self.wordWrap():
            return self.text()
        width = self.contentsRect().width()
        text = self.text()
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        if shown == text:
            return shown
        # A clause cut to its first letters says nothing ("Tue 14 Jan 2025, from t…" beside
        # the Conflicts tab at 1280x800): the line ends at the clause before it.
        head, comma, tail = shown.rpartition(", ")
        if comma and len(tail.rstrip("…").strip()) < CLAUSE_STUB_CHARS:
            return f"{head}, …"
        return shown

    def is_cut(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return hint if self.wordWrap() else QSize(0, hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_cut():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


def furniture_tooltip(removed: int) -> str:
    """What "Set aside (N)…" holds, in words: the number alone did not say that these are
    paragraphs the import took out of the body, nor that they can be put back."""
    if removed == 0:
        return (
            "The import set nothing aside from this article as page furniture. Click to see "
            "its paragraphs and set any aside."
        )
    what = "1 paragraph" if removed == 1 else f"{removed:,} paragraphs"
    return (
        f"{what} the import set aside as page furniture (menus, newsletter boxes, teasers, "
        "bios, captions): not part of the article's body, so no facts or figures are read "
        "from them. Click to see them and restore any to the body."
    )
