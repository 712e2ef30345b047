"""UI round 47 (2): the timeline's axis and bars, read at every zoom from a century to hours.

Walking the demo and a generated project of 100,000 facts from Fit All down to hours, the
lower row of the axis showed labels torn by the right edge ("Th", "12:0", "20" of 2030, "Mon"
of Mon 20), and at weeks the label of Monday 31 August stood just right of September's line
("September 2015 / 31"). Zoomed out to a century, the upper row named "2000s" over a row of
decades that also held "2000s". A month's bar at a zoom of months read "Mar 20…".
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.axis import UNIT_BY_NAME, compute_ticks, major_label
from desktop.ui.timeline.data import SpanGroup, TimelineData, TimelineItem
from desktop.ui.timeline.paint import SMALL, minor_labels_shown
from desktop.ui.timeline.view import TimelineView
from tests.ui.test_timeline_render import realistic_items

SPANS = [365 * 80, 365 * 8, 365 * 3, 365, 150, 42, 14, 5, 2, 1, 8 / 24, 3 / 24]


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1133, 420)
    v.set_lane_title("Sources")
    v.set_data(TimelineData(realistic_items(300)))
    v.show()
    QApplication.processEvents()
    return v


@pytest.mark.parametrize("days", SPANS)
@pytest.mark.parametrize("mid", [date(2024, 8, 31), date(2024, 12, 16), date(2025, 1, 13)])
def test_no_label_of_the_lower_row_is_torn_or_crossed_by_a_period_line(
    view, days: float, mid: date
) -> None:  # type: ignore[no-untyped-def]
    t = mid.toordinal() + 0.5
    view.set_visible_days(t - days / 2, t + days / 2)
    ticks = view.ticks()
    plot = view.plot_rect()
    cache = view._glyphs
    xs = [view.x_of(tk.t) for tk in ticks.minor]
    major_xs = [view.x_of(tk.t) for tk in ticks.major]
    shown = minor_labels_shown(xs, [tk.label for tk in ticks.minor], major_xs, plot.right(), cache)
    for x, label in shown:
        end = x + cache.width(label, SMALL)
        assert end <= plot.right(), (label, days)
        assert not any(x - 2 < mx < end + 2 for mx in major_xs), (label, days)
    # and what is left out is only what had to be: all but at most the last one or two
    # (torn at the edge, or under a period's line) are drawn
    assert len(shown) >= len(ticks.minor) - 2 - len(ticks.major)
    if len(ticks.minor) >= 3:
        assert shown, days


def test_a_label_torn_by_the_right_edge_is_left_out(view) -> None:  # type: ignore[no-untyped-def]
    cache = view._glyphs
    width = cache.width("Mon 20", SMALL)
    right = 1000.0
    shown = minor_labels_shown([900.0, right - width], ["Sun 19", "Mon 20"], [], right, cache)
    assert shown == [(904, "Sun 19")]


def test_a_week_label_a_period_line_runs_through_is_left_out(view) -> None:  # type: ignore[no-untyped-def]
    cache = view._glyphs
    # Monday 31 August at x=600, September's line five pixels later
    shown = minor_labels_shown([500.0, 600.0, 640.0], ["24", "31", "7"], [605.0], 1000.0, cache)
    assert [label for _x, label in shown] == ["24", "7"]
    # a label starting on its period's own line (Tue 1 September) stays
    shown = minor_labels_shown([605.0], ["Tue 1"], [605.0], 1000.0, cache)
    assert [label for _x, label in shown] == ["Tue 1"]


def test_a_century_is_named_as_a_century_over_a_row_of_decades() -> None:
    century = UNIT_BY_NAME["century"]
    t = float(date(2000, 1, 1).toordinal())
    assert major_label(century, t) == "21st century"
    assert major_label(century, float(date(1900, 1, 1).toordinal())) == "20th century"
    assert major_label(century, float(date(1000, 1, 1).toordinal())) == "11th century"
    assert major_label(century, float(date(1100, 1, 1).toordinal())) == "12th century"
    t0 = float(date(1950, 1, 1).toordinal())
    ticks = compute_ticks(t0, t0 + 365.25 * 120, 1000 / (365.25 * 120), lambda s: 7.0 * len(s))
    assert ticks.unit.name == "decade"
    minor = {tk.label for tk in ticks.minor}
    assert {tk.label for tk in ticks.major if tk.label} == {"21st century"}
    assert not minor & {tk.label for tk in ticks.major}
    assert ticks.major_at_start is not None and ticks.major_at_start.label == "20th century"


def _month_group(count: int) -> SpanGroup:
    items = [
        TimelineItem(
            id=i,
            lane="Reuters",
            label=f"Heavy fighting {i}",
            earliest=date(2015, 3, 1),
            latest=date(2015, 3, 31),
            precision="month",
        )
        for i in range(count)
    ]
    start = float(date(2015, 3, 1).toordinal())
    return SpanGroup(start, start + 31, items)


def test_a_months_bar_says_its_month_before_it_is_elided(view) -> None:  # type: ignore[no-untyped-def]
    cache = view._glyphs
    g = _month_group(12)
    w = lambda s: cache.width(s, SMALL)  # noqa: E731
    assert cache.group_text(g, 1000) == "Mar 2015 · 12 facts"
    assert cache.group_text(g, w("Mar 2015 · 12") + 1) == "Mar 2015 · 12"
    assert cache.group_text(g, w("Mar 2015") + 1) == "Mar 2015"
    # the axis names the year above a month's bar
    assert cache.group_text(g, w("Mar 2015") - 1) == "Mar"
    # a single fact's bar says the fact
    one = _month_group(1)
    assert cache.group_text(one, 1000) == "Heavy fighting 0"
