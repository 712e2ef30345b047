"""Round 31: a legible date highlight in every theme, a cheaper search per keystroke, whole
lane names, reachable conflict decisions and a last timeline card with its source line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

# -- 1. the reader's highlight reads at WCAG AA ----------------------------------------------


def _palette(text: QColor, base: QColor) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
    return p


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ((226, 228, 232), (28, 30, 34)),  # the dark theme
        ((0, 0, 0), (255, 255, 255)),  # Fusion's light palette
        ((255, 255, 255), (0, 0, 0)),  # a high-contrast system theme, white on black
        ((90, 90, 90), (250, 250, 250)),  # a system theme with grey text
        ((200, 200, 200), (60, 60, 60)),  # a dim dark system theme
    ],
)
def test_both_highlights_read_at_aa_in_any_palette(text, base) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.style import contrast_ratio
    from desktop.ui.widgets.reader import highlight_grounds

    palette = _palette(QColor(*text), QColor(*base))
    fact, timex = highlight_grounds(palette)
    assert contrast_ratio(fact, QColor(*text)) >= 4.5
    assert contrast_ratio(timex, QColor(*text)) >= 4.5
    # the date stands out from its sentence by its colour, not only by its weight
    assert fact.rgb() != timex.rgb()


def test_a_ground_already_legible_is_kept() -> None:
    from desktop.ui.style import legible_ground

    pale = QColor(255, 236, 140)
    assert legible_ground(pale, QColor(0, 0, 0)).rgb() == pale.rgb()
    # and one that is not moves away from the text, keeping its hue's leaning (red > blue)
    moved = legible_ground(QColor(170, 110, 20), QColor(226, 228, 232))
    assert moved.lightness() < QColor(170, 110, 20).lightness()
    assert moved.red() > moved.blue()


@pytest.mark.usefixtures("styled")
def test_the_dark_themes_date_highlight_reads(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """The time expression in the chosen sentence stood on amber behind the dark theme's
    near-white text at 3.3:1 (the sentence itself read at 5.3:1)."""
    from desktop.ui.style import apply_look, contrast_ratio

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    model = window.facts_panel.model
    fact = next(
        model.fact_at(i) for i in range(model.rowCount()) if model.fact_at(i).timex is not None
    )
    window.select_fact(fact.id, origin="table")
    body = window.reader.body
    app = QApplication.instance()
    try:
        for theme in ("dark", "light"):
            apply_look(app, theme)
            qtbot.wait(20)
            chosen = body.extraSelections()
            assert len(chosen) == 2, theme  # the sentence and its date
            text = body.palette().color(QPalette.ColorRole.Text)
            for selection in chosen:
                ground = QColor(selection.format.background().color())
                assert contrast_ratio(text, ground) >= 4.5, (theme, ground.name())
    finally:
        apply_look(app, "light")
