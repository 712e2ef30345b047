"""UI round 47 (4): a trackpad's pinch zooms the timeline about the fingers.

macOS sends a pinch as a native zoom gesture, not as Ctrl+wheel: the timeline took no notice,
and an analyst on a laptop without a wheel zoomed by keys or the menu only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.data import TimelineData
from desktop.ui.timeline.view import PINCH_STEP_MAX, TimelineView
from tests.ui.test_timeline_render import realistic_items


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1100, 400)
    v.set_data(TimelineData(realistic_items(200)))
    v.show()
    QApplication.processEvents()
    return v


def _pinch(view, x: float, value: float, kind=Qt.NativeGestureType.ZoomNativeGesture) -> None:  # type: ignore[no-untyped-def]
    pos = QPointF(x, 150)
    event = QNativeGestureEvent(
        kind, QPointingDevice.primaryPointingDevice(), 2, pos, pos, pos, value, QPointF()
    )
    QApplication.sendEvent(view.viewport(), event)


def test_spreading_zooms_in_and_pinching_zooms_out_about_the_fingers(view) -> None:  # type: ignore[no-untyped-def]
    x = view.plot_rect().left() + 300
    day = view.day_at(x)
    ppd = view.pixels_per_day()
    for _ in range(5):
        _pinch(view, x, 0.1)
    assert view.pixels_per_day() == pytest.approx(ppd * 1.1**5, rel=1e-6)
    assert view.day_at(x) == pytest.approx(day, abs=1e-6)
    for _ in range(5):
        _pinch(view, x, -0.1 / 1.1)
    assert view.pixels_per_day() == pytest.approx(ppd, rel=1e-6)
    assert view.day_at(x) == pytest.approx(day, abs=1e-6)


def test_one_glitch_of_the_pad_zooms_no_more_than_a_wheel_notch(view) -> None:  # type: ignore[no-untyped-def]
    x = view.plot_rect().center().x()
    ppd = view.pixels_per_day()
    _pinch(view, x, 25.0)
    assert view.pixels_per_day() == pytest.approx(ppd * PINCH_STEP_MAX, rel=1e-6)
    _pinch(view, x, -0.99)
    assert view.pixels_per_day() == pytest.approx(ppd, rel=1e-6)


def test_other_gestures_leave_the_zoom_alone(view) -> None:  # type: ignore[no-untyped-def]
    ppd = view.pixels_per_day()
    _pinch(view, 500, 0.3, Qt.NativeGestureType.RotateNativeGesture)
    _pinch(view, 500, 0.0)
    assert view.pixels_per_day() == ppd
