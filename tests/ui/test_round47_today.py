"""UI round 47 (5): today's line on the timeline says what it is.

A faint line under the facts, unlabelled, at every zoom that holds today: an analyst looking at
a story still unfolding could not tell it from the grid. It now goes up through the axis and is
named "today" where the upper row has room, never over a period's name or an edge count.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.paint import BOLD, SMALL, TODAY_WORD, today_tag_x
from desktop.ui.timeline.view import TimelineView


def test_the_word_stands_right_of_the_line_else_left_else_nowhere() -> None:
    # room on the right
    assert today_tag_x(500, 30, [(300, 380)], 100, 1000) == 504
    # a period's name just right of the line: the word goes left of it
    assert today_tag_x(500, 30, [(510, 600)], 100, 1000) == 500 - 4 - 30
    # names on both sides: the line alone
    assert today_tag_x(500, 30, [(440, 480), (510, 600)], 100, 1000) is None
    # at the right edge of the plot the word goes left; at the left edge, right
    assert today_tag_x(990, 30, [], 100, 1000) == 990 - 34
    assert today_tag_x(105, 30, [], 100, 1000) == 109


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    today = date.today()
    items = [
        TimelineItem(i, lane, today.replace(day=1), today.replace(day=1), f"Fact {i}")
        for i, lane in enumerate(["Vell Courier", "Orrin Post", "Marrow Sound Times"])
    ]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1100, 360)
    v.set_data(TimelineData(items))
    v.show()
    QApplication.processEvents()
    return v


@pytest.mark.parametrize("days", [3650, 400, 60, 14, 3])
def test_the_word_never_lies_on_a_period_name_or_count(view, days: int) -> None:  # type: ignore[no-untyped-def]
    """The axis drawn with today in view, at zooms from a decade to days: the word, when it
    is drawn, is clear of every name of the upper row."""
    now = date.today().toordinal() + 0.5
    view.set_visible_days(now - days * 0.7, now + days * 0.3)
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    frame = view._current_frame()
    ticks = frame.ticks
    cache = view._glyphs
    x = view.x_of(now)
    width = cache.width(TODAY_WORD, SMALL)
    names = [
        (view.x_of(tk.t) + 5, view.x_of(tk.t) + 5 + cache.width(tk.label, BOLD))
        for tk in ticks.major
        if tk.label
    ]
    plot = view.plot_rect()
    at = today_tag_x(x, width, names, plot.left() + 2, plot.right() - 2)
    header = view._geometry().header_h
    background = image.pixelColor(int(plot.left()) + 1, 1)
    # the line runs up through the upper row
    assert image.pixelColor(int(x), 6) != background
    if at is not None:
        assert plot.left() <= at and at + width <= plot.right()
        assert all(at + width + 6 <= a or at - 6 >= b for a, b in names)
        # and the word is drawn there
        inked = sum(
            image.pixelColor(px, py) != background
            for px in range(int(at), int(at + width))
            for py in range(2, header // 2)
        )
        assert inked > 10
