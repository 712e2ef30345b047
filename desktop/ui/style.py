"""Look and feel: the app icon, the style sheet and the light or dark palette.

The style sheet only uses ``palette(...)`` colours and a few accents that read on both light
and dark backgrounds, so the same sheet serves both palettes.
"""

from __future__ import annotations

import os
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


def style_sheet() -> str:
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


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


def apply_look(app: QApplication, theme: str | None = None) -> None:
    """Fusion style, the system palette (or FACTLANE_THEME=dark|light), our style sheet."""
    theme = (theme or os.environ.get("FACTLANE_THEME", "system")).lower()
    if "fusion" in [k.lower() for k in QStyleFactory.keys()]:  # noqa: SIM118
        app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    font = app.font()
    if font.pointSizeF() > 0 and font.pointSizeF() < 9.5:
        font.setPointSizeF(10.0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
