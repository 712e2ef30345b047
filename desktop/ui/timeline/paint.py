"""Painting one :class:`Frame` with a QPainter: on screen, into a PNG or into an SVG.

Zoom never scales the painter: positions come from the time-to-pixel scale and text is drawn
at the font's size, so labels stay readable at every zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.ui.timeline.data import describe_range
from desktop.ui.timeline.frame import Frame, LaneFrame
from desktop.ui.timeline.layout import BUBBLE, SPAN, Placed, format_count
from desktop.ui.timeline.style import TimelineColors, mix, with_alpha

#: Labels narrower than this are left out rather than shown as "A…".
MIN_LABEL_PX = 28.0


@dataclass(slots=True)
class PaintState:
    selected: int | None = None
    hovered: tuple[int, float, int] | None = None  # (lane index, x, row) of the hovered glyph
    lane_title: str = ""
    empty_text: str = "No dated facts to show"


@dataclass(slots=True)
class Fonts:
    normal: QFont
    small: QFont
    bold: QFont
    count: QFont
    struck: QFont
    fm: QFontMetricsF
    fm_small: QFontMetricsF
    fm_bold: QFontMetricsF
    fm_count: QFontMetricsF

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
        return cls(
            base,
            small,
            bold,
            count,
            struck,
            QFontMetricsF(base),
            QFontMetricsF(small),
            QFontMetricsF(bold),
            QFontMetricsF(count),
        )


def paint_frame(
    p: QPainter,
    frame: Frame,
    colors: TimelineColors,
    fonts: Fonts,
    state: PaintState,
) -> None:
    geo = frame.geo
    p.fillRect(QRectF(0, 0, geo.width, geo.height), colors.base)
    _paint_lane_backgrounds(p, frame, colors)
    _paint_grid(p, frame, colors)

    p.save()
    p.setClipRect(QRectF(geo.plot_left, geo.header_h, geo.plot_w, geo.body_h))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for lf in frame.lanes:
        _paint_lane(p, frame, lf, colors, fonts, state)
    p.restore()

    _paint_lane_labels(p, frame, colors, fonts, state)
    _paint_axis(p, frame, colors, fonts, state)
    if not frame.lanes or all(lf.count == 0 for lf in frame.lanes):
        p.setPen(colors.muted_text)
        p.setFont(fonts.normal)
        p.drawText(
            QRectF(geo.plot_left, geo.header_h, geo.plot_w, geo.body_h),
            Qt.AlignmentFlag.AlignCenter,
            state.empty_text,
        )


# -- background ---------------------------------------------------------------------------------


def _paint_lane_backgrounds(p: QPainter, frame: Frame, colors: TimelineColors) -> None:
    geo = frame.geo
    for lf in frame.lanes:
        if lf.index % 2:
            p.fillRect(QRectF(0, lf.top, geo.width, geo.lane_h), colors.lane_alt)


def _paint_grid(p: QPainter, frame: Frame, colors: TimelineColors) -> None:
    geo = frame.geo
    top, bottom = geo.header_h, min(geo.height, geo.lane_top(geo.lanes, frame.y_off))
    if bottom <= top:
        return
    majors = {tk.t for tk in frame.ticks.major}
    p.setPen(QPen(colors.grid_minor, 1))
    for tk in frame.ticks.minor:
        if tk.t in majors:
            continue
        x = math.floor(frame.x_of(tk.t)) + 0.5
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.setPen(QPen(colors.grid_major, 1))
    for tk in frame.ticks.major:
        x = math.floor(frame.x_of(tk.t)) + 0.5
        p.drawLine(QPointF(x, top), QPointF(x, bottom))


# -- lane content -----------------------------------------------------------------------------


def _group_status(pl: Placed) -> str:
    members = pl.members
    first = members[0].status if members else "auto"
    return first if all(m.status == first for m in members) else "auto"


def _paint_lane(
    p: QPainter,
    frame: Frame,
    lf: LaneFrame,
    colors: TimelineColors,
    fonts: Fonts,
    state: PaintState,
) -> None:
    geo = frame.geo
    left = geo.plot_left
    rows = lf.layout.rows
    row_h = geo.row_h
    placed = lf.layout.placed
    selected = state.selected
    hover = state.hovered

    # Bars first, so that markers sitting on the same days stay visible above them.
    for pl in placed:
        if pl.kind != SPAN:
            continue
        cy = geo.row_center(lf.top, rows, pl.row)
        is_hover = hover is not None and hover == (lf.index, pl.x, pl.row)
        _paint_span(p, pl, left, cy, row_h, geo.plot_w, colors, fonts, selected, is_hover)

    fm = fonts.fm
    text_dy = (fm.ascent() - fm.descent()) / 2
    for pl in placed:
        if pl.kind == SPAN:
            continue
        cy = geo.row_center(lf.top, rows, pl.row)
        is_hover = hover is not None and hover == (lf.index, pl.x, pl.row)
        if pl.kind == BUBBLE:
            _paint_bubble(p, pl, left, cy, row_h, colors, fonts, selected, is_hover)
            continue
        item = pl.item
        assert item is not None
        x = left + pl.x
        color = colors.for_status(item.status)
        rejected = item.status == "rejected"
        is_sel = selected == item.id
        if item.latest > item.earliest:
            r = QRectF(left + pl.x0, cy - 4.5, pl.x1 - pl.x0, 9)
            if is_sel:
                p.setPen(QPen(colors.highlight, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 5, 5)
            p.setPen(QPen(color, 1.5) if rejected else QPen(color.darker(125), 1))
            p.setBrush(Qt.BrushStyle.NoBrush if rejected else QBrush(color))
            p.drawRoundedRect(r, 4, 4)
            badge_x = left + pl.x1
        else:
            h = 6.0 if not (is_hover or is_sel) else 7.0
            diamond = QPolygonF(
                [QPointF(x, cy - h), QPointF(x + h, cy), QPointF(x, cy + h), QPointF(x - h, cy)]
            )
            if is_sel:
                p.setPen(QPen(colors.highlight, 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x, cy), h + 4, h + 4)
            if rejected:
                p.setPen(QPen(color, 1.5))
                p.setBrush(QBrush(colors.base))
            else:
                p.setPen(QPen(color.darker(130) if not colors.dark else color.lighter(130), 1))
                p.setBrush(QBrush(color))
            p.drawPolygon(diamond)
            badge_x = x + h - 1
        if pl.conflicts:
            _paint_conflict_badge(p, badge_x, cy - 6, colors)
        # A label whose marker is scrolled off the left edge would show as a torn fragment.
        if pl.label_room >= MIN_LABEL_PX and item.label and pl.x0 >= 0:
            text = fm.elidedText(item.label, Qt.TextElideMode.ElideRight, pl.label_room)
            if text and text != "…":
                p.setPen(colors.muted_text if rejected else colors.text)
                p.setFont(fonts.struck if rejected else fonts.normal)
                p.drawText(QPointF(left + pl.x1 + 5, cy + text_dy), text)


def _paint_conflict_badge(p: QPainter, x: float, y: float, colors: TimelineColors) -> None:
    p.setPen(QPen(colors.base, 1.5))
    p.setBrush(QBrush(colors.conflict))
    p.drawEllipse(QPointF(x, y), 4.2, 4.2)


def _paint_span(
    p: QPainter,
    pl: Placed,
    left: float,
    cy: float,
    row_h: float,
    plot_w: float,
    colors: TimelineColors,
    fonts: Fonts,
    selected: int | None,
    hover: bool,
) -> None:
    h = row_h - 5
    # Clip far-away ends so that huge coordinates never reach the raster engine.
    x0 = max(pl.x0, -20.0)
    x1 = min(pl.x1, plot_w + 20.0)
    r = QRectF(left + x0 + 0.5, cy - h / 2, max(2.0, x1 - x0 - 1.0), h)
    status = _group_status(pl)
    color = colors.for_status(status)
    rejected = status == "rejected"
    is_sel = selected is not None and pl.group is not None and pl.contains(selected)
    fill = with_alpha(color, 40 if rejected else (70 if colors.dark else 52))
    if hover:
        fill = with_alpha(color, fill.alpha() + 30)
    p.setBrush(QBrush(fill))
    if is_sel:
        p.setPen(QPen(colors.highlight, 2.5))
    else:
        pen = QPen(color, 1.2)
        if rejected:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
    p.drawRoundedRect(r, 4, 4)
    # A solid cap at the start marks where the interval begins, as in a Gantt bar.
    if pl.x0 >= -2:
        p.fillRect(QRectF(r.left(), r.top() + 2, 3, r.height() - 4), color)

    g = pl.group
    if g is not None:
        if g.count == 1:
            text = g.members[0].label
        else:
            text = f"{describe_range(g.earliest, g.latest)} · {g.count} facts"
        vis_left = max(left + x0, left) + 7
        vis_right = min(left + x1, left + plot_w) - 6 - (9 if pl.conflicts else 0)
        room = vis_right - vis_left
        if room >= MIN_LABEL_PX:
            fm = fonts.fm_small
            label = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            if label and label != "…":
                p.setFont(fonts.small)
                p.setPen(colors.muted_text if rejected else colors.text)
                p.drawText(QPointF(vis_left, cy + (fm.ascent() - fm.descent()) / 2), label)
    if pl.conflicts:
        _paint_conflict_badge(p, min(left + x1, left + plot_w) - 8, cy, colors)


def _paint_bubble(
    p: QPainter,
    pl: Placed,
    left: float,
    cy: float,
    row_h: float,
    colors: TimelineColors,
    fonts: Fonts,
    selected: int | None,
    hover: bool,
) -> None:
    h = row_h - 3
    r = QRectF(left + pl.x0, cy - h / 2, pl.x1 - pl.x0, h)
    n = pl.count
    # Darker for fuller buckets, so density reads at a glance even before the numbers.
    depth = min(1.0, math.log10(max(1, n)) / 3)
    fill = mix(colors.bubble_light, colors.bubble, depth)
    if hover:
        fill = colors.highlight
    path = QPainterPath()
    path.addRoundedRect(r, h / 2, h / 2)
    p.fillPath(path, fill)
    if selected is not None and pl.contains(selected):
        p.setPen(QPen(colors.highlight, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), h / 2 + 2.5, h / 2 + 2.5)
    p.setFont(fonts.count)
    p.setPen(colors.highlight_text if hover else colors.bubble_text)
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, format_count(n))
    if pl.conflicts:
        _paint_conflict_badge(p, r.right() - 2, r.top() + 1, colors)


# -- lane labels and axis ---------------------------------------------------------------------------


def _paint_lane_labels(
    p: QPainter, frame: Frame, colors: TimelineColors, fonts: Fonts, state: PaintState
) -> None:
    geo = frame.geo
    w = geo.label_w
    p.save()
    p.setClipRect(QRectF(0, geo.header_h, w, geo.body_h))
    for lf in frame.lanes:
        bg = colors.lane_alt if lf.index % 2 else colors.base
        p.fillRect(QRectF(0, lf.top, w, geo.lane_h), _tint(bg, colors))
        name = fonts.fm_bold.elidedText(lf.name, Qt.TextElideMode.ElideRight, w - 22)
        two_lines = geo.lane_h >= fonts.fm_bold.height() + fonts.fm_small.height() + 10
        mid = lf.top + geo.lane_h / 2
        p.setFont(fonts.bold)
        p.setPen(colors.text)
        if two_lines:
            block = fonts.fm_bold.height() + fonts.fm_small.height()
            y = mid - block / 2 + fonts.fm_bold.ascent()
            p.drawText(QPointF(12, y), name)
            p.setFont(fonts.small)
            p.setPen(colors.muted_text)
            count = f"{lf.count:,} fact" + ("" if lf.count == 1 else "s")
            p.drawText(QPointF(12, y + fonts.fm_small.height() + 1), count)
        else:
            fm = fonts.fm_bold
            p.drawText(QPointF(12, mid + (fm.ascent() - fm.descent()) / 2), name)
        p.setPen(QPen(colors.grid_minor, 1))
        p.drawLine(QPointF(0, lf.top + geo.lane_h - 0.5), QPointF(w, lf.top + geo.lane_h - 0.5))
    p.restore()
    p.setPen(QPen(colors.line, 1))
    p.drawLine(QPointF(w - 0.5, geo.header_h), QPointF(w - 0.5, geo.height))


def _tint(c: QColor, colors: TimelineColors) -> QColor:
    # The label column sits a shade away from the lanes so that it reads as a header.
    return mix(c, colors.text, 0.03)


def _paint_axis(
    p: QPainter, frame: Frame, colors: TimelineColors, fonts: Fonts, state: PaintState
) -> None:
    geo = frame.geo
    h = geo.header_h
    p.fillRect(QRectF(0, 0, geo.width, h), colors.header)
    p.setPen(QPen(colors.line, 1))
    p.drawLine(QPointF(0, h - 0.5), QPointF(geo.width, h - 0.5))
    p.drawLine(QPointF(geo.label_w - 0.5, 0), QPointF(geo.label_w - 0.5, h))
    p.save()
    p.setClipRect(QRectF(geo.plot_left, 0, geo.plot_w, h))
    ticks = frame.ticks
    fm_small = fonts.fm_small
    fm_bold = fonts.fm_bold
    lower_base = h - 8 - fm_small.descent()
    upper_base = 6 + fm_bold.ascent()

    # Sub-ticks: short marks only, a ruler feel without more text.
    p.setPen(QPen(colors.grid_major, 1))
    for t in ticks.sub:
        x = math.floor(frame.x_of(t)) + 0.5
        p.drawLine(QPointF(x, h - 4), QPointF(x, h - 1))

    p.setFont(fonts.small)
    for tk in ticks.minor:
        x = math.floor(frame.x_of(tk.t)) + 0.5
        p.setPen(QPen(colors.line, 1))
        p.drawLine(QPointF(x, h - 9), QPointF(x, h - 1))
        p.setPen(colors.header_text)
        p.drawText(QPointF(x + 4, lower_base), tk.label)

    p.setFont(fonts.bold)
    majors = ticks.major
    xs = [frame.x_of(tk.t) for tk in majors]
    for i, tk in enumerate(majors):
        x = math.floor(xs[i]) + 0.5
        p.setPen(QPen(colors.line, 1))
        p.drawLine(QPointF(x, 2), QPointF(x, h - 1))
        p.setPen(colors.header_text)
        p.drawText(QPointF(x + 5, upper_base), tk.label)
    start = ticks.major_at_start
    if start is not None and (not majors or majors[0].t > frame.t0 + 1e-9):
        # The period the left edge sits in stays named, and is pushed aside by the next one.
        w = fm_bold.horizontalAdvance(start.label)
        x = geo.plot_left + 5
        if xs and xs[0] - 10 < x + w:
            x = xs[0] - 10 - w
        p.setPen(colors.header_text)
        p.drawText(QPointF(x, upper_base), start.label)
    p.restore()

    corner = geo.label_w - 20
    if state.lane_title:
        p.setFont(fonts.bold)
        p.setPen(colors.header_text)
        title = fm_bold.elidedText(state.lane_title, Qt.TextElideMode.ElideRight, corner)
        p.drawText(QPointF(12, upper_base), title)
    p.setFont(fonts.small)
    p.setPen(colors.muted_text)
    p.drawText(
        QPointF(12, lower_base),
        fm_small.elidedText(ticks.unit.title, Qt.TextElideMode.ElideRight, corner),
    )
