"""The timeline widget: lanes of dated facts under a time axis, zoomed and panned by hand.

It knows nothing about projects or databases: it is handed a :class:`TimelineData` and reports
the analyst's choice through :attr:`TimelineView.factSelected`.
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QMenu,
    QToolTip,
    QWidget,
)

from desktop.ui.preferences import save_lane_names_width, saved_lane_names_width
from desktop.ui.timeline.axis import LAST_DAY, AxisTicks, TextWidth
from desktop.ui.timeline.data import (
    TimelineData,
    TimelineItem,
    article_days,
    busiest_days,
    day_to_date,
    dense_days,
    describe_range,
)
from desktop.ui.timeline.frame import Frame, Geometry, build_frame, make_geometry
from desktop.ui.timeline.layout import BUBBLE, SPAN, LayoutMetrics, Placed
from desktop.ui.timeline.paint import (
    LANE_ARROW_W,
    ONE_ROW_GAP,
    Fonts,
    GlyphCache,
    PaintState,
    edge_count_rects,
    out_of_sight_rect,
    paint_frame,
)
from desktop.ui.timeline.picture_file import encode_png, write_picture
from desktop.ui.timeline.pyside_guard import guard_none_refcount
from desktop.ui.timeline.report import (
    count_notes,
    count_notes_height,
    legend_entries,
    legend_height,
    paint_count_notes,
    paint_legend,
    paint_title,
    title_height,
)
from desktop.ui.timeline.style import TimelineColors

guard_none_refcount()

#: Closest zoom: one hour spans this many pixels.
MAX_PX_PER_HOUR = 160.0
#: the focus ring's width in pixels (the style sheet's round the lists is as wide)
FOCUS_RING_WIDTH = 2
#: the most height, in logical pixels, that a report picture gives its lanes (some sixty
#: lanes of one row); lanes below it are counted under the title instead
REPORT_MAX_LANES_H = 2400.0
#: The lane-name column as wide as the names ask, up to AUTO_LANE_NAMES_MAX px (or 30% of
#: the width); dragged by its edge, from LANE_NAMES_MIN px to LANE_NAMES_MAX_SHARE of it.
#: (280: an outlet of some 25 letters with its count beside it, 'Halvor Regional Monitor ·
#: 5 facts', where 240 cut it.)
AUTO_LANE_NAMES_MAX = 280.0
LANE_NAMES_MIN = 80.0
LANE_NAMES_MAX_SHARE = 0.6
#: how near the column's edge, either side, the pointer grips it
LANE_EDGE_GRIP = 4.0
#: the narrowest report picture: a narrower pane is laid out again at this width
REPORT_MIN_WIDTH = 640
#: Widest zoom, in years across the plot, with no facts to frame.
MAX_YEARS_VISIBLE = 1500.0
#: With facts, the widest zoom shows this many times their span (a decade at least), so that
#: zooming out from hours ends around the facts, not on empty centuries.
ZOOM_OUT_SPANS = 4.0
MIN_WIDEST_DAYS = 10 * 365.25
#: pixels the facts keep from the edges of the widest view at least (see set_view): a
#: count's bubble whole
EDGE_ROOM = 60.0
#: One wheel notch (120 units) zooms by this factor.
WHEEL_NOTCH_ZOOM = 1.25
KEY_ZOOM = 1.5
#: The most one event of a trackpad's pinch zooms by (a pinch comes as many small steps; a
#: step larger than a wheel notch is a glitch of the pad, not a gesture).
PINCH_STEP_MAX = WHEEL_NOTCH_ZOOM
KEY_PAN_FRACTION = 0.125
TOOLTIP_MEMBERS = 8
#: facts listed when a count that no zoom separates is clicked
MENU_MEMBERS = 40

ItemFilter = Callable[[TimelineItem], bool]
#: Writes the hover text of one fact from its id (asked only when the analyst hovers it).
TooltipProvider = Callable[[int], str]


#: How the timeline is used from the keyboard, for its accessible description.
KEYBOARD_HELP = (
    "Facts by date, one lane per source. Tab and Shift+Tab step through the facts in date "
    "order; plus and minus zoom; Left, Right, Page Up and Page Down move in time; Up and Down "
    "scroll the lanes; Home frames most facts and Shift+Home every one; Escape clears the selection; Ctrl+Tab moves on."
)


def _report_day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


class TimelineView(QAbstractScrollArea):
    """Facts on a zoomable time axis, one lane per source (or article, or tag).

    Signals:
        factSelected(int): the analyst clicked a fact (not emitted by :meth:`select_fact`).
        viewChanged(): the visible time range or zoom changed.
        laneClicked(str): the analyst clicked a lane's name.
        laneCollapsed(str, bool): a lane was folded or opened by its arrow.
    """

    factSelected = Signal(int)
    viewChanged = Signal()
    #: the analyst clicked a lane's name (to show that lane's facts alone)
    laneClicked = Signal(str)
    #: a lane was folded (True) or opened (False)
    laneCollapsed = Signal(str, bool)
    #: the analyst dragged the lane-name column to a width (0: back to as the names ask)
    laneNamesWidthChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.verticalScrollBar().valueChanged.connect(self._on_vertical_scroll)
        self.setMinimumSize(320, 160)

        self._data = TimelineData([])
        self._shown = self._data
        self._predicate: ItemFilter | None = None
        self._ids: frozenset[int] | None = None
        self._lanes: frozenset[str] | None = None
        self._show_rejected = False
        self._lanes_by_count = False
        self._describe: TooltipProvider | None = None
        #: what was last read out to a screen reader about the fact reached by keys
        self.last_announcement = ""

        today = date.today().toordinal()
        self._t0 = float(today - 365)
        self._ppd = 1.0
        self._y_off = 0.0
        # A range asked for before the widget had its real size, applied again once it has.
        self._pending_days: tuple[float, float] | None = (today - 180.0, today + 185.0)

        self._state = PaintState()
        #: each fact's copies in other lanes, None until asked after the data changed
        self._copies: dict[int, list[int]] | None = None
        self._lane_title = ""
        #: lanes a search or filter folded away for want of a matching fact
        self.hidden_lanes = 0
        self._frame: Frame | None = None
        self._frame_key: tuple[object, ...] | None = None
        self._press: tuple[QPointF, float, float] | None = None
        self._dragging = False
        #: the width the analyst gave the lane-name column (None: as the names ask), and
        #: while the edge is dragged, where the drag started and the width then
        self._lane_names_w: float | None = saved_lane_names_width()
        self._edge_drag: tuple[float, float] | None = None
        #: the shown facts in date order, for Tab (sorted when first asked after a change)
        self._date_order: list[TimelineItem] | None = None
        #: the shown facts' last and first days, sorted, to count those beyond the edges
        self._edges: tuple[list[int], list[int]] | None = None
        #: the shown facts' busiest days, worked out once per change of what is shown: the
        #: opening frames them three times (the project read, the panes sized, their saved
        #: sizes restored), 2.4 s each for 100,000 facts, all on the GUI thread
        self._busiest: list[tuple[float, float] | None] = []
        #: lanes folded down to their name by the analyst
        self._collapsed: set[str] = set()
        self._members_menu: QMenu | None = None
        #: (lane names, the font measuring them, the widest): see _widest_lane_name
        self._lane_name_width: (
            tuple[list[tuple[str, int]], QFontMetricsF, QFontMetricsF, float] | None
        ) = None
        self._refresh_style()
        self._describe_selection()

    # -- data and filters ----------------------------------------------------------------------

    def set_data(self, data: TimelineData, *, fit: bool = True) -> None:
        """Show ``data``. With ``fit`` the view then frames all of it (as Home does)."""
        self._data = data
        self._copies = None
        self._state.lane_kinds = data.lane_kinds
        # The items live as long as the view. Without this, every full garbage collection
        # walks all of them (hundreds of thousands of objects), a pause of a tenth of a second
        # in the middle of a pan. Collecting first (tens of milliseconds, once per project)
        # keeps garbage of the moment from being frozen along with them.
        gc.collect()
        gc.freeze()
        if self._state.selected is not None and self._state.selected not in data:
            self._set_selected(None)
        else:
            self._state.echoes = self._echoes(self._state.selected)
        self._apply_filters()
        if fit:
            self.fit_all()

    def data(self) -> TimelineData:
        return self._data

    def set_tooltip_provider(self, describe: TooltipProvider | None) -> None:
        """Hover text for a single fact, written on demand from its id."""
        self._describe = describe

    def replace_item(self, item: TimelineItem) -> None:
        """Show ``item`` in place of the item with its id (or add it): one fact changed.

        The index changes at that item's place only; the view, zoom and selection stay.
        """
        self.replace_items((item,))

    #: more items than this replaced at once make a new index rather than changes to the old
    REBUILD_AT = 32

    def replace_items(self, items: Iterable[TimelineItem]) -> None:
        """:meth:`replace_item` for many items at once (the conflict badges of thousands of
        facts), with one pass over the filters and one new frame at the end rather than one
        per item. Each change to a lane's index costs a pass over the lane (half a
        millisecond at 500 facts a lane), where a new index costs milliseconds for all the
        lanes: over REBUILD_AT items the index is made anew, lanes in the same order."""
        items = list(items)
        if len(items) > self.REBUILD_AT:
            new = {it.id: it for it in items}
            kept = [it for it in self._data if it.id not in new]
            self.set_data(
                TimelineData(kept + items, self._data.lane_names, kinds=self._data.lane_kinds),
                fit=False,
            )
            return
        refilter = False
        self._copies = None
        for item in items:
            self._data.replace(item)
            if refilter:
                continue
            if self._shown is not self._data:
                if self._passes(item):
                    self._shown.replace(item)
                else:
                    self._shown.remove(item.id)
            elif not self._passes(item):
                # The first hidden item (a rejected fact): from now on the view shows a
                # subset, made from all the items once they are in.
                refilter = True
            if self._state.selected == item.id and item.id not in self._shown:
                self._set_selected(None)
        if refilter:
            self._apply_filters()
            return
        self._date_order = None
        self._edges = None
        self._busiest = []
        self._invalidate()
        self._update_scrollbar()

    def remove_item(self, item_id: int) -> None:
        self._data.remove(item_id)
        self._copies = None
        if self._shown is not self._data:
            self._shown.remove(item_id)
        if self._state.selected == item_id:
            self._set_selected(None)
        self._date_order = None
        self._edges = None
        self._busiest = []
        self._invalidate()
        self._update_scrollbar()

    def _passes(self, it: TimelineItem) -> bool:
        if not self._show_rejected and it.status == "rejected":
            return False
        if self._ids is not None and it.id not in self._ids:
            return False
        if self._lanes is not None and it.lane not in self._lanes:
            return False
        return self._predicate is None or self._predicate(it)

    def shown_data(self) -> TimelineData:
        """The items that pass the filters, as drawn."""
        return self._shown

    def set_filter(
        self,
        predicate: ItemFilter | None = None,
        *,
        ids: Collection[int] | None = None,
        lanes: Collection[str] | None = None,
    ) -> None:
        """Show only items that ``predicate`` accepts, whose id is in ``ids`` and whose lane is
        in ``lanes``; None leaves that criterion out. Calling with no arguments clears it."""
        new_ids = None if ids is None else frozenset(ids)
        new_lanes = None if lanes is None else frozenset(lanes)
        if (
            predicate is None
            and self._predicate is None
            and new_ids == self._ids
            and new_lanes == self._lanes
        ):
            # The same facts again (a space typed after a search's word): the lanes and their
            # layout stand as they are.
            return
        self._predicate = predicate
        self._ids = new_ids
        self._lanes = new_lanes
        self._apply_filters()

    def set_lanes_by_count(self, on: bool) -> None:
        """Rank the lanes by the facts shown (under the filter), most first, not by name."""
        if on != self._lanes_by_count:
            self._lanes_by_count = on
            self._apply_filters()

    def set_show_rejected(self, show: bool) -> None:
        if show != self._show_rejected:
            self._show_rejected = show
            self._apply_filters()

    def show_rejected(self) -> bool:
        return self._show_rejected

    def set_lane_title(self, title: str) -> None:
        """What the lanes are ("Sources", "Articles", "Tags"), written above the lane names."""
        self._lane_title = title
        self._title_lanes()

    def _title_lanes(self) -> None:
        # The folded lanes are counted where the lanes are named: the analyst sees that the
        # search hides outlets, not that they are gone from the project.
        title = self._lane_title
        if self.hidden_lanes:
            title = f"{title} · {self.hidden_lanes:,} hidden"
        self._state.lane_title = title
        self.viewport().update()

    def set_empty_text(self, text: str) -> None:
        self._state.empty_text = text
        self.viewport().update()

    def _apply_filters(self) -> None:
        predicate, ids, show_rejected = self._predicate, self._ids, self._show_rejected
        trivial = predicate is None and ids is None and self._lanes is None
        if trivial and (show_rejected or not any(it.status == "rejected" for it in self._data)):
            self._shown = self._data
        else:
            keep: Callable[[TimelineItem], bool]
            if predicate is None and ids is not None:
                # A search's facts, by id: one test per item (twenty thousand a keystroke).
                wanted = ids
                if show_rejected:
                    keep = lambda it: it.id in wanted  # noqa: E731
                else:
                    keep = lambda it: it.id in wanted and it.status != "rejected"  # noqa: E731
            else:

                def keep(it: TimelineItem) -> bool:
                    if not show_rejected and it.status == "rejected":
                        return False
                    if ids is not None and it.id not in ids:
                        return False
                    return predicate is None or predicate(it)

            # A search or filter folds the lanes it leaves empty (twenty outlets with nothing
            # to show pushed the three that match out of sight); lanes the analyst chose by
            # name stay, found or not.
            self._shown = self._data.subset(
                keep,
                self._lanes,
                by_count=self._lanes_by_count,
                drop_empty=self._lanes is None and (predicate is not None or ids is not None),
            )
        before = len(self._data.lanes)
        if self._lanes is not None:
            before = sum(1 for n in self._data.lane_names if n in self._lanes)
        self.hidden_lanes = max(0, before - len(self._shown.lanes))
        self._title_lanes()
        sel = self._state.selected
        if sel is not None and sel not in self._shown:
            self._set_selected(None)
        self._date_order = None
        self._edges = None
        self._busiest = []
        self._invalidate()
        self._update_scrollbar()
        # The lanes and their counts, said to a screen reader, follow the filter.
        self._describe_selection()

    # -- view state -------------------------------------------------------------------------------

    def pixels_per_day(self) -> float:
        return self._ppd

    def visible_days(self) -> tuple[float, float]:
        """The visible range as day positions ``(t0, t1)`` (see :mod:`data`)."""
        geo = self._geometry()
        return self._t0, self._t0 + geo.plot_w / self._ppd

    def visible_range(self) -> tuple[date, date]:
        t0, t1 = self.visible_days()
        return day_to_date(t0), day_to_date(t1 - 1e-9)

    def day_at(self, x: float) -> float:
        """Day position under viewport x coordinate ``x``."""
        return self._t0 + (x - self._geometry().plot_left) / self._ppd

    def x_of(self, t: float) -> float:
        return self._geometry().plot_left + (t - self._t0) * self._ppd

    def plot_rect(self) -> QRectF:
        geo = self._geometry()
        return QRectF(geo.plot_left, geo.header_h, geo.plot_w, geo.body_h)

    def ticks(self) -> AxisTicks:
        return self._current_frame().ticks

    def _least_ppd(self, plot_w: float) -> float:
        """The scale zoomed out as far as it goes: MAX_YEARS_VISIBLE, or ZOOM_OUT_SPANS times
        the facts' extent (at least MIN_WIDEST_DAYS)."""
        widest = MAX_YEARS_VISIBLE * 365.25
        extent = self._shown.extent()
        if extent is not None:
            first, last = float(extent[0].toordinal()), float(extent[1].toordinal() + 1)
            widest = min(widest, max(MIN_WIDEST_DAYS, (last - first) * ZOOM_OUT_SPANS))
        return plot_w / widest

    def set_view(self, t0: float, ppd: float) -> None:
        """Set the left edge (day position) and scale (pixels per day), within limits."""
        geo = self._geometry()
        max_ppd = 24 * MAX_PX_PER_HOUR
        extent = self._shown.extent()
        if extent is not None:
            first, last = float(extent[0].toordinal()), float(extent[1].toordinal() + 1)
        min_ppd = self._least_ppd(geo.plot_w)
        ppd = min(max(ppd, min_ppd), max_ppd)
        span = geo.plot_w / ppd
        if extent is not None and ppd <= min_ppd * 1.0001:
            # Zoomed out as far as it goes: every fact is in view, not off to one side, and
            # in from the edges: EDGE_ROOM from the left, a third of the plot from the right
            # for the labels that run right of their marks. Going to a span wider than the
            # widest view (2000..2030 for a story of 2025) put the last fact's day on the
            # right edge: its count's bubble was cut in half and its label had no room.
            slack = max(0.0, span - (last - first))
            right = min(max(EDGE_ROOM, geo.plot_w / 3) / ppd, slack / 2)
            left = min(EDGE_ROOM / ppd, slack - right)
            t0 = min(max(t0, last - span + right), first - left)
        t0 = min(max(t0, 1.0), LAST_DAY - span)
        if (t0, ppd) != (self._t0, self._ppd):
            self._t0, self._ppd = t0, ppd
            self._invalidate()
            self.viewChanged.emit()

    def set_visible_range(self, first: date, last: date) -> None:
        """Frame the days ``first`` to ``last`` inclusive."""
        self._set_visible_days(float(first.toordinal()), float(last.toordinal() + 1))

    def set_visible_days(self, t0: float, t1: float) -> None:
        """Frame the days ``t0`` to ``t1`` (ordinals, fractions for hours), as
        :meth:`visible_days` gave them: the zoom an analyst left, put back."""
        self._set_visible_days(t0, t1)

    def _set_visible_days(self, t0: float, t1: float) -> None:
        geo = self._geometry()
        t1 = max(t1, t0 + 1 / 24)
        self.set_view(t0, geo.plot_w / (t1 - t0))
        self._pending_days = None if self.isVisible() else (t0, t1)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Multiply the scale by ``factor``, keeping the day under ``anchor_x`` in place."""
        geo = self._geometry()
        if anchor_x is None:
            anchor_x = geo.plot_left + geo.plot_w / 2
        anchor_x = min(max(anchor_x, geo.plot_left), geo.plot_left + geo.plot_w)
        t_anchor = self.day_at(anchor_x)
        geo_max = 24 * MAX_PX_PER_HOUR
        least = self._least_ppd(geo.plot_w)
        # (the scale within its limits before the anchor is placed by it: placed by a
        # scale that set_view then raised, the anchor's day slid a year aside)
        ppd = min(max(self._ppd * factor, least), geo_max)
        extent = self._shown.extent()
        if extent is not None and ppd <= least * 1.0001:
            # Zoomed out as far as it goes: the facts in the middle of the view. Kept where
            # the anchor put them, they stood cut at an edge (the last day of the story at
            # the right one), and zooming in again went into the empty years beside them.
            middle = (extent[0].toordinal() + extent[1].toordinal() + 1) / 2
            self.set_view(middle - geo.plot_w / 2 / least, least)
            return
        self.set_view(t_anchor - (anchor_x - geo.plot_left) / ppd, ppd)

    def _key_zoom_anchor(self) -> float | None:
        """Where keys and menus zoom about: the selected fact when it is in view (zoomed
        about the middle, a fact at the side left the view in a few presses on the way to
        its hours), else the middle of the view (None)."""
        selected = self._state.selected
        if selected is None:
            return None
        pos = self.item_position(selected)
        if pos is None or not self.plot_rect().contains(pos):
            return None
        return pos.x()

    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM, self._key_zoom_anchor())

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM, self._key_zoom_anchor())

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content right by ``dx`` pixels (so earlier days come into view)."""
        self.set_view(self._t0 - dx / self._ppd, self._ppd)

    def go_to_date(self, day: date) -> None:
        """Centre ``day`` at the current zoom."""
        self._center_on(day.toordinal() + 0.5)

    def _center_on(self, t: float) -> None:
        geo = self._geometry()
        self.set_view(t - geo.plot_w / 2 / self._ppd, self._ppd)

    def fit_all(self) -> None:
        """Frame the dense bulk of the shown items, with a little room at both ends: a few
        far-off stragglers stay out, counted at the edge (see :meth:`beyond_edges`)."""
        self._frame_days(dense_days(list(self._shown)))

    def frame_shown_if_lost(self) -> bool:
        """Frame the shown facts as Fit All does when the view has lost them: none of them
        is in it, or their dense bulk lies in it filling less than half of it (a source
        shown alone, its three days of facts one bubble in a view of ten months). A view
        on part of them, zoomed in, is kept. Whether the view was framed."""
        days = dense_days(list(self._shown))
        if days is None:
            return False
        t0, t1 = self.visible_days()
        before, after = self.beyond_edges()
        none_in_view = before + after >= len(self._shown)
        inside = days[0] >= t0 and days[1] <= t1
        small = 2 * max(days[1] - days[0], 6.0) <= t1 - t0
        if not none_in_view and not (inside and small):
            return False
        self._frame_days(days)
        return True

    def bring_into_view(self, item_ids: Iterable[int]) -> bool:
        """Bring the shown items ``item_ids`` (an article's facts) into view, as a lane shown
        alone is: their days (data.article_days: the background the article tells, years
        before, left out, counted at the edge) left as they are when in view already; at
        this zoom, centred, when they fit in the view with room for the last labels; framed
        as Fit All frames when they do not; and the lane most of them are in scrolled to, by
        as little as shows it. Items not shown (filtered out) are left aside. Whether the
        view moved."""
        shown = self._shown
        items = [it for i in item_ids if (it := shown.item(i)) is not None]
        days = article_days(items)
        if days is None:
            return False
        before = (self._t0, self._ppd, self._y_off)
        t0, t1 = self.visible_days()
        if not (days[0] >= t0 and days[1] <= t1):
            self._bring_days_into_view(days)
        # its lane (the one most of its facts are in: its source's) scrolled to, by as
        # little as shows it
        lanes = Counter(it.lane for it in items)
        self._reveal_lane(min(lanes, key=lambda n: (-lanes[n], shown.lane_position(n))))
        return (self._t0, self._ppd, self._y_off) != before

    def _bring_days_into_view(self, days: tuple[float, float]) -> None:
        t0, t1 = self.visible_days()
        m = self._layout_metrics
        plot_w = self._geometry().plot_w
        room = (m.marker_half * 3 + min(m.max_label_px * 0.85, plot_w * 0.3)) / self._ppd
        if days[1] - days[0] + room <= t1 - t0:
            left = m.marker_half * 3 / self._ppd
            span = t1 - t0
            # centred between the room its first marker and its last labels take
            start = (days[0] + days[1]) / 2 - (span - room) / 2 - left
            self.set_view(start, self._ppd)
        else:
            self._frame_days(days)

    def frame_busiest(self) -> None:
        """Frame the story's busiest days (what a project opens on): the background its
        articles mention stays out, counted at the edges, one Fit All (Home) away."""
        if not self._busiest:
            self._busiest = [busiest_days(list(self._shown))]
        self._frame_days(self._busiest[0])

    def fit_everything(self) -> None:
        """Frame every shown item, stragglers too."""
        extent = self._shown.extent()
        self._frame_days(
            None
            if extent is None
            else (float(extent[0].toordinal()), float(extent[1].toordinal() + 1))
        )

    def _frame_days(self, days: tuple[float, float] | None) -> None:
        if days is None:
            today = float(date.today().toordinal())
            self._set_visible_days(today - 180, today + 185)
        else:
            t0, t1 = days
            span = max(t1 - t0, 6.0)
            mid = (t0 + t1) / 2
            t0, t1 = mid - span / 2, mid + span / 2
            # Room at both ends, in pixels: the first marker must not touch the edge, and
            # the last facts' labels (drawn to the right of their markers) must not be cut.
            m = self._layout_metrics
            plot_w = self._geometry().plot_w
            left = m.marker_half * 3
            right = min(m.max_label_px * 0.85, plot_w * 0.3)
            usable = max(plot_w - left - right, plot_w * 0.4)
            ppd = usable / (t1 - t0)
            self._set_visible_days(t0 - left / ppd, t1 + (plot_w - usable - left) / ppd)

    def beyond_edges(self) -> tuple[int, int]:
        """How many shown facts lie wholly before the left edge and wholly after the right."""
        lasts, firsts = self._edge_days()
        t0, t1 = self.visible_days()
        # A fact's last day ends at its day number + 1: wholly before t0 when that is <= t0.
        return bisect_right(lasts, t0 - 1), len(firsts) - bisect_left(firsts, t1)

    def _edge_days(self) -> tuple[list[int], list[int]]:
        """The shown facts' last and first days (ordinals), each sorted: read in C-level
        passes once per change of what is shown (200,000 facts in about 0.1 s)."""
        if self._edges is None:
            items = list(self._shown)
            lasts = sorted(map(date.toordinal, map(attrgetter("latest"), items)))
            firsts = sorted(map(date.toordinal, map(attrgetter("earliest"), items)))
            self._edges = (lasts, firsts)
        return self._edges

    def go_beyond(self, later: bool) -> bool:
        """Bring the nearest facts past one edge into view at the current zoom: the way to
        the facts that Fit All left out, or past the edge of a zoomed-in view. False when
        there are none that way."""
        lasts, firsts = self._edge_days()
        t0, t1 = self.visible_days()
        if later:
            i = bisect_left(firsts, t1)
            if i >= len(firsts):
                return False
            target = float(firsts[i])
            # The nearest fact comes in a little past the left edge, with what follows it.
            self.set_view(target - (t1 - t0) * 0.1, self._ppd)
        else:
            i = bisect_right(lasts, t0 - 1)
            if i == 0:
                return False
            target = lasts[i - 1] + 1.0
            self.set_view(target - (t1 - t0) * 0.9, self._ppd)
        return True

    def show_latest(self, days: int) -> None:
        """Frame the ``days`` ending with the latest shown fact (all of them when they span
        less), leaving the last facts' labels room on the right as :meth:`fit_all` does."""
        extent = self._shown.extent()
        if extent is None:
            self.fit_all()
            return
        first, last = float(extent[0].toordinal()), float(extent[1].toordinal() + 1)
        if last - first <= days:
            self.fit_all()
            return
        plot_w = self._geometry().plot_w
        right = min(self._layout_metrics.max_label_px * 0.85, plot_w * 0.3)
        usable = max(plot_w - right, plot_w * 0.6)
        t0 = last - days
        ppd = usable / days
        self._set_visible_days(t0, t0 + plot_w / ppd)

    # -- selection ---------------------------------------------------------------------------------

    def selected_fact(self) -> int | None:
        return self._state.selected

    def _set_selected(self, item_id: int | None) -> None:
        self._state.selected = item_id
        self._state.echoes = self._echoes(item_id)
        self._describe_selection()

    def _echoes(self, item_id: int | None) -> frozenset[int]:
        """The other items of the fact ``item_id`` draws: its copies in other lanes (lanes by
        entity), or the fact's own item when ``item_id`` is a copy, and its other copies."""
        if item_id is None:
            return frozenset()
        item = self._data.item(item_id)
        if item is None:
            return frozenset()
        base = item.copy_of if item.copy_of is not None else item_id
        copies = self._copies_by_fact().get(base, ())
        return frozenset(i for i in (base, *copies) if i != item_id)

    def _copies_by_fact(self) -> dict[int, list[int]]:
        """Each fact's copies in other lanes, made once per data (none outside lanes by
        entity: one pass over the items)."""
        if self._copies is None:
            found: dict[int, list[int]] = {}
            for it in self._data:
                if it.copy_of is not None:
                    found.setdefault(it.copy_of, []).append(it.id)
            self._copies = found
        return self._copies

    def _describe_selection(self) -> None:
        """What a screen reader says about the timeline: how to use it from the keyboard,
        and the fact selected, in the words its tooltip uses (the drawing says nothing to
        assistive technology by itself)."""
        selected = self._state.selected
        about = ""
        if selected is not None and self._describe is not None:
            about = self._describe(selected).replace("\n", ". ")
        lanes = self.lanes_summary()
        self.setAccessibleDescription(
            f"Selected fact: {about}. {lanes} {KEYBOARD_HELP}"
            if about
            else f"{KEYBOARD_HELP} {lanes}"
        )
        # A description that changes is not read out by itself: the fact reached with the
        # arrow keys is announced, as a list announces its current row. Only with the
        # keyboard here; a choice made in the table is announced by the table.
        if about and self.hasFocus() and about != self.last_announcement:
            self.last_announcement = about
            announce = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 or later
            if announce is not None and QtGui.QAccessible.isActive():
                QtGui.QAccessible.updateAccessibility(announce(self, about))

    #: Lanes named one by one in the description; a screen reader reads every word of it.
    LANES_SAID = 12

    def lanes_summary(self) -> str:
        """The lanes and the facts in each, as a screen reader says them: the drawing shows
        the counts by the lane names, which assistive technology does not see."""
        lanes = self._shown.lanes
        # Lanes the analyst chose by name stay drawn when empty: those are counted, not named.
        filled = [lane for lane in lanes if lane.count]
        if not filled:
            return "No facts shown."
        title = (self._lane_title or "lanes").lower()
        said = [
            f"{lane.name}, {lane.count:,} fact{'s' if lane.count != 1 else ''}"
            for lane in filled[: self.LANES_SAID]
        ]
        more = len(filled) - len(said)
        if more:
            said.append(f"and {more:,} more")
        total = sum(lane.count for lane in filled)
        every = len(lanes) + self.hidden_lanes
        where = f"{len(filled):,} of {every:,}" if len(filled) < every else f"{every:,}"
        return (
            f"{total:,} fact{'s' if total != 1 else ''} in {where} "
            f"lane{'s' if len(lanes) != 1 else ''} by {title}: {'; '.join(said)}."
        )

    def select_fact(self, item_id: int) -> bool:
        """Select ``item_id`` and scroll it into view, without emitting :attr:`factSelected`.

        Returns False (and changes nothing) when the item is not shown.
        """
        item = self._shown.item(item_id)
        if item is None:
            return False
        self._set_selected(item_id)
        self._reveal(item)
        self.viewport().update()
        return True

    def step_fact(self, forward: bool = True) -> bool:
        """Select the next fact in date order (the previous one when not ``forward``), bring
        it into view and report it through :attr:`factSelected`, as a click would. With none
        selected, the first fact from the left edge of the view on (or the last before its
        right edge). False, with nothing changed, past the last or before the first."""
        order = self._facts_by_date()
        if not order:
            return False
        selected = self._state.selected
        current = self._shown.item(selected) if selected is not None else None
        if current is None:
            t0, t1 = self.visible_days()
            keys = [(it.start, it.end) for it in order]
            if forward:
                i = bisect_left(keys, (t0, -math.inf))
                i = min(i, len(order) - 1)
            else:
                i = max(bisect_left(keys, (t1, -math.inf)) - 1, 0)
        else:
            i = order.index(current) + (1 if forward else -1)
            if not 0 <= i < len(order):
                return False
        item = order[i]
        self._set_selected(item.id)
        self._reveal(item)
        self.viewport().update()
        self.factSelected.emit(item.id)
        return True

    def _facts_by_date(self) -> list[TimelineItem]:
        if self._date_order is None:
            lane = {name: i for i, name in enumerate(self._shown.lane_names)}
            self._date_order = sorted(
                self._shown, key=lambda it: (it.start, it.end, lane[it.lane], it.id)
            )
        return self._date_order

    def clear_selection(self) -> None:
        if self._state.selected is not None:
            self._set_selected(None)
            self.viewport().update()

    def _reveal(self, item: TimelineItem) -> None:
        if item.lane in self._collapsed:
            # A fact chosen elsewhere (the table, Tab, Back) is shown, not left folded away.
            self.set_lane_collapsed(item.lane, False)
        t0, t1 = self.visible_days()
        margin = (t1 - t0) * 0.08
        # A fact whose marker is whole in view leaves the view as it is: the first day of a
        # story framed edge to edge (the opening view, Fit All) was centred when chosen in
        # the table, half the timeline then empty days before the story.
        # One near an edge (cut by it, or a re-dated fact moved a day past it) is brought in
        # by as little as shows it with a little room; one far off is centred.
        room = self._layout_metrics.marker_half * 2 / self._ppd
        near = (t1 - t0) / 2
        if t0 + room <= item.anchor <= t1 - room:
            pass
        elif item.end - item.start > (t1 - t0) * 0.8:
            self.set_view(item.start - margin, self._ppd)
        elif t0 - near <= item.anchor < t0 + room:
            self.set_view(item.anchor - margin, self._ppd)
        elif t1 - room < item.anchor <= t1 + near:
            self.set_view(item.anchor + margin - (t1 - t0), self._ppd)
        else:
            self._center_on(item.anchor)
        self._reveal_lane(item.lane)

    def _reveal_lane(self, lane: str) -> None:
        """Scroll the lanes as little as will show ``lane``: the lanes the analyst was
        looking at stay in view where they can."""
        frame = self._current_frame()
        pos = self._shown.lane_position(lane)
        if pos >= len(frame.lane_tops):
            return
        top, height = frame.lane_tops[pos], frame.lane_heights[pos]
        body = frame.geo.body_h
        if top < self._y_off:
            self._set_y_off(top)
        elif top + height > self._y_off + body:
            self._set_y_off(min(top, top + height - body))

    def item_position(self, item_id: int) -> QPointF | None:
        """Where ``item_id`` is drawn in viewport coordinates (its marker, its bar, or the
        bubble that holds it), or None when it is not on screen."""
        frame = self._current_frame()
        for lf in frame.lanes:
            for p in lf.layout.placed:
                if p.contains(item_id):
                    cy = frame.geo.row_center(lf.rows_top, lf.layout.rows, p.row)
                    x = p.x if p.kind != SPAN else (max(p.x0, 0) + min(p.x1, frame.geo.plot_w)) / 2
                    return QPointF(frame.geo.plot_left + x, cy)
        return None

    def placed_at(self, pos: QPointF) -> Placed | None:
        """What is drawn under viewport position ``pos`` (a marker, bar or bubble)."""
        hits = self._current_frame().hits(pos.x(), pos.y())
        return hits[0][1] if hits else None

    # -- export ----------------------------------------------------------------------------------

    def render_to_image(
        self, path: str | Path, size: QSize | None = None, *, scale: float | None = None
    ) -> bool:
        """Save the visible time range as PNG (or SVG when ``path`` ends in .svg).

        ``size`` defaults to the widget's size, and the picture is then what is on screen;
        a different size keeps the same time range but lays it out again. A PNG has ``scale``
        image pixels per logical pixel (the screen's own ratio when None): 2 gives a picture
        sharp enough to print, with the layout, labels and counts exactly as on screen.
        A file that cannot be written (a full disk) raises OSError with the system's reason,
        leaving nothing at ``path`` (see write_picture).
        """
        path = Path(path)
        size = size or self.viewport().size()
        w, h = max(size.width(), 200), max(size.height(), 120)
        geo = self._geometry_for(w, h)
        t0, t1 = self.visible_days()
        # The screen's own scale when the width is the screen's: the same scale recomputed
        # from the range can differ in its last bit and move a tick by a pixel.
        same_width = geo.plot_w == self._geometry().plot_w
        ppd = self._ppd if same_width else geo.plot_w / (t1 - t0)
        folded = frozenset(self._collapsed)
        # drawn as on screen: the selected fact apart from any count, with its ring
        apart = self._state.selected
        frame = build_frame(
            self._shown,
            geo,
            t0,
            ppd,
            0.0,
            self._metrics(),
            *self._widths(),
            collapsed=folded,
            apart=apart,
        )
        y_off = min(self._y_off, frame.max_scroll)
        if y_off > 0:
            frame = build_frame(
                self._shown,
                geo,
                t0,
                ppd,
                y_off,
                self._metrics(),
                *self._widths(),
                collapsed=folded,
                apart=apart,
            )
        state = PaintState(self._state.selected, None, self._state.lane_title)
        state.echoes = self._state.echoes
        state.lane_kinds = self._state.lane_kinds
        state.collapsed = folded
        state.beyond = self.beyond_edges()
        state.empty_text = self._state.empty_text
        state.now = now_day()
        if path.suffix.lower() == ".svg":
            svg = QBuffer()
            svg.open(QIODevice.OpenModeFlag.WriteOnly)
            gen = QSvgGenerator()
            gen.setOutputDevice(svg)
            gen.setSize(QSize(w, h))
            gen.setViewBox(QRectF(0, 0, w, h))
            gen.setTitle("Factlane timeline")
            first, last = day_to_date(t0), day_to_date(t1 - 1e-9)
            gen.setDescription(f"Facts from {first.isoformat()} to {last.isoformat()}")
            painter = QPainter()
            if not painter.begin(gen):
                return False
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paint_frame(painter, frame, self._glyphs, state, vector=True)
            painter.end()
            write_picture(path, bytes(svg.data().data()))
            return True
        ratio = scale or self.devicePixelRatioF()
        image = QImage(
            QSize(math.ceil(w * ratio), math.ceil(h * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(self._colors.base)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_frame(painter, frame, self._glyphs, state)
        painter.end()
        write_picture(path, encode_png(image))
        return True

    def render_report(
        self,
        path: str | Path,
        *,
        width: int | None = None,
        scale: float | None = None,
        title: str = "Timeline",
        notes: str = "",
    ) -> bool:
        """Save the visible time range as a picture for a report, PNG or SVG by ``path``.

        The lanes, facts and axis as on screen (the same range, and at the pane's own width
        the same layout, or ``width`` pixels wide), every lane whole rather than the part
        scrolled into view, a ``title`` over them with what the picture holds (and
        ``notes``: how the facts shown were narrowed) and a legend under them. What is there
        for the mouse is left out: the selection ring, hover, the counts at the edges (said
        in words instead), the fold arrows and today's line. Drawn on paper colours, whatever
        the theme. A PNG has ``scale`` image pixels per logical pixel (the screen's when
        None). A file that cannot be written raises OSError, as render_to_image does.
        """
        path = Path(path)
        if width is None:
            # (a hidden view's viewport keeps a stale size: its own is what it is drawn at)
            width = self.viewport().width() if self.isVisible() else self.width()
        w = max(int(width), REPORT_MIN_WIDTH)
        t0, t1 = self.visible_days()
        folded = frozenset(self._collapsed)
        # Laid out first with all the height it could want: no lane is made compact.
        tall = self._geometry_for(w, self._header_h + REPORT_MAX_LANES_H * 4)
        same_width = tall.plot_w == self._geometry().plot_w
        ppd = self._ppd if same_width else tall.plot_w / (t1 - t0)
        args = (self._metrics(), *self._widths())
        frame = build_frame(self._shown, tall, t0, ppd, 0.0, *args, collapsed=folded)
        lanes_h = min(max(frame.content_h, frame.natural_h), REPORT_MAX_LANES_H)
        # An empty picture still has room to say so.
        lanes_h = max(lanes_h, 3 * self._layout_metrics.row_height)
        plot_h = math.ceil(self._header_h + lanes_h)
        frame = build_frame(
            self._shown,
            self._geometry_for(w, plot_h),
            t0,
            ppd,
            0.0,
            *args,
            collapsed=folded,
            roomy=True,
        )
        cut = sum(
            1
            for top, h in zip(frame.lane_tops, frame.lane_heights, strict=True)
            if top + h > lanes_h + 0.5
        )

        colors = self._colors
        if colors.dark:
            from desktop.ui.style import with_muted_text

            colors = TimelineColors.from_palette(
                with_muted_text(QApplication.style().standardPalette())
            )
        cache = GlyphCache(colors, self._fonts) if colors is not self._colors else self._glyphs
        state = PaintState(None, None, self._state.lane_title)
        state.collapsed = folded
        state.lane_kinds = self._state.lane_kinds
        state.empty_text = self._state.empty_text
        statuses = {it.status for it in self._shown if it.end > t0 and it.start < t1}
        entries = legend_entries(frame, statuses)

        before, after = self.beyond_edges() if len(self._shown) else (0, 0)
        shown = len(self._shown) - before - after
        first, last = day_to_date(t0), day_to_date(t1 - 1e-9)
        parts = [
            f"{shown:,} fact{'' if shown == 1 else 's'}",
            f"{_report_day(first)} – {_report_day(last)}",
        ]
        if self._state.lane_title:
            parts.append(f"lanes: {self._state.lane_title.lower()}")
        if notes:
            parts.append(notes)
        if before or after:
            outside = [f"{n:,} {word}" for n, word in ((before, "earlier"), (after, "later")) if n]
            parts.append(" and ".join(outside) + " outside this range, not drawn")
        if cut:
            parts.append(f"{cut:,} lane{'' if cut == 1 else 's'} below not drawn")
        subtitle = " · ".join(parts)

        top = title_height(cache)
        foot = legend_height(cache, entries, w)
        # Counts no height opened (ten reports of a day in one source) are said in words
        # under the legend: a picture cannot be clicked open.
        counts = count_notes(frame)
        said = count_notes_height(cache, counts, w)
        h = math.ceil(top + plot_h + foot + said)

        def draw(painter: QPainter, vector: bool) -> None:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paint_title(painter, cache, w, title, subtitle)
            painter.save()
            painter.translate(0, top)
            painter.setClipRect(QRectF(0, 0, w, plot_h))
            paint_frame(painter, frame, cache, state, vector=vector, report=True)
            painter.restore()
            painter.save()
            painter.translate(0, top + plot_h)
            paint_legend(painter, cache, w, entries, vector=vector)
            painter.restore()
            if counts:
                painter.save()
                painter.translate(0, top + plot_h + foot)
                paint_count_notes(painter, cache, w, counts, vector=vector)
                painter.restore()

        if path.suffix.lower() == ".svg":
            svg = QBuffer()
            svg.open(QIODevice.OpenModeFlag.WriteOnly)
            gen = QSvgGenerator()
            gen.setOutputDevice(svg)
            gen.setSize(QSize(w, h))
            gen.setViewBox(QRectF(0, 0, w, h))
            gen.setTitle(title)
            gen.setDescription(subtitle)
            # Fonts in points are sized for the screen's dots per inch, as the pixels are.
            gen.setResolution(max(self.logicalDpiY(), 72))
            painter = QPainter()
            if not painter.begin(gen):
                return False
            draw(painter, True)
            painter.end()
            write_picture(path, bytes(svg.data().data()))
            return True
        ratio = scale or self.devicePixelRatioF()
        image = QImage(
            QSize(math.ceil(w * ratio), math.ceil(h * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(colors.base)
        painter = QPainter(image)
        draw(painter, False)
        painter.end()
        write_picture(path, encode_png(image))
        return True

    # -- geometry and frames -------------------------------------------------------------------

    def _metrics(self) -> LayoutMetrics:
        return self._layout_metrics

    def _text_width(self, text: str) -> float:
        return self._fonts.fm_small.horizontalAdvance(text)

    def _major_width(self, text: str) -> float:
        return self._fonts.fm_bold.horizontalAdvance(text)

    def _widths(self) -> tuple[TextWidth, TextWidth]:
        """How the axis measures its lower (small) and upper (bold) labels."""
        return self._text_width, self._major_width

    def _widest_lane_name(self) -> float:
        """The widest lane name in the bold font with its count beside it ('Meridian Wire ·
        7 facts', as a lane one row tall says it), measured once per set of lanes and font:
        every frame asks for the geometry (a step to the next fact asks several times), and
        measuring 300 outlets' names each time took 28 ms of a keystroke at 10,000 facts.

        Measured without the count, a one-row lane's name was cut to make room for it in a
        column sized for the name alone ('Merid… · 7 facts' with the plot half empty).

        The column's title is measured with them ('Sources · 20 hidden'): with every lane
        hidden by a search the column shrank to its least and the title read 'Sources · …'."""
        title = self._state.lane_title
        lanes = [(title, -1)] + [(lane.name, lane.count) for lane in self._shown.lanes]
        fm, fm_small = self._fonts.fm_bold, self._fonts.fm_small
        cached = self._lane_name_width
        # equal lists of the same strings compare in microseconds; measuring them takes ms
        if cached is not None and cached[1] is fm and cached[2] is fm_small and cached[0] == lanes:
            return cached[3]
        counts: dict[str, float] = {}
        widest = fm.horizontalAdvance(title)
        lanes_only = lanes[1:]
        for name, n in lanes_only:
            text = f"{ONE_ROW_GAP}{n:,} fact" + ("" if n == 1 else "s")
            if text not in counts:
                counts[text] = fm_small.horizontalAdvance(text)
            widest = max(widest, fm.horizontalAdvance(name) + counts[text])
        self._lane_name_width = (lanes, fm, fm_small, widest)
        return widest

    def _geometry_for(self, width: float, height: float) -> Geometry:
        names = self._shown.lane_names
        widest = self._widest_lane_name()
        if self._lane_names_w is not None:
            # Dragged wide for long outlet names or headlines; the facts keep 40% of the room.
            label_w = max(LANE_NAMES_MIN, min(self._lane_names_w, width * LANE_NAMES_MAX_SHARE))
        else:
            label_w = min(max(widest + 40, 110.0), AUTO_LANE_NAMES_MAX, max(110.0, width * 0.3))
        return make_geometry(
            width, height, len(names), self._layout_metrics.row_height, self._header_h, label_w
        )

    def _geometry(self) -> Geometry:
        if self.isVisible():
            vp = self.viewport()
            return self._geometry_for(max(vp.width(), 1), max(vp.height(), 1))
        # A hidden view (an export, or before the first show) has a stale viewport; its own
        # size is what it is about to be drawn at.
        return self._geometry_for(max(self.width(), 1), max(self.height(), 1))

    def _invalidate(self) -> None:
        self._frame = None
        self.viewport().update()

    def _current_frame(self) -> Frame:
        geo = self._geometry()
        collapsed = frozenset(self._collapsed)
        # The selected fact is laid out apart from any count (see layout_lane), so choosing
        # another lays the lanes out again.
        selected = self._state.selected
        key = (geo, self._t0, self._ppd, self._y_off, id(self._shown), collapsed, selected)
        if self._frame is None or key != self._frame_key:
            self._frame = build_frame(
                self._shown,
                geo,
                self._t0,
                self._ppd,
                self._y_off,
                self._metrics(),
                *self._widths(),
                collapsed=collapsed,
                apart=selected,
            )
            self._frame_key = key
            # Lanes are as tall as their content at this zoom, so the scrolled height
            # changes as one zooms: keep the scroll bar (and the offset) in step.
            frame = self._frame
            bar = self.verticalScrollBar()
            top = math.ceil(frame.max_scroll)
            if bar.maximum() != top:
                bar.blockSignals(True)
                bar.setRange(0, top)
                bar.blockSignals(False)
            if self._y_off > frame.max_scroll:
                self._y_off = frame.max_scroll
                bar.blockSignals(True)
                bar.setValue(round(self._y_off))
                bar.blockSignals(False)
                return self._current_frame()
        return self._frame

    def _refresh_style(self) -> None:
        self._colors = TimelineColors.from_palette(self.palette())
        self._fonts = Fonts.from_font(self.font())
        self._lane_name_width = None
        self._glyphs = GlyphCache(self._colors, self._fonts)
        fm = QFontMetricsF(self.font())
        row_h = math.ceil(fm.height() + 7)
        self._layout_metrics = LayoutMetrics(
            row_height=row_h,
            char_width=fm.averageCharWidth(),
            bucket_px=max(40.0, fm.averageCharWidth() * 6),
        )
        self._header_h = math.ceil(
            self._fonts.fm_bold.height() + self._fonts.fm_small.height() + 18
        )
        self._invalidate()

    def _set_y_off(self, y: float) -> None:
        y = min(max(0.0, y), self._current_frame().max_scroll)
        if y != self._y_off:
            self._y_off = y
            self._invalidate()
        bar = self.verticalScrollBar()
        if bar.value() != round(y):
            bar.blockSignals(True)
            bar.setValue(round(y))
            bar.blockSignals(False)

    def _update_scrollbar(self) -> None:
        frame = self._current_frame()
        geo = frame.geo
        bar = self.verticalScrollBar()
        bar.blockSignals(True)
        bar.setRange(0, math.ceil(frame.max_scroll))
        bar.setPageStep(max(1, round(geo.body_h)))
        bar.setSingleStep(max(1, round(geo.row_h)))
        bar.blockSignals(False)
        self._set_y_off(self._y_off)

    def _on_vertical_scroll(self, value: int) -> None:
        self._y_off = float(value)
        self._invalidate()

    # -- Qt events ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def content_height(self) -> int:
        """The height that shows every lane at the current zoom without scrolling: axis,
        lanes and the frame around them."""
        frame = self._current_frame()
        # Not the compacted height: a timeline made compact by a short pane would otherwise
        # ask for no more than that and stay compact in a window with room to spare.
        lanes_h = max(frame.content_h, frame.natural_h)
        return math.ceil(self._header_h + lanes_h) + 2 * self.frameWidth() + 2

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._refresh_style()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_days is not None:
            self._set_visible_days(*self._pending_days)
        self._update_scrollbar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize()
        super().resizeEvent(event)
        if self._pending_days is not None:
            if self.isVisible():
                self._set_visible_days(*self._pending_days)
        elif old.width() > 0:
            # Keep the centre day where it was and the scale as it was.
            old_geo = self._geometry_for(old.width(), max(old.height(), 1))
            center = self._t0 + old_geo.plot_w / 2 / self._ppd
            self._center_on(center)
        self._update_scrollbar()
        self._invalidate()

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._current_frame()
        self._state.now = now_day()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._state.beyond = self.beyond_edges() if len(self._shown) else (0, 0)
        self._state.out_of_sight = self.out_of_sight_note(frame)
        paint_frame(painter, frame, self._glyphs, self._state)
        if self.hasFocus():
            # Keyboard users need to see where the keys go: two pixels, as round the lists
            # (one pixel of the dark theme's blue was 3.1:1 on the dark timeline). Drawn
            # over the edge of the picture, so nothing moves when the focus comes or goes.
            painter.setPen(QPen(self._colors.highlight, FOCUS_RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_RING_WIDTH / 2
            painter.drawRect(
                QRectF(
                    inset,
                    inset,
                    frame.geo.width - FOCUS_RING_WIDTH,
                    frame.geo.height - FOCUS_RING_WIDTH,
                )
            )
        painter.end()

    def out_of_sight_note(self, frame: Frame | None = None) -> str:
        """What the plot says when the open lanes in sight draw nothing of the days in view
        while lanes out of sight (scrolled past, or folded) hold facts of them: "Nothing in
        these lanes on these days. 9 facts of them are in lanes further down: Harbour & Tide
        Review (5), ... Scroll down to them." With 150 sources, a day zoomed into showed its
        first five lanes empty, and nothing said where that day's facts were. "" otherwise
        (the edge counts say what lies before and after the days in view)."""
        frame = frame if frame is not None else self._current_frame()
        counts = self._out_of_sight_counts(frame)
        if not counts:
            return ""
        t0, t1 = frame.t0, frame.t1
        position = self._shown.lane_position
        lowest = min(lf.index for lf in frame.lanes)
        highest = max(lf.index for lf in frame.lanes)
        below = all(position(name) > highest for name in counts)
        above = all(position(name) < lowest for name in counts)
        if below or above:
            where = f"in lanes further {'down' if below else 'up'}"
        elif all(name in self._collapsed for name in counts):
            where = "in folded lanes"
        else:
            where = "in other lanes"
        names = sorted(counts, key=position)
        listed = ", ".join(f"{name} ({counts[name]:,})" for name in names[:3])
        if len(names) > 3:
            listed += f" and {len(names) - 3:,} more"
        n = sum(counts.values())
        go = " Click to go to them."
        days = "this day" if t1 - t0 <= 1 else "these days"
        return (
            f"Nothing in these lanes on {days}. {n:,} fact{'' if n == 1 else 's'} of "
            f"them {'is' if n == 1 else 'are'} {where}: {listed}.{go}"
        )

    def _out_of_sight_counts(self, frame: Frame) -> dict[str, int]:
        """The facts of the days in view in each lane out of sight (scrolled past or
        folded), when the open lanes in sight draw none of them; {} otherwise."""
        if not len(self._shown) or not frame.lanes:
            return {}
        sight = [lf for lf in frame.lanes if lf.name not in self._collapsed]
        if any(lf.layout.placed for lf in sight):
            return {}
        before, after = self.beyond_edges()
        if len(self._shown) - before - after <= 0:
            return {}
        t0, t1 = frame.t0, frame.t1
        seen = {lf.name for lf in sight}
        counts: dict[str, int] = {}
        for it in self._shown:
            if it.lane not in seen and it.end > t0 and it.start < t1:
                counts[it.lane] = counts.get(it.lane, 0) + 1
        return counts

    def out_of_sight_rect(self) -> QRectF | None:
        """Where the note of facts out of sight is drawn, or None when it is not."""
        frame = self._current_frame()
        note = self.out_of_sight_note(frame)
        return out_of_sight_rect(frame, self._fonts, note) if note else None

    def go_to_out_of_sight(self) -> bool:
        """Bring the first lane holding facts of the days in view to the top of the lanes
        (opened if folded): what a click on the note does. False when there is none."""
        counts = self._out_of_sight_counts(self._current_frame())
        if not counts:
            return False
        lane = min(counts, key=self._shown.lane_position)
        if lane in self._collapsed:
            self.set_lane_collapsed(lane, False)
        frame = self._current_frame()
        self._set_y_off(min(frame.lane_tops[self._shown.lane_position(lane)], frame.max_scroll))
        self.viewport().update()
        return True

    def edge_count_rects(self) -> dict[bool, QRectF]:
        """Where the counts of facts beyond the edges are drawn (keyed by ``later``)."""
        if len(self._shown) == 0:
            return {}
        return edge_count_rects(self._current_frame(), self._fonts, self.beyond_edges())

    def edge_count_at(self, pos: QPointF) -> bool | None:
        """True over the count of later facts, False over the earlier, None elsewhere."""
        rects = self.edge_count_rects()
        for later, rect in rects.items():
            if rect.contains(pos):
                return later
        return None

    def _edge_tooltip(self, later: bool) -> str:
        before, after = self.beyond_edges()
        n = after if later else before
        way = "after" if later else "before"
        t0, t1 = self.visible_range()
        edge = t1 if later else t0
        return (
            f"{n:,} fact{'' if n == 1 else 's'} {way} {edge.day} {edge:%b %Y}.\n"
            "Click to bring the nearest into view; View > Fit Every Fact shows them all."
        )

    def set_lane_collapsed(self, name: str, collapsed: bool) -> None:
        """Fold a lane down to its name (its facts are not drawn), or open it again."""
        if collapsed == (name in self._collapsed):
            return
        if collapsed:
            self._collapsed.add(name)
        else:
            self._collapsed.discard(name)
        self._state.collapsed = frozenset(self._collapsed)
        self._invalidate()
        self._update_scrollbar()
        self.laneCollapsed.emit(name, collapsed)

    def collapsed_lanes(self) -> frozenset[str]:
        return frozenset(self._collapsed)

    def set_collapsed_lanes(self, names: Collection[str]) -> None:
        self._collapsed = set(names)
        self._state.collapsed = frozenset(self._collapsed)
        self._invalidate()
        self._update_scrollbar()

    def lane_names_width(self) -> float:
        """The lane-name column's width as drawn now."""
        return self._geometry().label_w

    def chosen_lane_names_width(self) -> float | None:
        return self._lane_names_w

    def set_lane_names_width(self, width: float | None) -> None:
        """Give the lane-name column ``width`` pixels (None: as wide as the names ask)."""
        width = None if width is None else max(LANE_NAMES_MIN, float(width))
        if width != self._lane_names_w:
            self._lane_names_w = width
            self._invalidate()
            self._update_scrollbar()

    def on_lane_names_edge(self, pos: QPointF) -> bool:
        """Whether ``pos`` grips the lane-name column's right edge (dragged to widen it)."""
        frame = self._current_frame()
        return abs(pos.x() - frame.geo.label_w) <= LANE_EDGE_GRIP and pos.y() >= 0

    def lane_label_at(self, pos: QPointF) -> tuple[str, bool] | None:
        """The lane whose label is under ``pos``, and whether ``pos`` is on its fold arrow."""
        frame = self._current_frame()
        if pos.x() >= frame.geo.label_w or pos.y() < frame.geo.header_h:
            return None
        for lf in frame.lanes:
            if lf.top <= pos.y() < lf.top + lf.height:
                return lf.name, pos.x() < LANE_ARROW_W
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if abs(delta.x()) > abs(delta.y()):
            # Sideways scrolling (trackpads, tilt wheels) pans.
            self.pan_by_pixels(delta.x() / 120 * self._geometry().plot_w * KEY_PAN_FRACTION)
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._set_y_off(self._y_off - delta.y() / 120 * self._geometry().lane_h)
        elif delta.y():
            factor = WHEEL_NOTCH_ZOOM ** (delta.y() / 120)
            self.zoom_by(factor, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.on_lane_names_edge(
            event.position()
        ):
            self._edge_drag = (event.position().x(), self._geometry().label_w)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._t0, self._y_off)
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._edge_drag is not None:
            start_x, start_w = self._edge_drag
            self.set_lane_names_width(start_w + pos.x() - start_x)
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, t0, y_off = self._press
            dx, dy = pos.x() - start.x(), pos.y() - start.y()
            if not self._dragging and math.hypot(dx, dy) >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self.set_view(t0 - dx / self._ppd, self._ppd)
                self._set_y_off(y_off - dy)
            return
        self._update_hover(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._edge_drag is not None:
            self._edge_drag = None
            self._lane_names_chosen(self._lane_names_w)
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_drag = self._dragging
        self._press = None
        self._dragging = False
        self.viewport().unsetCursor()
        if not was_drag:
            self._click(event.position())
        event.accept()

    def _lane_names_chosen(self, width: float | None) -> None:
        """Keep the width for the next opening (every project) and say it."""
        save_lane_names_width(width)
        self.laneNamesWidthChanged.emit(0.0 if width is None else width)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.on_lane_names_edge(event.position()):
            # A double click on the edge gives the column back to the names' own width.
            self._edge_drag = None
            self.set_lane_names_width(None)
            self._lane_names_chosen(None)
            event.accept()
            return
        if self.placed_at(event.position()) is None:
            self.zoom_by(2.0, event.position().x())
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        if self._state.hovered is not None:
            self._state.hovered = None
            self.viewport().update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab step through the facts here, before Qt takes them to move the
        # focus on; past the last fact (or before the first) they move it on as usual, and
        # Ctrl+Tab always does, as in other widgets that use Tab themselves.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                if mods & Qt.KeyboardModifier.ControlModifier:
                    self.focusNextPrevChild(forward)
                    return True
                if not mods & Qt.KeyboardModifier.AltModifier and self.step_fact(forward):
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        geo = self._geometry()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Left:
            self.pan_by_pixels(geo.plot_w * KEY_PAN_FRACTION)
        elif key == Qt.Key.Key_Right:
            self.pan_by_pixels(-geo.plot_w * KEY_PAN_FRACTION)
        elif key == Qt.Key.Key_PageUp:
            self.pan_by_pixels(geo.plot_w * 0.9)
        elif key == Qt.Key.Key_PageDown:
            self.pan_by_pixels(-geo.plot_w * 0.9)
        elif key == Qt.Key.Key_Up:
            self._set_y_off(self._y_off - geo.lane_h)
        elif key == Qt.Key.Key_Down:
            self._set_y_off(self._y_off + geo.lane_h)
        elif key == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.fit_everything()
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Escape:
            self.clear_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def lane_title_at(self, pos: QPointF) -> str:
        """The whole title of the lane whose label is under ``pos`` ('' elsewhere): a long
        outlet name or headline is cut short in the label column."""
        frame = self._current_frame()
        if pos.x() >= frame.geo.label_w or pos.y() < frame.geo.header_h:
            return ""
        for lf in frame.lanes:
            if lf.top <= pos.y() < lf.top + lf.height:
                return f"{lf.name}\n{lf.count:,} fact{'' if lf.count == 1 else 's'}"
        return ""

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            # A trackpad's pinch (macOS sends it as a gesture, not as Ctrl+wheel): spread to
            # zoom in, pinch to zoom out, about the fingers; a wheel still zooms as before.
            factor = min(PINCH_STEP_MAX, max(1 / PINCH_STEP_MAX, 1.0 + event.value()))
            if factor != 1.0:
                self.zoom_by(factor, event.position().x())
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            edge = self.edge_count_at(QPointF(event.pos()))
            if edge is not None:
                QToolTip.showText(event.globalPos(), self._edge_tooltip(edge), self.viewport())
                return True
            title = self.lane_title_at(QPointF(event.pos()))
            if title:
                QToolTip.showText(event.globalPos(), title, self.viewport())
                return True
            placed = self.placed_at(QPointF(event.pos()))
            if placed is None:
                QToolTip.hideText()
            else:
                text = tooltip_for(placed, self._describe)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    # -- interaction details ----------------------------------------------------------------------

    def _update_hover(self, pos: QPointF) -> None:
        frame = self._current_frame()
        hits = frame.hits(pos.x(), pos.y())
        key = None
        if hits:
            lf, p = hits[0]
            key = (lf.index, p.x, p.row)
        # Lane names and the counts at the edges are clicked too.
        pointing = bool(key) or self.edge_count_at(pos) is not None
        pointing = pointing or self.lane_label_at(pos) is not None
        if not pointing:
            # and the note of facts in lanes out of sight (drawn only when no lane in sight
            # draws anything, so no hit above stands under it)
            note = self.out_of_sight_rect()
            pointing = note is not None and note.contains(pos)
        cursor = Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
        if self.on_lane_names_edge(pos):
            cursor = Qt.CursorShape.SplitHCursor
        if self.viewport().cursor().shape() != cursor:
            self.viewport().setCursor(cursor)
        if key != self._state.hovered:
            self._state.hovered = key
            self.viewport().update()

    def _click(self, pos: QPointF) -> None:
        edge = self.edge_count_at(pos)
        if edge is not None:
            self.go_beyond(edge)
            return
        note = self.out_of_sight_rect()
        if note is not None and note.contains(pos):
            self.go_to_out_of_sight()
            return
        label = self.lane_label_at(pos)
        if label is not None:
            name, on_arrow = label
            if on_arrow:
                self.set_lane_collapsed(name, name not in self._collapsed)
            else:
                self.laneClicked.emit(name)
            return
        placed = self.placed_at(pos)
        if placed is None:
            self.clear_selection()
            return
        if placed.kind == BUBBLE:
            members = placed.members
            first = min(m.start for m in members)
            last = max(m.end for m in members)
            t0, t1 = self.visible_days()
            can_zoom = self._ppd < 24 * MAX_PX_PER_HOUR * 0.99
            # Facts on the very same day or interval never separate however far one zooms.
            spread = len({m.anchor for m in members}) > 1
            if can_zoom and spread and (last - first) < (t1 - t0) * 0.75:
                # Open the cluster: frame its members, zoomed in at least fourfold.
                span = max(last - first, 1.0) * 1.3
                span = min(span, (t1 - t0) / 4)
                self._set_visible_days((first + last) / 2 - span / 2, (first + last) / 2 + span / 2)
                return
            # Facts that no zoom separates (ten reports of one day in one source): the count
            # opens into a list of them to pick from.
            self._show_members(members, pos)
            return
        members = placed.members
        if len(members) == 1:
            self._select_and_emit(members[0].id)
        else:
            # A bar for several facts of the very same interval ("13–19 Jan 2025 · 3 facts").
            self._show_members(members, pos)

    def _show_members(self, members: list[TimelineItem], pos: QPointF) -> None:
        # One menu per view, filled again each time: a menu deleted on close while the view
        # goes away can take the process down with it.
        menu = self._members_menu
        if menu is None:
            menu = self._members_menu = QMenu(self)
            menu.setObjectName("timelineMembers")
            menu.setToolTipsVisible(True)
            menu.triggered.connect(self._member_chosen)
        menu.clear()
        first = min(m.earliest for m in members)
        last = max(m.latest for m in members)
        title = menu.addAction(f"{len(members):,} facts, {describe_range(first, last)}")
        title.setEnabled(False)
        menu.addSeparator()
        shown = sorted(members, key=lambda m: (m.start, m.end, m.id))[:MENU_MEMBERS]
        for m in shown:
            flag = " ⚠" if m.has_conflict else ""
            label = m.label if len(m.label) <= 70 else m.label[:69] + "…"
            action = menu.addAction(f"{label}{flag}")
            action.setCheckable(True)
            action.setChecked(m.id == self._state.selected)
            action.setToolTip(m.label)
            action.setData(m.id)
        if len(members) > MENU_MEMBERS:
            more = menu.addAction(
                f"… and {len(members) - MENU_MEMBERS:,} more (Tab steps through them all)"
            )
            more.setEnabled(False)
        menu.popup(self.viewport().mapToGlobal(pos.toPoint()))

    def members_menu(self) -> QMenu | None:
        """The list of facts last opened from a count (None when none is open)."""
        menu = self._members_menu
        return menu if menu is not None and menu.isVisible() else None

    def _member_chosen(self, action: QAction) -> None:
        fact_id = action.data()
        if isinstance(fact_id, int):
            self._select_and_emit(fact_id)

    def _select_and_emit(self, item_id: int) -> None:
        self._set_selected(item_id)
        self.viewport().update()
        self.factSelected.emit(item_id)


def now_day() -> float:
    """The present moment as a day position (local time: the analyst's own "today")."""
    now = datetime.now()
    return now.toordinal() + (now.hour * 3600 + now.minute * 60 + now.second) / 86400


def tooltip_for(placed: Placed, describe: TooltipProvider | None = None) -> str:
    """Hover text: the fact's own tooltip (written now by ``describe`` when the item carries
    none), or a summary of a group or bubble."""
    members = placed.members
    if len(members) == 1:
        it = members[0]
        if it.tooltip:
            return it.tooltip
        if describe is not None:
            try:
                text = describe(it.id)
            except Exception:  # a fact deleted a moment ago: fall back to what is drawn
                text = ""
            if text:
                return text
        return f"{it.label}\n{describe_range(it.earliest, it.latest)}"
    first = min(m.earliest for m in members)
    last = max(m.latest for m in members)
    lines = [f"{len(members):,} facts, {describe_range(first, last)}"]
    if placed.kind == BUBBLE:
        lines[0] += " — click to zoom in"
    for m in members[:TOOLTIP_MEMBERS]:
        flag = " ⚠" if m.has_conflict else ""
        lines.append(f"• {describe_range(m.earliest, m.latest)}: {m.label}{flag}")
    if len(members) > TOOLTIP_MEMBERS:
        lines.append(f"… and {len(members) - TOOLTIP_MEMBERS:,} more")
    return "\n".join(lines)
