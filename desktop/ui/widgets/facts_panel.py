"""The facts tab: the table with confirm / reject / edit / add / tags / note."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import FactRecord
from desktop.ui.dialogs.entry import AddFactDialog, DateEntryDialog, TagsDialog, TextEntryDialog
from desktop.ui.format import date_dialog_text, date_range_forms, date_style, facts_count_text
from desktop.ui.models.facts import (
    COL_DATE,
    COL_NOTE,
    COL_PRECISION,
    COL_SOURCE,
    COL_STATUS,
    COL_TAGS,
    COL_TEXT,
    COLUMN_TITLES,
    STATUS_CHOICES,
    STATUS_MARKS,
    STATUS_SHORT_TITLE,
    FactFilter,
    FactIdRole,
    FactRecordRole,
    FactsTableModel,
    PreparedFacts,
    fact_source,
)
from desktop.ui.widgets.column_fit import SpareWidthColumns
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.workspace import Workspace

ModelIndex = QModelIndex | QPersistentModelIndex

#: the fact's width, in characters, that the other columns make way for
FACT_CHARS = 45
#: how much larger than the row's text the Status column draws its marks
STATUS_MARK_SCALE = 1.35
#: the characters of a note or of tags the fact makes way for before they step aside
NOTE_CHARS = 30
#: the most characters of tags the Tags column asks for (a longer list is read whole in the
#: row's tooltip), and the most it keeps when squeezed
TAGS_CHARS = 24
SQUEEZED_TAGS_CHARS = 18
#: the most of an outlet's name the Source column asks room for ("The Washington Post",
#: "Kyiv Independent"); a longer one is cut and says itself in the tooltip
SOURCE_CHARS = 28
#: where the analyst's columns (shown, hidden, dragged widths) are kept
COLUMNS_KEY = "factsTable/columns"


class SelectionLegibleDelegate(QStyledItemDelegate):
    """A selected row is drawn in the selection's own text colour, whatever the row's: a
    rejected fact's grey, chosen to read on the row shades, was drawn grey on the blue
    highlight (3.7:1 in the light theme)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            palette = option.palette
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                ink = palette.brush(group, QPalette.ColorRole.HighlightedText)
                palette.setBrush(group, QPalette.ColorRole.Text, ink)
            option.palette = palette


class DateDelegate(SelectionLegibleDelegate):
    """A date too long for its column ("10 Feb 2024 – 3 Mar 2024" in a column sized for
    "10–12 Jan 2025") is shown in the longest of its shorter forms that fits ("10 Feb–3 Mar
    2024", "Feb–Mar 2024"; see date_range_forms), where it was cut to "10 Feb 2024 – …".
    Chosen as a row is painted, so only the rows in view are measured, and only when the
    whole date does not fit: refitting the columns measures no row."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        width = option.rect.width()
        if width <= 0 or not option.text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The room Qt's item view gives the text: the cell less its margin each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = width - 2 * margin
        fm = option.fontMetrics
        if fm.horizontalAdvance(option.text) <= room:
            return
        fact = index.data(FactRecordRole)
        if not isinstance(fact, FactRecord):
            return
        forms = date_range_forms(fact.date)
        option.text = next(
            (form for form in forms[1:] if fm.horizontalAdvance(form) <= room), forms[-1]
        )


def status_mark_font(font: QFont) -> QFont:
    """The Status column's marks a size up and bold: at the table's size a ✓ was a thin
    tick a few pixels tall, hard to tell from ✎ or • at a glance down the column."""
    mark = QFont(font)
    if mark.pointSizeF() > 0:
        mark.setPointSizeF(mark.pointSizeF() * STATUS_MARK_SCALE)
    elif mark.pixelSize() > 0:
        mark.setPixelSize(round(mark.pixelSize() * STATUS_MARK_SCALE))
    mark.setBold(True)
    return mark


class StatusDelegate(SelectionLegibleDelegate):
    """Status is chosen from the list, not typed. In the table it is a mark in a narrow
    column (✓ confirmed, ✎ edited, • manual, ✕ rejected), blank for a fact as Factlane found
    it: 'auto' on nearly every row took width the fact's words need. The tooltip and a
    screen reader say the word."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = STATUS_MARKS.get(str(index.data(Qt.ItemDataRole.EditRole)), "")
        option.displayAlignment = Qt.AlignmentFlag.AlignCenter
        option.font = status_mark_font(option.font)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(STATUS_CHOICES))
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: object, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            index.model().setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class FactsPanel(QWidget):
    """``factActivated(id)`` when the analyst selects a row."""

    factActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.current_article: int | None = None
        self.model = FactsTableModel(self._edit)
        self.model.set_filter(FactFilter())

        self.table = QTableView()
        self.table.setObjectName("factsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the next control; arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(SelectionLegibleDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_DATE, DateDelegate(self.table))
        # The fact's text takes the spare width; the other columns are as narrow as their
        # usual contents, and the analyst can still drag any of them. When the pane is
        # narrow (a 1024-pixel screen), Precision steps aside first: the date already says
        # it ("9 Jan 2025", "Jan 2025", "6–12 Jan 2025"), and its tooltip spells it out.
        # Status follows when the fact would still get under forty characters (at 1024 it
        # had about twenty-five beside Date, Source and Status): most facts are "auto", so
        # the column spent its width saying nothing; a fact with another status carries
        # the timeline's mark before its words instead (and says it in its tooltip).
        # The fact is what the analyst reads: the other columns are squeezed before it has
        # fewer than forty-five characters, and Precision steps aside for it too (at 1280
        # the fact had about twenty-eight beside Precision and a Status that said "auto").
        # Note and then Tags step aside too before the fact has under thirty characters:
        # at 1024 the first tag and note brought both columns (a note of five letters) and
        # left the fact a dozen characters and a sideways scroll bar. The row's tooltip
        # says the fact's tags and note.
        # Any column can be shown or hidden from the header's menu, and what the analyst
        # chose there and the widths they dragged are kept for the next session.
        #: the width the Status column needs for its title in words
        self._status_title_width = 0
        self.columns = SpareWidthColumns(
            self.table,
            COL_TEXT,
            optional=(COL_PRECISION, COL_STATUS, COL_NOTE, COL_TAGS),
            aside_for={
                COL_PRECISION: FACT_CHARS,
                COL_STATUS: 40,
                COL_NOTE: NOTE_CHARS,
                COL_TAGS: NOTE_CHARS,
            },
            readable_chars=FACT_CHARS,
            # The outlet's name and the tags are words: at 1280 and 1366 "Eastbank Revi…"
            # was cut while Status kept its title's width for a column of marks.
            squeezed_last=(COL_SOURCE, COL_TAGS, COL_NOTE),
        )
        self.columns.steppedAside.connect(self._status_column_moved)
        self.columns.fitted.connect(self._title_status_column)
        self.columns.widthChosen.connect(self._save_columns)
        self._measure_columns()
        self._restore_columns()
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        header.setToolTip("Right-click to show or hide columns")
        # The sort arrow takes room in its column's title only: widths follow it.
        header.sortIndicatorChanged.connect(lambda *_: self._refit())
        self.table.setAccessibleName("Facts")
        # The toolbar's buttons take no keyboard focus; the same actions are on the table's
        # context menu (the Menu key, Shift+F10) and in the window's Fact menu.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._clicked)

        bar = QToolBar()
        bar.setObjectName("factsToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Keys an analyst would guess: Ctrl+Enter to confirm and Ctrl+Backspace to reject (as
        # accept/discard in mail and review tools), F2 to edit the text, Ctrl+Alt+M for a note
        # (a comment in word processors), Delete to delete; none clashes with the window's
        # (Ctrl+I/E/G/0/F, undo and redo). Reset has one too, so every status is a key away.
        Key = QKeySequence.StandardKey
        self.confirm_action = self._action("&Confirm", "Ctrl+Return", self.confirm_selected)
        self.reject_action = self._action("Re&ject", "Ctrl+Backspace", self.reject_selected)
        self.reset_action = self._action("Re&set", "Ctrl+R", self.reset_selected)
        self.edit_date_action = self._action("Edit &date…", "Ctrl+D", self.edit_date)
        self.edit_text_action = self._action("Edit &text…", "F2", self.edit_text)
        self.tags_action = self._action("Ta&gs…", "Ctrl+T", self.edit_tags)
        self.note_action = self._action("&Note…", "Ctrl+Alt+M", self.edit_note)
        self.add_action = self._action("&Add fact…", "Ctrl+Shift+N", self.add_fact)
        self.delete_action = self._action("De&lete", Key.Delete, self.delete_selected)
        # On the toolbar Add fact comes first: it is the one action that needs no selected
        # fact, and last it was the first to go behind the toolbar's fold (at 1440 pixels
        # it was folded while seven greyed actions stayed shown). The Fact menu and the
        # table's context menu keep the order above.
        for group in (
            (self.add_action,),
            (self.confirm_action, self.reject_action, self.reset_action),
            (self.edit_date_action, self.edit_text_action, self.tags_action, self.note_action),
            (self.delete_action,),
        ):
            if bar.actions():
                bar.addSeparator()
            bar.addActions(group)
        # A bare Delete acts only where the facts are (the table, and the timeline, which
        # adds it), never on a fact out of sight from the conflicts tab or the reader.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toolbar = bar
        # Where the pane is too narrow for every button (a laptop's 1280 pixels), the widest
        # say one word instead of being folded away behind the toolbar's chevron: each one's
        # tooltip still says what it does and its key, and the menus keep the full names.
        self._short_labels = {
            self.edit_date_action: "Date",
            self.edit_text_action: "Text",
            self.add_action: "Add",
        }
        #: from level 2, each level's shortened buttons (the two edits together: "Edit date"
        #: beside "Text" read as if one of them had lost its word)
        self._label_steps = ((self.edit_date_action, self.edit_text_action), (self.add_action,))
        self._full_labels = {a: a.iconText() for a in self._short_labels}
        #: how far the toolbar is shortened to fit (see _set_toolbar_level)
        self.toolbar_level = 0
        self._fitting_toolbar = False
        bar.installEventFilter(self)
        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setToolTip("More fact actions (also in the Fact menu)")
            more.setAccessibleName("More fact actions")
        # Beside the toolbar, not on it: on a narrow pane (a 1024-pixel screen) the count
        # ("12 of 340 facts" while searching) went behind the toolbar's fold with the buttons.
        self.count_label = QLabel("")
        self.count_label.setObjectName("muted")
        self.count_label.setContentsMargins(6, 0, 8, 0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(bar, 1)
        top.addWidget(self.count_label)

        self._loading = False
        self.empty_state = EmptyState(self.table, self._empty_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._show_used_columns()
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            self._fit_toolbar()
        return super().eventFilter(watched, event)

    def _fit_toolbar(self) -> None:
        """Every button on the toolbar when the pane has room for them named in a word:
        first the padding narrows, then "Edit date" and "Edit text" say "Date" and "Text",
        then "Add fact" says "Add", until the buttons fit (the chevron's fold only when even
        that is too wide, below some 600 pixels)."""
        if self._fitting_toolbar:
            return
        self._fitting_toolbar = True
        try:
            room = self.toolbar.width()
            for level in range(len(self._label_steps) + 2):
                self._set_toolbar_level(level)
                if self.toolbar.sizeHint().width() <= room:
                    break
        finally:
            self._fitting_toolbar = False

    def _set_toolbar_level(self, level: int) -> None:
        """0: every button named in full; 1: less padding; 2 and on: the buttons of as many
        of ``_label_steps`` shortened too."""
        if level == self.toolbar_level:
            return
        self.toolbar_level = level
        # The style sheet narrows the padding of a compact toolbar's buttons (a sheet of the
        # toolbar's own would be a second style, which a theme change in Preferences
        # replaces under it).
        self.toolbar.setProperty("compact", bool(level))
        style = self.toolbar.style()
        for widget in (self.toolbar, *self.toolbar.findChildren(QToolButton)):
            style.unpolish(widget)
            style.polish(widget)
            # (a button keeps the size it measured until told its style changed)
            QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
        for step, actions in enumerate(self._label_steps):
            for action in actions:
                short = level >= step + 2
                action.setIconText(
                    self._short_labels[action] if short else self._full_labels[action]
                )
        layout = self.toolbar.layout()
        if layout is not None:
            layout.invalidate()

    def _status_column_moved(self) -> None:
        # Status out of sight, for want of room or by the analyst's choice: its mark goes
        # before the fact's words.
        marks = COL_STATUS in self.columns.stepped_aside | self.columns.held_hidden
        if marks != self.model.status_marks:
            self.model.status_marks = marks
            self.model.refresh_all()

    def _measure_columns(self) -> None:
        """The columns' widths from the table's font: what their usual contents need."""
        fm = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        # Cell padding, and in the header the padding plus, in the sorted column, its arrow.
        pad = fm.height()
        sorted_by = self.table.horizontalHeader().sortIndicatorSection()
        span = "2025-01-10–2025-01-12" if date_style() == "iso" else "10–12 Jan 2025"
        # With room to spare, a range over two months keeps its days ("28 Feb–13 Mar 2024");
        # squeezed, it reads by its months ("Feb–Mar 2024", DateDelegate): never cut.
        across = "2025-01-10–2025-01-12" if date_style() == "iso" else "28 Feb–13 Mar 2024"
        tags, one_tag = self._tags_samples(fm)
        source = self._source_sample(fm)
        for col, sample, least in (
            (COL_DATE, across, span),
            (COL_PRECISION, "10 days", "10 days"),
            # Squeezed, an outlet still reads by its name ("Eastbank R…", "The Guardian"):
            # at its first word alone ("Eastban…") a 1024 screen told few outlets apart.
            # Given the room, the outlets the facts have are whole, not a sample's width:
            # "Eastbank Review (sample)" read "Eastbank Revie…" with room to spare.
            (COL_SOURCE, source, "Eastbank R"),
            (COL_STATUS, "✓", "✓"),
            # The tags the facts have, not a sample: at 1280 a column sized for "tags,
            # tags" read "Kurs…" and "priso…" beside a fact of fifty characters. Squeezed,
            # it keeps a couple of short tags whole; the fact gives way for them, and below
            # thirty characters of fact the column steps aside (its tags are in the tooltip).
            (COL_TAGS, tags, one_tag),
            (COL_NOTE, "a note", "note"),
        ):
            title = COLUMN_TITLES[col]
            title_pad = 2 * pad if col == sorted_by else pad
            title_width = bold_fm.horizontalAdvance(title) + title_pad
            wanted = max(fm.horizontalAdvance(sample) + pad, title_width)
            # Squeezed, a column still shows its title and its usual short content.
            shortest = max(fm.horizontalAdvance(least), bold_fm.horizontalAdvance(title)) + pad
            if col == COL_STATUS:
                # Squeezed, Status is as narrow as its marks, and its title a mark too
                # (the title's tooltip says the word and what each mark means).
                marks = QFontMetrics(status_mark_font(self.table.font()))
                shortest = (
                    max(
                        marks.horizontalAdvance("✎"),
                        bold_fm.horizontalAdvance(STATUS_SHORT_TITLE),
                    )
                    + title_pad
                )
                self._status_title_width = title_width
            self.columns.set_widths(col, wanted, shortest)

    def _title_status_column(self) -> None:
        narrow = self.table.columnWidth(COL_STATUS) < self._status_title_width
        self.model.set_short_status_title(narrow)

    def _source_sample(self, fm: QFontMetrics) -> str:
        """The widest outlet's name of the facts, cut to what the column asks room for
        ("Eastbank Review" when there are no facts yet)."""
        names = {fact_source(f)[:SOURCE_CHARS] for f in self.model.all_facts()}
        return max(names, key=fm.horizontalAdvance, default="Eastbank Review")

    def _tags_samples(self, fm: QFontMetrics) -> tuple[str, str]:
        """The widest tags of a fact as the column writes them, cut to what the column asks
        room for, and to what it keeps when squeezed ("tags, tags" and "tags" when no fact
        has any yet)."""
        lists = {", ".join(f.tags) for f in self.model.all_facts() if f.tags}
        if not lists:
            return "tags, tags", "tags"
        wanted = max((t[:TAGS_CHARS] for t in lists), key=fm.horizontalAdvance)
        least = max((t[:SQUEEZED_TAGS_CHARS] for t in lists), key=fm.horizontalAdvance)
        return wanted, least

    def _refit(self) -> None:
        self._measure_columns()
        self.columns.fit()

    # -- the analyst's columns ---------------------------------------------------------------

    def _columns_menu(self, pos: QPoint) -> None:
        menu = self.columns_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def columns_menu(self) -> QMenu:
        """Every column but the fact's own, ticked while shown, and a way back to the
        columns and widths that follow the pane."""
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            if col == COL_TEXT:
                continue
            action = menu.addAction(COLUMN_TITLES[col])
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.choose_column(c, on))
        menu.addSeparator()
        menu.addAction("Fit Columns to the Pane", self.forget_column_choices)
        return menu

    def choose_column(self, column: int, shown: bool) -> None:
        """The analyst shows or hides ``column``; it stays so, in this session and the next."""
        self.columns.choose(column, shown)
        self._status_column_moved()
        self._save_columns()

    def forget_column_choices(self) -> None:
        self.columns.forget_choices()
        self._save_columns()
        self._measure_columns()
        self._show_used_columns()
        self._status_column_moved()

    def _save_columns(self) -> None:
        widths = {str(c): self.table.columnWidth(c) for c in sorted(self.columns.dragged)}
        QSettings().setValue(
            COLUMNS_KEY,
            json.dumps(
                {
                    "widths": widths,
                    "shown": sorted(self.columns.pinned),
                    "hidden": sorted(self.columns.held_hidden),
                }
            ),
        )

    def _restore_columns(self) -> None:
        try:
            kept = json.loads(str(QSettings().value(COLUMNS_KEY, "") or "{}"))
            widths = {int(c): int(w) for c, w in dict(kept.get("widths", {})).items()}
            shown = {int(c) for c in kept.get("shown", [])}
            hidden = {int(c) for c in kept.get("hidden", [])}
        except (ValueError, TypeError, AttributeError):
            return
        count = self.model.columnCount()
        for col, width in widths.items():
            if 0 <= col < count and col != COL_TEXT and width > 0:
                self.columns.keep_width(col, width)
        for col in shown - hidden:
            if 0 <= col < count and col != COL_TEXT:
                self.columns.pinned.add(col)
        for col in hidden:
            if 0 <= col < count and col != COL_TEXT:
                self.columns.held_hidden.add(col)
                self.table.setColumnHidden(col, True)

    def dates_restyled(self) -> None:
        """The date style changed (Preferences): the dates read again, the column refitted."""
        self._measure_columns()
        self.columns.fit()
        self.model.refresh_all()

    def set_table_font_size(self, points: int) -> None:
        """The facts table's text size (Preferences): rows and columns follow it."""
        font = QFont(self.table.font())
        if font.pointSize() == points:
            return
        font.setPointSize(points)
        self.table.setFont(font)
        self.model.row_font = font
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + 8)
        self._measure_columns()
        self.columns.fit()

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        plain = text.replace("&", "").rstrip("…")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Anywhere in the window: the actions work on the selected fact, which the
            # timeline selects too. A text field still gets its own keys first (Ctrl+Backspace
            # deletes a word there).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(
                f"{plain} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        else:
            action.setToolTip(plain)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def fact_actions(self) -> list[QAction]:
        """Every action on facts, in toolbar order (for the Fact menu)."""
        return list(self.table.actions())

    # -- contents ----------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        if workspace is None:
            self.model.set_facts([])
        self.model.set_read_only(workspace is not None and workspace.read_only)
        self._update_actions()
        self.empty_state.refresh()

    def _empty_message(self) -> str:
        if self.workspace is None or self._loading:
            return ""
        if self.model.total() == 0:
            return (
                "No facts yet.\n\nImport articles with File > Import Articles… (Ctrl+I) or "
                "drop files on the window: each sentence a date anchors becomes a fact here. "
                "Add fact… (Ctrl+Shift+N) adds one by hand."
            )
        return (
            f"None of the {self.model.total():,} facts matches the search and filters.\n\n"
            "Clear the search box (Esc in it) or choose All sources and All statuses."
        )

    def set_loading(self, loading: bool) -> None:
        """The facts are being read in the background; the rest of the window works meanwhile."""
        self._loading = loading
        self.empty_state.refresh()
        self.table.setEnabled(not loading)
        if loading:
            self.count_label.setText("Loading facts…")
        else:
            self._update_count()

    def set_facts(self, facts: list[FactRecord], *, presorted: bool = False) -> None:
        self._keeping_selection(lambda: self.model.set_facts(facts, presorted=presorted))

    def set_prepared(self, prepared: PreparedFacts) -> None:
        """Facts sorted and filtered on the worker thread: taken over in one go."""
        self._keeping_selection(lambda: self.model.set_prepared(prepared))

    def set_filter(self, fact_filter: FactFilter) -> None:
        before = self.model.fact_filter()
        if (
            before is not None
            and fact_filter != before
            and fact_filter.narrows(before)
            and before.narrows(fact_filter)
        ):
            # Another text that shows the very same facts (a space or a lone minus typed):
            # the rows, the selection and the scroll position stay as they are.
            self.model.keep_filter(fact_filter)
        elif fact_filter != before:
            # The facts are the same, only fewer or more are shown: the columns they use
            # and their widths stay (measured over every fact, they took a quarter of each
            # keystroke's search in a project of 20,000 facts).
            self._keeping_selection(lambda: self.model.set_filter(fact_filter), facts_changed=False)

    def _keeping_selection(self, change: Callable[[], None], *, facts_changed: bool = True) -> None:
        """Make ``change`` (which resets the rows) and select the same facts again."""
        selected = self.selected_ids()
        current = self.table.currentIndex()
        current_id = int(current.data(FactIdRole)) if current.isValid() else None
        change()
        if facts_changed:
            self._show_used_columns()
        self._update_count()
        if selected:
            self.select_facts(selected, current=current_id)
        else:
            self._update_actions()

    def update_fact(self, record: FactRecord) -> None:
        before = self.model.fact(record.id)
        self.model.update_fact(record)
        aside = self.columns.stepped_aside
        if (record.tags and self.table.isColumnHidden(COL_TAGS) and COL_TAGS not in aside) or (
            record.note and self.table.isColumnHidden(COL_NOTE) and COL_NOTE not in aside
        ):
            self._show_used_columns()
        elif record.tags != (before.tags if before is not None else ()):
            # New tags may be wider (or narrower) than the column was measured for.
            self._refit()
        self._update_count()

    def _show_used_columns(self) -> None:
        """Tags and notes get a column once some fact has one: until then the room goes to
        the fact's text (a note still shows in the row's tooltip)."""
        facts = self.model.all_facts()
        for col, used in (
            (COL_TAGS, any(f.tags for f in facts)),
            (COL_NOTE, any(f.note for f in facts)),
        ):
            # What the analyst chose in the header's menu stands.
            if col in self.columns.held_hidden or col in self.columns.pinned:
                used = col in self.columns.pinned
            if not used:
                # Hidden for want of use, not of room: the fit must not bring it back.
                self.columns.stepped_aside.discard(col)
            elif col in self.columns.stepped_aside:
                continue
            if self.table.isColumnHidden(col) == used:
                self.table.setColumnHidden(col, not used)
        self._measure_columns()
        self.columns.fit()

    def _update_count(self) -> None:
        rejected, rejected_shown = self.model.rejected_counts()
        kept = self.model.total() - rejected
        kept_shown = self.model.rowCount() - rejected_shown
        of = None if kept_shown == kept else kept
        self.count_label.setText(facts_count_text(kept_shown, rejected_shown, of=of))

    # -- selection ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(0)
        return [int(r.data(FactIdRole)) for r in rows]

    def clear_selection(self) -> None:
        """No fact selected (an article of none of them chosen); nothing is sent."""
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        sel.clearSelection()
        sel.clearCurrentIndex()
        sel.blockSignals(False)
        self.table.viewport().update()
        self._update_actions()

    def select_fact(self, fact_id: int, *, emit: bool = False) -> bool:
        return self.select_facts([fact_id], current=fact_id, emit=emit)

    def select_facts(
        self, fact_ids: list[int], *, current: int | None = None, emit: bool = False
    ) -> bool:
        """Select the rows of ``fact_ids`` that are shown; ``current`` gets the focus row."""
        rows = sorted({r for fid in fact_ids if (r := self.model.row_of(fid)) is not None})
        if not rows:
            return False
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is None:
            current_row = rows[0]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = prev = rows[0]
        for r in [*rows[1:], None]:
            if r is not None and r == prev + 1:
                prev = r
                continue
            selection.select(self.model.index(start, 0), self.model.index(prev, last))
            if r is not None:
                start = prev = r
        index = self.model.index(current_row, 0)
        sel = self.table.selectionModel()
        self.table.blockSignals(emit is False)
        sel.blockSignals(not emit)
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sel.blockSignals(False)
        self.table.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._update_actions()
        return True

    def _selection_changed(self) -> None:
        self._update_actions()
        ids = self.selected_ids()
        if len(ids) == 1:
            self.factActivated.emit(ids[0])

    def _clicked(self, index: ModelIndex) -> None:
        # The row still chosen, clicked after another article was opened from the list: the
        # selection does not change, so only the click can take the reader back to the fact.
        ids = self.selected_ids()
        if len(ids) == 1 and self.model.fact_at(index.row()).id == ids[0]:
            self.factActivated.emit(ids[0])

    def _update_actions(self) -> None:
        # Read-only, the actions stay in the menus and toolbar (greyed) so the analyst sees
        # what would be there; the banner above the window says why.
        has_ws = self.workspace is not None and not self.workspace.read_only
        n = len(self.selected_ids()) if has_ws else 0
        for a in (self.confirm_action, self.reject_action, self.reset_action):
            a.setEnabled(n > 0)
        # A text is one fact's own words, and Delete asks about one fact: those stay single.
        for a in (self.edit_text_action, self.delete_action):
            a.setEnabled(n == 1)
        # Several facts are tagged, dated or noted at once (one claim's facts across sources,
        # the undated facts of one event), each as one undo step.
        for a in (self.tags_action, self.edit_date_action, self.note_action):
            a.setEnabled(n > 0)
        self.add_action.setEnabled(has_ws)

    # -- edits -------------------------------------------------------------------------------

    def _edit(self, fact_id: int, column: int, text: str) -> bool:
        if self.workspace is None:
            return False
        return self.workspace.edit_fact_field(fact_id, column, text)

    def _one(self) -> FactRecord | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        row = self.model.row_of(ids[0])
        return None if row is None else self.model.fact_at(row)

    def confirm_selected(self) -> None:
        if self.workspace:
            self.workspace.set_status(self.selected_ids(), "confirmed")

    def reject_selected(self) -> None:
        if self.workspace:
            self.workspace.set_status(self.selected_ids(), "rejected")

    def reset_selected(self) -> None:
        if self.workspace:
            self.workspace.set_status(self.selected_ids(), "auto")

    # Each edit opens its dialog window-modally and applies on OK; the dialog is returned so
    # that a caller (or a test) can fill it in.

    def _open(self, dialog: QDialog, apply: Callable[[], object]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def _selected_facts(self) -> list[FactRecord]:
        return [f for fid in self.selected_ids() if (f := self.model.fact(fid)) is not None]

    def edit_date(self) -> DateEntryDialog | None:
        """The selected fact's date, or one date for several (the undated facts of one event
        dated together), in one undo step."""
        facts = self._selected_facts()
        workspace = self.workspace
        if not facts or workspace is None:
            return None
        # Words such as "last Tuesday" are counted from the publication date of the facts'
        # article (from today they named a day of the week the analyst works in).
        published = {f.article.published if f.article else None for f in facts}
        relative_to = published.pop() if len(published) == 1 else None
        if len(facts) == 1:
            f = facts[0]
            current = date_dialog_text(f.date)
            dialog = DateEntryDialog(
                self, "Fact date", "&Date:", current, f.text, relative_to=relative_to
            )

            def apply_one() -> None:
                text = dialog.date_edit.text().strip()
                dr = dialog.date_range()
                if text and text != current and dr is not None:
                    workspace.edit_dates([f.id], dr)

            self._open(dialog, apply_one)
            return dialog
        dates = {date_dialog_text(f.date) for f in facts}
        shared = dates.pop() if len(dates) == 1 else ""
        dialog = DateEntryDialog(
            self,
            f"Date of {len(facts)} Facts",
            "&Date:",
            shared,
            f"{len(facts)} facts selected: each is given this date.",
            quote=False,
            relative_to=relative_to,
        )

        def apply() -> None:
            dr = dialog.date_range()
            if shared and dialog.date_edit.text().strip() == shared:
                return  # the date they share, left as it was: a week stays a week
            if dr is not None:
                workspace.edit_dates([f.id for f in facts if f.date != dr], dr)

        self._open(dialog, apply)
        return dialog

    def edit_text(self) -> TextEntryDialog | None:
        f = self._one()
        workspace = self.workspace
        if f is None or workspace is None:
            return None
        dialog = TextEntryDialog(self, "Fact text", "&Fact:", f.text, required=True)

        def apply() -> None:
            text = dialog.text()
            if text.strip() and text != f.text:
                workspace.edit_fact_field(f.id, COL_TEXT, text)

        self._open(dialog, apply)
        return dialog

    def edit_tags(self) -> TagsDialog | None:
        """Tags of the selected fact, or of several at once: the dialog holds the tags they
        all share; what is typed there is added to each and a shared tag taken out is
        removed from each, their other tags kept."""
        workspace = self.workspace
        facts = [f for fid in self.selected_ids() if (f := self.model.fact(fid)) is not None]
        if not facts or workspace is None:
            return None
        known = list(workspace.project.tags())
        if len(facts) == 1:
            f = facts[0]
            dialog = TagsDialog(self, list(f.tags), known, f.text)
            self._open(
                dialog, lambda: workspace.edit_fact_field(f.id, COL_TAGS, dialog.tags_text())
            )
            return dialog
        shared = [t for t in facts[0].tags if all(t in g.tags for g in facts[1:])]
        dialog = TagsDialog(
            self,
            shared,
            known,
            f"{len(facts)} facts selected: the tags typed here are added to each; a tag "
            "they share, taken out here, is removed from each. Their other tags stay.",
            quote=False,
        )
        dialog.setWindowTitle(f"Tags of {len(facts)} Facts")

        def apply() -> None:
            typed = [t.strip() for t in dialog.tags_text().split(",") if t.strip()]
            lowered = {t.lower() for t in typed}
            removed = [t for t in shared if t.lower() not in lowered]
            workspace.change_tags([f.id for f in facts], typed, removed)

        self._open(dialog, apply)
        return dialog

    def edit_note(self) -> TextEntryDialog | None:
        """The selected fact's note, or a note for several at once (one undo step). When
        their notes are alike the dialog edits that note; when they differ, what is typed is
        added under each fact's own note, which stays."""
        facts = self._selected_facts()
        workspace = self.workspace
        if not facts or workspace is None:
            return None
        if len(facts) == 1:
            f = facts[0]
            dialog = TextEntryDialog(self, "Note", "&Note on this fact:", f.note, f.text)

            def apply_one() -> None:
                if dialog.text() != f.note:
                    workspace.edit_fact_field(f.id, COL_NOTE, dialog.text())

            self._open(dialog, apply_one)
            return dialog
        alike = len({f.note for f in facts}) == 1
        context = (
            f"{len(facts)} facts selected: the note is written on each."
            if alike
            else f"{len(facts)} facts selected, with notes of their own: what is typed here "
            "is added under each fact's note, which stays."
        )
        dialog = TextEntryDialog(
            self,
            f"Note on {len(facts)} Facts",
            "&Note:",
            facts[0].note if alike else "",
            context,
            quote=False,
        )
        dialog.setWindowTitle(f"Note on {len(facts)} Facts")

        def apply() -> None:
            typed = dialog.text()
            if alike:
                notes = [(f.id, typed) for f in facts if f.note != typed]
            elif typed.strip():
                notes = [
                    (f.id, f"{f.note.rstrip()}\n{typed}" if f.note.strip() else typed)
                    for f in facts
                ]
            else:
                notes = []
            workspace.set_notes(notes)

        self._open(dialog, apply)
        return dialog

    def add_fact(self) -> AddFactDialog | None:
        workspace = self.workspace
        if workspace is None:
            return None
        article = self.current_article
        dialog = AddFactDialog(self)

        def apply() -> None:
            dr = dialog.date_range()
            if dr is not None and dialog.fact_text():
                workspace.add_fact(dialog.fact_text(), dr, article)

        self._open(dialog, apply)
        return dialog

    def delete_selected(self) -> None:
        f = self._one()
        if f is not None and self.workspace is not None:
            self.workspace.delete_fact(f.id)
