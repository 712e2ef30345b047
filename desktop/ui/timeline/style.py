"""Colours of the timeline, taken from the widget's palette plus a few accents.

Neutral surfaces come from QPalette roles so that light and dark themes both work; the status
accents have a light-theme and a dark-theme shade so that they keep their contrast on either;
rejected facts are drawn in a grey made from the palette's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from desktop.ui.style import legible_grey

_STATUS_SHADES: dict[str, tuple[str, str]] = {
    # status: (on a light background, on a dark background)
    "auto": ("#2f6fde", "#6ea8ff"),
    "confirmed": ("#1f9d55", "#4fd18b"),
    "edited": ("#d07a00", "#f5b041"),
    "manual": ("#7b4fd6", "#b89cff"),
}
_CONFLICT = ("#d93025", "#ff6b5e")


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def with_alpha(c: QColor, alpha: int) -> QColor:
    out = QColor(c)
    out.setAlpha(alpha)
    return out


@dataclass(slots=True)
class TimelineColors:
    dark: bool
    base: QColor
    lane_alt: QColor
    header: QColor
    header_text: QColor
    text: QColor
    muted_text: QColor
    line: QColor
    grid_minor: QColor
    grid_major: QColor
    highlight: QColor
    highlight_text: QColor
    bubble: QColor
    bubble_light: QColor
    bubble_text: QColor
    conflict: QColor
    status: dict[str, QColor]

    def for_status(self, status: str) -> QColor:
        return self.status.get(status, self.status["auto"])

    @classmethod
    def from_palette(cls, pal: QPalette) -> TimelineColors:
        window = pal.color(QPalette.ColorRole.Window)
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        shade = 1 if dark else 0
        alt = pal.color(QPalette.ColorRole.AlternateBase)
        if alt == base or abs(alt.lightness() - base.lightness()) > 40:
            # Styles disagree on AlternateBase; a faint tint of the text colour always works.
            alt = mix(base, text, 0.035 if not dark else 0.05)
        header = mix(window, text, 0.03)
        # Rejected facts and muted labels: a grey of this palette's own text, faded towards
        # the lanes but legible on both lane shades (a fixed grey was dim on dark lanes).
        muted = legible_grey(text, [base, alt])
        status = {k: QColor(v[shade]) for k, v in _STATUS_SHADES.items()}
        status["rejected"] = muted
        return cls(
            dark=dark,
            base=base,
            lane_alt=alt,
            header=header,
            header_text=pal.color(QPalette.ColorRole.WindowText),
            text=text,
            muted_text=muted,
            line=mix(base, text, 0.25),
            grid_minor=mix(base, text, 0.07),
            grid_major=mix(base, text, 0.16),
            highlight=pal.color(QPalette.ColorRole.Highlight),
            highlight_text=pal.color(QPalette.ColorRole.HighlightedText),
            bubble=mix(base, text, 0.78 if not dark else 0.62),
            bubble_light=mix(base, text, 0.52 if not dark else 0.40),
            bubble_text=base,
            conflict=QColor(_CONFLICT[shade]),
            status=status,
        )
