"""One frame of the timeline: the geometry of a given size and view, and what is laid out in it.

A frame is computed once per view change and shared by painting, hit testing and export, so
what the analyst clicks is exactly what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop.ui.timeline.axis import AxisTicks, TextWidth, compute_ticks
from desktop.ui.timeline.data import TimelineData
from desktop.ui.timeline.layout import (
    BUBBLE,
    LaneLayout,
    LayoutMetrics,
    Placed,
    layout_lane,
)

#: A lane grows to at most this many rows; most need one or two.
MAX_ROWS = 3
#: With height to spare under the lanes, a lane whose facts of one day were counted in a
#: bubble grows to stack them, up to this many rows (a lane shown alone counted five facts
#: of one day as '5' above an empty plot).
MAX_GROWN_ROWS = 10
#: Rows of every lane when there are too many lanes to lay each out at every frame.
MIN_ROWS = 3
LANE_PAD = 4.0
#: Lanes give up rows to fit the height only when the timeline is shorter than this many rows
#: of text (a small screen): some 200 pixels under the axis at 1024x640.
COMPACT_BELOW_ROWS = 12
#: Up to this many lanes, every lane is laid out at every frame and is as tall as its content
#: at this zoom; beyond it (lanes by article in a big project) lanes share one height.
MAX_SIZED_LANES = 60


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where things are, in logical pixels, for a widget of ``width`` x ``height``."""

    width: float
    height: float
    header_h: float
    label_w: float
    lane_h: float
    rows: int
    row_h: float
    lanes: int

    @property
    def plot_left(self) -> float:
        return self.label_w

    @property
    def plot_w(self) -> float:
        return max(1.0, self.width - self.label_w)

    @property
    def body_h(self) -> float:
        return max(0.0, self.height - self.header_h)

    @property
    def content_h(self) -> float:
        return self.lane_h * self.lanes

    @property
    def max_scroll(self) -> float:
        return max(0.0, self.content_h - self.body_h)

    def lane_top(self, index: int, y_off: float) -> float:
        return self.header_h + index * self.lane_h - y_off

    def row_center(self, lane_top: float, rows: int, row: int) -> float:
        return lane_top + LANE_PAD + (row + 0.5) * self.row_h

    def lane_height(self, rows: int) -> float:
        return rows * self.row_h + 2 * LANE_PAD


def make_geometry(
    width: float,
    height: float,
    lanes: int,
    row_h: float,
    header_h: float,
    label_w: float,
) -> Geometry:
    # Lanes are not stretched to fill the height: a lane is as tall as what it shows, so that
    # a typical project's lanes all fit. ``lane_h`` is the height of a lane of ``rows`` rows,
    # used when lanes are too many to size one by one, and as the scrolling step.
    lane_h = MIN_ROWS * row_h + 2 * LANE_PAD
    return Geometry(width, height, header_h, label_w, lane_h, MIN_ROWS, row_h, lanes)


@dataclass(slots=True)
class LaneFrame:
    index: int
    name: str
    top: float
    layout: LaneLayout
    count: int
    height: float
    #: extra space above the rows when a compacted lane was given a share of the leftover
    #: height, so its rows stay centred in the taller lane
    inset: float = 0.0

    @property
    def rows_top(self) -> float:
        return self.top + self.inset


@dataclass(slots=True)
class Frame:
    geo: Geometry
    t0: float
    ppd: float
    y_off: float
    ticks: AxisTicks
    lanes: list[LaneFrame] = field(default_factory=list)
    #: top of every lane from the top of the first, and its height (visible or not)
    lane_tops: list[float] = field(default_factory=list)
    lane_heights: list[float] = field(default_factory=list)
    #: the lanes' height with every row they have at this zoom, before any lane was made
    #: compact to fit the height: what the timeline asks of the window's layout
    natural_h: float = 0.0

    @property
    def content_h(self) -> float:
        return (self.lane_tops[-1] + self.lane_heights[-1]) if self.lane_tops else 0.0

    @property
    def max_scroll(self) -> float:
        return max(0.0, self.content_h - self.geo.body_h)

    @property
    def t1(self) -> float:
        return self.t0 + self.geo.plot_w / self.ppd

    def x_of(self, t: float) -> float:
        return self.geo.plot_left + (t - self.t0) * self.ppd

    def hits(self, x: float, y: float, slop: float = 3.0) -> list[tuple[LaneFrame, Placed]]:
        """What is drawn under ``(x, y)``, topmost first."""
        geo = self.geo
        if x < geo.plot_left or y < geo.header_h:
            return []
        px = x - geo.plot_left
        found: list[tuple[LaneFrame, Placed]] = []
        for lf in self.lanes:
            if not lf.top <= y < lf.top + lf.height:
                continue
            rows = lf.layout.rows
            for p in lf.layout.placed:
                cy = geo.row_center(lf.rows_top, rows, p.row)
                if abs(y - cy) <= geo.row_h / 2 and p.x0 - slop <= px <= p.x1 + slop:
                    found.append((lf, p))
        # Markers and bubbles are drawn above bars, and later items above earlier ones.
        found.reverse()
        found.sort(key=lambda hit: hit[1].kind == "span")
        return found


def build_frame(
    data: TimelineData,
    geo: Geometry,
    t0: float,
    ppd: float,
    y_off: float,
    metrics: LayoutMetrics,
    text_width: TextWidth,
    major_width: TextWidth | None = None,
    *,
    collapsed: frozenset[str] = frozenset(),
    roomy: bool = False,
    apart: int | None = None,
) -> Frame:
    """The frame of ``data`` in ``geo`` at ``t0`` and ``ppd``. With ``roomy`` (a picture sized
    to its lanes) the lanes are laid out as in a tall pane, never made compact to fit: a
    picture's plot is as tall as its lanes, which can be fewer rows than a pane that
    compacts them (COMPACT_BELOW_ROWS), and its bubbles then stayed shut."""
    ticks = compute_ticks(t0, t0 + geo.plot_w / ppd, ppd, text_width, major_width)
    frame = Frame(geo, t0, ppd, y_off, ticks)
    lanes = data.lanes
    sized = len(lanes) <= MAX_SIZED_LANES
    layouts, frame.natural_h = (
        _compact_layouts(data, geo, t0, ppd, metrics, collapsed, roomy=roomy, apart=apart)
        if sized
        else ([], 0.0)
    )
    extra = 0.0
    if sized and lanes:
        folded_flags = [lane.name in collapsed for lane in lanes]
        used = _lanes_height(geo, layouts, folded_flags)
        open_lanes = folded_flags.count(False)
        if used < frame.natural_h and used < geo.body_h and open_lanes:
            # Compacted lanes share what is left under them (less than a row each, since
            # the compaction hands back every whole row that fits): a strip left empty
            # under the last lane on a short screen looked like a lane that failed to draw.
            # Folded lanes keep their one row: the open lanes take the rest.
            extra = (geo.body_h - used) / open_lanes
    y = 0.0
    for i, lane in enumerate(lanes):
        top = geo.header_h + y - y_off
        if sized:
            layout = layouts[i]
            folded = lane.name in collapsed
            grow = 0.0 if folded else extra
            h = (geo.row_h if folded else geo.lane_height(layout.rows)) + grow
            if top + h > geo.header_h and top < geo.height:
                frame.lanes.append(
                    LaneFrame(i, lane.name, top, layout, lane.count, h, inset=grow / 2)
                )
        else:
            folded = lane.name in collapsed
            h = geo.row_h if folded else geo.lane_h
            if top + h > geo.header_h and top < geo.height:
                layout = (
                    folded_layout()
                    if folded
                    else layout_lane(lane, t0, ppd, geo.plot_w, geo.rows, metrics, apart=apart)
                )
                frame.lanes.append(LaneFrame(i, lane.name, top, layout, lane.count, h))
        frame.lane_tops.append(y)
        frame.lane_heights.append(h)
        y += h
    return frame


def _lanes_height(geo: Geometry, layouts: list[LaneLayout], folded: list[bool]) -> float:
    """The lanes' height as drawn: a folded lane is one bare row (no padding), so counting
    it as a padded lane left a strip unused under the last lane of a short screen."""
    return sum(
        geo.row_h if f else geo.lane_height(lay.rows)
        for lay, f in zip(layouts, folded, strict=True)
    )


def folded_layout() -> LaneLayout:
    """A collapsed lane: one row with nothing drawn in it, its name alone in the label."""
    return LaneLayout(rows=1, span_rows=0)


def _compact_layouts(
    data: TimelineData,
    geo: Geometry,
    t0: float,
    ppd: float,
    metrics: LayoutMetrics,
    collapsed: frozenset[str] = frozenset(),
    *,
    roomy: bool = False,
    apart: int | None = None,
) -> tuple[list[LaneLayout], float]:
    """Every lane laid out as tall as its content, with fewer rows per lane when that is what
    it takes for all the lanes to fit the height: on a short screen (a 1024x640 window gives
    the timeline some 200 pixels) three-row lanes showed three sources of six, while one row
    each, with crowded facts drawn as counts, shows them all. Lanes only scroll when even one
    row each is too tall."""
    layouts = [
        folded_layout()
        if lane.name in collapsed
        else layout_lane(lane, t0, ppd, geo.plot_w, MAX_ROWS, metrics, compact=True, apart=apart)
        for lane in data.lanes
    ]
    folded = [lane.name in collapsed for lane in data.lanes]
    natural = _lanes_height(geo, layouts, folded)
    if roomy or geo.body_h >= COMPACT_BELOW_ROWS * geo.row_h:
        # With room, a lane keeps its rows and the lanes scroll: squeezing a zoomed-in lane
        # to one row would fold its facts into counts the analyst zoomed in to separate.
        _stack_bubbles(data, geo, t0, ppd, metrics, layouts, folded, geo.body_h - natural, apart)
        return layouts, natural
    full = list(layouts)
    for cap in range(MAX_ROWS - 1, 0, -1):
        if _lanes_height(geo, layouts, folded) <= geo.body_h:
            break
        layouts = [
            lay
            if lay.rows <= cap
            else layout_lane(lane, t0, ppd, geo.plot_w, cap, metrics, compact=True, apart=apart)
            for lane, lay in zip(data.lanes, layouts, strict=True)
        ]
    # Capping every lane at once can free more than it had to: hand rows back, one lane at
    # a time, to the lanes that gave most up, while the whole still fits.
    spare = geo.body_h - _lanes_height(geo, layouts, folded)
    while spare >= geo.row_h:
        wanting = [i for i, lay in enumerate(layouts) if lay.rows < full[i].rows]
        if not wanting:
            break
        i = max(wanting, key=lambda k: (full[k].rows - layouts[k].rows, -k))
        cap = layouts[i].rows + 1
        lay = (
            full[i]
            if cap >= full[i].rows
            else layout_lane(
                data.lanes[i], t0, ppd, geo.plot_w, cap, metrics, compact=True, apart=apart
            )
        )
        grown = geo.lane_height(lay.rows) - geo.lane_height(layouts[i].rows)
        if grown <= 0 or grown > spare:
            break
        layouts[i] = lay
        spare -= grown
    return layouts, natural


def _stack_bubbles(
    data: TimelineData,
    geo: Geometry,
    t0: float,
    ppd: float,
    metrics: LayoutMetrics,
    layouts: list[LaneLayout],
    folded: list[bool],
    spare: float,
    apart: int | None = None,
) -> None:
    """Lanes with counts grow into the height left under the lanes, from the top, so that
    the facts a count stood for are drawn one above the other (up to MAX_GROWN_ROWS rows).
    The height the lanes ask of the window stays their natural one: the growth only uses
    room the timeline already has."""
    for i, lay in enumerate(layouts):
        if spare < geo.row_h:
            return
        if folded[i]:
            continue
        counts = [p.count for p in lay.placed if p.kind == BUBBLE]
        if not counts:
            continue
        room = lay.rows + int(spare // geo.row_h)
        # one row more than the count: a label beside the stack gets a row of its own
        want = min(MAX_GROWN_ROWS, room, lay.span_rows + max(counts) + 1)
        if want <= lay.rows:
            continue
        grown = layout_lane(
            data.lanes[i],
            t0,
            ppd,
            geo.plot_w,
            want,
            replace(metrics, max_stack=max(metrics.max_stack, want)),
            compact=True,
            apart=apart,
        )
        added = geo.lane_height(grown.rows) - geo.lane_height(lay.rows)
        if added <= 0 or added > spare:
            continue
        layouts[i] = grown
        spare -= added
