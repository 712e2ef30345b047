"""The row of filters above the timeline, which moves what does not fit into a » menu.

At 1024 pixels with a project of 300 outlets the row asked for more than its width: a box
layout then squeezes every widget below its size, and the buttons at the end read "o to date."
and "12 undated n". Here the row gives way step by step instead, the least needed first: the
note of undated facts is said shorter, then the filters' labels step aside (their boxes say
"All sources", "All statuses" themselves, and the labels' keys still work), then the buttons
at the end go into a menu under a » button, and last the note joins them there. Every widget
still in the row keeps its full size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)


class FilterBar(QWidget):
    """Widgets left to right; ``add_foldable`` buttons and the ``note`` give way when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        # The row's minimum is what fits folded, not the sum of every widget's width: the
        # default constraint pinned the window wider than the screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout = layout
        # A button that reads as a note: what it says (articles waiting for a date) is also
        # what a click does something about, and the keyboard reaches it with Tab.
        self.note = QToolButton()
        self.note.setObjectName("filterNote")
        self.note.setAutoRaise(True)
        self.note.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note.setAccessibleName("Articles needing a date")
        self._note_long = ""
        self._note_short = ""
        self._foldable: list[tuple[QPushButton, QAction]] = []
        self._shrinkable: list[QWidget] = []
        # labels that step aside before any button folds, each with the action that keeps
        # its key (Alt+S) while it is hidden: a hidden label's own shortcut does nothing
        self._spare_labels: list[tuple[QLabel, QAction]] = []
        self.more_button = QToolButton()
        self.more_button.setObjectName("filterBarMore")
        self.more_button.setText("»")
        self.more_button.setAccessibleName("More")
        self.more_button.setToolTip("What the row has no room for")
        self.more_menu = QMenu(self.more_button)
        # Opened by hand rather than as the button's menu, which draws an arrow beside the ».
        self.more_button.clicked.connect(self._show_menu)
        self.more_button.hide()
        # Owned by the bar: clearing the menu would delete actions it owned.
        self._note_action = QAction("", self)
        self._note_action.triggered.connect(self.note.click)
        self._fitting = False
        self._fitted: object = None

    # -- building --------------------------------------------------------------------------

    def add_widget(self, widget: QWidget, stretch: int = 0, *, shrinks: bool = False) -> None:
        """``shrinks``: the widget may be narrower than it asks (a search box) before anything
        is moved into the menu."""
        self._layout.addWidget(widget, stretch)
        if shrinks:
            self._shrinkable.append(widget)

    def add_label(self, label: QLabel) -> None:
        """A filter's label ("Source:") with its box as buddy: when the row is narrow it steps
        aside before the buttons at the end fold, since the box says what it filters
        ("All sources"). Its key still moves to the box then."""
        self._layout.addWidget(label)
        key = QKeySequence.mnemonic(label.text())
        action = QAction(label.text().replace("&", "").rstrip(":"), self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)  # the label's own key serves while it is shown
        action.triggered.connect(lambda: self._focus_buddy(label))
        self.addAction(action)
        self._spare_labels.append((label, action))

    @staticmethod
    def _focus_buddy(label: QLabel) -> None:
        buddy = label.buddy()
        if buddy is not None and buddy.isVisible():
            buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def labels_aside(self) -> list[QLabel]:
        """The filters' labels that stepped aside for want of room."""
        return [label for label, _a in self._spare_labels if label.isHidden()]

    def _show_labels(self, shown: bool) -> None:
        for label, action in self._spare_labels:
            label.setVisible(shown)
            action.setEnabled(not shown)

    def add_stretch(self) -> None:
        self._layout.addStretch(1)

    def add_note(self) -> None:
        self._layout.addWidget(self.note)

    def add_foldable(self, button: QPushButton, menu_text: str) -> QAction:
        """A button that moves into the » menu (as ``menu_text``) when the row is narrow."""
        self._layout.addWidget(button)
        action = QAction(menu_text, self)
        action.triggered.connect(button.click)
        self._foldable.append((button, action))
        return action

    def finish(self) -> None:
        """Call once every widget is in: the » button goes last."""
        self._layout.addWidget(self.more_button)

    # -- the note -----------------------------------------------------------------------------

    def set_note(self, long: str, short: str = "", action: str = "") -> None:
        """What the row says at its end (``short`` when there is little room); ``action``
        says what a click on it does."""
        self._note_long, self._note_short = long, short or long
        tip = f"{long}: {action}" if action and long else long
        self.note.setToolTip(tip)
        self.note.setAccessibleDescription(tip)
        self._note_action.setText(long)
        self._refit()

    def note_text(self) -> str:
        """The note as the row or the » menu says it now."""
        return self._note_long

    # -- fitting --------------------------------------------------------------------------------

    def folded(self) -> list[QPushButton]:
        return [b for b, _a in self._foldable if b.isHidden()]

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 200), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _widget_at(self, index: int) -> QWidget | None:
        item = self._layout.itemAt(index)
        return item.widget() if item is not None else None

    def _needed(self) -> int:
        """The width the row asks for with what is shown now, counted from each widget's own
        wish (the box layout's cached sum lags behind widgets just hidden)."""
        # The widths the widgets ask for, not their minimums: squeezed to its minimum, a combo
        # reads "All sourc" and a button loses its first letter.
        shown = [
            w
            for i in range(self._layout.count())
            if (w := self._widget_at(i)) is not None and not w.isHidden()
        ]
        margins = self._layout.contentsMargins()
        width = margins.left() + margins.right() + self._layout.spacing() * (len(shown) - 1)
        for w in shown:
            wanted = w.sizeHint().width()
            if w in self._shrinkable:
                wanted = max(w.minimumSizeHint().width(), w.minimumWidth())
            width += max(wanted, w.minimumWidth())
        return width

    def event(self, event: QEvent) -> bool:
        # A widget's size changes without the row being resized (the style sheet set once the
        # window is built makes every button wider): the row is fitted again then too.
        if event.type() == QEvent.Type.LayoutRequest:
            self._refit()
        return super().event(event)

    def _refit(self) -> None:
        if self._fitting:
            return
        # Fitting hides and shows widgets, which asks for a layout again: fit only when the
        # width or a widget's wanted size has changed since the last fit.
        wanted = (
            self.width(),
            self._note_long,
            tuple(
                w.sizeHint().width()
                for i in range(self._layout.count())
                if (w := self._widget_at(i)) is not None
                and w is not self.more_button
                and w is not self.note
            ),
        )
        if wanted == self._fitted:
            return
        self._fitted = wanted
        self._fitting = True
        try:
            self._fit(self.width())
        finally:
            self._fitting = False
        # Placed now, not at the next layout request: a picture taken at once showed the
        # widgets where they stood before the fit.
        self._layout.invalidate()
        self._layout.activate()

    def _fit(self, width: int) -> None:
        # Everything back in the row, then given up step by step until the row fits.
        self.note.setText(self._note_long)
        self.note.setVisible(bool(self._note_long))
        for button, _action in self._foldable:
            button.setVisible(True)
        self._show_labels(True)
        self.more_button.setVisible(False)
        if self._needed() <= width:
            self._fill_menu()
            return
        if self._note_short != self._note_long:
            self.note.setText(self._note_short)
            if self._needed() <= width:
                self._fill_menu()
                return
        # Go to Date and Fit All are the timeline's most used actions: at 1024 pixels the
        # labels' room keeps them in the row.
        if self._spare_labels:
            self._show_labels(False)
            if self._needed() <= width:
                self._fill_menu()
                return
        self.more_button.setVisible(True)
        for button, _action in reversed(self._foldable):
            button.setVisible(False)
            if self._needed() <= width:
                self._fill_menu()
                return
        if self._note_long:
            self.note.setVisible(False)
        self._fill_menu()

    def _show_menu(self) -> None:
        below = self.more_button.rect().bottomLeft()
        self.more_menu.popup(self.more_button.mapToGlobal(below))

    def _fill_menu(self) -> None:
        self.more_menu.clear()
        for button, action in self._foldable:
            if button.isHidden():
                action.setEnabled(button.isEnabled())
                self.more_menu.addAction(action)
        if self._note_long and self.note.isHidden():
            self.more_menu.addSeparator()
            self.more_menu.addAction(self._note_action)
        self.more_button.setVisible(not self.more_menu.isEmpty())


class ElidingComboBox(QComboBox):
    """A combo box whose chosen text, when longer than the box, ends in "…": squeezed, the
    source filter read "The Northern Va", as if that were the outlet's name."""

    def shown_text(self) -> str:
        """The chosen text as the box draws it."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return self._elided(opt)

    def _elided(self, opt: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            opt,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        room = field.width() - (opt.iconSize.width() + 4 if not opt.currentIcon.isNull() else 0)
        # The style's label leaves a few pixels of margin of its own inside the field.
        return self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, max(0, room - 4)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self._elided(opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
