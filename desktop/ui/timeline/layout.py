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


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Sizes in logical pixels; the widget derives ``row_height`` and ``char_width`` from its
    font so that the layout follows the user's font size."""

    row_height: float = 20.0
    char_width: float = 6.5
    marker_half: float = 5.5
    bucket_px: float = 34.0
    span_min_px: float = 18.0
    gap: float = 4.0
    label_gap: float = 5.0
    max_label_px: float = 260.0
    #: most markers shown one above the other before a bucket turns into a bubble
    max_stack: int = 4
    bubble_min_width: float = 26.0


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
    #: pixels free for text: to the right of a marker, inside a bar
    label_room: float = 0.0
    #: wanted label width, estimated, used to spread markers over rows
    label_want: float = 0.0

    @property
    def count(self) -> int:
        if self.kind == BUBBLE:
            return self.hi - self.lo
        if self.group is not None:
            return self.group.count
        return 1

    @property
    def members(self) -> list[TimelineItem]:
        if self.kind == BUBBLE and self.column is not None:
            return self.column.items[self.lo : self.hi]
        if self.group is not None:
            return self.group.members
        return [self.item] if self.item is not None else []

    def contains(self, item_id: int) -> bool:
        if self.kind == BUBBLE and self.column is not None:
            return any(it.id == item_id for it in self.column.items[self.lo : self.hi])
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
) -> LaneLayout:
    """Lay out what of ``lane`` is visible in a plot ``width`` pixels wide starting at day
    ``t0``, at ``ppd`` pixels per day, in a lane of ``rows`` rows."""
    rows = max(1, rows)
    t1 = t0 + width / ppd
    out = LaneLayout(rows=rows, span_rows=0)
    k_narrow = narrow_tier(ppd, m.span_min_px)

    # 1. Bars for wide tiers, bottom row first.
    groups: list[SpanGroup] = []
    for tier in range(k_narrow + 1, len(TIER_MAX_DAYS)):
        if lane.tier_has_items(tier):
            groups.extend(lane.groups_overlapping(tier, t0, t1))
    if groups:
        groups.sort(key=lambda g: (g.start, -g.end))
        max_span_rows = max(1, rows - 1)
        row_end = [-math.inf] * max_span_rows
        used = 0
        for g in groups:
            x0 = (g.start - t0) * ppd
            x1 = (g.end - t0) * ppd
            choice = next(
                (i for i in range(max_span_rows) if row_end[i] <= x0 - m.gap + 1e-6), None
            )
            if choice is None:
                # Deeper nesting than there are rows: overlap in the row that frees up first.
                choice = min(range(max_span_rows), key=row_end.__getitem__)
            row_end[choice] = max(row_end[choice], x1)
            used = max(used, choice + 1)
            first = g.members[0]
            out.placed.append(
                Placed(
                    SPAN,
                    x0,
                    x1,
                    (x0 + x1) / 2,
                    row=rows - 1 - choice,
                    item=first if g.count == 1 else None,
                    group=g,
                    conflicts=g.conflicts,
                )
            )
        # With a single row, bars and markers share it.
        out.span_rows = min(used, rows - 1) if rows > 1 else 0

    # 2. Buckets of point-like items.
    marker_rows = max(1, rows - out.span_rows)
    stack = min(marker_rows, m.max_stack)
    col = lane.column(k_narrow)
    bucket_days = bucket_days_for(ppd, m.bucket_px)
    margin = bucket_days + (m.max_label_px / ppd)
    points: list[Placed] = []
    for b in lane.buckets(k_narrow, t0 - margin, t1 + bucket_days, bucket_days):
        if b.count <= stack:
            points.extend(_markers(col, b, t0, ppd, m))
        else:
            points.append(_bubble(col, b, t0, ppd, m))

    # 3. Pack markers and bubbles into the marker rows.
    _pack_points(points, center_out(marker_rows), width, m)
    out.placed.extend(points)
    return out


def _markers(
    col: PointColumn, b: Bucket, t0: float, ppd: float, m: LayoutMetrics
) -> Iterator[Placed]:
    for i in range(b.lo, b.hi):
        it = col.items[i]
        x = (col.anchors[i] - t0) * ppd
        if it.latest > it.earliest:
            # A narrow span keeps its true width, but never less than a marker.
            x0 = min((it.earliest.toordinal() - t0) * ppd, x - m.marker_half)
            x1 = max((it.latest.toordinal() + 1 - t0) * ppd, x + m.marker_half)
        else:
            x0, x1 = x - m.marker_half, x + m.marker_half
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


def _bubble(col: PointColumn, b: Bucket, t0: float, ppd: float, m: LayoutMetrics) -> Placed:
    digits = len(format_count(b.count))
    w = max(m.bubble_min_width, digits * m.char_width + 14.0)
    left = (b.start - t0) * ppd
    right = (b.end - t0) * ppd
    # Sit on the mean of the members, but stay inside the bucket so neighbours never overlap.
    x = (b.mean_anchor - t0) * ppd
    if right - left >= w:
        x = min(max(x, left + w / 2), right - w / 2)
    return Placed(
        BUBBLE,
        x - w / 2,
        x + w / 2,
        x,
        column=col,
        lo=b.lo,
        hi=b.hi,
        conflicts=b.conflicts,
    )


def _pack_points(points: list[Placed], order: list[int], width: float, m: LayoutMetrics) -> None:
    points.sort(key=lambda p: p.x0)
    n = max(order) + 1 if order else 1
    glyph_end = [-math.inf] * n
    text_end = [-math.inf] * n
    last: list[Placed | None] = [None] * n
    for p in points:
        row = next((r for r in order if text_end[r] <= p.x0 - m.gap), None)
        if row is None:
            row = next((r for r in order if glyph_end[r] <= p.x0 - m.gap), None)
        if row is None:
            row = min(order, key=glyph_end.__getitem__)
        prev = last[row]
        if prev is not None:
            prev.label_room = max(0.0, p.x0 - prev.x1 - m.label_gap - m.gap)
        p.row = row
        glyph_end[row] = max(glyph_end[row], p.x1)
        wanted = m.label_gap + p.label_want if p.label_want else 0.0
        text_end[row] = max(text_end[row], p.x1 + wanted)
        last[row] = p
    for tail in last:
        if tail is not None:
            tail.label_room = max(0.0, min(tail.label_want + 2, width + m.max_label_px - tail.x1))


def format_count(n: int) -> str:
    """Bubble text: exact up to 999, then "1.2k", "12k", "1.2M"."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n / 1_000_000:.1f}M".replace(".0M", "M")
