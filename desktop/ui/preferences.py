"""The analyst's preferences: what they are, where they are kept (QSettings, under
``preferences/``), and the window that changes them (Edit > Preferences…, Ctrl+,; the
application menu on macOS). The main window applies them (MainWindow.apply_preferences)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

THEMES: dict[str, str] = {
    "system": "As the system",
    "light": "Light",
    "dark": "Dark",
}

#: What the timeline frames when a project opens: the story's busiest days (the background
#: its articles mention counted at the edges), what Fit All frames, or the latest stretch of
#: facts (the days ending with the latest fact), for a story followed day by day.
OPENING_ZOOMS: dict[str, tuple[str, int | None]] = {
    "story": ("The story's busiest days", None),
    "all": ("All facts (as Fit All)", None),
    "year": ("The latest year", 365),
    "quarter": ("The latest three months", 92),
    "month": ("The latest month", 31),
    "week": ("The latest week", 7),
}

DATE_STYLE_NAMES: dict[str, str] = {
    "text": "13 Jan 2025",
    "iso": "2025-01-13 (ISO 8601)",
}

FONT_SIZES = (7, 24)


def _default_font_size() -> int:
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else 10.0
    return round(size) if size > 0 else 10


@dataclass
class Preferences:
    theme: str = "system"
    opening_zoom: str = "story"
    #: A new publication date re-resolves the article's relative dates at once (True), or
    #: asks first whether to, or to change the date alone.
    reextract_without_asking: bool = True
    date_style: str = "text"
    #: The facts table's font size in points (0: the window's own size).
    facts_font_size: int = 0

    def effective_font_size(self) -> int:
        return self.facts_font_size or _default_font_size()

    @classmethod
    def load(cls) -> Preferences:
        s = QSettings()
        prefs = cls()
        theme = str(s.value("preferences/theme", prefs.theme))
        if theme in THEMES:
            prefs.theme = theme
        zoom = str(s.value("preferences/openingZoom", prefs.opening_zoom))
        if zoom in OPENING_ZOOMS:
            prefs.opening_zoom = zoom
        asking = s.value("preferences/reextractWithoutAsking", prefs.reextract_without_asking)
        prefs.reextract_without_asking = asking in (True, "true", "1", 1)
        style = str(s.value("preferences/dateStyle", prefs.date_style))
        if style in DATE_STYLE_NAMES:
            prefs.date_style = style
        size = s.value("preferences/factsFontSize", 0)
        try:
            points = int(size)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            points = 0
        if points == 0 or FONT_SIZES[0] <= points <= FONT_SIZES[1]:
            prefs.facts_font_size = points
        return prefs

    def save(self) -> None:
        s = QSettings()
        s.setValue("preferences/theme", self.theme)
        s.setValue("preferences/openingZoom", self.opening_zoom)
        s.setValue("preferences/reextractWithoutAsking", self.reextract_without_asking)
        s.setValue("preferences/dateStyle", self.date_style)
        s.setValue("preferences/factsFontSize", self.facts_font_size)
        s.sync()

    def changed(self, other: Preferences) -> set[str]:
        """The names of the settings that differ from ``other``."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}


def saved_theme() -> str | None:
    """The theme chosen in Preferences, if any (read at start-up, before any window)."""
    theme = QSettings().value("preferences/theme")
    return str(theme) if theme in THEMES else None


def saved_lane_names_width() -> float | None:
    """The width the analyst dragged the timeline's lane-name column to (None: as wide as
    the names ask, up to a limit). Kept for every project: it follows the analyst's outlets'
    names and screen, not one story."""
    value = QSettings().value("timeline/laneNamesWidth")
    try:
        width = float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return None
    return width if width > 0 else None


def save_lane_names_width(width: float | None) -> None:
    s = QSettings()
    if width is None:
        s.remove("timeline/laneNamesWidth")
    else:
        s.setValue("timeline/laneNamesWidth", round(width))


def check_box_text_indent(box: QCheckBox) -> int:
    """How far in from its left edge ``box`` writes its words (past the box and the gap)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, box)
    return max(0, rect.left())


class PreferencesDialog(QDialog):
    """The settings an analyst sets once and keeps. ``preferences()`` is what the form says;
    nothing is applied or saved until OK (the window does both)."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self._current = current
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.theme_combo = QComboBox()
        for key, name in THEMES.items():
            self.theme_combo.addItem(name, key)
        self.theme_combo.setCurrentIndex(list(THEMES).index(current.theme))
        form.addRow("&Theme:", self.theme_combo)

        self.zoom_combo = QComboBox()
        for key, (name, _days) in OPENING_ZOOMS.items():
            self.zoom_combo.addItem(name, key)
        self.zoom_combo.setCurrentIndex(list(OPENING_ZOOMS).index(current.opening_zoom))
        self.zoom_combo.setToolTip(
            "What the timeline frames when a project opens. Fit Timeline (Home in the "
            "timeline, Ctrl+0) then frames all the facts but a few far-off ones."
        )
        form.addRow("Timeline on &opening:", self.zoom_combo)

        self.date_combo = QComboBox()
        for key, name in DATE_STYLE_NAMES.items():
            self.date_combo.addItem(name, key)
        self.date_combo.setCurrentIndex(list(DATE_STYLE_NAMES).index(current.date_style))
        self.date_combo.setToolTip(
            "How dates read in the facts table, the articles list and the timeline. "
            "Either can be typed when editing a date."
        )
        form.addRow("&Dates read as:", self.date_combo)

        self.font_spin = QSpinBox()
        self.font_spin.setRange(*FONT_SIZES)
        self.font_spin.setSuffix(" pt")
        self.font_spin.setValue(current.effective_font_size())
        self.font_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("&Facts table text:", self.font_spin)

        # Short enough for the dialog's width (a check box does not wrap: the longer
        # wording was cut to "…without ask"); the line under it says the rest.
        self.reextract_check = QCheckBox(
            "Re-extract the facts without asking when a publication date changes"
        )
        self.reextract_check.setChecked(current.reextract_without_asking)
        hint = QLabel(
            "Relative dates (“Thursday”, “last month”) are resolved against the publication "
            "date. Unticked, a new date asks first, and can leave the facts as they are."
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        # Under the check box's words, not its box: flush with the box, it read as a line of
        # its own rather than what the box means.
        hint.setContentsMargins(check_box_text_indent(self.reextract_check), 0, 0, 0)
        self.reextract_hint = hint

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.reextract_check)
        layout.addWidget(hint)
        layout.addStretch(1)
        # Air between the last line of words and the buttons: they touched at the dialog's
        # own height.
        layout.addSpacing(10)
        layout.addWidget(buttons)
        # At least what the rows need: a width set by hand overrides the layout's own
        # minimum, and the dialog opened narrower than its check box.
        least = min(520, self.fontMetrics().averageCharWidth() * 70)
        self.setMinimumWidth(max(least, layout.minimumSize().width()))

    def preferences(self) -> Preferences:
        size = self.font_spin.value()
        return Preferences(
            theme=str(self.theme_combo.currentData()),
            opening_zoom=str(self.zoom_combo.currentData()),
            reextract_without_asking=self.reextract_check.isChecked(),
            date_style=str(self.date_combo.currentData()),
            # The window's own size stays "the window's size", following it if that changes.
            facts_font_size=0
            if self._current.facts_font_size == 0 and size == _default_font_size()
            else size,
        )
