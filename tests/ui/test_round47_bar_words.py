"""UI round 47 (6): a bar too short for its words says them after its end.

At a zoom of months or a year, a fact told for a week or a month is a bar a few dozen pixels
wide: it said nothing ("Wo…" and "Shi…" at best), while a shorter fact drawn as a pill had its
words beside it. The words now follow the bar's end, as a marker's do, up to the next bar of
its row; a group bar cut to a stub ("2…" at the edge) says nothing rather than that.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.data import SpanGroup, TimelineData, TimelineItem
from desktop.ui.timeline.layout import SPAN
from desktop.ui.timeline.paint import SMALL
from desktop.ui.timeline.view import TimelineView

WORDS = "Work on the Vell channel stopped after the contractor went bankrupt"


def _items(with_neighbour: bool) -> list[TimelineItem]:
    items = [
        TimelineItem(
            1, "Vell Courier", date(2024, 3, 1), date(2024, 3, 31), WORDS, precision="month"
        ),
        # something to frame: days around the month
        TimelineItem(2, "Vell Courier", date(2023, 1, 5), date(2023, 1, 5), "Harbour closed"),
        TimelineItem(3, "Vell Courier", date(2025, 6, 5), date(2025, 6, 5), "Harbour opened"),
    ]
    if with_neighbour:
        items.append(
            TimelineItem(
                4,
                "Vell Courier",
                date(2024, 4, 1),
                date(2024, 4, 30),
                "April's fact",
                precision="month",
            )
        )
    return items


def _shown(qtbot, items):  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 360)
    view.set_data(TimelineData(items))
    view.show()
    QApplication.processEvents()
    # eighteen months across: a month is some 50 pixels
    view.set_visible_range(date(2023, 9, 1), date(2025, 2, 28))
    QApplication.processEvents()
    frame = view._current_frame()
    lane = frame.lanes[0]
    bar = next(pl for pl in lane.layout.placed if pl.kind == SPAN and pl.item and pl.item.id == 1)
    geo = frame.geo
    cy = geo.row_center(lane.rows_top, lane.layout.rows, bar.row)
    image = view.viewport().grab().toImage()
    return view, bar, cy, image


def _inked(image, left: float, right: float, cy: float, ground: QColor) -> int:  # type: ignore[no-untyped-def]
    return sum(
        image.pixelColor(x, y) != ground
        for x in range(int(left), int(right))
        for y in range(int(cy) - 5, int(cy) + 5)
    )


def test_a_months_bar_at_a_zoom_of_years_says_its_fact_after_its_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, bar, cy, image = _shown(qtbot, _items(False))
    left = view.plot_rect().left()
    assert 30 < bar.x1 - bar.x0 < 70, "the month is not a short bar at this zoom"
    ground = image.pixelColor(int(left + bar.x1 + 150), int(cy) - 9)
    # words after the bar's end, where there were none
    assert _inked(image, left + bar.x1 + 6, left + bar.x1 + 120, cy, ground) > 40


def test_the_words_stop_before_the_next_bar_of_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, bar, cy, image = _shown(qtbot, _items(True))
    frame = view._current_frame()
    april = next(
        pl for pl in frame.lanes[0].layout.placed if pl.kind == SPAN and pl.item and pl.item.id == 4
    )
    assert april.row == bar.row and april.x0 - bar.x1 < 5
    left = view.plot_rect().left()
    # April's bar follows at once: no room, so no words run into it; April's own are after it
    fill = image.pixelColor(int(left + april.x0 + 6), int(cy))
    ground = image.pixelColor(int(left + april.x1 + 200), int(cy) - 9)
    assert _inked(image, left + april.x1 + 6, left + april.x1 + 60, cy, ground) > 20
    inside = [
        image.pixelColor(x, int(cy))
        for x in range(int(left + april.x0 + 4), int(left + april.x1 - 2))
    ]
    assert sum(c != fill for c in inside) <= 2


def test_a_group_bar_cut_to_a_stub_says_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    cache = view._glyphs
    members = [
        TimelineItem(i, "A", date(2017, 1, 1), date(2017, 12, 31), f"fact {i}", precision="year")
        for i in range(7)
    ]
    start = float(date(2017, 1, 1).toordinal())
    group = SpanGroup(start, start + 365, members)
    assert cache.group_text(group, 1000) == "2017 · 7 facts"
    assert cache.group_text(group, cache.width("2017", SMALL) + 1) == "2017"
    assert cache.group_text(group, cache.width("20…", SMALL) + 1) == ""
    # at no width is it cut to a stub ("2…" of a year's bar at the plot's edge)
    whole = {"2017 · 7 facts", "2017 · 7", "2017"}
    for room in range(8, 120):
        text = cache.group_text(group, room)
        assert text in whole or text == "" or len(text.rstrip("…")) >= 5, (room, text)


@pytest.mark.parametrize("theme_dark", [False, True])
def test_the_words_are_drawn_in_either_theme(qtbot, theme_dark: bool) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.style import dark_palette

    app = QApplication.instance()
    before = app.palette()
    if theme_dark:
        app.setPalette(dark_palette())
    try:
        view, bar, cy, image = _shown(qtbot, _items(False))
        left = view.plot_rect().left()
        ground = image.pixelColor(int(left + bar.x1 + 150), int(cy) - 9)
        assert _inked(image, left + bar.x1 + 6, left + bar.x1 + 120, cy, ground) > 40
    finally:
        app.setPalette(before)
