"""Round 45: on the dark theme one pixel of the highlight round a focused list (3.4:1 on the
lists, under 3:1 on their alternate rows) or the timeline did not say plainly where the keys
go. The lists' ring reads at 4.5:1 on every ground now; the timeline's is two pixels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 12


def _ring(picture: QImage, colour: QColor) -> list[int]:
    """How many pixels deep the ``colour`` goes in from each edge, at the middle of each
    side: left, top, right, bottom."""
    w, h = picture.width(), picture.height()
    probes = [
        lambda i: (i, h // 2),
        lambda i: (w // 2, i),
        lambda i: (w - 1 - i, h // 2),
        lambda i: (w // 2, h - 1 - i),
    ]
    depths = []
    for probe in probes:
        depth = 0
        while depth < 6 and _near(QColor(picture.pixel(*probe(depth))), colour):
            depth += 1
        depths.append(depth)
    return depths


@pytest.fixture
def dark(qapp):  # type: ignore[no-untyped-def]
    from desktop.ui.style import apply_look

    palette, sheet, style, font = (
        qapp.palette(),
        qapp.styleSheet(),
        qapp.style().name(),
        qapp.font(),
    )
    apply_look(qapp, "dark")
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.usefixtures("dark")
def test_the_lists_ring_reads_and_the_timeline_rings_two_pixels(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.style import contrast_ratio, focus_colour

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    palette = QApplication.instance().palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    ring = focus_colour(palette)
    for role in (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Window,
    ):
        assert contrast_ratio(ring, palette.color(role)) >= 4.5, role
    views = [
        (window.articles_panel.table, ring, 1),
        (window.timeline, highlight, 2),
        (window.facts_panel.table, ring, 1),
    ]
    for view, colour, width in views:
        view.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert view.hasFocus()
        viewport = view.viewport().geometry()
        # the timeline draws its ring round its picture (its scroll bar is beside it); the
        # lists' ring is their frame, round the scroll bar too
        ringed = view.viewport() if view is window.timeline else view
        focused = ringed.grab().toImage()
        # the ring all round (at the middle of each side; the articles list's top row is
        # selected, in a like colour, so its top is not counted)
        depths = _ring(focused, colour)
        assert min(depths[0], depths[2], depths[3]) >= width, (view.objectName(), depths)
        window.find_edit.setFocus()
        QApplication.processEvents()
        assert not view.hasFocus()
        left, _top, right, bottom = _ring(ringed.grab().toImage(), colour)
        assert max(left, right, bottom) == 0, view.objectName()
        # nothing moves when the focus comes or goes
        assert view.viewport().geometry() == viewport
