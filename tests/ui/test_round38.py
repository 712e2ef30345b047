"""Round 38: a fact with a time of day stands at its time on the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.domain.records import TimelineRow
from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.layout import BUBBLE, MARKER, LayoutMetrics, layout_lane
from desktop.ui.timeline_source import TimelineSource, time_of_day

QUAKE_DAY = date(2026, 3, 10)
DAY = float(QUAKE_DAY.toordinal())


def _row(fid: int, source: str, text: str, value: str, day: date = QUAKE_DAY) -> TimelineRow:
    return TimelineRow(fid, fid, source, "Quake", day, day, text, "auto", "day", value)


def _quake_rows() -> list[TimelineRow]:
    return [
        _row(
            1, "Brennick Courier", "The earthquake struck at 04:12 on Tuesday.", "2026-03-10T04:12"
        ),
        _row(2, "Brennick Courier", "Rescuers pulled 17 people from the rubble.", "2026-03-10"),
        _row(3, "Meridian Wire", "An aftershock shook the valley at 9 p.m.", "2026-03-10T21:00"),
    ]


def _quake_data() -> TimelineData:
    rows = _quake_rows()
    return TimelineSource(rows={r.id: r for r in rows}).data("source")


# -- reading the time a date gives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "share"),
    [
        ("2026-03-10T04:12", 4.2 / 24),
        ("2026-03-10T21:00", 21 / 24),
        ("2026-03-10T00:00", 0.0),
        ("2026-03-10T09", 9 / 24),
        ("2026-03-10T13:30:36", (13.5 + 0.01) / 24),
    ],
)
def test_a_clock_time_in_a_date_is_a_share_of_its_day(value: str, share: float) -> None:
    assert time_of_day(value, QUAKE_DAY, QUAKE_DAY) == pytest.approx(share)


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-10",  # a day alone
        "2026-03-10TMO",  # the morning: a part of the day is no time
        "2026-03-10TNI",
        "2026-03-09T04:12",  # another day: the date was edited since
        "2026-03-10T25:00",
        "2026-03-10T04:75",
        "2026-W11",
        "",
    ],
)
def test_no_time_without_a_clock_time_of_the_facts_own_day(value: str) -> None:
    assert time_of_day(value, QUAKE_DAY, QUAKE_DAY) is None


def test_no_time_for_a_fact_of_several_days() -> None:
    assert time_of_day("2026-03-10T04:12", QUAKE_DAY, date(2026, 3, 11)) is None


def test_midnight_at_the_end_of_a_day_stays_in_it() -> None:
    share = time_of_day("2026-03-10T24:00", QUAKE_DAY, QUAKE_DAY)
    assert share is not None and 0.999 < share < 1.0


def test_the_timeline_items_carry_the_time_of_their_facts() -> None:
    items = {it.id: it for it in _quake_data()}
    assert items[1].time == pytest.approx(0.175)
    assert items[1].anchor == pytest.approx(DAY + 0.175)
    assert items[2].time is None and items[2].anchor == DAY + 0.5
    assert items[3].anchor == pytest.approx(DAY + 0.875)
    # one fact redrawn alone keeps it too
    source = TimelineSource(rows={r.id: r for r in _quake_rows()})
    assert source.item(_quake_rows()[0], "source").time == pytest.approx(0.175)


# -- where it stands ----------------------------------------------------------------------


def _marker_x(data: TimelineData, lane: str, fid: int, t0: float, t1: float) -> float:
    width = 1000.0
    out = layout_lane(data.lane(lane), t0, width / (t1 - t0), width, 4, LayoutMetrics())
    (p,) = [p for p in out.placed if p.kind == MARKER and p.item is not None and p.item.id == fid]
    return p.x


def test_at_a_zoom_of_hours_a_fact_with_a_time_stands_at_it() -> None:
    """'The earthquake struck at 04:12' stood at noon (or at the left edge of its day in
    view) like a fact of the day alone: at hour zoom it stands at 04:12, the aftershock at
    21:00, and the day's fact without a time at noon as before."""
    data = _quake_data()
    t0, t1 = DAY, DAY + 1.0  # 1000 pixels for the day
    assert _marker_x(data, "Brennick Courier", 1, t0, t1) == pytest.approx(175, abs=0.5)
    assert _marker_x(data, "Brennick Courier", 2, t0, t1) == pytest.approx(500, abs=0.5)
    assert _marker_x(data, "Meridian Wire", 3, t0, t1) == pytest.approx(875, abs=0.5)
    # The afternoon in view: the fact of the day alone stands at the left edge, in its day;
    # the 04:12 fact stays at 04:12, out of view to the left.
    data = _quake_data()
    out = layout_lane(data.lane("Brennick Courier"), DAY + 0.6, 4000.0, 1000.0, 4, LayoutMetrics())
    shown = {p.item.id: p.x for p in out.placed if p.kind == MARKER and p.item is not None}
    assert 0 < shown[2] < 20
    assert 1 not in shown or shown[1] < 0


def test_a_morning_view_shows_the_facts_of_the_morning() -> None:
    data = _quake_data()
    t0 = DAY + 3 / 24  # 03:00-06:00
    out = layout_lane(data.lane("Brennick Courier"), t0, 8000.0, 1000.0, 4, LayoutMetrics())
    shown = {p.item.id: p.x for p in out.placed if p.kind == MARKER and p.item is not None}
    assert shown[1] == pytest.approx((0.175 - 0.125) * 8000, abs=0.5)


def test_a_days_facts_with_times_open_into_markers_at_their_times() -> None:
    """Seven reports of one day in one source, at seven times: a count at month zoom, and
    markers at their hours once hours are drawn (a count of facts of the day alone stays a
    count: no zoom separates them)."""
    rows = [
        _row(10 + h, "Harbour Radio", f"Bulletin {h}", f"2026-03-10T{h:02d}:00")
        for h in (6, 8, 10, 12, 14, 16, 18)
    ]
    data = TimelineSource(rows={r.id: r for r in rows}).data("source")
    lane = data.lane("Harbour Radio")
    month = layout_lane(lane, DAY - 15, 1000 / 30, 1000.0, 3, LayoutMetrics())
    assert [p.kind for p in month.placed] == [BUBBLE]
    hours = layout_lane(lane, DAY, 1000.0, 1000.0, 3, LayoutMetrics())
    xs = sorted(p.x for p in hours.placed if p.kind == MARKER)
    assert xs == pytest.approx([h / 24 * 1000 for h in (6, 8, 10, 12, 14, 16, 18)], abs=0.5)


def test_a_timed_fact_is_found_in_a_range_holding_its_day() -> None:
    """Visible items are those whose day overlaps the range, at whatever time they stand."""
    data = _quake_data()
    seen = data.visible(DAY + 0.7, DAY + 2)
    assert {it.id for it in seen["Brennick Courier"]} == {1, 2}
    assert data.visible(DAY + 1.0, DAY + 2)["Brennick Courier"] == []
    assert {it.id for it in data.visible(DAY - 1.0, DAY + 0.01)["Meridian Wire"]} == {3}


def test_an_edited_timed_fact_moves_with_its_time() -> None:
    data = _quake_data()
    lane = data.lane("Brennick Courier")
    lane.column(0)  # built
    old = next(it for it in data if it.id == 1)
    new = TimelineItem(1, old.lane, old.earliest, old.latest, old.label, time=0.75)
    data.replace(new)
    x = _marker_x(data, "Brennick Courier", 1, DAY, DAY + 1.0)
    assert x == pytest.approx(750, abs=0.5)


def test_a_timed_fact_has_no_band_across_its_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Where hours are drawn a fact of the day alone lies on a band across its day; a fact
    at 04:12 stands at its time and has none (the band said 'some time this day')."""
    from desktop.ui.timeline.view import TimelineView

    rows = [
        _row(1, "Brennick Courier", "The earthquake struck at 04:12.", "2026-03-10T04:12"),
        _row(2, "Meridian Wire", "Rescuers pulled 17 people from the rubble.", "2026-03-10"),
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_data(TimelineSource(rows={r.id: r for r in rows}).data("source"))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_days(DAY - 0.1, DAY + 1.1)
    QApplication.processEvents()
    frame = view._current_frame()
    image = view.viewport().grab().toImage()

    def ink_at(lane_name: str, hour: float) -> QColor:
        lane = next(lf for lf in frame.lanes if lf.name == lane_name)
        marker = next(p for p in lane.layout.placed if p.item is not None)
        y = round(frame.geo.row_center(lane.rows_top, lane.layout.rows, marker.row))
        return image.pixelColor(round(frame.x_of(DAY + hour / 24)), y)

    timed, untimed = ink_at("Brennick Courier", 20), ink_at("Meridian Wire", 20)
    assert untimed.blue() - untimed.red() > timed.blue() - timed.red()  # the band's blue
    assert ink_at("Brennick Courier", 20) == ink_at("Brennick Courier", 23.5)
