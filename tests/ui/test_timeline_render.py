"""Render the timeline with a realistic story at three zooms, and check the pictures hold up.

The PNGs land in /tmp/timeline_*.png so that a person can look at them; the assertions check
what can be checked by machine: the images are the asked size, not blank, and the things that
must be on screen (markers, bars, bubbles, labels) are where the layout says they are.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette

from desktop.ui.timeline.data import TimelineData, TimelineItem, describe_range
from desktop.ui.timeline.layout import BUBBLE, MARKER, SPAN
from desktop.ui.timeline.view import TimelineView

OUTLETS = ["Reuters", "Associated Press", "BBC News", "Kyiv Independent", "Al Jazeera"]
EVENTS = [
    "Ukrainian troops cross the border into Kursk region",
    "Russia declares a federal emergency in Kursk",
    "Kyiv says it controls 1,000 square kilometres",
    "Sudzha gas metering station comes under Ukrainian control",
    "Thousands of residents evacuated from Rylsk",
    "Bridge over the Seym river destroyed",
    "North Korean troops arrive in Kursk, Seoul says",
    "Pentagon confirms North Korean units in combat",
    "Russian counter-offensive retakes several villages",
    "IAEA chief visits the Kursk nuclear power plant",
    "Ukraine's top commander reports 100 prisoners taken",
    "Putin vows a 'worthy response' to the incursion",
    "Zelensky visits troops near the front in Sumy",
    "Ceasefire talks stall over the Kursk salient",
    "Russian state media report the recapture of Sudzha",
    "Drone strike hits an ammunition depot near Kursk",
    "Humanitarian corridor opened for civilians",
    "Prisoner exchange of 115 soldiers on each side",
    "Kremlin says the front line has stabilised",
    "Satellite images show new trenches near Korenevo",
]
MONTH_FACTS = [
    "Heavy fighting around Korenevo",
    "Evacuations continue across the border districts",
    "Supply lines into the salient under drone attack",
    "North Korean casualties mount, intelligence says",
]
YEAR_FACTS = ["Kursk operation reshapes the war", "Defence budgets rise across Europe"]


def realistic_items(n: int = 200, seed: int = 7) -> list[TimelineItem]:
    """A story as five outlets report it: clustered around a few key days, mostly precise to
    the day, some to the week, month or year, a few confirmed, edited, rejected or manual."""
    rnd = random.Random(seed)
    peaks = [date(2024, 8, 6), date(2024, 10, 24), date(2024, 12, 16), date(2025, 3, 12)]
    items: list[TimelineItem] = []
    for i in range(n):
        lane = rnd.choices(OUTLETS, weights=[5, 4, 4, 3, 2])[0]
        roll = rnd.random()
        if rnd.random() < 0.7:
            center = rnd.choice(peaks)
            day = center + timedelta(days=round(rnd.gauss(0, 12)))
        else:
            day = date(2024, 6, 1) + timedelta(days=rnd.randrange(0, 400))
        if roll < 0.74:
            earliest = latest = day
            precision, label = "day", rnd.choice(EVENTS)
        elif roll < 0.80:
            earliest = day - timedelta(days=day.weekday())
            latest = earliest + timedelta(days=6)
            precision, label = "week", rnd.choice(EVENTS)
        elif roll < 0.93:
            earliest = day.replace(day=1)
            latest = (earliest + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            precision, label = "month", rnd.choice(MONTH_FACTS)
        else:
            earliest, latest = date(day.year, 1, 1), date(day.year, 12, 31)
            precision, label = "year", rnd.choice(YEAR_FACTS)
        status = rnd.choices(
            ["auto", "confirmed", "edited", "manual", "rejected"], weights=[70, 14, 6, 3, 7]
        )[0]
        when = describe_range(earliest, latest)
        items.append(
            TimelineItem(
                id=1000 + i,
                lane=lane,
                earliest=earliest,
                latest=latest,
                label=label,
                status=status,
                has_conflict=rnd.random() < 0.07,
                precision=precision,
                tooltip=f"{label}.\n{when} — dated from the article's publication date",
            )
        )
    return items


def _nonblank_fraction(image: QImage, background: QColor) -> float:
    """Share of sampled pixels that differ from the background."""
    differing = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            if image.pixelColor(x, y) != background:
                differing += 1
    return differing / total


@pytest.fixture
def story_view(qtbot: object) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1600, 900)
    view.set_lane_title("Sources")
    view.set_data(TimelineData(realistic_items(), OUTLETS))
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    return view


ZOOMS = {
    "years": (date(2023, 1, 1), date(2026, 12, 31)),
    "months": (date(2024, 7, 15), date(2025, 1, 15)),
    "days": (date(2024, 8, 1), date(2024, 8, 21)),
}


@pytest.mark.parametrize("zoom", list(ZOOMS))
def test_story_renders_at_each_zoom(story_view: TimelineView, zoom: str) -> None:
    first, last = ZOOMS[zoom]
    story_view.set_visible_range(first, last)
    path = Path(f"/tmp/timeline_{zoom}.png")
    assert story_view.render_to_image(path, QSize(1600, 900))
    image = QImage(str(path))
    assert image.width() == 1600 * image.devicePixelRatio() or image.width() >= 1600
    assert _nonblank_fraction(image, story_view.palette().color(QPalette.ColorRole.Base)) > 0.05

    frame = story_view._current_frame()
    kinds = {p.kind for lf in frame.lanes for p in lf.layout.placed}
    if zoom == "years":
        # Four years on 1600 pixels: the August 2024 peak has to be aggregated.
        assert BUBBLE in kinds
        assert frame.ticks.unit.kind in ("year", "month")
    if zoom == "months":
        assert {MARKER, SPAN} <= kinds
        assert frame.ticks.unit.kind in ("month", "week")
    if zoom == "days":
        assert frame.ticks.unit.kind == "day"
        labelled = [p for lf in frame.lanes for p in lf.layout.placed if p.label_room >= 28]
        assert labelled, "at day zoom some markers must have room for their labels"


def test_story_renders_in_a_dark_palette(story_view: TimelineView) -> None:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#1e1f22"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#202124"))
    story_view.setPalette(pal)
    story_view.set_visible_range(*ZOOMS["months"])
    path = Path("/tmp/timeline_dark.png")
    assert story_view.render_to_image(path, QSize(1600, 900))
    image = QImage(str(path))
    # The lane area must really be dark, not the light default.
    assert image.pixelColor(800, 880).lightness() < 80


def test_story_exports_svg(story_view: TimelineView, tmp_path: Path) -> None:
    story_view.set_visible_range(*ZOOMS["months"])
    path = tmp_path / "timeline.svg"
    assert story_view.render_to_image(path, QSize(1200, 700))
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "Reuters" in svg  # lane names are text, not pixels
