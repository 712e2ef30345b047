"""An article's web address under its title: a link that opens in the browser.

Only http and https addresses become links; anything else an imported page claimed as its
address (``file:``, ``javascript:``, a bare word) is shown as text, so that a click never runs
or opens something the analyst did not expect. The address is elided in the middle to the
width there is (the outlet's domain and the article's slug both stay readable) and the tooltip
carries it in full.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)


def web_address(text: str | None) -> QUrl | None:
    """The address as a URL the browser may open, or None when it is not an http(s) one."""
    if not text:
        return None
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
        return None
    return url


class SourceAddress(QLabel):
    """The address of the shown article; ``opened(url)`` after the browser was asked."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerAddress")
        self._address = ""
        self._url: QUrl | None = None
        # The label never asks for the address's width: a long one would widen the reader.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Source address")
        self.linkActivated.connect(self._open)
        self.set_address(None)

    @property
    def address(self) -> str:
        return self._address

    def is_link(self) -> bool:
        return self._url is not None

    def set_address(self, address: str | None) -> None:
        self._address = (address or "").strip()
        self._url = web_address(self._address)
        self.setVisible(bool(self._address))
        self.setToolTip(self._address)
        if self._url is not None:
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        else:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.unsetCursor()
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._elide()

    def shown_text(self) -> str:
        """The address as it fits the label now (elided in the middle when it does not)."""
        width = max(self.contentsRect().width(), 0)
        return self.fontMetrics().elidedText(self._address, Qt.TextElideMode.ElideMiddle, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached with Tab, the link opens with Enter or Space as a button would (a label's
        # own keyboard links need an anchor chosen first, which Tab into it does not do).
        if self._url is not None and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self._open(self._address)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus() and self._url is not None:
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            inside = self.contentsRect()
            width = self.fontMetrics().horizontalAdvance(self.shown_text()) + 2
            option.rect = QRect(
                inside.left(), inside.top(), min(width, inside.width()), inside.height()
            )
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def _elide(self) -> None:
        shown = self.shown_text() if self.width() > 0 else self._address
        if self._url is None:
            self.setText(shown)
            return
        href = html.escape(bytes(self._url.toEncoded().data()).decode("ascii"), quote=True)
        self.setText(f'<a href="{href}">{html.escape(shown)}</a>')

    def _open(self, _href: str) -> None:
        if self._url is not None and QDesktopServices.openUrl(self._url):
            self.opened.emit(self._url.toString())
