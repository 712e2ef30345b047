"""Rows of a list that wrap their text whole, as tall as their lines at the list's width."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ModelIndex = QModelIndex | QPersistentModelIndex


class WrappedRowsDelegate(QStyledItemDelegate):
    """Measures each row at the width the list paints it, after its check box.

    Qt's own measure of a wrapped row with a check box could count a line fewer than it then
    drew: a long paragraph ended '… cited by Western …' and the room its last line should have
    had stayed blank under it. Here the text is laid out the way the style draws it, in the
    width left beside the box, so a row is exactly as tall as its lines.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.wrap = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        view = self._view
        width = view.viewport().width() - 2 * view.spacing()
        if width <= 0:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, width, max(base.height(), 1))
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        line_width = text_rect.width() - 2 * margin
        if line_width <= 0:
            return base
        height = text_height(opt.text.replace("\n", "\u2028"), opt, line_width, self.wrap)
        # A row of one line, as the style sizes it (its box, its padding above and below).
        one = QStyleOptionViewItem(opt)
        one.text = "x"
        row = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, one, QSize(), view)
        padding = max(0, row.height() - text_height("x", opt, 10_000, self.wrap))
        return QSize(width, max(row.height(), height + padding))


def text_height(
    text: str, option: QStyleOptionViewItem, width: int, wrap: QTextOption.WrapMode
) -> int:
    """How tall ``text`` is, wrapped to ``width`` as an item view draws it."""
    layout = QTextLayout(text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(wrap)
    layout.setTextOption(text_option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)
