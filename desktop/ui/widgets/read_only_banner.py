"""The strip above a project opened read-only: why it is read-only, and the ways out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.ui.widgets.reader import is_dark

#: The banner's first words, by why the project is read-only (storage's ReadOnlyReason).
REASONS: dict[str, str] = {
    "locked": "another Factlane window has this project open",
    "unwritable": "the file cannot be written",
    "requested": "opened for reading only",
    "moved": "the project file was moved, renamed or deleted while open",
}

#: What the analyst can still do, and how to get an editable project: one line beside the
#: reason, cut short with "…" when the window is narrow (the tooltip holds all of it).
WHAT_NEXT: dict[str, str] = {
    "locked": "Reading, finding and exporting work; changes are made in the other window.",
    "unwritable": "Reading, finding and exporting work; to change it, save a copy you can write.",
    "requested": "Reading, finding and exporting work; to change it, save a copy.",
    "moved": "Nothing more can be saved into it here; save a copy, or open it where it is now.",
}


def banner_text(reason: str) -> str:
    return f"Read-only: {REASONS.get(reason, REASONS['requested'])}."


class ReadOnlyBanner(QFrame):
    """``saveCopyRequested`` and ``retryRequested`` come from its two buttons."""

    saveCopyRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName("Read-only project")
        self.reason = ""
        self.title = QLabel("")
        self.title.setObjectName("readOnlyTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel("")
        self.detail.setObjectName("readOnlyDetail")
        # One line that gives way: wrapped, it made the banner five lines tall at 1024x640.
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._detail_text = ""
        self.retry_button = QPushButton("Try &Editing Again")
        self.retry_button.setObjectName("readOnlyRetry")
        self.retry_button.setToolTip(
            "Open the project for editing, once the other window is closed"
        )
        self.retry_button.clicked.connect(self.retryRequested)
        self.copy_button = QPushButton("Save a &Copy to Edit…")
        self.copy_button.setObjectName("readOnlySaveCopy")
        self.copy_button.setToolTip("Copy the project to a file you can change (File > Save As)")
        self.copy_button.clicked.connect(self.saveCopyRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._paint_for(self.palette())
        self.hide()

    def show_reason(self, reason: str, *, recovered: bool = False) -> None:
        """``recovered``: the project file was deleted while open and the services kept a
        recovered copy, which the first button then opens (the window's retry)."""
        self.reason = reason
        self.title.setText(banner_text(reason))
        self._detail_text = WHAT_NEXT.get(reason, WHAT_NEXT["requested"])
        if reason == "moved" and recovered:
            self.retry_button.setText("Open &Recovered Copy")
            self.retry_button.setToolTip("Open the copy kept of the project when it was deleted")
            self._detail_text = (
                "Nothing more can be saved into it here; open the recovered copy, or save a copy."
            )
        else:
            self.retry_button.setText("Try &Editing Again")
            self.retry_button.setToolTip(
                "Open the project for editing, once the other window is closed"
            )
        self.setToolTip(f"{banner_text(reason)} {self._detail_text}")
        self.retry_button.setVisible(reason == "locked" or (reason == "moved" and recovered))
        self._paint_for(self.palette())
        self.show()
        # the line is cut to the room the buttons shown now leave it
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._elide_detail()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_detail()

    def _elide_detail(self) -> None:
        width = self.detail.width()
        shown = self.detail.fontMetrics().elidedText(
            self._detail_text, Qt.TextElideMode.ElideRight, max(width, 0)
        )
        # Less than a few words is noise: the tooltip has it all.
        self.detail.setText(shown if len(shown) > 12 else "")

    def detail_shown(self) -> str:
        return self.detail.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_for(self.palette())

    def _paint_for(self, palette: QPalette) -> None:
        # Amber, as a warning that is not an error, in both palettes; text at AA contrast.
        if is_dark(palette):
            ground, edge, ink = "#3b3120", "#8a6d2a", "#f4e2b8"
        else:
            ground, edge, ink = "#fff3d1", "#d9a93a", "#3f2e00"
        sheet = (
            f"QFrame#readOnlyBanner {{ background: {ground}; border-bottom: 1px solid {edge}; }}"
            f" QFrame#readOnlyBanner QLabel {{ color: {ink}; background: transparent; }}"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
