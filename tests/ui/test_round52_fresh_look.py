"""UI round 52: what a fresh look at the demo project at 1366x768, 1920x1080 and 1024x640
found cramped, cut or unclear, each fixed and held here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.view import EDGE_ROOM
from tests.ui.test_review import open_at


def test_going_to_a_span_wider_than_the_widest_view_keeps_the_facts_off_the_edge(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    """Go to date '1990..2030' on a story of Nov 2024 - Jan 2025 zooms out as far as the
    timeline goes (a decade) and put the story's last day on the right edge: the counts'
    bubbles were cut in half and the labels right of the marks read '2,700 wou'."""
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    timeline = window.timeline
    first, last = timeline.shown_data().extent()
    for wanted in ((date(1990, 1, 1), date(2030, 12, 31)), (date(2024, 11, 1), date(2060, 1, 1))):
        timeline.set_visible_range(*wanted)
        QApplication.processEvents()
        plot = timeline.plot_rect()
        left = timeline.x_of(float(first.toordinal()))
        right = timeline.x_of(float(last.toordinal() + 1))
        # the widest view: the whole story in it, in from the left edge by a bubble's room
        # and from the right by a third of the plot, for the labels
        assert left >= plot.left() + EDGE_ROOM - 1, wanted
        assert right <= plot.right() - plot.width() / 3 + 1, wanted
    # a span the view can show is shown as asked, edges and all
    timeline.set_visible_range(date(2024, 12, 1), date(2025, 1, 31))
    QApplication.processEvents()
    assert timeline.visible_range() == (date(2024, 12, 1), date(2025, 1, 31))
