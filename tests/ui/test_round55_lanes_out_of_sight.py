"""UI round 55: a day zoomed into says where its facts are when the lanes in sight have none.

A project of 211 articles (every pack article of rounds 1-10, about 150 outlets) zoomed to
Tue 13 May 2025 showed its first five lanes, alphabetical, empty: that day's facts stood in
lanes further down (Harbour & Tide Review ...), and nothing on screen said so; the edge counts
only tell of facts before and after the days in view. Now the plot says it on a card in its
middle: "Nothing in these lanes on this day. 5 facts of them are in lanes further down:
Coalfield Bulletin (1), Harbour & Tide Review (2), Radio Alvera (1) and 1 more. Click to go
to them." A click on the card brings the first of those lanes to the top. (PNGs at
1366x768 and 1920x1080 looked at.)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.view import TimelineView

DAY = date(2031, 4, 9)


def _items() -> list[TimelineItem]:
    # twenty outlets with a fact a month earlier, and the day's facts in the last two lanes
    items = [
        TimelineItem(i, f"Outlet {i:02d}", date(2031, 3, 9), date(2031, 3, 9), f"Fact {i}")
        for i in range(20)
    ]
    items += [
        TimelineItem(100, "Zell Gazette", DAY, DAY, "The ferry left at dawn"),
        TimelineItem(101, "Zell Gazette", DAY, DAY, "Crews searched the bay"),
        TimelineItem(102, "Zorn Radio", DAY, DAY, "Nine were rescued"),
    ]
    return items


def _view(qtbot: QtBot) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 360)
    view.set_data(TimelineData(_items()))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(DAY, DAY)
    view.repaint()
    return view


def _picture(view: TimelineView) -> QImage:
    view.repaint()
    return view.viewport().grab().toImage()


def _shade_pixels(image: QImage, rgb: int) -> int:
    """Pixels of one colour on a grid of every fourth pixel, under the axis."""
    return sum(
        1
        for y in range(80, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) == rgb
    )


def test_the_plot_says_the_days_facts_are_in_lanes_further_down(qtbot: QtBot) -> None:
    view = _view(qtbot)
    note = view.out_of_sight_note()
    assert note.startswith("Nothing in these lanes on this day. 3 facts of them are")
    assert "in lanes further down: Zell Gazette (2), Zorn Radio (1). Click to go" in note
    # drawn on a card of the axis's shade in the middle of the plot
    shade = view._colors.header.rgb()
    with_note = _shade_pixels(_picture(view), shade)
    said = view.out_of_sight_note
    view.out_of_sight_note = lambda frame=None: ""  # type: ignore[method-assign]
    without = _shade_pixels(_picture(view), shade)
    view.out_of_sight_note = said  # type: ignore[method-assign]
    assert with_note > without + 300, (with_note, without)
    # scrolled down to them: they are drawn, and nothing more is said
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.out_of_sight_note() == ""


def test_nothing_is_said_when_a_lane_in_sight_draws_the_day_or_no_lane_has_it(
    qtbot: QtBot,
) -> None:
    view = _view(qtbot)
    # a month before: the first lanes draw their facts
    view.set_visible_range(date(2031, 3, 9), date(2031, 3, 9))
    assert view.out_of_sight_note() == ""
    # a day no lane has a fact of: the edge counts say where the facts are
    view.set_visible_range(date(2031, 6, 1), date(2031, 6, 1))
    assert view.out_of_sight_note() == ""


def test_folded_lanes_in_sight_are_named_as_folded(qtbot: QtBot) -> None:
    items = [
        TimelineItem(1, "Alder Post", DAY, DAY, "The ferry left at dawn"),
        TimelineItem(2, "Birch Wire", date(2031, 1, 5), date(2031, 1, 5), "An older fact"),
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 360)
    view.set_data(TimelineData(items))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(DAY, DAY)
    assert view.out_of_sight_note() == ""
    view.set_lane_collapsed("Alder Post", True)
    assert view.out_of_sight_note() == (
        "Nothing in these lanes on this day. 1 fact of them is in folded lanes: Alder Post (1)."
        " Click to go to them."
    )
    # clicked, the lane is opened and its fact drawn
    card = view.out_of_sight_rect()
    assert card is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card.center().toPoint())
    assert "Alder Post" not in view.collapsed_lanes()
    assert view.out_of_sight_note() == ""
    assert view.item_position(1) is not None


def test_a_click_on_the_note_brings_the_days_lanes_into_sight(qtbot: QtBot) -> None:
    view = _view(qtbot)
    assert view.item_position(100) is None
    card = view.out_of_sight_rect()
    assert card is not None
    # a click beside the card does not move the lanes
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=card.topLeft().toPoint() - QPoint(20, 0)
    )
    assert view.item_position(100) is None
    # the pointing hand over it says it is clicked
    qtbot.mouseMove(view.viewport(), card.center().toPoint())
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card.center().toPoint())
    assert view.out_of_sight_note() == ""
    assert view.item_position(100) is not None and view.item_position(102) is not None
