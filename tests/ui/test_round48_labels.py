"""UI round 48 (2): a fact's words use the room their row leaves them.

At a zoom of hours a fact's label stopped some 260 pixels after its marker (the layout's cap on
what a label is expected to want) though its row was empty to the plot's edge: the demo's 'The
Week' lane read 'Ukrainian President Volodymyr Zelen…' with 400 pixels blank after it. A bar's
words after its end stopped there too. And a bar's own short words ('Curfew', 'Ban') were left
out as if cut to a stub: a bar longer than the view at a zoom of hours said nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.layout import MARKER, SPAN, TAIL_EDGE_PX
from desktop.ui.timeline.view import TimelineView

LONG = (
    "The Dunmere council said the flood barrier on the east bank would stay shut until "
    "engineers had checked every gate"
)
NOON = date(2031, 3, 11).toordinal() + 0.5


def _view(qtbot, items):  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1366, 400)
    view.set_data(TimelineData(items))
    view.show()
    QApplication.processEvents()
    return view


def _placed(view, fact_id: int):  # type: ignore[no-untyped-def]
    frame = view._current_frame()
    for lane in frame.lanes:
        for pl in lane.layout.placed:
            if pl.item is not None and pl.item.id == fact_id:
                cy = frame.geo.row_center(lane.rows_top, lane.layout.rows, pl.row)
                return pl, cy
    raise AssertionError(f"fact {fact_id} not placed")


def _inked(image, left: float, right: float, cy: float, half: int = 4) -> int:  # type: ignore[no-untyped-def]
    """Pixels of dark ink (words, in the light theme) in a band of the row: grid lines, day
    bands and bar fills are light."""
    return sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(int(left), int(right))
        for y in range(int(cy) - half, int(cy) + half)
    )


def _at_hours(view) -> None:  # type: ignore[no-untyped-def]
    view.set_visible_days(NOON - 4 / 24, NOON + 4 / 24)
    QApplication.processEvents()


def test_a_long_label_alone_in_its_row_runs_to_the_plots_edge_at_hours(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(
        qtbot, [TimelineItem(2, "Vell Courier", date(2031, 3, 11), date(2031, 3, 11), LONG)]
    )
    _at_hours(view)
    marker, cy = _placed(view, 2)
    assert marker.kind == MARKER
    plot = view.plot_rect()
    to_edge = plot.width() - marker.x1 - TAIL_EDGE_PX
    assert to_edge > 500  # the marker stands at noon, in the middle
    assert marker.label_room >= to_edge
    image = view.viewport().grab().toImage()
    left = plot.left()
    assert _inked(image, left + marker.x0 - 100, left + marker.x0 - 20, cy) == 0
    # words beyond the old 260 pixels, up to the edge (which ends them in "…")
    assert _inked(image, left + marker.x1 + 300, left + plot.width() - TAIL_EDGE_PX, cy) > 80
    assert _inked(image, left + plot.width() - 7, left + plot.width() - 3, cy) == 0


def test_a_short_label_near_the_edge_still_runs_on_under_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    # (round 28: on screen a label that fits its want runs on, where a pan brings the rest)
    items = [
        TimelineItem(1, "Port Ellis Courier", date(2025, 2, 3), date(2025, 2, 3), "Storm hits"),
        TimelineItem(
            2, "Port Ellis Courier", date(2025, 2, 27), date(2025, 2, 27), "Quay shut to ships"
        ),
    ]
    view = _view(qtbot, items)
    view.set_visible_range(date(2025, 2, 1), date(2025, 2, 28))
    QApplication.processEvents()
    marker, _ = _placed(view, 2)
    assert marker.label_want > view.plot_rect().width() - marker.x1 - TAIL_EDGE_PX
    assert marker.label_room >= marker.label_want


def test_a_bars_short_words_are_said_inside_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    items = [
        TimelineItem(
            1, "Vell Courier", date(2031, 3, 10), date(2031, 3, 12), "Curfew", precision="day"
        ),
        TimelineItem(
            5, "Kestrel Radio", date(2031, 3, 11), date(2031, 3, 12), "Ban", precision="day"
        ),
    ]
    view = _view(qtbot, items)
    _at_hours(view)
    plot = view.plot_rect()
    image = view.viewport().grab().toImage()
    for fact_id in (1, 5):
        bar, cy = _placed(view, fact_id)
        assert bar.kind == SPAN and bar.x0 < 0 and bar.x1 > plot.width()  # wider than the view
        # its words at the view's left end, where there was nothing but the bar's fill
        assert _inked(image, plot.left() + 6, plot.left() + 60, cy) > 20, fact_id


def test_a_short_bars_long_words_use_the_rest_of_an_empty_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    items = [
        TimelineItem(
            1, "Vell Courier", date(2031, 3, 10), date(2031, 3, 12), LONG, precision="day"
        ),
        TimelineItem(7, "Vell Courier", date(2031, 1, 20), date(2031, 1, 20), "Storm warned"),
        TimelineItem(8, "Vell Courier", date(2031, 5, 10), date(2031, 5, 10), "Gates reopened"),
    ]
    view = _view(qtbot, items)
    view.set_visible_range(date(2031, 1, 15), date(2031, 5, 15))
    QApplication.processEvents()
    bar, cy = _placed(view, 1)
    assert bar.kind == SPAN and bar.x1 - bar.x0 < 40  # three days at four months
    left = view.plot_rect().left()
    image = view.viewport().grab().toImage()
    assert _inked(image, left + bar.x1 + 300, left + bar.x1 + 500, cy) > 80
