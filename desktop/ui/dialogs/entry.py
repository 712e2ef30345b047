"""Small dialogs where the analyst types a date, a text, a note or tags.

They replace QInputDialog, which lost what was typed: a date it could not read closed the
dialog with only a status-bar message, adding a fact asked for the text and the date in two
dialogs one after the other (a mistyped date threw the text away), and a long fact showed on
one line in a box too small to read it. Here a date is read as it is typed, the reading is
shown under it, and OK stays off until there is something that can be saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import DateRange
from desktop.ui.format import date_range_text, parse_date_range

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

    def show_reading(self, text: str) -> DateRange | None:
        if not text.strip():
            self.setText(f"Type a date: {DATE_HINT}.")
            return None
        found = parse_date_range(text)
        if found is None or found.earliest is None or found.latest is None:
            self.setText(f"Not a date Factlane can read. Try {DATE_HINT}.")
            return None
        self.setText(f"Reads as {date_range_text(found)}.")
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
    ) -> None:
        super().__init__(parent, title)
        if context:
            self.layout_.addWidget(_context_label(_quoted(context)))
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
        self.ok_button().setEnabled(self.reading.show_reading(text) is not None)

    def date_range(self) -> DateRange | None:
        found = parse_date_range(self.date_edit.text())
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
    ) -> None:
        super().__init__(parent, title)
        if context:
            self.layout_.addWidget(_context_label(_quoted(context)))
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
        self.text_edit.textChanged.connect(self._changed)
        self._changed()
        self.text_edit.selectAll()

    def _changed(self) -> None:
        if self._required:
            self.ok_button().setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText()


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
        self, parent: QWidget | None, tags: list[str], known: list[str], context: str = ""
    ) -> None:
        super().__init__(parent, "Tags")
        if context:
            self.layout_.addWidget(_context_label(_quoted(context)))
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
