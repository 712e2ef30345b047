"""Round 44: the selected fact is never hidden inside a count on the timeline."""

from __future__ import annotations

from datetime import date

from desktop.domain.records import TimelineRow
from desktop.ui.timeline.data import TimelineData
from desktop.ui.timeline.layout import BUBBLE, MARKER, LayoutMetrics, layout_lane
from desktop.ui.timeline_source import TimelineSource

VOTE_DAY = date(2027, 5, 4)


def _rows() -> list[TimelineRow]:
    texts = [
        "Polling stations opened at dawn in the northern districts.",
        "Turnout passed 40 per cent by noon, the election board said.",
        "Two ballot boxes were reported missing in Vell.",
        "Observers from the regional assembly toured six stations.",
        "The opposition leader voted in her home town.",
        "Counting began in the capital after the polls closed.",
    ]
    return [
        TimelineRow(i, 1, "Vell Gazette", "Election day", VOTE_DAY, VOTE_DAY, t, "auto", "day", "")
        for i, t in enumerate(texts, start=1)
    ]


def _data() -> TimelineData:
    rows = _rows()
    return TimelineSource(rows={r.id: r for r in rows}).data("source")


def _day_layout(rows: int, apart: int | None):  # type: ignore[no-untyped-def]
    # a view of three months: one day's six facts share a bucket
    t0 = VOTE_DAY.toordinal() - 45.0
    return layout_lane(
        _data().lane("Vell Gazette"), t0, 10.0, 900.0, rows, LayoutMetrics(), apart=apart
    )


def test_a_crowded_day_is_one_count_when_nothing_in_it_is_selected() -> None:
    out = _day_layout(2, None)
    (bubble,) = [p for p in out.placed if p.kind == BUBBLE]
    assert bubble.count == 6
    assert not [p for p in out.placed if p.kind == MARKER]


def test_the_selected_fact_stands_apart_from_the_count_of_its_day() -> None:
    # Re-dated onto a crowded day, the fact the analyst was working on was only a ring
    # round a count of six: it stays a marker of its own, and the count says the others.
    for rows in (1, 2, 4):
        out = _day_layout(rows, 3)
        markers = [p for p in out.placed if p.kind == MARKER]
        assert [p.item.id for p in markers if p.item is not None] == [3]
        (bubble,) = [p for p in out.placed if p.kind == BUBBLE]
        assert bubble.count == 5
        assert not bubble.contains(3)
        assert [it.id for it in bubble.members] == [1, 2, 4, 5, 6]
        # the marker is not drawn under the count
        (marker,) = markers
        assert marker.row != bubble.row or marker.x1 <= bubble.x0 or bubble.x1 <= marker.x0


def test_a_selected_fact_elsewhere_leaves_the_count_whole() -> None:
    out = _day_layout(2, 999)
    (bubble,) = [p for p in out.placed if p.kind == BUBBLE]
    assert bubble.count == 6


def test_a_fact_re_dated_onto_a_crowded_day_stays_in_sight_on_the_timeline(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    from datetime import date as _date

    from desktop.domain import DateRange
    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    view = window.timeline
    frame = view._current_frame()
    bubbles = [(lf, p) for lf in frame.lanes for p in lf.layout.placed if p.kind == BUBBLE]
    assert bubbles, "the demo's opening view has a count somewhere"
    lane_frame, bubble = bubbles[0]
    day = bubble.members[0].earliest
    assert all(it.earliest == it.latest == day for it in bubble.members)
    inside = {it.id for it in bubble.members}
    # a fact of the same lane, dated elsewhere, which the analyst re-dates onto that day
    others = [
        p.item
        for p in lane_frame.layout.placed
        if p.kind == MARKER and p.item is not None and p.item.earliest != day
    ]
    assert others
    fact_id = others[0].id
    window.select_fact(fact_id, origin="timeline")
    iso = day.isoformat()
    window.workspace.edit_dates([fact_id], DateRange(iso, _date.fromisoformat(iso), day, "day"))
    qtbot.waitUntil(lambda: window.facts_panel.model.fact(fact_id).date.earliest == day)
    qtbot.wait(100)
    assert view.selected_fact() == fact_id
    pos = view.item_position(fact_id)
    assert pos is not None
    placed = view.placed_at(pos)
    assert placed is not None and placed.kind == MARKER
    assert placed.item is not None and placed.item.id == fact_id
    # the others of that day are still counted, without it
    counts = [
        p
        for lf in view._current_frame().lanes
        for p in lf.layout.placed
        if p.kind == BUBBLE and {it.id for it in p.members} & inside
    ]
    assert counts and all(not p.contains(fact_id) for p in counts)


def _plot_days(view):  # type: ignore[no-untyped-def]
    return view.visible_days()


def test_zooming_out_by_keys_as_far_as_it_goes_centres_the_story(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    # Zoomed out to ten years with '-', the demo's facts (January 2025) stood cut at the
    # right edge, and '+' then zoomed into the empty years before them (a view of hours
    # on 21 January 2020 with nothing in it).
    from PySide6.QtCore import Qt

    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    view = window.timeline
    view.setFocus()
    window.timeline.clear_selection()
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    t0, t1 = view.visible_days()
    first, last = view._shown.extent()
    span = t1 - t0
    assert span > 3000  # decades
    middle = (first.toordinal() + last.toordinal() + 1) / 2
    assert abs((t0 + t1) / 2 - middle) < span * 0.05
    # and back in with '+': the facts are still there
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    frame = view._current_frame()
    assert any(lf.layout.placed for lf in frame.lanes)


def test_zooming_by_keys_keeps_the_selected_fact_in_view_down_to_hours(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    view = window.timeline
    order = view._facts_by_date()
    # a fact away from the middle of the view
    t0, t1 = view.visible_days()
    item = min(order, key=lambda it: abs(it.anchor - (t0 + (t1 - t0) * 0.8)))
    window.select_fact(item.id)
    assert view.selected_fact() == item.id
    view.setFocus()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    t0, t1 = view.visible_days()
    assert (t1 - t0) * 24 < 12  # hours
    pos = view.item_position(item.id)
    assert pos is not None and view.plot_rect().contains(pos)
    # the menu's Zoom Out does the same
    for _ in range(10):
        window.timeline.zoom_out()
    pos = view.item_position(item.id)
    assert pos is not None and view.plot_rect().contains(pos)
