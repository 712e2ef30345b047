"""The timeline as a picture for a report: a title over it and a legend under it.

The lanes and the axis are drawn by :func:`paint.paint_frame` as on screen; what is there for
the mouse only (the selection ring, hover, the counts at the edges that go to facts off
screen, the fold arrows, today's line) is left out by the caller, and what the picture leaves
out (facts before or after its range, lanes below its foot) is said in words under the title.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from desktop.ui.timeline.data import describe_range
from desktop.ui.timeline.frame import Frame
from desktop.ui.timeline.layout import BUBBLE, MARKER, SPAN
from desktop.ui.timeline.paint import BOLD, SMALL, GlyphCache, Ink

#: the margin round the title and the legend, in logical pixels
PAD = 12.0
#: the room a legend entry's glyph takes before its words
GLYPH_W = 26.0
#: between one legend entry and the next
ENTRY_GAP = 22.0

#: counts said in words under the legend, at most (the rest are counted in one line)
MAX_COUNT_NOTES = 12
#: facts of a count named by their labels
LABELS_PER_COUNT = 3

#: what a status's mark means, in the legend
STATUS_WORDS = {
    "confirmed": "confirmed by the analyst",
    "edited": "edited by the analyst",
    "manual": "added by hand",
    "rejected": "rejected",
}


@dataclass(frozen=True, slots=True)
class LegendEntry:
    #: "marker", "span", "bubble" or "conflict": the glyph drawn before the words
    kind: str
    label: str
    status: str = "auto"


def legend_entries(frame: Frame, statuses: Collection[str]) -> list[LegendEntry]:
    """What the picture needs explained: the kinds of glyph it shows, and the marks of the
    statuses among its facts (``statuses``)."""
    placed = [pl for lf in frame.lanes for pl in lf.layout.placed]
    markers = any(
        pl.kind == MARKER and pl.item is not None and pl.item.latest == pl.item.earliest
        for pl in placed
    )
    # A span too short for a bar at this zoom is drawn as a pill: a span all the same.
    spans = any(
        pl.kind == SPAN
        or (pl.kind == MARKER and pl.item is not None and pl.item.latest > pl.item.earliest)
        for pl in placed
    )
    entries: list[LegendEntry] = []
    if markers:
        entries.append(LegendEntry("marker", "a fact dated to a day"))
    if spans:
        entries.append(LegendEntry("span", "a fact dated to a week, a month or longer"))
    if any(pl.kind == BUBBLE for pl in placed):
        entries.append(LegendEntry("bubble", "facts too close to draw apart: how many"))
    if any(pl.conflicts for pl in placed):
        entries.append(LegendEntry("conflict", "a figure another report contradicts"))
    for status, words in STATUS_WORDS.items():
        if status in statuses:
            entries.append(LegendEntry("marker", words, status))
    return entries


def title_font(fonts: list[QFont]) -> QFont:
    """The title's font: the lanes' bold names, a size larger."""
    font = QFont(fonts[BOLD])
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.3)
    return font


def title_height(cache: GlyphCache) -> float:
    big = QFontMetricsF(title_font(cache.fonts.fonts))
    return PAD + big.height() + 3 + cache.fonts.fm_small.height() + PAD * 0.75


def paint_title(p: QPainter, cache: GlyphCache, width: float, title: str, subtitle: str) -> None:
    """The title and, under it in small print, what the picture holds."""
    colors = cache.colors
    height = title_height(cache)
    p.fillRect(QRectF(0, 0, width, height), colors.base)
    font = title_font(cache.fonts.fonts)
    big = QFontMetricsF(font)
    room = max(width - 2 * PAD, 1.0)
    p.setFont(font)
    p.setPen(colors.text)
    p.drawText(
        QRectF(PAD, PAD, room, big.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        big.elidedText(title, Qt.TextElideMode.ElideRight, room),
    )
    small = cache.fonts.fm_small
    p.setFont(cache.fonts.fonts[SMALL])
    p.setPen(colors.muted_text)
    p.drawText(
        QRectF(PAD, PAD + big.height() + 3, room, small.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        small.elidedText(subtitle, Qt.TextElideMode.ElideRight, room),
    )


def _row_height(cache: GlyphCache) -> float:
    return max(cache.fonts.fm_small.height(), 16.0) + 8


def _placed_entries(
    cache: GlyphCache, entries: list[LegendEntry], width: float
) -> list[tuple[float, int, LegendEntry]]:
    """Each entry's left edge and row: as many to a row as the width holds."""
    out: list[tuple[float, int, LegendEntry]] = []
    x, row = PAD, 0
    for entry in entries:
        w = GLYPH_W + cache.width(entry.label, SMALL)
        if x > PAD and x + w > width - PAD:
            x, row = PAD, row + 1
        out.append((x, row, entry))
        x += w + ENTRY_GAP
    return out


def legend_height(cache: GlyphCache, entries: list[LegendEntry], width: float) -> float:
    if not entries:
        return 0.0
    rows = _placed_entries(cache, entries, width)[-1][1] + 1
    return PAD * 0.75 + rows * _row_height(cache) + PAD * 0.5


def paint_legend(
    p: QPainter, cache: GlyphCache, width: float, entries: list[LegendEntry], *, vector: bool
) -> None:
    """The legend, from the top of the painter's coordinates: each glyph as the lanes draw
    it, and what it means."""
    if not entries:
        return
    colors = cache.colors
    height = legend_height(cache, entries, width)
    p.fillRect(QRectF(0, 0, width, height), colors.base)
    ink = Ink(p, cache, vector)
    ink.hline(0, width, 0, colors.line)
    row_h = _row_height(cache)
    fm = cache.fonts.fm_small
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for x, row, entry in _placed_entries(cache, entries, width):
        cy = PAD * 0.75 + row * row_h + row_h / 2
        if entry.kind == "marker":
            ink.diamond(x + 9, cy, entry.status, False)
        elif entry.kind == "span":
            fill, edge = cache.bar_colors("auto", False)
            top, w, h = round(cy - 6), 20, 12
            p.fillRect(round(x), top, w, h, fill)
            p.fillRect(round(x), top, w, 1, edge)
            p.fillRect(round(x), top + h - 1, w, 1, edge)
            p.fillRect(round(x) + w - 1, top, 1, h, edge)
            p.fillRect(round(x), top, 3, h, edge)
        elif entry.kind == "bubble":
            ink.bubble(x, cy - 8, 20, 16, 3, False)
        elif entry.kind == "conflict":
            ink.badge(x + 9, cy)
        ink.text(
            x + GLYPH_W, cy + (fm.ascent() - fm.descent()) / 2, entry.label, SMALL, colors.text
        )
    p.restore()
    ink.forget_pen()


@dataclass(frozen=True, slots=True)
class CountNote:
    """A count left in the picture (a bubble no height opens: ten reports of one day in one
    source), said in words: where it is, how many, and the first of its facts."""

    lane: str
    when: str
    count: int
    labels: tuple[str, ...]


def count_notes(frame: Frame) -> list[CountNote]:
    """The counts drawn in ``frame``'s plot, lane by lane from the left. A picture cannot be
    clicked open as the screen's counts are: under it, each says what it holds."""
    notes: list[CountNote] = []
    width = frame.geo.plot_w
    for lf in frame.lanes:
        bubbles = [p for p in lf.layout.placed if p.kind == BUBBLE and p.x1 > 0 and p.x0 < width]
        for pl in sorted(bubbles, key=lambda p: p.x):
            members = pl.members
            if not members:
                continue
            first = min(m.earliest for m in members)
            last = max(m.latest for m in members)
            labels = tuple(m.label for m in members[:LABELS_PER_COUNT])
            notes.append(CountNote(lf.name, describe_range(first, last), len(members), labels))
    return notes


def _note_lines(cache: GlyphCache, notes: list[CountNote], width: float) -> list[str]:
    """The lines said under the legend: a heading, a line per count (its labels cut to fit,
    never its count), and how many counts more when they are many."""
    if not notes:
        return []
    fm = cache.fonts.fm_small
    room = max(width - 2 * PAD, 1.0)
    lines = ["What the counts in the picture hold:"]
    for note in notes[:MAX_COUNT_NOTES]:
        head = f"{note.lane} · {note.when} · {note.count:,} facts: "
        more = note.count - len(note.labels)
        tail = f" and {more:,} more" if more > 0 else ""
        quoted = [f"\u201c{label}\u201d" for label in note.labels]
        left = room - fm.horizontalAdvance(head + tail + "; " * (len(quoted) - 1))
        each = left / max(len(quoted), 1)
        fitted = [fm.elidedText(q, Qt.TextElideMode.ElideRight, each) for q in quoted]
        line = head + "; ".join(f for f in fitted if f) + tail
        lines.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, room))
    rest = len(notes) - MAX_COUNT_NOTES
    if rest > 0:
        lines.append(f"and {rest:,} count{'' if rest == 1 else 's'} more")
    return lines


def count_notes_height(cache: GlyphCache, notes: list[CountNote], width: float) -> float:
    lines = _note_lines(cache, notes, width)
    if not lines:
        return 0.0
    return PAD * 0.5 + len(lines) * (cache.fonts.fm_small.height() + 3) + PAD * 0.5


def paint_count_notes(
    p: QPainter, cache: GlyphCache, width: float, notes: list[CountNote], *, vector: bool
) -> None:
    """The counts' lines, from the top of the painter's coordinates."""
    lines = _note_lines(cache, notes, width)
    if not lines:
        return
    colors = cache.colors
    p.fillRect(QRectF(0, 0, width, count_notes_height(cache, notes, width)), colors.base)
    ink = Ink(p, cache, vector)
    fm = cache.fonts.fm_small
    step = fm.height() + 3
    y = PAD * 0.5 + fm.ascent()
    for i, line in enumerate(lines):
        ink.text(PAD, y, line, SMALL, colors.muted_text if i == 0 else colors.text)
        y += step
    ink.forget_pen()
