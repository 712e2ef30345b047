"""Round 10: the articles list's share of a wide window, frames of every input in both themes,
the Preferences window (each setting taking effect) and the Linux desktop file's types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt

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
