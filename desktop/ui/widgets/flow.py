"""A row of buttons that wraps onto a second line when the pane is too narrow for it.

A plain QHBoxLayout's minimum width is the sum of its buttons: a row of six buttons under the
conflicts made the whole window wider than a 1024-pixel screen and squeezed the articles list
to a sliver. Wrapping keeps one line where there is room and costs a line only where not.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line; ``add_gap`` leaves extra room before
    the next item (a group break, like a toolbar separator) when both are on one line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: dict[int, int] = {}
        self._spacing = spacing
        # The height the items took at the last width they were laid out in. Reported as the
        # minimum height, so that a splitter or a box above makes room for a wrapped second
        # line instead of drawing it over the widgets below (boxes ignore heightForWidth).
        self._wrapped_height = 0
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's contract -------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._gaps = {i - (i > index): g for i, g in self._gaps.items() if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._wrapped_height:
            self._wrapped_height = height
            self.invalidate()

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = height = 0
        for i, item in enumerate(self._shown()):
            hint = item.sizeHint()
            width += hint.width() + (self._space(item) + self._gaps.get(i, 0) if i else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: everything else can go onto lines of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return size.expandedTo(QSize(0, self._wrapped_height))

    # -- building -----------------------------------------------------------------------------

    def add_gap(self, width: int) -> None:
        self._gaps[len(self._items)] = width

    def _shown(self) -> list[QLayoutItem]:
        return [it for it in self._items if not it.isEmpty()]

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _space(self, item: QLayoutItem) -> int:
        space = self.spacing()
        if space >= 0:
            return space
        widget = item.widget()
        if widget is None:
            return 6
        return widget.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        )

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``) and return the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = area.x(), area.y(), 0
        index_of = {id(it): i for i, it in enumerate(self._items)}
        first_on_line = True
        for item in self._shown():
            hint = item.sizeHint()
            gap = 0 if first_on_line else self._space(item) + self._gaps.get(index_of[id(item)], 0)
            if not first_on_line and x + gap + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_h + max(self._space(item), 0)
                line_h, gap = 0, 0
            x += gap
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width()
            line_h = max(line_h, hint.height())
            first_on_line = False
        return y + line_h - rect.y() + m.bottom()
