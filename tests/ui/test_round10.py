"""Round 10: the articles list's share of a wide window, frames of every input in both themes,
the Preferences window (each setting taking effect) and the Linux desktop file's types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QDate, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop.ui.main_window import MainWindow
from tests.ui.test_round9 import _open


def _articles_width(window: MainWindow) -> int:
    return window.main_splitter.sizes()[0]


def _share(window: MainWindow) -> float:
    sizes = window.main_splitter.sizes()
    return sizes[0] / sum(sizes)


def _drag_articles_handle(qtbot: Any, window: MainWindow, dx: int) -> None:
    handle = window.main_splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(dx, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 0))


def test_a_dragged_articles_list_keeps_its_share_as_the_window_grows(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    _open(qtbot, window, demo_project, (1200, 800))
    before = _articles_width(window)
    _drag_articles_handle(qtbot, window, 60)
    assert _articles_width(window) >= before + 50
    share = _share(window)
    # Wider: the list grows with the window instead of keeping its pixels.
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: abs(_share(window) - share) < 0.01, timeout=3000)
    assert _articles_width(window) > before + 100
    window.close()
    # Remembered as a share: a later window of another width gives the list the same share.
    assert QSettings().contains("window/articlesShare")
    assert not QSettings().contains("window/mainSplitter")
    again = make_window()
    _open(qtbot, again, demo_project, (1600, 900))
    assert abs(_share(again) - share) < 0.01


@pytest.mark.parametrize("width", [1600, 1920])
def test_a_width_remembered_in_pixels_no_longer_holds_the_list_narrow(
    make_window: Any, qtbot: Any, demo_project: Path, width: int
) -> None:
    # What earlier versions saved: the splitter's own state, 220 pixels beside 975.
    old = make_window()
    old.close()
    old.main_splitter.setSizes([220, 975])
    QSettings().setValue("window/mainSplitter", old.main_splitter.saveState())
    assert isinstance(QSettings().value("window/mainSplitter"), QByteArray)
    window = make_window()
    _open(qtbot, window, demo_project, (width, 1000))
    assert _articles_width(window) >= MainWindow.articles_share(width) - 10
    assert _articles_width(window) >= 280


@pytest.fixture(params=["light", "dark"])
def each_theme(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each palette with the style sheet for one test, then the application as it was."""
    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style = app.palette(), app.styleSheet(), app.style().name()
    apply_look(app, request.param)
    yield str(request.param)
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _input(kind: str) -> QWidget:
    if kind == "line edit":
        return QLineEdit("Kursk")
    if kind == "spin box":
        box = QSpinBox()
        box.setValue(11)
        return box
    if kind == "decimal spin box":
        return QDoubleSpinBox()
    if kind == "date field":
        return QDateEdit(QDate(2025, 1, 13))
    if kind in ("combo box", "editable combo box"):
        combo = QComboBox()
        combo.addItems(["All sources", "The Week"])
        combo.setEditable(kind == "editable combo box")
        return combo
    if kind == "check box":
        return QCheckBox("Re-extract without asking")
    if kind == "radio button":
        return QRadioButton("ISO dates")
    if kind == "text box":
        return QPlainTextEdit("A note")
    return QPushButton("Apply")


INPUT_KINDS = [
    "line edit",
    "spin box",
    "decimal spin box",
    "date field",
    "combo box",
    "editable combo box",
    "check box",
    "radio button",
    "text box",
    "button",
]


@pytest.mark.parametrize("kind", INPUT_KINDS)
def test_every_input_has_a_frame_that_shows(each_theme: str, qtbot: Any, kind: str) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(12, 12, 12, 12)
    widget = _input(kind)
    layout.addWidget(widget)
    other = QLabel("elsewhere")  # the focus stays off the input: its unfocused frame is checked
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(other)
    holder.resize(360, 140 if kind == "text box" else 60)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    image = holder.grab().toImage()
    window = holder.palette().color(QPalette.ColorRole.Window)
    origin = widget.mapTo(holder, QPoint(0, 0))
    middle = origin.y() + widget.height() // 2
    # The frame (or the check box's box) is within the first few pixels from the left; what
    # Fusion drew on the dark window was 30 or less away from it.
    edge = max(
        (image.pixelColor(origin.x() + dx, middle) for dx in range(5)),
        key=lambda c: _distance(c, window),
    )
    assert _distance(edge, window) >= 60, (each_theme, kind, edge.name(), window.name())
    if kind in ("spin box", "decimal spin box", "date field", "combo box", "editable combo box"):
        # The right-hand side too, where the arrows' buttons sit inside the frame.
        right = origin.x() + widget.width() - 1
        edge = image.pixelColor(right, middle)
        assert _distance(edge, window) >= 60, (each_theme, kind, "right", edge.name())
