"""The timeline's data, layout and axis logic, without any widget."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ui.timeline.axis import LABEL_GAP, choose_unit, compute_ticks
from desktop.ui.timeline.data import TimelineData, TimelineItem, describe_range
from desktop.ui.timeline.layout import (
    BUBBLE,
    MARKER,
    SPAN,
    LayoutMetrics,
    bucket_days_for,
    center_out,
    format_count,
    layout_lane,
)


def day_item(i: int, lane: str, d: date, **kw: object) -> TimelineItem:
    return TimelineItem(i, lane, d, d, f"fact {i}", **kw)  # type: ignore[arg-type]


def span_item(i: int, lane: str, first: date, last: date, **kw: object) -> TimelineItem:
    return TimelineItem(i, lane, first, last, f"span {i}", **kw)  # type: ignore[arg-type]


def text_width(s: str) -> float:
    # A generous estimate of a proportional font, so the no-overlap checks are not lenient.
    return 7.5 * len(s)


BASE = date(2020, 1, 1)

intervals = st.tuples(st.integers(0, 3000), st.sampled_from([0, 0, 0, 6, 29, 90, 365, 3652]))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(intervals, min_size=0, max_size=120),
    st.integers(-100, 3200),
    st.integers(1, 900),
)
def test_visible_query_matches_a_full_scan(
    spans: list[tuple[int, int]], lo: int, width: int
) -> None:
    items = [
        span_item(i, "L", BASE + timedelta(days=a), BASE + timedelta(days=a + n))
        for i, (a, n) in enumerate(spans)
    ]
    data = TimelineData(items)
    t0 = float(BASE.toordinal() + lo)
    t1 = t0 + width
    expected = {it.id for it in items if it.start < t1 and it.end > t0}
    found = data.visible(t0, t1).get("L", [])
    assert sorted(it.id for it in found) == sorted(expected)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 2000), min_size=1, max_size=200),
    st.sampled_from([0.25, 1.0, 4.0, 32.0, 128.0]),
)
def test_buckets_partition_the_items_by_anchor(days: list[int], bucket: float) -> None:
    items = [
        day_item(i, "L", BASE + timedelta(days=d), has_conflict=(i % 3 == 0))
        for i, d in enumerate(days)
    ]
    lane = TimelineData(items).lane("L")
    t0 = float(BASE.toordinal() - 10)
    t1 = float(BASE.toordinal() + 2010)
    buckets = lane.buckets(0, t0, t1, bucket)
    assert sum(b.count for b in buckets) == len(items)
    assert sum(b.conflicts for b in buckets) == sum(it.has_conflict for it in items)
    col = lane.column(0)
    for b in buckets:
        assert b.count > 0
        assert b.start % bucket == pytest.approx(0) and b.end == pytest.approx(b.start + bucket)
        anchors = [col.anchors[i] for i in range(b.lo, b.hi)]
        assert all(b.start <= a < b.end for a in anchors)
        assert b.mean_anchor == pytest.approx(sum(anchors) / len(anchors))
    starts = [b.start for b in buckets]
    assert starts == sorted(set(starts))


def test_buckets_only_cover_the_asked_range() -> None:
    items = [day_item(i, "L", BASE + timedelta(days=i)) for i in range(100)]
    lane = TimelineData(items).lane("L")
    t0 = float(BASE.toordinal() + 40)
    buckets = lane.buckets(0, t0, t0 + 10, 1.0)
    assert [b.count for b in buckets] == [1] * 10
    assert buckets[0].start == t0


def test_lane_order_named_first_then_alphabetical_and_empty_lanes_kept() -> None:
    items = [day_item(1, "Zeta", BASE), day_item(2, "Alpha", BASE), day_item(3, "BBC", BASE)]
    data = TimelineData(items, lanes=["BBC", "Empty"])
    assert data.lane_names == ["BBC", "Empty", "Alpha", "Zeta"]
    assert data.lane("Empty").count == 0
    sub = data.subset(lambda it: it.id != 2)
    assert sub.lane_names == data.lane_names
    assert sub.lane("Alpha").count == 0
    assert data.subset(lanes=["Zeta", "BBC"]).lane_names == ["BBC", "Zeta"]


def test_extent_and_lookup() -> None:
    data = TimelineData(
        [
            day_item(1, "A", date(2021, 5, 3)),
            span_item(2, "B", date(2019, 1, 1), date(2019, 12, 31)),
        ]
    )
    assert data.extent() == (date(2019, 1, 1), date(2021, 5, 3))
    assert data.item(2) is not None and data.item(2).lane == "B"  # type: ignore[union-attr]
    assert data.item(99) is None
    assert TimelineData([]).extent() is None


def test_bad_items_are_refused() -> None:
    with pytest.raises(ValueError):
        TimelineItem(1, "A", date(2020, 2, 1), date(2020, 1, 1), "backwards")
    with pytest.raises(ValueError):
        TimelineData([day_item(1, "A", BASE), day_item(1, "B", BASE)])


def test_identical_intervals_form_one_group() -> None:
    year = [span_item(i, "A", date(2019, 1, 1), date(2019, 12, 31)) for i in range(5)]
    other = [span_item(9, "A", date(2019, 3, 1), date(2019, 3, 31))]
    lane = TimelineData(year + other).lane("A")
    t0, t1 = float(date(2019, 1, 1).toordinal()), float(date(2020, 1, 1).toordinal())
    groups = lane.groups_overlapping(4, t0, t1)
    assert len(groups) == 1 and groups[0].count == 5
    assert [g.count for g in lane.groups_overlapping(2, t0, t1)] == [1]


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (date(2024, 3, 9), date(2024, 3, 9), "9 Mar 2024"),
        (date(2019, 1, 1), date(2019, 12, 31), "2019"),
        (date(1990, 1, 1), date(1999, 12, 31), "1990s"),
        (date(2024, 2, 1), date(2024, 2, 29), "Feb 2024"),
        (date(2024, 6, 3), date(2024, 6, 9), "3–9 Jun 2024"),
        (date(2024, 4, 1), date(2024, 6, 30), "Apr–Jun 2024"),
        (date(2024, 12, 30), date(2025, 1, 5), "30 Dec 2024 – 5 Jan 2025"),
    ],
)
def test_describe_range(first: date, last: date, text: str) -> None:
    assert describe_range(first, last) == text


# -- layout ------------------------------------------------------------------------------------


def dense_lane(n: int = 2000, seed: int = 3) -> TimelineData:
    rnd = random.Random(seed)
    items = [day_item(i, "A", BASE + timedelta(days=rnd.randrange(0, 3650))) for i in range(n)]
    return TimelineData(items)


def test_zoomed_out_a_dense_lane_is_counted_not_drawn_one_by_one() -> None:
    data = dense_lane()
    lane = data.lane("A")
    width = 1400.0
    t0 = float(BASE.toordinal())
    ppd = width / 3650
    out = layout_lane(lane, t0, ppd, width, 4, LayoutMetrics())
    bubbles = [p for p in out.placed if p.kind == BUBBLE]
    markers = [p for p in out.placed if p.kind == MARKER]
    assert bubbles
    # Everything in view is accounted for exactly once, in a bubble or as a marker.
    visible = sum(p.count for p in out.placed if p.x0 < width and p.x1 > 0)
    assert visible >= 1990
    assert len(markers) < 50
    # Bubbles never overlap one another.
    bubbles.sort(key=lambda p: p.x0)
    for a, b in itertools.pairwise(bubbles):
        assert a.row != b.row or a.x1 <= b.x0


def test_zoomed_in_the_same_lane_shows_markers_with_room_for_labels() -> None:
    data = dense_lane()
    lane = data.lane("A")
    t0 = float((BASE + timedelta(days=1000)).toordinal())
    out = layout_lane(lane, t0, 80.0, 1400.0, 4, LayoutMetrics())
    kinds = {p.kind for p in out.placed}
    assert kinds == {MARKER}
    assert any(p.label_room >= 40 for p in out.placed)
    # Markers in one row never overlap.
    for row in range(out.rows):
        in_row = sorted((p for p in out.placed if p.row == row), key=lambda p: p.x0)
        for a, b in itertools.pairwise(in_row):
            assert a.x1 <= b.x0


def test_day_facts_are_markers_and_wide_spans_are_bars() -> None:
    items = [
        day_item(1, "A", date(2024, 3, 10)),
        span_item(2, "A", date(2024, 3, 1), date(2024, 3, 31), precision="month"),
        span_item(3, "A", date(2024, 1, 1), date(2024, 12, 31), precision="year"),
    ]
    lane = TimelineData(items).lane("A")
    t0 = float(date(2024, 1, 1).toordinal())
    # About 4 px a day: the month and the year are wide, the day is a point.
    zoomed_in = layout_lane(lane, t0, 4.0, 1460.0, 4, LayoutMetrics())
    kinds = {p.members[0].id: p.kind for p in zoomed_in.placed}
    assert kinds == {1: MARKER, 2: SPAN, 3: SPAN}
    assert zoomed_in.span_rows == 2
    # Far out (30 years on the screen) the month is too narrow to be a bar.
    far = layout_lane(lane, t0 - 5000, 0.13, 1460.0, 4, LayoutMetrics())
    far_kinds = {p.kind for p in far.placed}
    assert SPAN in far_kinds  # the year is still 47 px wide
    assert all(p.kind != SPAN or p.members[0].id == 3 for p in far.placed)


def test_bucket_width_is_a_power_of_two_days() -> None:
    for ppd in (0.01, 0.3, 1.0, 7.0, 250.0, 3000.0):
        b = bucket_days_for(ppd, 34)
        assert b * ppd >= 34 and b * ppd < 68


def test_center_out_order() -> None:
    assert center_out(1) == [0]
    assert center_out(3) == [1, 2, 0]
    assert sorted(center_out(6)) == list(range(6))


def test_format_count() -> None:
    assert [format_count(n) for n in (7, 999, 1000, 1250, 12_345, 2_000_000)] == [
        "7",
        "999",
        "1k",
        "1.2k",
        "12k",
        "2M",
    ]


# -- axis ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_visible", "kinds"),
    [
        (365.25 * 600, {"year"}),  # centuries
        (365.25 * 30, {"year"}),
        (365.25 * 3, {"month"}),
        (120, {"week", "month"}),
        (21, {"day"}),
        (1.5, {"hour"}),
    ],
)
def test_tick_unit_follows_zoom(days_visible: float, kinds: set[str]) -> None:
    ppd = 1400 / days_visible
    unit, _ = choose_unit(ppd, text_width)
    assert unit.kind in kinds


def test_centuries_zoom_uses_coarse_year_steps() -> None:
    unit, _ = choose_unit(1400 / (365.25 * 1500), text_width)
    assert unit.count >= 50
    assert compute_ticks(
        700000.0, 700000.0 + 365.25 * 1500, 1400 / (365.25 * 1500), text_width
    ).major


@pytest.mark.parametrize(
    "days_visible", [365.25 * 900, 365.25 * 80, 365.25 * 12, 700, 200, 60, 16, 5, 2, 0.4]
)
def test_axis_labels_never_overlap(days_visible: float) -> None:
    width = 1400.0
    ppd = width / days_visible
    t0 = float(date(1990, 3, 17).toordinal()) + 0.3
    ticks = compute_ticks(t0, t0 + days_visible, ppd, text_width)
    assert len(ticks.minor) >= 2
    for row in (ticks.minor, ticks.major):
        xs = [((tk.t - t0) * ppd, text_width(tk.label)) for tk in row]
        for (x, w), (nx, _) in itertools.pairwise(xs):
            assert x + w + LABEL_GAP <= nx + 1e-6, (days_visible, row)


def test_axis_labels_read_naturally() -> None:
    t0 = float(date(2024, 8, 1).toordinal())
    days = compute_ticks(t0, t0 + 14, 100.0, text_width)
    assert days.unit.kind == "day"
    assert days.minor[0].label in ("Thu 1", "1")
    assert days.major_at_start is not None and days.major_at_start.label == "August 2024"
    months = compute_ticks(t0, t0 + 400, 3.5, text_width)
    assert months.unit.kind == "month"
    assert months.minor[0].label.startswith("Aug") or months.minor[0].label.startswith("Sep")
    assert any(tk.label == "2025" for tk in months.major)
    hours = compute_ticks(t0, t0 + 1, 1400.0, text_width)
    assert hours.minor[1].label.endswith(":00")
    assert hours.major_at_start is not None and hours.major_at_start.label == "Thu 1 August 2024"


# -- single-item changes --------------------------------------------------------------------


def _lane_answers(data: TimelineData, t0: float, t1: float) -> dict[str, object]:
    """Everything a frame asks of each lane, in a form two datasets can be compared by."""
    out: dict[str, object] = {}
    for lane in data.lanes:
        per_tier = []
        for tier in range(7):
            col = lane.column(tier)
            per_tier.append(
                (
                    sorted((a, it.id) for a, it in zip(col.anchors, col.items, strict=True)),
                    list(col.anchor_sums) == [sum(col.anchors[:i]) for i in range(len(col) + 1)],
                    list(col.conflict_counts)
                    == [sum(it.has_conflict for it in col.items[:i]) for i in range(len(col) + 1)],
                    [
                        (b.start, b.count, b.conflicts, round(b.mean_anchor, 6))
                        for b in lane.buckets(tier, t0, t1, 16.0)
                    ],
                    sorted(
                        (g.start, g.end, sorted(m.id for m in g.members))
                        for g in lane.groups_overlapping(tier, t0, t1)
                    ),
                )
            )
        out[lane.name] = (
            lane.count,
            sorted(it.id for it in lane.items_overlapping(t0, t1)),
            per_tier,
        )
    return out


def _random_item(rnd: random.Random, i: int, lanes: list[str]) -> TimelineItem:
    first = BASE + timedelta(days=rnd.randrange(0, 2000))
    length = rnd.choice([0, 0, 0, 0, 6, 30, 90, 365, 3652])
    return TimelineItem(
        i,
        rnd.choice(lanes),
        first,
        first + timedelta(days=length),
        f"fact {i}",
        status=rnd.choice(["auto", "confirmed", "rejected"]),
        has_conflict=rnd.random() < 0.2,
    )


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("build_first", [True, False])
def test_replace_and_remove_answer_like_a_fresh_build(seed: int, build_first: bool) -> None:
    rnd = random.Random(seed)
    lanes = ["A", "B", "C"]
    items = {i: _random_item(rnd, i, lanes) for i in range(150)}
    data = TimelineData(items.values(), lanes)
    if build_first:
        for lane in data.lanes:  # the index as a frame leaves it
            lane.column(0)
    for _ in range(120):
        roll = rnd.random()
        if roll < 0.55:
            fid = rnd.choice(list(items)) if items and rnd.random() < 0.8 else rnd.randrange(1000)
            new = _random_item(rnd, fid, [*lanes, "D"])
            old = data.replace(new)
            assert old == items.get(fid)
            items[fid] = new
        elif items:
            fid = rnd.choice(list(items))
            assert data.remove(fid) == items.pop(fid)
        assert data.remove(10**6) is None
    fresh = TimelineData(items.values(), data.lane_names)
    assert len(data) == len(fresh) == len(items)
    assert {it.id: it for it in data} == items
    assert data.extent() == fresh.extent()
    for t0, t1 in ((BASE.toordinal() - 50.0, BASE.toordinal() + 4000.0), (737800.0, 737990.5)):
        assert _lane_answers(data, t0, t1) == _lane_answers(fresh, t0, t1)


def test_replace_moves_a_fact_between_lanes_and_dates() -> None:
    data = TimelineData(
        [day_item(1, "A", BASE), day_item(2, "A", BASE + timedelta(days=40))], ["A", "B"]
    )
    data.lane("A").column(0)
    moved = day_item(1, "B", BASE + timedelta(days=400))
    assert data.replace(moved) == day_item(1, "A", BASE)
    assert [it.id for it in data.lane("A").items()] == [2]
    assert [it.id for it in data.lane("B").items()] == [1]
    assert data.extent() == (BASE + timedelta(days=40), BASE + timedelta(days=400))
    t = float((BASE + timedelta(days=400)).toordinal())
    assert [it.id for it in data.lane("B").items_overlapping(t, t + 1)] == [1]
    assert data.lane("A").items_overlapping(t, t + 1) == []
    # The old position is empty now, in every tier's column.
    t_old = float(BASE.toordinal())
    assert all(data.lane("A").buckets(k, t_old, t_old + 1, 1.0) == [] for k in range(7))
    data.remove(2)
    assert data.lane("A").count == 0 and "A" in data.lane_names  # the lane stays
    assert data.extent() == (BASE + timedelta(days=400), BASE + timedelta(days=400))


def bold_width(s: str) -> float:
    # The upper row is drawn bold: wider than the lower row's small text.
    return 9.0 * len(s)


@pytest.mark.parametrize("days_visible", [0.6, 2, 4, 8, 12, 20, 45, 200, 800])
@pytest.mark.parametrize("width", [600.0, 1000.0])
def test_major_labels_in_bold_never_run_together(days_visible: float, width: float) -> None:
    """A week across a narrow timeline named each day "Wed 8 January 2025" in full, and the
    names ran into one another."""
    ppd = width / days_visible
    t0 = float(date(2025, 1, 7).toordinal()) + 0.5
    ticks = compute_ticks(t0, t0 + days_visible, ppd, text_width, bold_width)
    shown = [tk for tk in ticks.major if tk.label]
    for tk, nxt in itertools.pairwise(shown):
        assert (nxt.t - tk.t) * ppd >= bold_width(tk.label) + LABEL_GAP, (days_visible, shown)
    if len(ticks.major) >= 2:
        assert shown, "every major label was left off"


def test_major_labels_shorten_before_they_are_left_off() -> None:
    t0 = float(date(2025, 1, 8).toordinal())
    ppd = 1000 / 8
    ticks = compute_ticks(t0, t0 + 8, ppd, text_width, bold_width)
    assert ticks.unit.kind == "hour"
    labels = [tk.label for tk in ticks.major]
    assert all(labels), labels
    assert labels[0] in ("Wed 8 Jan 2025", "8 Jan 2025", "8 Jan")
