"""What an empty list says: why there is nothing in it, and what to do about it.

A table with no rows shows only its header: in a new project the analyst cannot tell whether
something is still loading, nothing was found, or a filter hides everything. The message sits
over the empty viewport, lets clicks and drops through to the view, and goes as soon as the
model has rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QLabel):
    """Shows ``message()`` over ``view`` while its model has no rows ('' shows nothing)."""

    def __init__(self, view: QAbstractItemView, message: Callable[[], str]) -> None:
        self._area = view.viewport()
        super().__init__(self._area)
        self.setObjectName("emptyState")
        self.view = view
        self._message = message
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The view under it still takes drops, clicks and its context menu.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self._area.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        text = self._message() if self.view.model().rowCount() == 0 else ""
        self.setText(text)
        self.setVisible(bool(text))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._area.rect()
        margin = self.fontMetrics().height()
        width = max(min(area.width() - 2 * margin, 34 * margin), margin)
        height = self.heightForWidth(width) if self.text() else 0
        top = min(2 * margin, max(area.height() - height, 0))
        self.setGeometry((area.width() - width) // 2, top, width, max(height, 1))
