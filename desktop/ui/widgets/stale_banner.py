"""The strip above a project whose articles were read by an older fact finder.

Factlane's extraction improves from release to release, but a project keeps the facts and
figures found when each article was imported. Opening such a project offers to read those
articles again; the analyst's confirmed, edited and added facts are kept either way, and
Edit > Undo puts the earlier facts back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.ui.widgets.reader import is_dark


def stale_text(count: int) -> str:
    articles = "1 article was" if count == 1 else f"{count:,} articles were"
    return f"{articles} read by an older version of Factlane’s fact finder."


#: Beside the headline, cut short with "…" when the window is narrow (the tooltip has it all).
STALE_DETAIL = (
    "Reading again may find more dates and figures. Facts you confirmed, rejected, edited or "
    "added are kept, and Edit > Undo puts the earlier facts back."
)


class StaleExtractionBanner(QFrame):
    """``reextractRequested`` and ``dismissed`` come from its two buttons."""

    reextractRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleBanner")
        self.setAccessibleName("Articles read by an older fact finder")
        self.count = 0
        self.title = QLabel("")
        self.title.setObjectName("staleTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel("")
        self.detail.setObjectName("staleDetail")
        # One line that gives way to the buttons rather than making the strip tall.
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reextract_button = QPushButton("")
        self.reextract_button.setObjectName("staleReextract")
        self.reextract_button.setToolTip(
            "Extract the facts and figures of these articles again, in the background"
        )
        self.reextract_button.clicked.connect(self.reextractRequested)
        self.later_button = QPushButton("&Not Now")
        self.later_button.setObjectName("staleLater")
        self.later_button.setToolTip(
            "Keep the facts as they are; Article > Re-extract Facts does it later"
        )
        self.later_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.reextract_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._paint_for(self.palette())
        self.hide()

    def offer(self, count: int) -> None:
        """Show the offer for ``count`` articles (hidden when there are none)."""
        self.count = count
        if count <= 0:
            self.hide()
            return
        self.title.setText(stale_text(count))
        self.reextract_button.setText(
            "&Re-extract the Article" if count == 1 else f"&Re-extract {count:,} Articles"
        )
        self.setToolTip(f"{stale_text(count)} {STALE_DETAIL}")
        self.show()
        self._elide_detail()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_detail()

    def _elide_detail(self) -> None:
        width = max(self.detail.width(), 0)
        shown = self.detail.fontMetrics().elidedText(
            STALE_DETAIL, Qt.TextElideMode.ElideRight, width
        )
        self.detail.setText(shown if len(shown) > 12 else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_for(self.palette())

    def _paint_for(self, palette: QPalette) -> None:
        # Blue: news, not a warning (the read-only strip is amber). Text at AA contrast.
        if is_dark(palette):
            ground, edge, ink = "#1d2f45", "#3f6a9a", "#dbe9fb"
        else:
            ground, edge, ink = "#e6f0fb", "#7ea7d6", "#102a4a"
        sheet = (
            f"QFrame#staleBanner {{ background: {ground}; border-bottom: 1px solid {edge}; }}"
            f" QFrame#staleBanner QLabel {{ color: {ink}; background: transparent; }}"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
