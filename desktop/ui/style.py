"""Look and feel: the app icon, the style sheet and the light or dark palette.

The style sheet only uses ``palette(...)`` colours and a few accents that read on both light
and dark backgrounds, so the same sheet serves both palettes.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or bundled beside the frozen executable."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "resources", here.parents[1] / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


def app_icon() -> QIcon:
    path = resources_dir() / "factlane.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet(palette: QPalette | None = None) -> str:
    """The style sheet with its icons' paths filled in, their tone chosen for ``palette``
    (the application's when not given): dark arrows on a light window, light on a dark."""
    path = resources_dir() / "style.qss"
    if not path.exists():
        return ""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    tone = "on-dark" if window.lightnessF() < 0.5 else "on-light"
    icons = (resources_dir() / "icons").as_posix()
    text = path.read_text(encoding="utf-8")
    text = scale_point_sizes(text, _app_point_size())
    focus = focus_colour(palette).name()
    return text.replace("@icons/", f"{icons}/").replace("@tone", tone).replace("@focus", focus)


def focus_colour(palette: QPalette) -> QColor:
    """The colour of the lists' focus ring: the highlight, made to read at 4.5:1 on the
    lists' grounds (base, alternate rows, window). One pixel of the dark theme's highlight
    was 3.4:1 on the lists and under 3:1 on their alternate rows: not plainly where the
    keyboard was."""
    group = QPalette.ColorGroup.Active
    grounds = [
        palette.color(group, QPalette.ColorRole.Base),
        palette.color(group, QPalette.ColorRole.AlternateBase),
        palette.color(group, QPalette.ColorRole.Window),
    ]
    return legible_accent(palette.color(group, QPalette.ColorRole.Highlight), grounds)


#: The application font the style sheet's point sizes are written for.
SHEET_BASE_POINTS = 10.0


def _app_point_size() -> float:
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else 0.0
    return size if size > 0 else SHEET_BASE_POINTS


def scale_point_sizes(sheet: str, app_points: float) -> str:
    """The sheet's font sizes grown with a larger application font: Qt style sheets know no
    ``em``, so the reader's 11-point body stayed 11 points under a 15-point font chosen for
    reading, smaller than every label around it. A smaller font leaves them as written."""
    factor = max(1.0, app_points / SHEET_BASE_POINTS)
    if factor == 1.0:
        return sheet
    return re.sub(
        r"font-size:\s*(\d+(?:\.\d+)?)pt",
        lambda m: f"font-size: {float(m.group(1)) * factor:.1f}pt",
        sheet,
    )


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, alt = QColor(36, 38, 43), QColor(28, 30, 34), QColor(44, 47, 53)
    text, muted = QColor(226, 228, 232), QColor(150, 155, 165)
    accent = QColor(88, 160, 255)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(50, 53, 60))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(50, 53, 60))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        p.setColor(group, QPalette.ColorRole.Highlight, accent.darker(140))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.Link, accent)
        p.setColor(group, QPalette.ColorRole.Mid, QColor(70, 74, 82))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(60, 64, 72))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(20, 21, 24))
        p.setColor(group, QPalette.ColorRole.Light, QColor(80, 84, 92))
        p.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 120, 120))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(110, 114, 122))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, window)
    return p


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (4.5 is the floor for small text)."""
    return _contrast(a, b)


def legible_grey(text: QColor, grounds: list[QColor], minimum_contrast: float = 4.5) -> QColor:
    """The grey nearest halfway from the text to the first ground that still reads on every
    ground: set-aside things (rejected facts) look faded next to the text, yet stay legible,
    in any palette."""
    ground = grounds[0]
    for step in range(50, 101, 2):
        t = step / 100
        c = QColor(
            round(ground.red() + (text.red() - ground.red()) * t),
            round(ground.green() + (text.green() - ground.green()) * t),
            round(ground.blue() + (text.blue() - ground.blue()) * t),
        )
        if all(_contrast(c, g) >= minimum_contrast for g in grounds):
            return c
    return QColor(text.red(), text.green(), text.blue())


def legible_ground(ground: QColor, text: QColor, minimum_contrast: float = 4.5) -> QColor:
    """``ground`` (a highlight behind text) moved away from ``text`` in small steps, darker
    under light text and lighter under dark text, until the text on it reads at
    ``minimum_contrast`` (WCAG AA: 4.5:1 for small text). Keeps its hue as long as it can."""
    if _contrast(ground, text) >= minimum_contrast:
        return QColor(ground.red(), ground.green(), ground.blue())
    towards = QColor(0, 0, 0) if text.lightnessF() >= 0.5 else QColor(255, 255, 255)
    for step in range(5, 101, 5):
        t = step / 100
        c = QColor(
            round(ground.red() + (towards.red() - ground.red()) * t),
            round(ground.green() + (towards.green() - ground.green()) * t),
            round(ground.blue() + (towards.blue() - ground.blue()) * t),
        )
        if _contrast(c, text) >= minimum_contrast:
            return c
    return towards


def legible_accent(colour: QColor, grounds: list[QColor], minimum_contrast: float = 4.5) -> QColor:
    """``colour`` (a signal hue for text: the contradiction red) as it is when it reads at
    ``minimum_contrast`` on every ground, else blended in small steps towards white on dark
    grounds or black on light ones until it does, so it keeps its hue as long as it can."""
    if all(_contrast(colour, g) >= minimum_contrast for g in grounds):
        return QColor(colour.red(), colour.green(), colour.blue())
    dark = sum(g.lightnessF() for g in grounds) / len(grounds) < 0.5
    towards = QColor(255, 255, 255) if dark else QColor(0, 0, 0)
    for step in range(4, 101, 4):
        t = step / 100
        c = QColor(
            round(colour.red() + (towards.red() - colour.red()) * t),
            round(colour.green() + (towards.green() - colour.green()) * t),
            round(colour.blue() + (towards.blue() - colour.blue()) * t),
        )
        if all(_contrast(c, g) >= minimum_contrast for g in grounds):
            return c
    return towards


def muted_colour(palette: QPalette, minimum_contrast: float = 4.8) -> QColor:
    """An opaque grey between the text and the window colours that still reads on both the
    window and the base (WCAG AA for small text is 4.5:1).

    Qt's standard light palette gives hints half-transparent black, which some paths (style
    sheets, pictures) draw as full black and which is under 4.5:1 on the grey window anyway.
    """
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    grounds = [
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window),
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base),
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase),
    ]
    given = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    if given.alpha() == 255 and all(_contrast(given, g) >= minimum_contrast for g in grounds):
        return given
    # From halfway between text and window towards the text, until it reads on every ground.
    return legible_grey(text, grounds, minimum_contrast)


def with_muted_text(palette: QPalette) -> QPalette:
    """``palette`` with an opaque muted colour for hints (the style sheet's placeholder-text)."""
    muted = muted_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
    return palette


_system_palette: QPalette | None = None


def apply_look(
    app: QApplication, theme: str | None = None, *, with_style_sheet: bool = True
) -> None:
    """Fusion style, the palette of ``theme`` (system, light, dark; by default FACTLANE_THEME,
    else the one chosen in Preferences, else the system's), our style sheet.

    Start-up leaves the style sheet out (``with_style_sheet=False``) and sets it once the first
    window is built: Qt styles a widget again each time it is put into a parent while an
    application style sheet is set, and a window assembled from the leaves up paid that about
    a hundred times (170 ms of a 220 ms build), where styling the finished window once takes 15.
    """
    global _system_palette
    if theme is None:
        from desktop.ui.preferences import saved_theme

        theme = os.environ.get("FACTLANE_THEME") or saved_theme() or "system"
    theme = theme.lower()
    if _system_palette is None:
        # The system's own, kept before any theme replaces it: choosing "As the system"
        # after "Dark" in Preferences goes back to it.
        _system_palette = QPalette(app.palette())
    if "fusion" in [k.lower() for k in QStyleFactory.keys()]:  # noqa: SIM118
        app.setStyle("Fusion")
    if theme == "dark":
        palette = dark_palette()
    elif theme == "light":
        palette = app.style().standardPalette()
    else:
        palette = QPalette(_system_palette)
    app.setPalette(with_muted_text(palette))
    font = app.font()
    if font.pointSizeF() > 0 and font.pointSizeF() < 9.5:
        font.setPointSizeF(10.0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    if with_style_sheet:
        app.setStyleSheet(style_sheet())
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
