"""The import dialog: per file, what was found and where, the body as kept, every field editable.

A missing publication date is highlighted, since relative dates ("Thursday", "last month") are
resolved against it. Files are read when first shown; files the analyst never looks at are
imported as read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import RawArticle
from desktop.domain.records import ArticleRecord
from desktop.ingest import IngestError
from desktop.ingest.assemble import UPDATE_TIME_ORIGIN
from desktop.services.files import item_document, read_article_items
from desktop.ui.dialogs import size_within_screen
from desktop.ui.format import ORIGIN_WORDS, shown_day, shown_title
from desktop.ui.models.blocks import BlocksListModel
from desktop.ui.models.import_files import (
    EDITABLE_FIELDS,
    EntryRole,
    ImportEntry,
    ImportFilesModel,
)
from desktop.ui.widgets.wrapped_rows import WrappedRowsDelegate
from desktop.ui.workers import TaskContext, TaskRunner

FIELD_LABELS = {"title": "&Title", "source": "&Outlet", "author": "A&uthor", "url": "&URL"}

MISSING_DATE_WARNING = (
    "No publication date was found. Type it: relative dates such as “Thursday” or "
    "“this morning” can only be placed on the timeline once the article has one."
)
UPDATE_ONLY_WARNING = (
    "Only the time of an update was found: the first publication may be earlier, and "
    "relative dates such as “Thursday” are counted from this date. Check it, or type it."
)


#: Files larger than this are read off the GUI thread when a runner is given: a 300-page PDF
#: (800 kB) takes about two seconds to read, which froze the dialog as it opened.
READ_IN_BACKGROUND_BYTES = 200_000


def muted_line(entry: ImportEntry | None) -> bool:
    """Whether a file's last line in the list is a note in the muted tone: 'already in the
    project' says nothing is missing, so it reads like the dialog's other secondary words,
    not like the file's name above it (a file to fix keeps its warning colour)."""
    return entry is not None and entry.already_in is not None and entry.included and not entry.error


class FileRowsDelegate(QStyledItemDelegate):
    """The file list's rows, each line cut in its middle as before; the last line of a file
    already in the project in the placeholder tone (selected, in the selection's text colour)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data()
        if not muted_line(index.data(EntryRole)) or not isinstance(text, str) or "\n" not in text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        main = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = main if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        lines = text.split("\n")
        top = area.top() + max(0, (area.height() - len(lines) * metrics.height()) // 2)
        painter.save()
        painter.setFont(opt.font)
        for number, line in enumerate(lines):
            painter.setPen(muted if number == len(lines) - 1 else main)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, area.width())
            painter.drawText(
                area.left(),
                top + number * metrics.height(),
                area.width(),
                metrics.height(),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        painter.restore()


def already_text(known: ArticleRecord) -> str:
    """The note on a file whose article the project already holds."""
    where = known.source or "no outlet"
    if known.published is not None:
        return (
            f"Already in the project as “{shown_title(known)}” ({where}, "
            f"{shown_day(known.published)}). Importing it again adds nothing; an outlet or date "
            "typed here is set on that article, which is shown once the dialog closes."
        )
    return (
        f"Already in the project as “{shown_title(known)}” ({where}, no publication date "
        "yet). Importing it again adds nothing. Type its date in Published to set it on that "
        "article (an outlet too): until then its relative dates such as “Thursday” cannot be "
        "placed on the timeline."
    )


@dataclass(slots=True)
class ReadyEntry(ImportEntry):
    """An article read before the dialog opened, with no file of its own: a paste ("Pasted 29
    Nov 2026 12:03") or a page fetched from a web address. ``name`` is how it is listed and
    stored (the address, or the paste's name); its ``path`` is only a key within the dialog."""

    name: str = ""

    def label(self) -> str:
        if not self.item:
            return self.name
        title = self.value("title") or "untitled"
        place = f"{self.item} of {self.item_count} · {self.name}"
        day = self.published()
        return f"{title}\n{day} · {place}" if day is not None else f"{title}\n{place}"


class ImportListModel(ImportFilesModel):
    """The dialog's list: an article read before it opened has no folder to name in its
    tooltip ('in .' was shown for a paste); it says where it came from instead."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            entry = self.entry(index.row())
            if isinstance(entry, ReadyEntry):
                where = (
                    "pasted or dropped into Factlane"
                    if entry.name.startswith(("Pasted ", "Dropped "))
                    else "fetched from this web address"
                )
                return f"{entry.label()}\n{where}"
        return super().data(index, role)


def ready_entries(name: str, data: bytes, articles: Sequence[RawArticle]) -> list[ReadyEntry]:
    """The dialog's entries for an article read already (``articles`` of one), or for each
    item of a feed of several fetched from an address."""
    key = Path(name.replace("/", "_"))
    if len(articles) == 1:
        return [ReadyEntry(key, data=data, raw=articles[0], name=name)]
    return [
        ReadyEntry(
            key,
            data=item_document(raw),
            raw=raw,
            item=number,
            item_count=len(articles),
            file_data=data,
            name=name,
        )
        for number, raw in enumerate(articles, 1)
    ]


def entry_name(entry: ImportEntry) -> str:
    """What an entry is stored as: a file's path, an address, a paste's name."""
    return entry.name if isinstance(entry, ReadyEntry) else str(entry.path)


def entry_short_name(entry: ImportEntry) -> str:
    """How progress and notes name an entry: a file's name, an address, a paste's name."""
    return entry.name if isinstance(entry, ReadyEntry) else entry.path.name


class ImportDialog(QDialog):
    def __init__(
        self,
        paths: Sequence[Path | ImportEntry],
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        known: Callable[[bytes], ArticleRecord | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        # Which article of the project already holds a file's bytes: asked once the file is
        # read, so the dialog says so before the analyst checks or dates it for nothing.
        self._known = known
        # Files being read in the background, so that each is read once however often the
        # analyst comes back to it meanwhile.
        self._reading: set[Path] = set()
        self.setWindowTitle("Import articles")
        self.setObjectName("importDialog")
        self.files = ImportListModel(
            [p if isinstance(p, ImportEntry) else ImportEntry(Path(p)) for p in paths], self
        )
        # Articles read before the dialog opened (a paste, a page fetched) are looked up at
        # once, as a file is once read: the same paste again says it is in the project.
        self._look_up([e for e in self.files.entries() if e.read])
        self._row = -1
        self._loading = False

        self.file_list = QListView()
        self.file_list.setObjectName("importFiles")
        self.file_list.setModel(self.files)
        self.file_list.setAccessibleName("Files to import")
        # One line each, never wrapped: a line too long for the list loses its middle, not
        # its date or its kind ('eastvale_times_2025-02-04_hosp…_faults.html',
        # '2025-03-06 · 1 of 3 · westholm_gaz…feed.xml'); the tooltip has it whole. Wrapped,
        # a feed item's day went alone to a third line under its file's name.
        self.file_list.setWordWrap(False)
        self.file_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.file_list.setItemDelegate(FileRowsDelegate(self.file_list))
        # A little air between files: a feed's articles take two or three lines each, and
        # packed together one file's last line read as the next one's first.
        self.file_list.setSpacing(2)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.file_list.selectionModel().currentRowChanged.connect(self._file_changed)
        self.files.ticked.connect(self._item_ticked)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.field_edits: dict[str, QLineEdit] = {}
        self.origin_labels: dict[str, QLabel] = {}
        for name in EDITABLE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"import_{name}")
            edit.setAccessibleName(FIELD_LABELS[name].replace("&", ""))
            edit.textEdited.connect(lambda text, n=name: self._field_edited(n, text))
            origin = QLabel("")
            origin.setObjectName("muted")
            origin.setWordWrap(True)
            self.field_edits[name] = edit
            self.origin_labels[name] = origin
            form.addRow(self._row_label(FIELD_LABELS[name], edit), self._with_origin(edit, origin))

        self.published_edit = QLineEdit()
        self.published_edit.setObjectName("import_published")
        self.published_edit.setPlaceholderText("YYYY-MM-DD")
        self.published_edit.setAccessibleName("Publication date")
        self.published_edit.textEdited.connect(self._published_edited)
        self.published_origin = QLabel("")
        self.published_origin.setObjectName("muted")
        self.published_origin.setWordWrap(True)
        form.addRow(
            self._row_label("&Published", self.published_edit),
            self._with_origin(self.published_edit, self.published_origin),
        )
        self.date_warning = QLabel(MISSING_DATE_WARNING)
        self.date_warning.setObjectName("warning")
        self.date_warning.setWordWrap(True)
        self.candidates = QLabel("")
        self.candidates.setObjectName("muted")
        self.candidates.setWordWrap(True)

        self.blocks = BlocksListModel(parent=self)
        self.blocks.dataChanged.connect(self._blocks_edited)
        self.body = QListView()
        self.body.setObjectName("importBody")
        self.body.setModel(self.blocks)
        self.body.setWordWrap(True)
        self.body.setUniformItemSizes(False)
        # Wrapped paragraphs are measured one by one: the 1,500 of a 300-page report took
        # 0.7 s in one go, with the window frozen; in batches the events run in between.
        self.body.setLayoutMode(QListView.LayoutMode.Batched)
        self.body.setBatchSize(100)
        self.body.setSpacing(2)
        # Each paragraph as tall as its wrapped lines beside its check box, measured again
        # when the dialog is resized: Qt's own measure cut a long one's last line.
        self.body.setResizeMode(QListView.ResizeMode.Adjust)
        self.body.setItemDelegate(WrappedRowsDelegate(self.body))
        self.body.setAccessibleName("Article body")
        self.body_label = QLabel("Body")
        # Bold like a panel's title, without its inset: it lines up with the fields above.
        self.body_label.setObjectName("bodyTitle")
        bold = self.body_label.font()
        bold.setBold(True)
        self.body_label.setFont(bold)
        # What the ticks mean, beside the title in the muted tone and wrapped: as one bold
        # line ('Body — 5 paragraphs set aside as page furniture; check one to restore it')
        # it ran to the dialog's right edge at 1024x640.
        self.body_hint = QLabel("")
        self.body_hint.setObjectName("muted")
        self.body_hint.setWordWrap(True)
        body_heading = QHBoxLayout()
        body_heading.setContentsMargins(0, 0, 0, 0)
        body_heading.addWidget(self.body_label, 0, Qt.AlignmentFlag.AlignTop)
        body_heading.addWidget(self.body_hint, 1)
        self.reading_label = QLabel("")
        self.reading_label.setObjectName("muted")
        self.reading_label.setWordWrap(True)
        self.reading_label.hide()
        self.error_label = QLabel("")
        self.error_label.setObjectName("warning")
        self.error_label.setWordWrap(True)
        # The one note for a file the project holds: when that article has no date yet,
        # it says so and what a date typed here does, in place of the missing-date warning
        # that stacked under it.
        self.already_label = QLabel("")
        self.already_label.setObjectName("warning")
        self.already_label.setWordWrap(True)
        self.already_label.hide()
        # A feed or a database export: which of its articles this is, and a way to leave it out.
        self.item_note = QLabel("")
        self.item_note.setObjectName("muted")
        self.item_note.setWordWrap(True)
        self.item_note.hide()
        self.include_box = QCheckBox("Import this &article")
        self.include_box.setObjectName("importInclude")
        self.include_box.setAccessibleName("Import this article")
        self.include_box.toggled.connect(self._include_toggled)
        self.include_box.hide()

        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(8, 0, 0, 0)
        dl.addWidget(self.reading_label)
        dl.addWidget(self.error_label)
        dl.addWidget(self.already_label)
        dl.addWidget(self.item_note)
        dl.addWidget(self.include_box)
        dl.addLayout(form)
        dl.addWidget(self.date_warning)
        dl.addWidget(self.candidates)
        dl.addLayout(body_heading)
        dl.addWidget(self.body, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("importSplitter")
        split.addWidget(self.file_list)
        split.addWidget(details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        # Until the analyst drags the divider, the list's width follows the dialog's (see
        # _share_width); after, theirs is kept.
        self._list_dragged = False
        split.splitterMoved.connect(self._list_was_dragged)

        self.summary = QLabel("")
        self.summary.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self._import_words(len(paths)))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        size_within_screen(self, 1000, 680)
        # Tab as the eye reads: the files, each field top to bottom, the body, the buttons.
        chain: list[QWidget] = [
            self.file_list,
            self.include_box,
            *self.field_edits.values(),
            self.published_edit,
            self.body,
            self.import_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.files.rowCount():
            self.file_list.selectionModel().setCurrentIndex(
                self.files.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_summary()

    def _import_words(self, count: int) -> str:
        """The Import button's words: files, or articles when none of them is a file (a paste,
        a page fetched from an address)."""
        if self.files.entries() and all(isinstance(e, ReadyEntry) for e in self.files.entries()):
            return f"&Import {count} article{'s' if count != 1 else ''}"
        return f"&Import {count} file{'s' if count != 1 else ''}"

    #: The file list's share of the dialog's width: at least enough to tell files apart, at most
    #: what leaves the fields and the body room to read.
    LIST_SHARE = (0.22, 0.4)

    def _list_was_dragged(self) -> None:
        self._list_dragged = True

    def list_width_wanted(self, total: int) -> int:
        """The file list's width in a splitter ``total`` pixels wide: its longest name whole
        when that fits within LIST_SHARE, else the largest share. A fixed 220 pixels (150 once
        the dialog shrank to a small screen) cut names such as 'ridgeline_post_2025-01-18…'."""
        fm = self.file_list.fontMetrics()
        # An article of a feed is listed by its title over its file's name: each line counts.
        # An item of a feed has its tick box before its lines, as wide as the box and the
        # gap after it (not counted, '2025-03-06 · 1 of 3 · islands_feed.xml' wrapped).
        style = self.file_list.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.file_list)
        box += 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.file_list)
        box += 2 * (self.file_list.spacing() + 2)
        widest = max(
            (
                fm.horizontalAdvance(line) + (box if e.item else 0)
                for e in self.files.entries()
                for line in e.label().splitlines()
            ),
            default=0,
        )
        scroll = self.file_list.verticalScrollBar().sizeHint().width()
        wanted = widest + 2 * self.file_list.frameWidth() + scroll + fm.averageCharWidth() * 2
        least, most = (round(total * share) for share in self.LIST_SHARE)
        return max(least, min(wanted, most))

    def _share_width(self) -> None:
        if self._list_dragged:
            return
        total = sum(self.split.sizes()) or self.split.width()
        if total <= 0:
            return
        first = self.list_width_wanted(total)
        self.split.setSizes([first, total - first])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()
        self._align_origins()

    def _origin_column(self) -> list[QLabel]:
        return [*self.origin_labels.values(), self.published_origin]

    def _align_origins(self) -> None:
        """One width for every 'from …' note: each took what its own text wanted, so the
        boxes beside them ended at different places (Published 35 pixels short of URL). The
        widest note sets it, up to two fifths of the row; a longer one wraps."""
        labels = self._origin_column()
        if not self.isVisible():
            # Before the dialog shows its rows are a hidden widget's default 640 pixels, and
            # two fifths of that (256) left the Title box 140 pixels of a 402-pixel row; it
            # is measured when shown (showEvent).
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the rows as wide as the dialog's size now gives them
        row = self.published_edit.parentWidget()
        room = row.width() if row is not None and row.width() > 0 else self.width() // 2
        fm = self.published_origin.fontMetrics()
        widest = max((fm.horizontalAdvance(lbl.text()) for lbl in labels), default=0)
        width = min(widest + fm.averageCharWidth(), room * 2 // 5)
        for lbl in labels:
            lbl.setFixedWidth(max(width, 0))
            lbl.setToolTip(lbl.text() if fm.horizontalAdvance(lbl.text()) > width else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_width()
        self._align_origins()

    @staticmethod
    def _row_label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _with_origin(edit: QLineEdit, origin: QLabel) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 3)
        row.addWidget(origin, 2)
        return box

    # -- per file ----------------------------------------------------------------------------

    def current_entry(self) -> ImportEntry | None:
        return self.files.entry(self._row) if 0 <= self._row < self.files.rowCount() else None

    def select_file(self, row: int) -> None:
        self.file_list.selectionModel().setCurrentIndex(
            self.files.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _file_changed(self) -> None:
        self._row = self.file_list.currentIndex().row()
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.read and self._reads_slowly(entry.path):
            self._read_in_background(entry)
        elif not entry.read:
            items = self._read(entry)
            self._look_up(items or [entry])
            if items:
                self.files.split(self._row, items)
                entry = items[0]
            else:
                self.files.entry_changed(self._row)
        self._show(entry)
        self._update_summary()

    @staticmethod
    def _read(entry: ImportEntry) -> list[ImportEntry]:
        """Read the file into ``entry``; a file of several articles (a feed, a database's
        export) answers one entry per article instead, each shown and edited on its own."""
        try:
            data, articles = read_article_items(entry.path)
        except (IngestError, OSError) as exc:
            entry.error = str(exc) or type(exc).__name__
            return []
        if len(articles) == 1:
            entry.data, entry.raw = data, articles[0]
            return []
        return [
            ImportEntry(
                entry.path,
                data=item_document(raw),
                raw=raw,
                item=number,
                item_count=len(articles),
                file_data=data,
            )
            for number, raw in enumerate(articles, 1)
        ]

    def _look_up(self, entries: Sequence[ImportEntry]) -> None:
        if self._known is None:
            return
        for e in entries:
            if e.data is not None:
                try:
                    e.already_in = self._known(e.data)
                except Exception:  # the check only informs; the import recognises it anyway
                    e.already_in = None

    def _reads_slowly(self, path: Path) -> bool:
        if self._runner is None:
            return False
        try:
            return path.stat().st_size > READ_IN_BACKGROUND_BYTES
        except OSError:
            return False  # the quick path says why it cannot be read

    def _read_in_background(self, entry: ImportEntry) -> None:
        """Read a long file off the GUI thread; the dialog stays usable (other files, Cancel,
        Import, which reads it again in the import) and shows the file once it is read."""
        assert self._runner is not None
        if entry.path in self._reading:
            return
        self._reading.add(entry.path)

        items: list[ImportEntry] = []

        def read(_ctx: TaskContext) -> None:
            items.extend(self._read(entry))

        def done(_result: object = None) -> None:
            # The dialog may have been closed (and deleted) while the file was read.
            if not shiboken6.isValid(self):
                return
            self._reading.discard(entry.path)
            self._look_up(items or [entry])
            shown = entry
            for row, e in enumerate(self.files.entries()):
                if e is not entry:
                    continue
                if items:
                    self.files.split(row, items)
                    shown = items[0]
                else:
                    self.files.entry_changed(row)
            if self.current_entry() is shown:
                self._show(shown)
            self._update_summary()

        def failed(message: str) -> None:
            if not entry.read:
                entry.error = message
            done()

        self._runner.run(f"Reading {entry.path.name}", read, on_done=done, on_error=failed)

    def _show(self, entry: ImportEntry) -> None:
        self._loading = True
        raw = entry.raw
        reading = entry.path in self._reading
        self.reading_label.setVisible(reading)
        self.reading_label.setText(
            f"Reading {entry.path.name}… a long document takes a few seconds. You can look at "
            "the other files, or import now: it is read again as it is imported."
            if reading
            else ""
        )
        self.error_label.setVisible(entry.error is not None)
        self.error_label.setText(f"Cannot read this file: {entry.error}" if entry.error else "")
        known = entry.already_in
        self.already_label.setVisible(known is not None)
        if known is not None:
            self.already_label.setText(already_text(known))
        self.item_note.setVisible(bool(entry.item))
        self.include_box.setVisible(bool(entry.item))
        self.include_box.setChecked(entry.included)
        if entry.item:
            self.item_note.setText(
                f"{entry_short_name(entry)} holds {entry.item_count} articles; this is article "
                f"{entry.item}. Each is imported as an article of its own, with its own title, "
                "outlet and date; untick one to leave it out."
            )
        editable = raw is not None and entry.included
        for name, edit in self.field_edits.items():
            edit.setEnabled(editable)
            edit.setText(entry.value(name))
            # setText leaves the cursor at the end, so a title longer than the box showed
            # its tail ("raine captures first…"): the analyst checks a title from its start.
            edit.setCursorPosition(0)
            edit.setToolTip(entry.value(name))
            origin = raw.field_origins.get(name, "") if raw else ""
            if name in entry.fields:
                origin = "user"
            self.origin_labels[name].setText(self._origin_text(origin, bool(entry.value(name))))
        self.published_edit.setEnabled(editable)
        if entry.published_text is not None:
            self.published_edit.setText(entry.published_text)
        else:
            self.published_edit.setText(raw.published.isoformat() if raw and raw.published else "")
        self._show_published_origin(entry)
        if raw is not None:
            self.candidates.setText(
                "Dates seen: "
                + "; ".join(
                    f"{c.value.isoformat()} ({ORIGIN_WORDS.get(c.origin, c.origin)}: {c.evidence})"
                    for c in raw.date_candidates
                )
                if raw.date_candidates
                else ""
            )
            self.blocks.set_blocks(entry.blocks if entry.blocks is not None else raw.blocks)
        else:
            self.candidates.clear()
            self.blocks.set_blocks([])
        self.candidates.setVisible(bool(self.candidates.text()))
        removed = self.blocks.removed_count()
        self.body_hint.setText(
            f"{removed} paragraph{'s' if removed != 1 else ''} set aside as page furniture "
            "(struck through): check one to restore it"
            if removed
            else "uncheck a paragraph to set it aside as page furniture"
        )
        self._loading = False
        self._align_origins()

    @staticmethod
    def _origin_text(origin: str, has_value: bool) -> str:
        if not has_value:
            return "not found"
        if not origin:
            return ""
        if origin == "user":
            return "typed by you"
        return f"from {origin}"

    def _show_published_origin(self, entry: ImportEntry) -> None:
        raw = entry.raw
        missing = entry.needs_date
        valid = entry.published_valid()
        if entry.published_text is not None and entry.published_text.strip():
            text = "typed by you" if valid else "type the date as YYYY-MM-DD"
        elif raw is not None and raw.published is not None and entry.published_text is None:
            where = raw.field_origins.get("published") or ORIGIN_WORDS.get(
                raw.published_origin or "", ""
            )
            text = f"from {where}" if where and not where.startswith("from") else where
        elif entry.already_in is not None and entry.already_in.published is not None:
            # Not "not found": the project's article has a date, and keeps it.
            text = f"kept: {shown_day(entry.already_in.published)}"
        else:
            text = "not found"
        self.published_origin.setText(text)
        self._align_origins()
        # A date read only from an update stamp is kept, but the first publication may be
        # earlier, and every relative date of the article is counted from it: say so.
        from_update = (
            raw is not None
            and not missing
            and entry.published_text is None
            and (raw.field_origins.get("published") or "").startswith(UPDATE_TIME_ORIGIN)
        )
        self.date_warning.setText(UPDATE_ONLY_WARNING if from_update else MISSING_DATE_WARNING)
        # For an article already in the project the note above says what a date typed here
        # does: a second warning under it said the same in other words.
        self.date_warning.setVisible(
            raw is not None and entry.already_in is None and (missing or from_update)
        )
        self.published_edit.setProperty("missing", raw is not None and (missing or not valid))
        self.published_edit.style().unpolish(self.published_edit)
        self.published_edit.style().polish(self.published_edit)

    def _field_edited(self, name: str, text: str) -> None:
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry.fields[name] = text
        self.origin_labels[name].setText("typed by you")
        if entry.item and name == "title":
            self.files.entry_changed(self._row)  # an item is listed by its title

    def _include_toggled(self, included: bool) -> None:
        entry = self.current_entry()
        if entry is None or self._loading or not entry.item:
            return
        self.files.setData(
            self.files.index(self._row, 0),
            Qt.CheckState.Checked if included else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def _item_ticked(self, row: int) -> None:
        """An item ticked or unticked, in the list or by the box: the fields follow."""
        if row == self._row and (entry := self.current_entry()) is not None:
            self._show(entry)
        self._update_summary()

    def _published_edited(self, text: str) -> None:
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry.published_text = text
        self._show_published_origin(entry)
        self.files.entry_changed(self._row)
        self._update_summary()

    def _blocks_edited(self) -> None:
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry.blocks = self.blocks.blocks()

    def _update_summary(self) -> None:
        entries = self.files.entries()
        # An article the project holds is counted once, as already in it: importing adds
        # nothing, so it is no file 'without a publication date' (its note says how to date it).
        undated = sum(1 for e in entries if e.needs_date and e.already_in is None)
        known = sum(1 for e in entries if e.included and e.already_in is not None)
        reading = sum(1 for e in entries if e.path in self._reading)
        unread = sum(1 for e in entries if not e.read) - reading
        bad = sum(1 for e in entries if e.error)
        files = len({e.path for e in entries})
        if entries and all(isinstance(e, ReadyEntry) for e in entries):
            pasted = sum(
                1 for e in entries if isinstance(e, ReadyEntry) and e.name.startswith("Pasted ")
            )
            parts = [
                f"{files} pasted article{'s' if files != 1 else ''}"
                if pasted == len(entries)
                else f"{files} web page{'s' if files != 1 else ''}"
            ]
        else:
            parts = [f"{files} file{'s' if files != 1 else ''}"]
        items = [e for e in entries if e.item]
        if items:
            left_out = sum(1 for e in items if not e.included)
            articles = sum(1 for e in entries if e.included)
            words = f"{articles} article{'s' if articles != 1 else ''}"
            parts[0] += f", {words}" + (f" ({left_out} left out)" if left_out else "")
            # Unread files may hold several articles: only a full count is named on the button.
            self.import_button.setText(
                f"&Import {words}" if not unread and not reading else self._import_words(files)
            )
        if known:
            parts.append(f"{known} already in the project")
        if undated:
            parts.append(f"{undated} without a publication date")
        if bad:
            parts.append(f"{bad} cannot be read")
        if reading:
            parts.append(f"{reading} being read")
        if unread:
            parts.append(f"{unread} not opened yet (imported as read)")
        self.summary.setText(" · ".join(parts))
        invalid = any(not e.published_valid() for e in entries)
        self.import_button.setEnabled(not invalid and self._something_to_import())

    def _something_to_import(self) -> bool:
        """Whether a file kept may yet be imported: not when every one is known not to read
        (two such files made 'Import 2 files' end in '2 of 2 files could not be imported')."""
        return any(e.included and not e.error for e in self.files.entries())

    def _accept(self) -> None:
        entries = self.files.entries()
        if any(not e.published_valid() for e in entries) or not self._something_to_import():
            return
        self.accept()

    def entries(self) -> list[ImportEntry]:
        return self.files.entries()


class FurnitureDialog(QDialog):
    """For an imported article: what was set aside, restorable one paragraph at a time."""

    def __init__(
        self,
        title: str,
        model: BlocksListModel,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Paragraphs of “{title}”")
        view = QListView()
        view.setModel(model)
        view.setAccessibleName("Paragraphs of the article")
        view.setWordWrap(True)
        view.setSpacing(2)
        view.setFrameShape(QFrame.Shape.StyledPanel)
        # Each paragraph as tall as its wrapped lines, measured again when the dialog is
        # resized: a long one was cut ('… cited by Western …') over a blank line.
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setItemDelegate(WrappedRowsDelegate(view))
        self.paragraphs = view
        note = QLabel(
            "Struck-through paragraphs were set aside as page furniture; the others are the "
            "article's body. The project is open read-only, so they cannot be changed here."
            if read_only
            else "Checked paragraphs are the article's body. Checking a removed paragraph "
            "restores it and extracts the article again; Edit > Undo puts it back."
        )
        note.setObjectName("furnitureNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        size_within_screen(self, 760, 560)
