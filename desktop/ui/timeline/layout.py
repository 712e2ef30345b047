"""Level of detail and row packing for one lane at one zoom: what gets drawn, and where.

Pure Python so it can be tested without a widget. The widget turns rows into pixels.

The rules, in order:

1. Length tiers that are at least ``span_min_px`` wide at this zoom are drawn as *bars*
   (one per group of items sharing the same interval), packed into rows at the bottom of the
   lane. Day-precision facts are never bars.
2. Everything narrower is *point-like*: it is counted into buckets of about ``bucket_px``
   pixels. A bucket with no more items than there are free rows shows each item as a marker;
   a fuller one shows one *bubble* with the count, until zooming in spreads it out.
3. Markers and bubbles are packed into the remaining rows, middle row first, leaving room for
   each marker's label when there is some.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.ui.timeline.data import (
    TIER_MAX_DAYS,
    Bucket,
    LaneIndex,
    PointColumn,
    SpanGroup,
    TimelineItem,
)

MARKER = "marker"
SPAN = "span"
BUBBLE = "bubble"

#: From this many pixels a day (10 an hour: the axis counts hours), a fact dated to a day
#: is drawn on a band across its whole day, and its marker stands in the part of the day in
#: view when its noon is not: at noon alone it read as a time ('at 4.12am' drawn at 12:00),
#: and the morning of the quake showed nothing but markers torn at the edge. A fact whose
#: date gives a time of day ('at 04:12') stands at that time, with no band.
DAY_BAND_PPD = 240.0
#: room kept for a label right of a day's noon before its marker moves into view (pixels)
DAY_LABEL_ROOM = 120.0
#: what a row's last label keeps clear of the plot's right edge (a label starts 5 px after
#: its glyph and ends 8 px before the edge, as paint cuts labels on paper)
TAIL_EDGE_PX = 13.0


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Sizes in logical pixels; the widget derives ``row_height`` and ``char_width`` from its
    font so that the layout follows the user's font size."""

    row_height: float = 20.0
    char_width: float = 6.5
    marker_half: float = 5.5
    bucket_px: float = 34.0
    #: bars narrower than this could not carry a word of text; they are counted instead
    span_min_px: float = 40.0
    gap: float = 4.0
    label_gap: float = 5.0
    max_label_px: float = 260.0
    #: most markers shown one above the other before a bucket turns into a bubble
    max_stack: int = 4
    bubble_min_width: float = 26.0
    #: how far a fact with an open end ("for months", "since 2014") reaches towards it
    open_tail_px: float = 26.0


@dataclass(slots=True)
class Placed:
    """One thing drawn in a lane. ``x0``/``x1`` are plot pixels, ``row`` counts from the top."""

    kind: str
    x0: float
    x1: float
    x: float
    row: int = 0
    item: TimelineItem | None = None
    group: SpanGroup | None = None
    column: PointColumn | None = None
    lo: int = 0
    hi: int = 0
    conflicts: int = 0
    #: a bubble's member (an index into its column, in ``lo..hi``) drawn apart as a marker
    #: of its own (the selected fact), or -1
    skip: int = -1
    #: pixels free for text: to the right of a marker, inside a bar
    label_room: float = 0.0
    #: wanted label width, estimated, used to spread markers over rows
    label_want: float = 0.0

    @property
    def count(self) -> int:
        if self.kind == BUBBLE:
            return self.hi - self.lo - (self.skip >= 0)
        if self.group is not None:
            return self.group.count
        return 1

    @property
    def members(self) -> list[TimelineItem]:
        if self.kind == BUBBLE and self.column is not None:
            items = self.column.items
            return [items[i] for i in range(self.lo, self.hi) if i != self.skip]
        if self.group is not None:
            return self.group.members
        return [self.item] if self.item is not None else []

    def contains(self, item_id: int) -> bool:
        if self.kind == BUBBLE and self.column is not None:
            items = self.column.items
            return any(items[i].id == item_id for i in range(self.lo, self.hi) if i != self.skip)
        return any(it.id == item_id for it in self.members)


@dataclass(slots=True)
class LaneLayout:
    rows: int
    span_rows: int
    placed: list[Placed] = field(default_factory=list)

    @property
    def marker_rows(self) -> int:
        return self.rows - self.span_rows


def narrow_tier(ppd: float, span_min_px: float) -> int:
    """Highest length tier whose items are too narrow to draw as bars at ``ppd``.

    Tier 0 (single days) always counts as narrow: a dated day is a marker at any zoom.
    """
    k = 0
    for tier, limit in enumerate(TIER_MAX_DAYS):
        if tier and limit * ppd < span_min_px:
            k = tier
    return k


def bucket_days_for(ppd: float, bucket_px: float) -> float:
    """Bucket width in days, a power of two so that zooming regroups items predictably."""
    raw = bucket_px / ppd
    return float(2.0 ** math.ceil(math.log2(raw)))


def center_out(n: int) -> list[int]:
    """Row indices ``0..n-1`` ordered from the middle outwards, upper middle first."""
    mid = (n - 1) // 2
    order = [mid]
    for step in range(1, n):
        for r in (mid + step, mid - step):
            if 0 <= r < n and r not in order:
                order.append(r)
    return order[:n]


def layout_lane(
    lane: LaneIndex,
    t0: float,
    ppd: float,
    width: float,
    rows: int,
    m: LayoutMetrics,
    *,
    compact: bool = False,
    apart: int | None = None,
) -> LaneLayout:
    """Lay out what of ``lane`` is visible in a plot ``width`` pixels wide starting at day
    ``t0``, at ``ppd`` pixels per day, in a lane of ``rows`` rows.

    With ``compact`` the rows are filled from the top and the layout keeps only the rows it
    used (at least one): the lane is then drawn as tall as its content.

    ``apart`` (the selected fact) is never counted into a bubble: it is a marker of its own
    beside the count of the others, so that the fact the analyst is working on (just
    re-dated onto a crowded day, say) stays in sight and can be told from the rest.
    """
    rows = max(1, rows)
    t1 = t0 + width / ppd
    out = LaneLayout(rows=rows, span_rows=0)
    k_narrow = narrow_tier(ppd, m.span_min_px)

    # 1. Bars for wide tiers, bottom row first. When they need more rows than the lane can
    #    spare, the shortest wide tier is counted with the points instead (a month-precision
    #    fact becomes part of a bubble in the middle of its month), until the rest fit.
    if rows > 1:
        k_narrow = _place_bars(out, lane, t0, t1, ppd, rows - 1, rows, k_narrow)
    else:
        # A one-row lane has no room for bars: everything is a marker or a bubble (but see
        # step 4).
        k_narrow = len(TIER_MAX_DAYS) - 1

    # 2. Buckets of point-like items.
    marker_rows = max(1, rows - out.span_rows)
    stack = min(marker_rows, m.max_stack)
    col = lane.column(k_narrow)
    bucket_days = bucket_days_for(ppd, m.bucket_px)
    margin = bucket_days + (m.max_label_px / ppd)
    ahead = bucket_days
    day_wide = ppd >= DAY_BAND_PPD
    if day_wide:
        # A day's facts stand at its noon: half a day beyond either edge, their day is in view.
        margin = max(margin, 0.5 + bucket_days)
        ahead = max(ahead, 0.5 + bucket_days)
    points: list[Placed] = []
    bubble_min = m.bubble_min_width
    char_w = m.char_width
    for b in lane.buckets(k_narrow, t0 - margin, t1 + ahead, bucket_days):
        n = b.hi - b.lo
        if n <= stack:
            points.extend(_markers(col, b, t0, ppd, m, width if day_wide else None))
            continue
        skip = -1
        if apart is not None:
            skip = next((i for i in range(b.lo, b.hi) if col.items[i].id == apart), -1)
        if skip >= 0:
            # the selected fact first, as a marker; the others are counted beside it
            single = Bucket(b.start, b.end, skip, skip + 1, col.anchors[skip], 0)
            (chosen,) = _markers(col, single, t0, ppd, m, width if day_wide else None)
            points.append(chosen)
            n -= 1
        w = len(format_count(n)) * char_w + 14.0
        if w < bubble_min:
            w = bubble_min
        half = w / 2
        left = (b.start - t0) * ppd
        right = (b.end - t0) * ppd
        # Sit on the mean of the members, but stay inside the bucket so neighbours never
        # overlap.
        x = (b.mean_anchor - t0) * ppd
        if right - left >= w:
            if x < left + half:
                x = left + half
            elif x > right - half:
                x = right - half
        if day_wide:
            first, last = col.items[b.lo], col.items[b.hi - 1]
            if first.earliest == first.latest == last.earliest == last.latest and untimed(
                col.items[b.lo : b.hi]
            ):
                # (sorted by position: the first and the last of one day, all are; a count
                # of facts with times of day stays at their times)
                day_x = (first.earliest.toordinal() - t0) * ppd
                x = in_view_of_its_day(x, day_x, ppd, width, half)
        conflicts = b.conflicts
        if skip >= 0:
            conflicts -= int(col.items[skip].has_conflict)
            # Beside the marker, on the side of the others' mean: in a one-row lane the
            # count would otherwise cover it.
            if chosen.x0 - m.gap < x + half and x - half < chosen.x1 + m.gap:
                x = chosen.x1 + m.gap + half if x >= chosen.x else chosen.x0 - m.gap - half
        points.append(
            Placed(
                BUBBLE,
                x - half,
                x + half,
                x,
                column=col,
                lo=b.lo,
                hi=b.hi,
                conflicts=conflicts,
                skip=skip,
            )
        )

    # 4. A one-row lane whose markers and counts are all out of view, while facts longer
    #    than the view's days cover it, has its row for their bars: zoomed to the hours of
    #    13 January on a short screen, a source's '1-20 Jan' fact stood as a marker at its
    #    middle, 10 January, out of view, and the lane read as empty on a day it covers.
    if rows == 1 and not any(_reaches_view(pt, width) for pt in points):
        bars = LaneLayout(rows=1, span_rows=0)
        _place_bars(bars, lane, t0, t1, ppd, 1, 1, narrow_tier(ppd, m.span_min_px))
        if bars.placed:
            return bars

    # 3. Pack markers and bubbles into the marker rows.
    order = list(range(marker_rows)) if compact else center_out(marker_rows)
    _pack_points(points, order, width, m)
    out.placed.extend(points)
    if compact:
        used = max((p.row for p in points), default=-1) + 1
        total = max(1, used + out.span_rows)
        for p in out.placed:
            if p.kind == SPAN:
                # Bars keep their order from the bottom up, under the markers.
                p.row = total - (rows - p.row)
        out.rows = total
    return out


def _place_bars(
    out: LaneLayout,
    lane: LaneIndex,
    t0: float,
    t1: float,
    ppd: float,
    budget: int,
    rows: int,
    k_narrow: int,
) -> int:
    """Place the bars of the tiers above ``k_narrow`` in ``budget`` rows of ``out`` (from the
    bottom of ``rows``), counting the shortest wide tier with the points while they do not
    fit; the tier the points go up to."""
    n_tiers = len(TIER_MAX_DAYS)
    tier_groups = [
        lane.groups_overlapping(tier, t0, t1) if tier > k_narrow else [] for tier in range(n_tiers)
    ]
    while k_narrow < n_tiers - 1:
        groups = [g for tier in range(k_narrow + 1, n_tiers) for g in tier_groups[tier]]
        # Bars may touch end to end (a month and the next): their caps tell them apart.
        packed = _pack_spans(groups, t0, ppd, budget, 0.0)
        if packed is not None:
            break
        k_narrow += 1
    else:
        groups = []
        packed = []
    if groups and packed:
        for g, row in zip(groups, packed, strict=True):
            x0 = (g.start - t0) * ppd
            x1 = (g.end - t0) * ppd
            out.placed.append(
                Placed(
                    SPAN,
                    x0,
                    x1,
                    (x0 + x1) / 2,
                    row=rows - 1 - row,
                    item=g.members[0] if g.count == 1 else None,
                    group=g,
                    conflicts=g.conflicts,
                )
            )
        out.span_rows = max(packed) + 1
    return k_narrow


def _reaches_view(pt: Placed, width: float) -> bool:
    """Whether a marker or count (its label too) shows any part in a plot ``width`` wide."""
    return pt.x1 + pt.label_want > 0 and pt.x0 < width


def _pack_spans(
    groups: list[SpanGroup], t0: float, ppd: float, budget: int, gap: float
) -> list[int] | None:
    """Row (0 = bottom) for each group, in place-sorted order; None if they need more than
    ``budget`` rows. Sorts ``groups`` by start, longest first."""
    groups.sort(key=lambda g: (g.start, -g.end))
    row_end = [-math.inf] * budget
    rows: list[int] = []
    for g in groups:
        x0 = (g.start - t0) * ppd - gap
        for i in range(budget):
            if row_end[i] <= x0 + 1e-6:
                row_end[i] = (g.end - t0) * ppd
                rows.append(i)
                break
        else:
            return None
    return rows


def untimed(items: list[TimelineItem]) -> bool:
    """No item of ``items`` has a time of day: they stand on their days as a whole."""
    return all(it.time is None for it in items)


def in_view_of_its_day(x: float, day_x: float, ppd: float, width: float, half: float) -> float:
    """Where a day's fact stands (``x``, its noon) at a zoom that draws hours: at its noon
    while that is in view with room for a label, else at the start of the part of its day in
    view (``day_x``: where the day begins; ``width``: the plot's width)."""
    vis0, vis1 = max(day_x, 0.0), min(day_x + ppd, width)
    if vis1 - vis0 < 4 * half:
        return x
    if x - half >= 0.0 and x + half + DAY_LABEL_ROOM <= width:
        return x
    return vis0 + half + 2.0


def _markers(
    col: PointColumn,
    b: Bucket,
    t0: float,
    ppd: float,
    m: LayoutMetrics,
    day_width: float | None = None,
) -> Iterator[Placed]:
    """The markers of bucket ``b``; with ``day_width`` (the plot's width at a zoom that draws
    hours) a day's fact stands in the part of its day in view (see in_view_of_its_day)."""
    max_half = max(m.marker_half, m.bucket_px * 0.4)
    for i in range(b.lo, b.hi):
        it = col.items[i]
        x = (col.anchors[i] - t0) * ppd
        if day_width is not None and it.latest == it.earliest and it.time is None:
            # (a fact with a time of day stands at its time)
            x = in_view_of_its_day(
                x, (it.earliest.toordinal() - t0) * ppd, ppd, day_width, m.marker_half
            )
        if it.latest > it.earliest:
            # A narrow span keeps its true width, but never less than a marker, and never more
            # than its bucket: a span too long for a bar in a crowded lane is a point here.
            half = min(
                max((it.latest.toordinal() + 1 - it.earliest.toordinal()) * ppd / 2, m.marker_half),
                max_half,
            )
            x0, x1 = x - half, x + half
        else:
            x0, x1 = x - m.marker_half, x + m.marker_half
        # The open side's fading tail takes room like the marker does.
        if it.open_start:
            x0 -= m.open_tail_px
        if it.open_end:
            x1 += m.open_tail_px
        want = min(m.max_label_px, len(it.label) * m.char_width) if it.label else 0.0
        yield Placed(
            MARKER,
            x0,
            x1,
            x,
            item=it,
            conflicts=int(it.has_conflict),
            column=col,
            lo=i,
            hi=i + 1,
            label_want=want,
        )


def _pack_points(points: list[Placed], order: list[int], width: float, m: LayoutMetrics) -> None:
    # Hot path (hundreds of points per lane per frame): plain loops, no generators.
    points.sort(key=lambda p: p.x0)
    n = max(order) + 1 if order else 1
    glyph_end = [-math.inf] * n
    text_end = [-math.inf] * n
    last: list[Placed | None] = [None] * n
    gap = m.gap
    room_gap = m.label_gap + m.gap
    label_gap = m.label_gap
    for p in points:
        edge = p.x0 - gap
        row = -1
        for r in order:
            if text_end[r] <= edge:
                row = r
                break
        if row < 0:
            for r in order:
                if glyph_end[r] <= edge:
                    row = r
                    break
        if row < 0:
            row = order[0]
            for r in order:
                if glyph_end[r] < glyph_end[row]:
                    row = r
        prev = last[row]
        if prev is not None:
            room = p.x0 - prev.x1 - room_gap
            prev.label_room = room if room > 0.0 else 0.0
        p.row = row
        x1 = p.x1
        if x1 > glyph_end[row]:
            glyph_end[row] = x1
        end = x1 + label_gap + p.label_want if p.label_want else x1
        if end > text_end[row]:
            text_end[row] = end
        last[row] = p
    # The last of a row has the rest of the row: a label longer than its estimated want
    # (max_label_px at most) is cut in "…" at the plot's edge, not some 260 pixels after its
    # marker with most of an empty row left blank (a zoom of hours); one that fits its want
    # runs on under the edge as before, where a pan brings the rest.
    for tail in last:
        if tail is not None and tail.label_want:
            wanted = min(tail.label_want + 2, width + m.max_label_px - tail.x1)
            to_edge = width - tail.x1 - TAIL_EDGE_PX
            tail.label_room = max(0.0, wanted, to_edge)


@lru_cache(maxsize=4096)
def format_count(n: int) -> str:
    """Bubble text: exact up to 999, then "1.2k", "12k", "1.2M"."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n / 1_000_000:.1f}M".replace(".0M", "M")
