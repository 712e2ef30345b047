"""Painting one :class:`Frame` with a QPainter: on screen, into a PNG or into an SVG.

Zoom never scales the painter: positions come from the time-to-pixel scale and text is drawn
at the font's size, so labels stay readable at every zoom.

Speed: a frame is a few hundred small shapes and labels, and each QPainter call from Python
costs microseconds, anti-aliased shapes tens of them. So on raster targets the small glyphs
(markers, conflict badges, count bubbles) are drawn once into device-pixel-ratio-aware pixmaps
and blitted; text goes through cached QStaticText; lines and bar outlines are opaque
``fillRect`` calls, the raster engine's fastest path. SVG export draws the same shapes as
vectors instead, so the file stays sharp at any size.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLine, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
)

from desktop.ui.timeline.data import SpanGroup, describe_range
from desktop.ui.timeline.frame import Frame, LaneFrame
from desktop.ui.timeline.layout import (
    BUBBLE,
    DAY_BAND_PPD,
    MARKER,
    SPAN,
    Placed,
    format_count,
    untimed,
)
from desktop.ui.timeline.style import TimelineColors, mix, with_alpha

#: Labels narrower than this are left out rather than shown as "A…".
MIN_LABEL_PX = 28.0
#: A fact's label shortened to fewer characters than this is left out: "The m…", "A …" and
#: "Volodymy…" beside crowded markers (the demo's lanes at 1280 pixels) named nothing, and
#: looked like a drawing fault; the marker alone, its tooltip saying the fact, reads better.
LABEL_STUB_CHARS = 10
#: the least of a group bar's words worth showing when cut ("13–19 J…", not "2…")
GROUP_STUB_CHARS = 5
#: Half the height of a day marker (a diamond), in logical pixels.
MARKER_HALF = 6.0
BADGE_RADIUS = 5.5
#: Width of the fold arrow at the left of each lane's name (clicked to collapse the lane).
LANE_ARROW_W = 16.0
#: Caches are dropped wholesale past this many entries; a frame needs a few hundred.
_CACHE_LIMIT = 6000

NORMAL, SMALL, BOLD, COUNT, STRUCK = range(5)


@dataclass(slots=True)
class PaintState:
    selected: int | None = None
    hovered: tuple[int, float, int] | None = None  # (lane index, x, row) of the hovered glyph
    lane_title: str = ""
    empty_text: str = "No dated facts to show"
    #: the present moment as a day position, drawn as a faint line (None: not drawn)
    now: float | None = None
    #: lanes folded down to their name
    collapsed: frozenset[str] = frozenset()
    #: facts wholly before the left edge and wholly after the right, said at the edges
    beyond: tuple[int, int] = (0, 0)
    #: said in the middle of the plot when the lanes in sight draw nothing of the days in
    #: view while lanes out of sight have facts of them (see TimelineView.out_of_sight_note)
    out_of_sight: str = ""
    #: the selected fact's other items (its copies in other lanes), ringed as it is
    echoes: frozenset[int] = frozenset()
    #: a word on what a lane's name is, before its count ("Place · 12 facts")
    lane_kinds: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Fonts:
    fonts: list[QFont]
    metrics: list[QFontMetricsF]

    @property
    def fm(self) -> QFontMetricsF:
        return self.metrics[NORMAL]

    @property
    def fm_small(self) -> QFontMetricsF:
        return self.metrics[SMALL]

    @property
    def fm_bold(self) -> QFontMetricsF:
        return self.metrics[BOLD]

    @classmethod
    def from_font(cls, base: QFont) -> Fonts:
        small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.88))
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        count = QFont(small)
        count.setWeight(QFont.Weight.Bold)
        struck = QFont(base)
        struck.setStrikeOut(True)
        fonts = [base, small, bold, count, struck]
        return cls(fonts, [QFontMetricsF(f) for f in fonts])


@dataclass(slots=True)
class GlyphCache:
    """Pixmaps, static texts and text widths that stay valid until the palette or font
    changes; the view makes a new one then."""

    colors: TimelineColors
    fonts: Fonts
    pixmaps: dict[tuple[object, ...], QPixmap] = field(default_factory=dict)
    texts: dict[tuple[str, int], QStaticText] = field(default_factory=dict)
    widths: dict[tuple[str, int], float] = field(default_factory=dict)
    elided: dict[tuple[str, int, int], str] = field(default_factory=dict)
    _bars: dict[tuple[str, bool], tuple[QColor, QColor]] = field(default_factory=dict)
    _short: dict[str, QColor] = field(default_factory=dict)
    _bubbles: dict[int, tuple[QColor, QColor]] = field(default_factory=dict)
    _group_labels: dict[tuple[float, float, int], str] = field(default_factory=dict)
    group_statuses: dict[tuple[float, float, int], str] = field(default_factory=dict)

    def bar_colors(self, status: str, hover: bool) -> tuple[QColor, QColor]:
        """Fill and edge of a bar."""
        key = (status, hover)
        found = self._bars.get(key)
        if found is None:
            c = self.colors
            color = c.for_status(status)
            rejected = status == "rejected"
            # Opaque tints rather than translucent fills: blending a bar hundreds of pixels
            # long costs far more than painting it, and the grid under a bar is not missed.
            strength = 0.14 if rejected else (0.30 if c.dark else 0.19)
            fill = mix(c.base, color, strength + (0.15 if hover else 0.0))
            edge = mix(c.base, color, 0.75) if rejected else color
            found = self._bars[key] = (fill, edge)
        return found

    def day_band(self, status: str) -> QColor:
        """The light band under a day's fact at an hours zoom (see _paint_day_bands)."""
        key = "band:" + status
        found = self._short.get(key)
        if found is None:
            found = self._short[key] = mix(self.colors.base, self.colors.for_status(status), 0.16)
        return found

    def short_span_fill(self, status: str) -> QColor:
        found = self._short.get(status)
        if found is None:
            color = self.colors.for_status(status)
            # Opaque: a translucent grey all but vanished on dark lanes.
            rejected = status == "rejected"
            found = self._short[status] = mix(self.colors.base, color, 0.6) if rejected else color
        return found

    def bubble_colors(self, level: int) -> tuple[QColor, QColor]:
        """Fill and text colour of a bubble; levels 0-9 by count, 10 when hovered."""
        found = self._bubbles.get(level)
        if found is None:
            c = self.colors
            if level >= 10:
                found = (c.highlight, c.highlight_text)
            else:
                found = (mix(c.bubble_light, c.bubble, level / 9), c.bubble_text)
            self._bubbles[level] = found
        return found

    def group_label(self, g: SpanGroup) -> str:
        key = (g.start, g.end, g.count)
        text = self._group_labels.get(key)
        if text is None:
            if len(self._group_labels) > _CACHE_LIMIT:
                self._group_labels.clear()
            if g.count == 1:
                text = g.members[0].label
            else:
                text = f"{describe_range(g.earliest, g.latest)} · {g.count} facts"
            self._group_labels[key] = text
        return text

    def group_text(self, g: SpanGroup, room: float) -> str:
        """A group bar's label as it fits in ``room``: whole ("Mar 2015 · 12 facts"), then
        shorter forms that still say which period it is ("Mar 2015 · 12", "Mar 2015", "Mar"),
        before the elided whole. A month's bar at a zoom of months read "Mar 20…"."""
        full = self.group_label(g)
        if g.count == 1 or self.width(full, SMALL) <= room:
            return self.fit(full, room, SMALL)
        key = (g.start, g.end, -g.count)
        shorter = self._group_labels.get(key)
        if shorter is None:
            period = describe_range(g.earliest, g.latest)
            forms = [f"{period} · {g.count}", period]
            year = f" {g.latest.year}"
            if g.earliest.year == g.latest.year and period.endswith(year) and len(period) > 5:
                # the axis names the year above the bar
                forms.append(period.removesuffix(year))
            shorter = "\n".join(forms)
            self._group_labels[key] = shorter
        for form in shorter.split("\n"):
            if self.width(form, SMALL) <= room:
                return form
        # "2…" of a year's bar at the edge names nothing
        out = self.fit(full, room, SMALL)
        return out if len(out.rstrip("…").rstrip()) >= GROUP_STUB_CHARS else ""

    def width(self, text: str, role: int) -> float:
        key = (text, role)
        w = self.widths.get(key)
        if w is None:
            if len(self.widths) > _CACHE_LIMIT:
                self.widths.clear()
            w = self.widths[key] = self.fonts.metrics[role].horizontalAdvance(text)
        return w

    def fit(self, text: str, room: float, role: int) -> str:
        """``text`` as it fits in ``room`` pixels: whole, elided, or "" when too narrow."""
        if room < MIN_LABEL_PX:
            return ""
        if self.width(text, role) <= room:
            return text
        # Rooms are rounded down to 8 px steps so that a pan reuses yesterday's elisions.
        step = int(room) // 8
        key = (text, step, role)
        out = self.elided.get(key)
        if out is None:
            if len(self.elided) > _CACHE_LIMIT:
                self.elided.clear()
            out = self.fonts.metrics[role].elidedText(text, Qt.TextElideMode.ElideRight, step * 8)
            if out == "…":
                out = ""
            self.elided[key] = out
        return out

    def fit_label(self, text: str, room: float, role: int) -> str:
        """A fact's label as it fits in ``room``: whole, shortened to LABEL_STUB_CHARS or
        more, else "" (a stub of a word says nothing)."""
        out = self.fit(text, room, role)
        if out and out != text and len(out.rstrip("…").rstrip()) < LABEL_STUB_CHARS:
            return ""
        return out

    def static(self, text: str, role: int) -> QStaticText:
        key = (text, role)
        st = self.texts.get(key)
        if st is None:
            if len(self.texts) > _CACHE_LIMIT:
                self.texts.clear()
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            self.texts[key] = st
        return st

    def pixmap(
        self, key: tuple[object, ...], w: float, h: float, dpr: float, draw: object
    ) -> QPixmap:
        full = (*key, dpr)
        pm = self.pixmaps.get(full)
        if pm is None:
            if len(self.pixmaps) > _CACHE_LIMIT:
                self.pixmaps.clear()
            pm = QPixmap(math.ceil(w * dpr), math.ceil(h * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            gp = QPainter(pm)
            gp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            gp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            draw(gp)  # type: ignore[operator]
            gp.end()
            self.pixmaps[full] = pm
        return pm


class Ink:
    """Drawing primitives for one paint pass, cached on raster targets, vector on SVG."""

    def __init__(self, p: QPainter, cache: GlyphCache, vector: bool) -> None:
        self.p = p
        self.cache = cache
        self.colors = cache.colors
        self.fonts = cache.fonts
        self.vector = vector
        device = p.device()
        self.dpr = device.devicePixelRatioF() if device is not None else 1.0
        self._role = -1
        self._pen: QColor | None = None
        self._badge: QPixmap | None = None

    # text --------------------------------------------------------------------------------

    def text(self, x: float, baseline: float, text: str, role: int, color: QColor) -> None:
        p = self.p
        if role != self._role:
            p.setFont(self.fonts.fonts[role])
            self._role = role
        if color is not self._pen:
            p.setPen(color)
            self._pen = color
        if self.vector:
            p.drawText(QPointF(x, baseline), text)
        else:
            top = baseline - self.fonts.metrics[role].ascent()
            p.drawStaticText(QPointF(round(x), round(top)), self.cache.static(text, role))

    def forget_pen(self) -> None:
        self._pen = None
        self._role = -1

    # shapes -------------------------------------------------------------------------------

    # Integer fillRect is the raster engine's cheapest call, and keeps 1 px lines crisp.
    def vline(self, x: float, top: float, bottom: float, color: QColor) -> None:
        t = round(top)
        self.p.fillRect(math.floor(x), t, 1, round(bottom) - t, color)

    def hline(self, left: float, right: float, y: float, color: QColor) -> None:
        x = round(left)
        self.p.fillRect(x, math.floor(y), round(right) - x, 1, color)

    def ticks(self, xs: list[float], top: float, bottom: float, color: QColor) -> None:
        """Many short vertical marks in one call."""
        if not xs:
            return
        t, b = round(top), round(bottom) - 1
        self.p.setPen(QPen(color, 0))
        self.p.drawLines([QLine(math.floor(x), t, math.floor(x), b) for x in xs])
        self._pen = None

    def diamond(self, x: float, cy: float, status: str, big: bool) -> None:
        h = MARKER_HALF + (1.0 if big else 0.0)
        color = self.colors.for_status(status)
        rejected = status == "rejected"
        edge = color.darker(130) if not self.colors.dark else color.lighter(130)
        base = self.colors.base

        def draw(gp: QPainter, cx: float = h + 1, cyy: float = h + 1) -> None:
            gp.setPen(QPen(color, 1.5) if rejected else QPen(edge, 1))
            gp.setBrush(QBrush(base if rejected else color))
            gp.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cyy - h),
                        QPointF(cx + h, cyy),
                        QPointF(cx, cyy + h),
                        QPointF(cx - h, cyy),
                    ]
                )
            )
            _status_mark(gp, status, cx, cyy, base)

        if self.vector:
            draw(self.p, x, cy)
            self.forget_pen()  # drawn with pens of its own: the next label sets its colour
            return
        size = 2 * h + 2
        pm = self.cache.pixmap(("diamond", status, big), size, size, self.dpr, draw)
        self.p.drawPixmap(QPointF(round(x - h - 1), round(cy - h - 1)), pm)

    def badge(self, x: float, y: float) -> None:
        r = BADGE_RADIUS
        conflict, base = self.colors.conflict, self.colors.base

        def draw(gp: QPainter, cx: float = r + 1.5, cy: float = r + 1.5) -> None:
            # A warning triangle with a bar of "!" in it, not a red dot: a shape says
            # "conflict" to an analyst who cannot tell the red from the fact's own colour.
            gp.setPen(QPen(base, 1.2))
            gp.setBrush(QBrush(conflict))
            gp.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - r),
                        QPointF(cx + r, cy + r * 0.8),
                        QPointF(cx - r, cy + r * 0.8),
                    ]
                )
            )
            gp.setPen(QPen(base, 1.3))
            gp.drawLine(QPointF(cx, cy - r * 0.35), QPointF(cx, cy + r * 0.2))
            gp.drawPoint(QPointF(cx, cy + r * 0.55))

        if self.vector:
            draw(self.p, x, y)
            self.forget_pen()
            return
        pm = self._badge
        if pm is None:
            size = 2 * r + 3
            pm = self._badge = self.cache.pixmap(("badge",), size, size, self.dpr, draw)
        self.p.drawPixmap(round(x - r - 1.5), round(y - r - 1.5), pm)

    def bubble(self, x: float, y: float, w: float, h: float, count: int, hover: bool) -> None:
        """A count bubble; darker for fuller buckets so density reads before the numbers."""
        level = 10 if hover else min(9, int(math.log10(max(1, count)) * 3))
        label = format_count(count)
        wi, hi = round(w), round(h)
        if self.vector:
            fill, ink = self.cache.bubble_colors(level)
            _draw_bubble(self.p, QRectF(x, y, w, h), label, fill, ink, self.fonts.fonts[COUNT])
            self.forget_pen()
            return
        key = ("bubble", label, wi, hi, level)
        pm = self.cache.pixmaps.get((*key, self.dpr))
        if pm is None:
            fill, ink = self.cache.bubble_colors(level)
            font = self.fonts.fonts[COUNT]
            pm = self.cache.pixmap(
                key,
                wi,
                hi,
                self.dpr,
                lambda gp: _draw_bubble(gp, QRectF(0, 0, wi, hi), label, fill, ink, font),
            )
        self.p.drawPixmap(round(x), round(y), pm)

    def ring(self, r: QRectF, radius: float) -> None:
        """The selection outline, drawn as a vector: there is at most one per frame."""
        p = self.p
        p.setPen(QPen(self.colors.highlight, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r, radius, radius)
        self.forget_pen()


def _draw_bubble(
    gp: QPainter, r: QRectF, label: str, fill: QColor, ink: QColor, font: QFont
) -> None:
    path = QPainterPath()
    path.addRoundedRect(r, r.height() / 2, r.height() / 2)
    gp.fillPath(path, fill)
    gp.setFont(font)
    gp.setPen(ink)
    gp.drawText(r, Qt.AlignmentFlag.AlignCenter, label)


def paint_frame(
    p: QPainter,
    frame: Frame,
    cache: GlyphCache,
    state: PaintState,
    *,
    vector: bool = False,
    report: bool = False,
) -> None:
    """Draw ``frame``. A ``report`` picture leaves out what is there for the mouse only: the
    lanes' fold arrows and the hint on how to open a folded lane."""
    ink = Ink(p, cache, vector)
    colors = cache.colors
    geo = frame.geo
    lane_shades = (colors.base, colors.lane_alt)
    # Each pixel is filled once: lanes in their own shade, the rest (below the last lane) in
    # the base colour; the axis paints its own band last.
    bottom = geo.header_h
    for lf in frame.lanes:
        p.fillRect(QRectF(0, lf.top, geo.width, lf.height), lane_shades[lf.index % 2])
        bottom = max(bottom, lf.top + lf.height)
    if bottom < geo.height:
        p.fillRect(QRectF(0, bottom, geo.width, geo.height - bottom), colors.base)
    _paint_grid(ink, frame)
    if state.now is not None:
        _paint_now(ink, frame, state.now)

    p.save()
    p.setClipRect(QRectF(geo.plot_left, geo.header_h, geo.plot_w, geo.body_h))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for lf in frame.lanes:
        if lf.name in state.collapsed:
            _paint_folded(ink, frame, lf, hint=not report)
        else:
            _paint_lane(ink, frame, lf, state, clip_labels=report)
    p.restore()
    ink.forget_pen()

    _paint_lane_labels(ink, frame, state.collapsed, arrows=not report, kinds=state.lane_kinds)
    _paint_axis(ink, frame, state)
    _paint_edge_counts(p, frame, cache, state.beyond)
    if not frame.lanes or all(lf.count == 0 for lf in frame.lanes):
        p.setPen(colors.muted_text)
        p.setFont(cache.fonts.fonts[NORMAL])
        p.drawText(
            QRectF(geo.plot_left, geo.header_h, geo.plot_w, geo.body_h),
            Qt.AlignmentFlag.AlignCenter,
            state.empty_text,
        )
    elif state.out_of_sight:
        _paint_out_of_sight(p, frame, cache, state.out_of_sight)


_OUT_OF_SIGHT_PAD = 10
_OUT_OF_SIGHT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def out_of_sight_rect(frame: Frame, fonts: Fonts, text: str) -> QRectF | None:
    """The card the note of facts out of sight is drawn on (clicked, it goes to them): in
    the middle of the plot, about 46 characters wide; None when the plot is too narrow."""
    geo = frame.geo
    fm = fonts.metrics[NORMAL]
    width = min(geo.plot_w - 24, 46 * fm.averageCharWidth())
    if width < 80:
        return None
    box = fm.boundingRect(QRectF(0, 0, width, geo.body_h), _OUT_OF_SIGHT_FLAGS, text)
    pad = _OUT_OF_SIGHT_PAD
    return QRectF(
        geo.plot_left + (geo.plot_w - width) / 2 - pad,
        geo.header_h + max(8.0, (geo.body_h - box.height()) / 2 - pad),
        width + 2 * pad,
        min(box.height(), geo.body_h - 16) + 2 * pad,
    )


def _paint_out_of_sight(p: QPainter, frame: Frame, cache: GlyphCache, text: str) -> None:
    """The note of facts of the days in view that stand in lanes out of sight, on a card of
    the axis's shade in the middle of the plot: with many sources, a day zoomed into showed
    the first lanes empty and said nothing of the facts of that day lower down."""
    colors = cache.colors
    card = out_of_sight_rect(frame, cache.fonts, text)
    if card is None:
        return
    pad = _OUT_OF_SIGHT_PAD
    flags = _OUT_OF_SIGHT_FLAGS
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(colors.line)
    p.setBrush(colors.header)
    p.drawRoundedRect(card, 6, 6)
    p.setPen(colors.header_text)
    p.setFont(cache.fonts.fonts[NORMAL])
    p.drawText(card.adjusted(pad, pad, -pad, -pad), flags, text)
    p.restore()


def _paint_grid(ink: Ink, frame: Frame) -> None:
    geo = frame.geo
    top, bottom = geo.header_h, min(geo.height, geo.header_h + frame.content_h - frame.y_off)
    if bottom <= top:
        return
    majors = {tk.t for tk in frame.ticks.major}
    for tk in frame.ticks.minor:
        if tk.t not in majors:
            ink.vline(frame.x_of(tk.t), top, bottom, ink.colors.grid_minor)
    for tk in frame.ticks.major:
        ink.vline(frame.x_of(tk.t), top, bottom, ink.colors.grid_major)


def _paint_now(ink: Ink, frame: Frame, now: float) -> None:
    """Today, as a faint line under the facts: a story still unfolding has reports of what
    is planned or expected, and the line tells them from what has happened at a glance."""
    geo = frame.geo
    x = frame.x_of(now)
    if not geo.plot_left <= x < geo.plot_left + geo.plot_w:
        return
    bottom = min(geo.height, geo.header_h + frame.content_h - frame.y_off)
    if bottom > geo.header_h:
        ink.vline(x, geo.header_h, bottom, mix(ink.colors.base, ink.colors.highlight, 0.6))


def today_tag_x(
    x: float, width: float, taken: list[tuple[float, float]], left: float, right: float
) -> float | None:
    """Where the word "today" stands in the axis's upper row for today's line at ``x``: just
    right of the line, else just left of it, clear of what the row already holds (``taken``)
    and inside ``left``..``right``; None when neither side has room (the line alone)."""
    for start in (x + 4, x - 4 - width):
        end = start + width
        if start < left or end > right:
            continue
        if all(end + 6 <= a or start - 6 >= b for a, b in taken):
            return start
    return None


def _paint_today_tag(
    ink: Ink, frame: Frame, now: float, taken: list[tuple[float, float]], baseline: float
) -> None:
    """Today's line goes up through the axis, named "today" where the row has room: the
    faint line under the facts alone did not say what it was."""
    geo = frame.geo
    x = frame.x_of(now)
    right = geo.plot_left + geo.plot_w
    if not geo.plot_left <= x < right:
        return
    color = mix(ink.colors.header_text, ink.colors.highlight, 0.75)
    # through the upper row and as a tick under the lower one: never across a label there
    ink.vline(x, 2, baseline + ink.fonts.fm_small.descent() + 2, color)
    ink.vline(x, geo.header_h - 5, geo.header_h - 1, color)
    width = ink.cache.width(TODAY_WORD, SMALL)
    at = today_tag_x(x, width, taken, geo.plot_left + 2, right - 2)
    if at is not None:
        ink.text(at, baseline, TODAY_WORD, SMALL, color)


#: the word by today's line in the axis
TODAY_WORD = "today"


# -- lane content -----------------------------------------------------------------------------


def _group_status(pl: Placed, cache: GlyphCache) -> str:
    """A group shows its members' status when they agree, "auto" otherwise."""
    g = pl.group
    if g is None:
        return pl.item.status if pl.item is not None else "auto"
    if g.count == 1:
        return g.members[0].status
    key = (g.start, g.end, g.count)
    status = cache.group_statuses.get(key)
    if status is None:
        first = g.members[0].status
        status = first if all(m.status == first for m in g.members) else "auto"
        cache.group_statuses[key] = status
    return status


def _paint_lane(
    ink: Ink, frame: Frame, lf: LaneFrame, state: PaintState, *, clip_labels: bool = False
) -> None:
    geo = frame.geo
    left = geo.plot_left
    rows = lf.layout.rows
    placed = lf.layout.placed
    hover = state.hovered
    selected = state.selected
    # Row centres once per lane rather than once per glyph.
    centers = [geo.row_center(lf.rows_top, rows, r) for r in range(rows)]
    hover_here = hover is not None and hover[0] == lf.index

    # Bars first, so that markers sitting on the same days stay visible above them. Each
    # bar knows where the next one of its row begins: a bar too short for its words says
    # them after its end, up to there.
    spans = sorted((pl for pl in placed if pl.kind == SPAN), key=lambda pl: (pl.row, pl.x0))
    for i, pl in enumerate(spans):
        is_hover = hover_here and hover == (lf.index, pl.x, pl.row)
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        free_to = nxt.x0 if nxt is not None and nxt.row == pl.row else math.inf
        _paint_span(
            ink,
            pl,
            left,
            centers[pl.row],
            geo.row_h,
            geo.plot_w,
            selected,
            is_hover,
            free_to,
            state.echoes,
        )
    if frame.ppd >= DAY_BAND_PPD:
        _paint_day_bands(ink, frame, placed, centers)

    fm = ink.fonts.fm
    text_dy = (fm.ascent() - fm.descent()) / 2
    colors = ink.colors
    cache = ink.cache
    bubble_h = geo.row_h - 3
    for pl in placed:
        kind = pl.kind
        if kind == SPAN:
            continue
        cy = centers[pl.row]
        is_hover = hover_here and hover == (lf.index, pl.x, pl.row)
        if kind == BUBBLE:
            n = pl.count
            x0 = left + pl.x0
            ink.bubble(x0, cy - bubble_h / 2, pl.x1 - pl.x0, bubble_h, n, is_hover)
            if _holds_selected(pl, selected, state.echoes):
                r = QRectF(x0, cy - bubble_h / 2, pl.x1 - pl.x0, bubble_h)
                ink.ring(r.adjusted(-2.5, -2.5, 2.5, 2.5), bubble_h / 2 + 2.5)
            if pl.conflicts:
                ink.badge(left + pl.x1 - 2, cy - bubble_h / 2 + 1)
            continue
        item = pl.item
        assert item is not None
        x = left + pl.x
        rejected = item.status == "rejected"
        is_sel = selected == item.id or item.id in state.echoes
        if item.open_start or item.open_end:
            _paint_open_tail(ink, item.status, left, pl, cy)
        if item.latest > item.earliest:
            # A span too short to be a bar at this zoom: a pill of its true width.
            r = QRectF(left + pl.x0, cy - 4, pl.x1 - pl.x0, 8)
            if is_sel:
                ink.ring(r.adjusted(-3, -3, 3, 3), 6)
            ink.p.fillRect(r, cache.short_span_fill(item.status))
            if is_hover:
                ink.p.fillRect(r.adjusted(0, 6, 0, 0), colors.highlight)
            badge_x = left + pl.x1
        else:
            if is_sel:
                ink.ring(QRectF(x - 11, cy - 11, 22, 22), 11)
            ink.diamond(x, cy, item.status, is_hover or is_sel)
            badge_x = x + MARKER_HALF - 1
        if pl.conflicts:
            ink.badge(badge_x, cy - 6)
        # A label whose marker is scrolled off the left edge would show as a torn fragment.
        # On paper a label that runs past the right edge ends in "…" there rather than in a
        # torn word ("The number of North Korean soldier|"); on screen it runs on under the
        # edge, where a pan brings the rest.
        room = min(pl.label_room, geo.plot_w - pl.x1 - 8) if clip_labels else pl.label_room
        if room >= MIN_LABEL_PX and item.label and pl.x0 >= 0:
            role = STRUCK if rejected else NORMAL
            # (on paper, a label cut by the page's edge ends in "…" however short)
            cut_by_edge = room < pl.label_room
            text = (cache.fit if cut_by_edge else cache.fit_label)(item.label, room, role)
            if text:
                color = colors.muted_text if rejected else colors.text
                ink.text(left + pl.x1 + 5, cy + text_dy, text, role, color)


def _paint_day_bands(ink: Ink, frame: Frame, placed: list[Placed], centers: list[float]) -> None:
    """At a zoom that draws hours, a fact dated to a day (or a count of them) lies on a
    light band across its whole day: its marker stands at noon, or in the part of its day in
    view, and alone it read as a time ('at 4.12am' drawn at 12:00)."""
    geo = frame.geo
    left, right = geo.plot_left, geo.plot_left + geo.plot_w
    ppd = frame.ppd
    for pl in placed:
        if pl.kind == MARKER:
            item = pl.item
            if item is None or item.latest != item.earliest or item.time is not None:
                continue
            status = item.status
        elif pl.kind == BUBBLE and pl.column is not None and pl.hi > pl.lo:
            first, last = pl.column.items[pl.lo], pl.column.items[pl.hi - 1]
            if not (first.earliest == first.latest == last.earliest == last.latest):
                continue
            if not untimed(pl.column.items[pl.lo : pl.hi]):
                continue
            item, status = first, "auto"
        else:
            continue
        day = left + (item.earliest.toordinal() - frame.t0) * ppd
        x0, x1 = max(day, left), min(day + ppd, right)
        if x1 > x0:
            cy = centers[pl.row]
            ink.p.fillRect(QRectF(x0, cy - 5, x1 - x0, 10), ink.cache.day_band(status))


def _status_mark(p: QPainter, status: str, cx: float, cy: float, ink: QColor) -> None:
    """A fact's status said by a mark inside its marker as well as by colour (for colour-blind
    analysts, and in a greyscale print): a tick for confirmed, a stroke for edited, a dot for
    added by hand. Rejected is hollow, its label struck through; found by Factlane is plain."""
    if status == "confirmed":
        p.setPen(
            QPen(
                ink, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            )
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(
            QPolygonF(
                [QPointF(cx - 2.6, cy), QPointF(cx - 0.7, cy + 2.0), QPointF(cx + 2.8, cy - 2.2)]
            )
        )
    elif status == "edited":
        p.setPen(QPen(ink, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(cx - 2.5, cy), QPointF(cx + 2.5, cy))
    elif status == "manual":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(ink))
        p.drawEllipse(QPointF(cx, cy), 1.8, 1.8)


def _paint_open_tail(ink: Ink, status: str, left: float, pl: Placed, cy: float) -> None:
    """A fact whose text leaves one end open reaches that way in a line that fades out, so
    that "for months" up to a day is told from an event on that day. Painted before the
    marker, which sits on its known end."""
    color = ink.colors.for_status(status)
    clear = with_alpha(color, 0)
    p = ink.p
    item = pl.item
    assert item is not None
    ends = []
    if item.open_start:
        ends.append((left + pl.x0, left + pl.x))
    if item.open_end:
        ends.append((left + pl.x1, left + pl.x))
    for far, near in ends:
        gradient = QLinearGradient(far, cy, near, cy)
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, color)
        x0, x1 = min(far, near), max(far, near)
        p.fillRect(QRectF(x0, cy - 1.5, x1 - x0, 3), QBrush(gradient))


def _holds_selected(pl: Placed, selected: int | None, echoes: frozenset[int]) -> bool:
    """Whether a glyph holds the selected fact or one of its copies in another lane."""
    if selected is None:
        return False
    return pl.contains(selected) or any(pl.contains(e) for e in echoes)


def _paint_span(
    ink: Ink,
    pl: Placed,
    left: float,
    cy: float,
    row_h: float,
    plot_w: float,
    selected: int | None,
    hover: bool,
    free_to: float = math.inf,
    echoes: frozenset[int] = frozenset(),
) -> None:
    colors = ink.colors
    p = ink.p
    h = round(row_h - 5)
    # Clip far-away ends so that huge coordinates never reach the raster engine.
    x0 = max(pl.x0, -4.0)
    x1 = min(pl.x1, plot_w + 4.0)
    top = round(cy - h / 2)
    bx = round(left + x0) + 1
    bw = max(2, round(x1 - x0) - 1)
    status = _group_status(pl, ink.cache)
    fill, edge = ink.cache.bar_colors(status, hover)
    p.fillRect(bx, top, bw, h, fill)
    p.fillRect(bx, top, bw, 1, edge)
    p.fillRect(bx, top + h - 1, bw, 1, edge)
    if pl.x1 <= plot_w + 2:
        p.fillRect(bx + bw - 1, top, 1, h, edge)
    # A solid cap marks where the interval begins, as in a Gantt bar.
    if pl.x0 >= -2:
        p.fillRect(bx, top, 3, h, edge)
    if _holds_selected(pl, selected, echoes):
        ink.ring(QRectF(bx - 2, top - 2, bw + 4, h + 4), 3)

    g = pl.group
    if g is not None:
        vis_left = max(left + x0, left) + 8
        vis_right = min(left + x1, left + plot_w) - 6 - (10 if pl.conflicts else 0)
        label = ""
        if vis_right - vis_left >= MIN_LABEL_PX:
            label = ink.cache.group_text(g, vis_right - vis_left)
            if (
                g.count == 1
                and label
                and label != g.members[0].label
                and len(label.rstrip("…").rstrip()) < LABEL_STUB_CHARS
            ):
                label = ""  # a stub of a word says nothing; short words whole are said
        color = colors.muted_text if status == "rejected" else colors.text
        if label:
            fm = ink.fonts.fm_small
            ink.text(vis_left, cy + (fm.ascent() - fm.descent()) / 2, label, SMALL, color)
        elif 0.0 <= pl.x1 <= plot_w:
            # Too short for its words (a month's fact at a zoom of a year): they follow its
            # end, as a marker's do, as far as the next bar of its row.
            # (ended in "…" before the plot's edge, on screen and on paper alike)
            # (the rest of an empty row, not some 260 pixels of it)
            room = min(free_to - 6, plot_w - 8) - pl.x1 - 5
            if g.count == 1:
                label = ink.cache.fit_label(g.members[0].label, room, SMALL)
            elif room >= MIN_LABEL_PX:
                label = ink.cache.group_text(g, room)
            if label:
                fm = ink.fonts.fm_small
                baseline = cy + (fm.ascent() - fm.descent()) / 2
                ink.text(left + pl.x1 + 5, baseline, label, SMALL, color)
    if pl.conflicts:
        ink.badge(min(left + x1, left + plot_w) - 9, cy)


# -- lane labels and axis ---------------------------------------------------------------------------


def edge_count_text(n: int, later: bool) -> str:
    return f"{n:,} later ▶" if later else f"◀ {n:,} earlier"


def edge_count_rects(frame: Frame, fonts: Fonts, beyond: tuple[int, int]) -> dict[bool, QRectF]:
    """Where the counts of facts beyond the edges go (keyed by ``later``): at the corners of
    the axis's upper line, beside the names of the periods, so that painting and clicking
    agree. (Under the axis they covered the first row of the top lane shown.)"""
    geo = frame.geo
    fm = fonts.fm_small
    out: dict[bool, QRectF] = {}
    # the upper line's band: from the top to the names' descent (see _paint_axis)
    band = 6 + fonts.fm_bold.height()
    h = min(fm.height() + 4, band - 2)
    top = max(1.0, (band - h) / 2 + 1)
    for later, n in zip((False, True), beyond, strict=True):
        if n <= 0:
            continue
        w = fm.horizontalAdvance(edge_count_text(n, later)) + 14
        x = geo.plot_left + geo.plot_w - w - 6 if later else geo.plot_left + 6
        out[later] = QRectF(x, top, w, h)
    return out


def _paint_edge_counts(
    p: QPainter, frame: Frame, cache: GlyphCache, beyond: tuple[int, int]
) -> None:
    """'◀ 12 earlier' and '31 later ▶': facts that Fit All left out, or that a zoom pushed
    off an edge, are said to be there (and on screen a click goes to them)."""
    colors = cache.colors
    rects = edge_count_rects(frame, cache.fonts, beyond)
    if not rects:
        return
    p.save()
    p.setFont(cache.fonts.fonts[SMALL])
    geo = frame.geo
    for later, rect in rects.items():
        # The count stands on a band of the axis's shade out to the plot's edge: a period's
        # line crossing between the count and the edge read as part of it.
        band = QRectF(
            rect.left() - 4 if later else geo.plot_left,
            rect.top() - 1,
            geo.plot_left + geo.plot_w - rect.left() + 4
            if later
            else rect.right() + 4 - geo.plot_left,
            rect.height() + 2,
        )
        p.fillRect(band, colors.header)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for later, rect in rects.items():
        p.setPen(colors.line)
        p.setBrush(colors.header)
        p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        p.setPen(colors.header_text)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, edge_count_text(beyond[later], later))
    p.restore()


def _paint_folded(ink: Ink, frame: Frame, lf: LaneFrame, *, hint: bool = True) -> None:
    """A folded lane says what it holds where its facts would be."""
    fm = ink.fonts.fm_small
    baseline = lf.top + lf.height / 2 + (fm.ascent() - fm.descent()) / 2
    text = f"{lf.count:,} fact{'' if lf.count == 1 else 's'}, folded"
    if hint:
        text += " (▸ opens the lane)"
    ink.text(frame.geo.plot_left + 8, baseline, text, SMALL, ink.colors.muted_text)


def _paint_lane_labels(
    ink: Ink,
    frame: Frame,
    collapsed: frozenset[str] = frozenset(),
    *,
    arrows: bool = True,
    kinds: Mapping[str, str] | None = None,
) -> None:
    geo = frame.geo
    colors = ink.colors
    fonts = ink.fonts
    p = ink.p
    w = geo.label_w
    p.save()
    p.setClipRect(QRectF(0, geo.header_h, w, geo.body_h))
    # The label column sits a shade away from the lanes so that it reads as a header.
    tints = (mix(colors.base, colors.text, 0.03), mix(colors.lane_alt, colors.text, 0.03))
    fm_bold, fm_small = fonts.fm_bold, fonts.fm_small
    # (no arrow on paper: the names start where the axis's title does)
    x = LANE_ARROW_W + 2 if arrows else 12
    for lf in frame.lanes:
        folded = lf.name in collapsed
        # A one-row lane has room for its name only; the count is in the tooltip then.
        two_lines = not folded and lf.height >= fm_bold.height() + fm_small.height() + 6
        p.fillRect(QRectF(0, lf.top, w, lf.height), tints[lf.index % 2])
        name = ink.cache.fit(lf.name, w - x - 10, BOLD) or lf.name[:1]
        block = fm_bold.height() + (fm_small.height() if two_lines else 0)
        mid = _label_middle(lf.top, lf.height, geo.header_h, geo.header_h + geo.body_h, block)
        if two_lines:
            y = mid - block / 2 + fm_bold.ascent()
            ink.text(x, y, name, BOLD, colors.text)
            count = f"{lf.count:,} fact" + ("" if lf.count == 1 else "s")
            kind = kinds.get(lf.name) if kinds else None
            if kind:
                count = f"{kind}{ONE_ROW_GAP}{count}"  # "Place · 12 facts"
            ink.text(x, y + fm_small.height() + 1, count, SMALL, colors.muted_text)
            arrow_y = y - (fm_bold.ascent() - fm_bold.descent()) / 2
        else:
            baseline = mid + (fm_bold.ascent() - fm_bold.descent()) / 2
            # A one-row lane says its count after its name ('Harbor Wire · 4 facts'): with no
            # line for it, it read as a lane with no count while the others had one.
            name, count = (name, "") if folded else one_row_label(ink.cache, lf, w - x - 10)
            ink.text(x, baseline, name, BOLD, colors.text)
            if count:
                cx = x + ink.cache.width(name, BOLD) + ink.cache.width(ONE_ROW_GAP, SMALL)
                ink.text(cx, baseline, count, SMALL, colors.muted_text)
            arrow_y = mid
        if arrows:
            _paint_fold_arrow(p, LANE_ARROW_W / 2 + 1, arrow_y, folded, colors.muted_text)
        ink.forget_pen()
        ink.hline(0, w, lf.top + lf.height - 1, colors.grid_minor)
    p.restore()
    ink.forget_pen()
    ink.vline(w - 1, geo.header_h, geo.height, colors.line)


def _label_middle(
    top: float, height: float, view_top: float, view_bottom: float, block: float
) -> float:
    """Where a lane's name (a ``block`` of text, one line or two) is centred: the middle of
    the lane, slid into the part of it in view when the lanes are scrolled so that the lane
    is partly out (as little as keeps the name whole): scrolled to show the last lane, the
    top one showed the lower half of its name, and a lane read as nameless."""
    mid = top + height / 2
    lo = max(top, view_top) + block / 2 + 2
    hi = min(top + height, view_bottom) - block / 2 - 2
    return min(max(mid, lo), hi) if lo <= hi else mid


ONE_ROW_GAP = " · "


def one_row_label(cache: GlyphCache, lf: LaneFrame, room: float) -> tuple[str, str]:
    """The name and the count of facts of a lane one row tall, side by side in ``room``
    pixels: the name is shortened first; when even its first letters leave no room for the
    count, the count is left out (the tooltip says it)."""
    count = f"{lf.count:,} fact" + ("" if lf.count == 1 else "s")
    rest = room - cache.width(ONE_ROW_GAP + count, SMALL)
    name = cache.fit(lf.name, rest, BOLD) if rest > 0 else ""
    if name and (name == lf.name or len(name) >= min(len(lf.name), 6)):
        return name, count
    return cache.fit(lf.name, room, BOLD) or lf.name[:1], ""


def _paint_fold_arrow(p: QPainter, cx: float, cy: float, folded: bool, color: QColor) -> None:
    """▸ for a folded lane, ▾ for an open one, drawn (a glyph may be missing from the font)."""
    r = 3.5
    if folded:
        points = [
            QPointF(cx - r * 0.6, cy - r),
            QPointF(cx + r * 0.9, cy),
            QPointF(cx - r * 0.6, cy + r),
        ]
    else:
        points = [
            QPointF(cx - r, cy - r * 0.6),
            QPointF(cx + r, cy - r * 0.6),
            QPointF(cx, cy + r * 0.9),
        ]
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF(points))
    p.restore()


def minor_labels_shown(
    xs: list[float], labels: list[str], major_xs: list[float], right: float, cache: GlyphCache
) -> list[tuple[float, str]]:
    """Where the lower row's labels are drawn (each just right of its tick at ``xs``).

    A label the right edge would cut ("Th", "12:0", "20" of 2030) is left out; its tick still
    shows, and a pan brings it whole. So is one a period's line runs through (``major_xs``,
    sorted): the week of Monday 31 August, a day before September's line, read "September /
    31"."""
    shown: list[tuple[float, str]] = []
    for x, label in zip(xs, labels, strict=True):
        start = math.floor(x) + 4
        end = start + cache.width(label, SMALL)
        if end > right:
            continue
        i = bisect_right(major_xs, start - 2)
        if i < len(major_xs) and major_xs[i] <= end + 2:
            continue
        shown.append((start, label))
    return shown


def _paint_axis(ink: Ink, frame: Frame, state: PaintState) -> None:
    geo = frame.geo
    colors = ink.colors
    fonts = ink.fonts
    p = ink.p
    h = geo.header_h
    p.fillRect(QRectF(0, 0, geo.width, h), colors.header)
    ink.hline(0, geo.width, h - 1, colors.line)
    ink.vline(geo.label_w - 1, 0, h, colors.line)
    p.save()
    p.setClipRect(QRectF(geo.plot_left, 0, geo.plot_w, h))
    ticks = frame.ticks
    fm_small, fm_bold = fonts.fm_small, fonts.fm_bold
    lower_base = h - 8 - fm_small.descent()
    upper_base = 6 + fm_bold.ascent()

    # Sub-ticks: short marks only, a ruler feel without more text.
    ink.ticks([frame.x_of(t) for t in ticks.sub], h - 4, h - 1, colors.grid_major)
    minor_xs = [frame.x_of(tk.t) for tk in ticks.minor]
    ink.ticks(minor_xs, h - 9, h - 1, colors.line)
    majors = ticks.major
    xs = [frame.x_of(tk.t) for tk in majors]
    plot_right = geo.plot_left + geo.plot_w
    for x, label in minor_labels_shown(
        minor_xs, [tk.label for tk in ticks.minor], xs, plot_right, ink.cache
    ):
        ink.text(x, lower_base, label, SMALL, colors.header_text)

    # The counts of facts beyond the edges stand in the corners of this line: the names
    # keep clear of them.
    counts = edge_count_rects(frame, fonts, state.beyond)
    first = counts[False].right() + 6 if False in counts else geo.plot_left
    right = counts[True].left() - 6 if True in counts else geo.plot_left + geo.plot_w
    # what the upper row holds, as (left, right): the counts, the periods' names
    taken = [(r.left(), r.right()) for r in counts.values()]
    for i, (x, tk) in enumerate(zip(xs, majors, strict=True)):
        ink.vline(x, 2, h - 1, colors.line)
        # A name cut by the right edge ("February 202") is left out; its line still shows.
        # One under the earlier count steps to its right, if it still ends before the next.
        left = max(math.floor(x) + 5, first)
        end = right
        if left > math.floor(x) + 5 and i + 1 < len(xs):
            end = min(right, xs[i + 1] - 10)
        width = ink.cache.width(tk.label, BOLD)
        if left + width <= end:
            ink.text(left, upper_base, tk.label, BOLD, colors.header_text)
            taken.append((left, left + width))
    start = ticks.major_at_start
    if start is not None and (not majors or majors[0].t > frame.t0 + 1e-9):
        # The period the left edge sits in stays named, and is pushed aside by the next one.
        w = ink.cache.width(start.label, BOLD)
        x = max(geo.plot_left + 5, first)
        if xs and xs[0] - 10 < x + w:
            x = xs[0] - 10 - w
        # Pushed past the edge it would read wrongly ("024" of a clipped "2024"): leave it out.
        if x >= max(geo.plot_left + 2, first) and x + w <= right:
            ink.text(x, upper_base, start.label, BOLD, colors.header_text)
            taken.append((x, x + w))
    if state.now is not None:
        _paint_today_tag(ink, frame, state.now, taken, upper_base)
    p.restore()
    ink.forget_pen()

    corner = geo.label_w - 20
    if state.lane_title:
        title = ink.cache.fit(state.lane_title, corner, BOLD)
        ink.text(12, upper_base, title, BOLD, colors.header_text)
    unit = ink.cache.fit(ticks.unit.title, corner, SMALL)
    ink.text(12, lower_base, unit, SMALL, colors.muted_text)
