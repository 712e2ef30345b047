"""One way for a table's sentence column to take the width the other columns leave."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

#: the sentence's width, in characters, that the other columns squeeze for by default
READABLE_CHARS = 30


class SpareWidthColumns(QObject):
    """Keeps ``text_column`` of ``table`` as wide as the viewport allows.

    Each other column has a width it would like and the least it is squeezed to. When the
    pane is narrow, those columns give up room first, in proportion to what they can spare,
    so that the sentence keeps a readable width; only then does the table scroll sideways. A
    column the analyst drags keeps the width it was given.

    ``optional`` columns say again what the row already shows (a precision the date spells
    out, the words of the sentence itself); when even squeezed columns would leave the
    sentence a sliver, they step aside in that order and come back when the pane widens.
    """

    #: the set of optional columns that stepped aside changed
    steppedAside = Signal()
    #: the analyst dragged a column to a width of their own
    widthChosen = Signal()
    #: the columns were given their widths (the pane was resized, or fit() was called)
    fitted = Signal()

    def __init__(
        self,
        table: QTableView,
        text_column: int,
        optional: tuple[int, ...] = (),
        *,
        also_text: tuple[int, ...] = (),
        aside_for: dict[int, int] | None = None,
        readable_chars: int = READABLE_CHARS,
        repeated: tuple[int, ...] = (),
        squeezed_last: tuple[int, ...] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.text_column = text_column
        #: further sentence columns that share the spare width equally with ``text_column``
        #: (a conflict pair's two sides)
        self.text_columns = (text_column, *also_text)
        self.optional = optional
        #: how many characters of sentence an optional column makes way for (20 unless
        #: given): a column that repeats less of the row yields for a longer line
        self.aside_for = aside_for or {}
        #: the sentence's width, in characters, that the other columns squeeze for before
        #: the sentence gives up room itself: fewer where the sentence repeats what the
        #: other columns say (a figure's own words are its value and what it counts)
        self.readable_chars = readable_chars
        #: the columns whose words the sentence repeats: ``readable_chars`` holds only while
        #: they are shown (once they step aside, the sentence is where they are read)
        self.repeated = repeated
        #: columns of words (an outlet's name, tags) that give up room only once the other
        #: columns are down to their least: a Status column of marks kept its title's width
        #: while the outlet beside it read "Eastbank Revi…"
        self.squeezed_last = squeezed_last
        #: optional columns hidden for want of room (not those hidden for other reasons)
        self.stepped_aside: set[int] = set()
        #: width each column would like (the analyst's drag replaces it)
        self.wanted: dict[int, int] = {}
        #: the least a column is squeezed to before the sentence gives up room
        self.least: dict[int, int] = {}
        #: columns the analyst has dragged to a width of their own
        self.dragged: set[int] = set()
        #: columns the analyst chose to show: an optional one never steps aside
        self.pinned: set[int] = set()
        #: columns the analyst chose to hide: never shown again by ``fit``
        self.held_hidden: set[int] = set()
        #: how wide the sentences are when shorter than a readable line (a figure's own
        #: words are often a few): the other columns need not give way for room it won't use
        self.text_needs: int | None = None
        self._fitting = False
        self._floor = 0
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def set_widths(self, column: int, wanted: int, least: int) -> None:
        """What ``column`` would like and the least it takes; a column the analyst dragged
        keeps their width instead."""
        if column in self.dragged:
            return
        self.wanted[column] = wanted
        self.least[column] = min(least, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport is still resized while a closing window takes the table down.
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.Resize
            and shiboken6.isValid(self.table)
        ):
            self.fit()
        return False

    def _section_resized(self, index: int, old: int, new: int) -> None:
        # A hidden column shown again comes back from width 0 (Qt emits that as a resize):
        # no hand dragged it. Taken for a drag, the first tag's column kept Qt's default
        # 100 pixels for good, however narrow the pane, and was saved as the analyst's.
        if self._fitting or index in self.text_columns or new <= 0 or old <= 0:
            return
        # The analyst dragged it: that width stays, the other columns give way. (The panel
        # itself sizes columns only through set_widths and fit, never directly.)
        self.wanted[index] = self.least[index] = new
        self.dragged.add(index)
        self.fit()
        self.widthChosen.emit()

    def keep_width(self, column: int, width: int) -> None:
        """``column`` at ``width``, as the analyst dragged it (in an earlier session)."""
        self.wanted[column] = self.least[column] = width
        self.dragged.add(column)

    def remember(self, key: str) -> None:
        """Keep the widths the analyst drags under the settings ``key`` from one session to
        the next, and put back those kept: the facts table kept them, while the figures
        table and the conflicts lists went back to their fitted widths on reopening."""
        try:
            kept = json.loads(str(QSettings().value(key, "") or "{}"))
            widths = {int(c): int(w) for c, w in dict(kept.get("widths", {})).items()}
        except (ValueError, TypeError, AttributeError):
            widths = {}
        model = self.table.model()
        count = model.columnCount() if model is not None else 0
        for column, width in widths.items():
            if 0 <= column < count and column not in self.text_columns and width > 0:
                self.keep_width(column, width)
        self.widthChosen.connect(lambda: self._save_widths(key))

    def _save_widths(self, key: str) -> None:
        widths = {str(c): self.wanted[c] for c in sorted(self.dragged) if c in self.wanted}
        QSettings().setValue(key, json.dumps({"widths": widths}))

    def choose(self, column: int, shown: bool) -> None:
        """The analyst showed or hid ``column``: that stands until they choose again."""
        if shown:
            self.held_hidden.discard(column)
            self.pinned.add(column)
        else:
            self.pinned.discard(column)
            self.held_hidden.add(column)
            self.stepped_aside.discard(column)
        self.table.setColumnHidden(column, not shown)
        self.fit()

    def forget_choices(self) -> None:
        """Back to the widths and columns that follow the pane."""
        for column in self.held_hidden:
            self.table.setColumnHidden(column, False)
        self.dragged.clear()
        self.pinned.clear()
        self.held_hidden.clear()

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            model = self.table.model()
            count = model.columnCount() if model is not None else 0
            others = [
                c
                for c in range(count)
                if c not in self.text_columns
                and c in self.wanted
                and c not in self.held_hidden
                and (c in self.stepped_aside or not self.table.isColumnHidden(c))
            ]
            fm = self.table.fontMetrics()
            available = self.table.viewport().width()
            # The sentence is never narrower than this, so it is what the other columns must
            # leave room for even when the sentences are shorter (or there are none yet):
            # counting less let an empty table scroll sideways.
            minimum = fm.horizontalAdvance("x" * 16)
            self._floor = minimum
            # Too narrow for every column: the optional ones step aside until the sentence
            # gets a couple of dozen characters (readable enough to know the row by).
            texts = len(self.text_columns)
            aside: set[int] = set()
            for c in self.optional:
                chars = self.aside_for.get(c, 20)
                sliver = self._at_most_needed(fm.horizontalAdvance("x" * chars)) * texts
                if sum(self.least[o] for o in others if o not in aside) + sliver <= available:
                    break
                if c in others and c not in self.dragged and c not in self.pinned:
                    aside.add(c)
            for c in (self.stepped_aside | aside) - self.held_hidden:
                self.table.setColumnHidden(c, c in aside)
            changed = aside != self.stepped_aside
            self.stepped_aside = aside
            if changed:
                self.steppedAside.emit()
            others = [c for c in others if c not in aside]
            chars = self.readable_chars
            if any(c in aside for c in self.repeated):
                chars = max(chars, READABLE_CHARS)
            readable = self._at_most_needed(fm.horizontalAdvance("x" * chars)) * texts
            wanted = sum(self.wanted[c] for c in others)
            short = wanted + readable - available
            first = [c for c in others if c not in self.squeezed_last]
            last = [c for c in others if c in self.squeezed_last]
            for group in (first, last):
                slack = sum(self.wanted[c] - self.least[c] for c in group)
                share = min(1.0, short / slack) if short > 0 and slack > 0 else 0.0
                for c in group:
                    width = self.wanted[c] - round((self.wanted[c] - self.least[c]) * share)
                    self.table.setColumnWidth(c, width)
                short -= round(slack * share)
            used = sum(self.table.columnWidth(c) for c in others)
            each = (available - used) // texts
            for c in self.text_columns:
                self.table.setColumnWidth(c, max(minimum, each))
        finally:
            self._fitting = False
        self.fitted.emit()

    def _at_most_needed(self, width: int) -> int:
        return width if self.text_needs is None else min(width, max(self.text_needs, self._floor))
