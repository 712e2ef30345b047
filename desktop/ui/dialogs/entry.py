"""Small dialogs where the analyst types a date, a text, a note or tags.

They replace QInputDialog, which lost what was typed: a date it could not read closed the
dialog with only a status-bar message, adding a fact asked for the text and the date in two
dialogs one after the other (a mistyped date threw the text away), and a long fact showed on
one line in a box too small to read it. Here a date is read as it is typed, the reading is
shown under it, and OK stays off until there is something that can be saved.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import DateRange
from desktop.ui.format import date_problem, date_range_text, parse_date_range

DATE_HINT = "2025-01-12, 13 Jan 2025, 2024-12, 2024, or a span 2024-01..2024-03"


def _context_label(text: str, width_chars: int = 60) -> QLabel:
    """What the dialog is about (the fact, the pair), quoted and wrapped, in the muted style."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMaximumWidth(QFontMetrics(label.font()).horizontalAdvance("x" * width_chars) + 40)
    return label


def _quoted(text: str, limit: int = 280) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


class _EntryDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        # Wide enough that a quoted fact wraps into a few readable lines, not a thin column.
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("x" * 58) + 24)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class DateReading(QLabel):
    """Says how the date typed above it is read ("6–12 Jan 2025, a week"), or that it is not."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("muted")
        self.setWordWrap(True)

    def show_reading(self, text: str, relative_to: date | None = None) -> DateRange | None:
        if not text.strip():
            self.setText(f"Type a date: {DATE_HINT}.")
            return None
        found = parse_date_range(text, relative_to=relative_to)
        if found is None or found.earliest is None or found.latest is None:
            # what is wrong with it when the reader can tell: "2025-03-01..2025-02-01" was
            # "not a date Factlane can read" where it is a span that ends before it starts
            problem = date_problem(text) if found is None else None
            self.setText(
                f"{problem[:1].upper()}{problem[1:]}."
                if problem
                else f"Not a date Factlane can read. Try {DATE_HINT}."
            )
            return None
        reading = f"Reads as {date_range_text(found)}"
        if relative_to is not None and found != parse_date_range(text):
            # "last Tuesday" in a fact's date means the Tuesday before its article came out
            day = f"{relative_to:%a} {relative_to.day} {relative_to:%b %Y}"
            reading += f", counted from the publication date ({day})"
        self.setText(reading + ".")
        return found


class DateEntryDialog(_EntryDialog):
    """One date, read as it is typed; OK is on only for a date that can be read."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        text: str = "",
        context: str = "",
        *,
        quote: bool = True,
        relative_to: date | None = None,
    ) -> None:
        super().__init__(parent, title)
        #: what words such as "last Tuesday" are counted from (None: today)
        self.relative_to = relative_to
        if context:
            # the fact's own words are quoted; a line about several facts is not
            self.layout_.addWidget(_context_label(_quoted(context) if quote else context))
        label = QLabel(prompt)
        self.date_edit = QLineEdit(text)
        self.date_edit.setObjectName("dateEntry")
        self.date_edit.setPlaceholderText("2025-01-12")
        self.date_edit.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("x" * 34))
        label.setBuddy(self.date_edit)
        self.reading = DateReading()
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.date_edit)
        self.layout_.addWidget(self.reading)
        self.layout_.addWidget(self.buttons)
        self.date_edit.textChanged.connect(self._changed)
        self._changed(text)
        self.date_edit.selectAll()

    def _changed(self, text: str) -> None:
        reading = self.reading.show_reading(text, self.relative_to)
        self.ok_button().setEnabled(reading is not None)

    def date_range(self) -> DateRange | None:
        found = parse_date_range(self.date_edit.text(), relative_to=self.relative_to)
        return found if found is not None and found.resolved else None


class TextEntryDialog(_EntryDialog):
    """A fact's text or a note: wrapped, in a box big enough to read a paragraph in."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        text: str = "",
        context: str = "",
        *,
        required: bool = False,
        quote: bool = True,
    ) -> None:
        super().__init__(parent, title)
        if context:
            self.layout_.addWidget(_context_label(_quoted(context) if quote else context))
        label = QLabel(prompt)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("textEntry")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        fm = QFontMetrics(self.font())
        self.text_edit.setMinimumSize(fm.horizontalAdvance("x" * 56), fm.lineSpacing() * 7)
        label.setBuddy(self.text_edit)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.text_edit, 1)
        self.layout_.addWidget(self.buttons)
        self._required = required
        # Return starts a new line in a note, so the keyboard's way to OK is Ctrl+Return
        # (Tab, Tab, Space took three keys and a look at where the focus was).
        done = QShortcut(QKeySequence("Ctrl+Return"), self)
        done.activated.connect(self._accept_if_ok)
        self.ok_button().setToolTip("Ctrl+Return")
        self.text_edit.textChanged.connect(self._changed)
        self._changed()
        self.text_edit.selectAll()

    def _changed(self) -> None:
        if self._required:
            self.ok_button().setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _accept_if_ok(self) -> None:
        if self.ok_button().isEnabled():
            self.accept()


class AddFactDialog(_EntryDialog):
    """What happened and when, in one form: a date that cannot be read keeps the text."""

    def __init__(self, parent: QWidget | None, source: str = "") -> None:
        super().__init__(parent, "Add a fact")
        if source:
            self.layout_.addWidget(_context_label(f"Added to {source}."))
        form = QFormLayout()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("factText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText("What happened, in a sentence")
        fm = QFontMetrics(self.font())
        self.text_edit.setMinimumSize(fm.horizontalAdvance("x" * 52), fm.lineSpacing() * 5)
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("factDate")
        self.date_edit.setPlaceholderText("2025-01-12")
        self.reading = DateReading()
        form.addRow("&What happened:", self.text_edit)
        form.addRow("W&hen:", self.date_edit)
        form.addRow("", self.reading)
        self.layout_.addLayout(form, 1)
        self.layout_.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._changed)
        self.date_edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        dated = self.reading.show_reading(self.date_edit.text()) is not None
        self.ok_button().setEnabled(dated and bool(self.fact_text()))

    def fact_text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def date_range(self) -> DateRange | None:
        found = parse_date_range(self.date_edit.text())
        return found if found is not None and found.resolved else None


class TagsDialog(_EntryDialog):
    """Tags separated by commas; the tags already in use are listed, wrapped, below."""

    def __init__(
        self,
        parent: QWidget | None,
        tags: list[str],
        known: list[str],
        context: str = "",
        *,
        quote: bool = True,
    ) -> None:
        super().__init__(parent, "Tags")
        if context:
            # A fact's sentence is quoted; "12 facts selected" is the dialog speaking.
            self.layout_.addWidget(_context_label(_quoted(context) if quote else context))
        label = QLabel("&Tags, separated by commas:")
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setObjectName("tagsEntry")
        self.tags_edit.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("x" * 40))
        label.setBuddy(self.tags_edit)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.tags_edit)
        if known:
            self.known_label = _context_label("In use: " + ", ".join(known))
            self.layout_.addWidget(self.known_label)
        self.layout_.addWidget(self.buttons)
        self.tags_edit.selectAll()

    def tags_text(self) -> str:
        return self.tags_edit.text()


class DateFilterDialog(DateEntryDialog):
    """The days the facts are narrowed to: a day, a month, a year or a span typed as the
    analyst says it ("Dec 2024", "2024-11 to 2025-01"), the timeline's view in one click,
    or nothing for every date."""

    def __init__(
        self, parent: QWidget | None, text: str = "", view: tuple[date, date] | None = None
    ) -> None:
        super().__init__(
            parent,
            "Filter by Dates",
            "Show only facts &dated (a day, a month, a year or a span; empty for any date):",
            text,
        )
        self._view = view
        self.view_button = QPushButton("Use the Timeline's &View")
        self.view_button.setToolTip("The days the timeline shows now")
        self.view_button.setEnabled(view is not None)
        self.view_button.clicked.connect(self._use_view)
        self.any_button = QPushButton("&Any Date")
        self.any_button.clicked.connect(lambda: self.date_edit.clear())
        row = QHBoxLayout()
        row.addWidget(self.view_button)
        row.addWidget(self.any_button)
        row.addStretch(1)
        self.layout_.insertLayout(self.layout_.count() - 1, row)

    def _use_view(self) -> None:
        if self._view is not None:
            first, last = self._view
            self.date_edit.setText(f"{first.isoformat()} to {last.isoformat()}")

    def _changed(self, text: str) -> None:
        if not text.strip():
            self.reading.setText("Every date: no facts are left out for their date.")
            self.ok_button().setEnabled(True)
            return
        super()._changed(text)

    def days(self) -> tuple[date | None, date | None]:
        found = self.date_range()
        if found is None:
            return None, None
        return found.earliest, found.latest


class SourcesDialog(_EntryDialog):
    """Sources ticked in a list (with a search over it, for a story told by two hundred
    outlets): the timeline then shows their lanes alone, side by side."""

    def __init__(
        self, parent: QWidget | None, sources: Sequence[str], chosen: Collection[str] = ()
    ) -> None:
        super().__init__(parent, "Compare Sources")
        label = QLabel("Show the facts of the &sources ticked here (none ticked: all sources):")
        label.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a source…")
        self.search.setAccessibleName("Find a source")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("sourcesList")
        label.setBuddy(self.list)
        for source in sources:
            item = QListWidgetItem(source)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if source in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.search.textChanged.connect(self._narrow)
        # Enter in the search moves into the list, where Space ticks (and does not close the
        # dialog on what was ticked so far).
        self.search.installEventFilter(self)
        clear = QPushButton("&Clear All")
        clear.clicked.connect(self._clear)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.list, 1)
        self.buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
        self.layout_.addWidget(self.buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _narrow(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().lower()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _clear(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Unchecked)

    def set_checked(self, source: str, on: bool = True) -> None:
        for item in self.list.findItems(source, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> frozenset[str]:
        return frozenset(
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
