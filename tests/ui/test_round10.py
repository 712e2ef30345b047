"""Round 10: the articles list's share of a wide window, frames of every input in both themes,
the Preferences window (each setting taking effect) and the Linux desktop file's types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QDate, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop.ui.main_window import MainWindow
from tests.ui.test_round9 import _open
from tests.ui.test_window import wait_loaded


def _articles_width(window: MainWindow) -> int:
    return window.main_splitter.sizes()[0]


def _share(window: MainWindow) -> float:
    sizes = window.main_splitter.sizes()
    return sizes[0] / sum(sizes)


def _drag_articles_handle(qtbot: Any, window: MainWindow, dx: int) -> None:
    handle = window.main_splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(dx, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 0))


def test_a_dragged_articles_list_keeps_its_share_as_the_window_grows(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    _open(qtbot, window, demo_project, (1200, 800))
    before = _articles_width(window)
    _drag_articles_handle(qtbot, window, 60)
    assert _articles_width(window) >= before + 50
    share = _share(window)
    # Wider: the list grows with the window instead of keeping its pixels.
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: abs(_share(window) - share) < 0.01, timeout=3000)
    assert _articles_width(window) > before + 100
    window.close()
    # Remembered as a share: a later window of another width gives the list the same share.
    assert QSettings().contains("window/articlesShare")
    assert not QSettings().contains("window/mainSplitter")
    again = make_window()
    _open(qtbot, again, demo_project, (1600, 900))
    assert abs(_share(again) - share) < 0.01


@pytest.mark.parametrize("width", [1600, 1920])
def test_a_width_remembered_in_pixels_no_longer_holds_the_list_narrow(
    make_window: Any, qtbot: Any, demo_project: Path, width: int
) -> None:
    # What earlier versions saved: the splitter's own state, 220 pixels beside 975.
    old = make_window()
    old.close()
    old.main_splitter.setSizes([220, 975])
    QSettings().setValue("window/mainSplitter", old.main_splitter.saveState())
    assert isinstance(QSettings().value("window/mainSplitter"), QByteArray)
    window = make_window()
    _open(qtbot, window, demo_project, (width, 1000))
    assert _articles_width(window) >= MainWindow.articles_share(width) - 10
    assert _articles_width(window) >= 280


@pytest.fixture(params=["light", "dark"])
def each_theme(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each palette with the style sheet for one test, then the application as it was."""
    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style = app.palette(), app.styleSheet(), app.style().name()
    apply_look(app, request.param)
    yield str(request.param)
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _input(kind: str) -> QWidget:
    if kind == "line edit":
        return QLineEdit("Kursk")
    if kind == "spin box":
        box = QSpinBox()
        box.setValue(11)
        return box
    if kind == "decimal spin box":
        return QDoubleSpinBox()
    if kind == "date field":
        return QDateEdit(QDate(2025, 1, 13))
    if kind in ("combo box", "editable combo box"):
        combo = QComboBox()
        combo.addItems(["All sources", "The Week"])
        combo.setEditable(kind == "editable combo box")
        return combo
    if kind == "check box":
        return QCheckBox("Re-extract without asking")
    if kind == "radio button":
        return QRadioButton("ISO dates")
    if kind == "text box":
        return QPlainTextEdit("A note")
    return QPushButton("Apply")


INPUT_KINDS = [
    "line edit",
    "spin box",
    "decimal spin box",
    "date field",
    "combo box",
    "editable combo box",
    "check box",
    "radio button",
    "text box",
    "button",
]


@pytest.mark.parametrize("kind", INPUT_KINDS)
def test_every_input_has_a_frame_that_shows(each_theme: str, qtbot: Any, kind: str) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(12, 12, 12, 12)
    widget = _input(kind)
    layout.addWidget(widget)
    other = QLabel("elsewhere")  # the focus stays off the input: its unfocused frame is checked
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(other)
    holder.resize(360, 140 if kind == "text box" else 60)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    image = holder.grab().toImage()
    window = holder.palette().color(QPalette.ColorRole.Window)
    origin = widget.mapTo(holder, QPoint(0, 0))
    middle = origin.y() + widget.height() // 2
    # The frame (or the check box's box) is within the first few pixels from the left; what
    # Fusion drew on the dark window was 30 or less away from it.
    edge = max(
        (image.pixelColor(origin.x() + dx, middle) for dx in range(5)),
        key=lambda c: _distance(c, window),
    )
    assert _distance(edge, window) >= 60, (each_theme, kind, edge.name(), window.name())
    if kind in ("spin box", "decimal spin box", "date field", "combo box", "editable combo box"):
        # The right-hand side too, where the arrows' buttons sit inside the frame.
        right = origin.x() + widget.width() - 1
        edge = image.pixelColor(right, middle)
        assert _distance(edge, window) >= 60, (each_theme, kind, "right", edge.name())


# -- Preferences ------------------------------------------------------------------------------


def _choose(qtbot: Any, window: MainWindow, **settings: object) -> None:
    """Open Preferences with Ctrl+, as the analyst does, set ``settings`` in the form, OK."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.preferences_box is not None and window.preferences_box.isVisible()
    )
    box = window.preferences_box
    assert box is not None
    combos = {
        "theme": box.theme_combo,
        "opening_zoom": box.zoom_combo,
        "date_style": box.date_combo,
    }
    for name, value in settings.items():
        if name in combos:
            combo = combos[name]
            combo.setCurrentIndex(combo.findData(value))
        elif name == "facts_font_size":
            box.font_spin.setValue(int(value))  # type: ignore[call-overload]
        elif name == "reextract_without_asking":
            box.reextract_check.setChecked(bool(value))
    qtbot.mouseClick(box.buttons.button(box.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not box.isVisible()


@pytest.fixture
def app_look() -> Iterator[QApplication]:
    """The application's palette and style sheet put back after a test that changes them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style = app.palette(), app.styleSheet(), app.style().name()
    yield app
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)


def test_preferences_fit_a_1024x640_screen(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dialog = window.preferences_dialog()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 - 40 and hint.height() <= 640 - 80, hint
    # Every choice reads whole: no combo box is narrower than its longest item.
    for combo in (dialog.theme_combo, dialog.zoom_combo, dialog.date_combo):
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.width() >= longest
    dialog.reject()


def test_the_theme_preference_repaints_the_window_and_is_used_at_start(
    app_look: QApplication, make_window: Any, qtbot: Any
) -> None:
    from desktop.ui.style import apply_look

    window = make_window()
    _choose(qtbot, window, theme="dark")
    window_colour = app_look.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightnessF() < 0.3
    assert "arrow-down-on-dark.svg" in app_look.styleSheet()
    assert QSettings().value("preferences/theme") == "dark"
    _choose(qtbot, window, theme="light")
    assert app_look.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    assert "arrow-down-on-light.svg" in app_look.styleSheet()
    # The next start (no theme named) takes the one chosen.
    QSettings().setValue("preferences/theme", "dark")
    apply_look(app_look)
    assert app_look.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3


@pytest.mark.parametrize(("zoom", "days"), [("all", None), ("month", 31), ("week", 7)])
def test_the_opening_zoom_preference_frames_the_timeline(
    make_window: Any, qtbot: Any, demo_project: Path, zoom: str, days: int | None
) -> None:
    chooser = make_window()
    _choose(qtbot, chooser, opening_zoom=zoom)
    chooser.close()
    window = make_window()
    _open(qtbot, window, demo_project, (1440, 900))
    first_fact = min(it.earliest for it in window.timeline.shown_data())
    last_fact = max(it.latest for it in window.timeline.shown_data())
    shown_first, shown_last = window.timeline.visible_range()
    assert shown_last >= last_fact  # the latest facts are in view either way
    if days is None:
        assert shown_first <= first_fact
    else:
        # The stretch asked for ends with the latest fact, plus the room its label takes.
        assert (
            last_fact.toordinal() - days - 1
            <= shown_first.toordinal()
            <= last_fact.toordinal() - days + 1
        )
        assert (shown_last - shown_first).days <= days * 1.5
        assert shown_first > first_fact


def _first_article_with_relative_dates(window: MainWindow) -> int:
    article_id = window.reader.detail.record.id  # type: ignore[union-attr]
    assert window.facts_panel.model.all_facts()
    return int(article_id)


def _article_fact_dates(window: MainWindow, article_id: int) -> list[tuple[int, Any]]:
    assert window.project is not None
    return sorted((f.id, f.date) for f in window.project.facts() if f.article.id == article_id)


def test_a_new_publication_date_asks_first_when_preferred_and_can_leave_the_facts(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    _choose(qtbot, window, reextract_without_asking=False)
    _open(qtbot, window, demo_project, (1440, 900))
    article_id = _first_article_with_relative_dates(window)
    before = _article_fact_dates(window, article_id)
    published = window.reader.detail.record.published  # type: ignore[union-attr]
    assert published is not None
    new_day = published.replace(day=min(published.day + 7, 28))
    window.reader.published_edit.setText(new_day.isoformat())
    qtbot.mouseClick(window.reader.published_apply, Qt.MouseButton.LeftButton)
    box = window.published_box
    qtbot.waitUntil(box.isVisible)
    only = next(b for b in box.buttons() if b.text() == "Change the Date Only")
    qtbot.mouseClick(only, Qt.MouseButton.LeftButton)
    window.flush_refresh()
    assert window.project is not None
    assert window.project.article(article_id).record.published == new_day
    assert _article_fact_dates(window, article_id) == before  # the facts left as they were
    window.undo_stack.undo()
    assert window.project.article(article_id).record.published == published
    window.flush_refresh()
    qtbot.waitUntil(lambda: window.reader.detail.record.published == published)  # type: ignore[union-attr]
    # Re-extracting from the same question resolves the relative dates again.
    window.reader.published_edit.setText(new_day.isoformat())
    qtbot.mouseClick(window.reader.published_apply, Qt.MouseButton.LeftButton)
    box = window.published_box
    qtbot.waitUntil(box.isVisible)
    again = next(b for b in box.buttons() if b.text() == "Re-extract Facts")
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert window.project.article(article_id).record.published == new_day
    assert _article_fact_dates(window, article_id) != before


def test_by_default_a_new_publication_date_re_extracts_without_a_question(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    _open(qtbot, window, demo_project, (1440, 900))
    assert window.preferences.reextract_without_asking
    article_id = _first_article_with_relative_dates(window)
    before = _article_fact_dates(window, article_id)
    published = window.reader.detail.record.published  # type: ignore[union-attr]
    assert published is not None
    window.reader.published_edit.setText(
        published.replace(day=min(published.day + 7, 28)).isoformat()
    )
    qtbot.mouseClick(window.reader.published_apply, Qt.MouseButton.LeftButton)
    assert getattr(window, "published_box", None) is None
    assert _article_fact_dates(window, article_id) != before


def _date_cell(window: MainWindow, day_text: str) -> list[str]:
    model = window.facts_panel.model
    from desktop.ui.models.facts import COL_DATE

    return [
        str(model.index(r, COL_DATE).data())
        for r in range(model.rowCount())
        if day_text in str(model.index(r, COL_DATE).data())
    ]


def test_the_date_style_preference_changes_how_dates_read(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    from desktop.ui.format import set_date_style
    from desktop.ui.models.articles import COL_PUBLISHED

    window = make_window()
    _open(qtbot, window, demo_project, (1440, 900))
    assert _date_cell(window, "9 Jan 2025") and not _date_cell(window, "2025-01-09")
    try:
        _choose(qtbot, window, date_style="iso")
        assert _date_cell(window, "2025-01-09") and not _date_cell(window, "9 Jan 2025")
        assert "2024-11" in {
            str(window.facts_panel.model.index(r, 0).data())
            for r in range(window.facts_panel.model.rowCount())
        }
        articles = window.articles_panel.model
        dates = {str(articles.index(r, COL_PUBLISHED).data()) for r in range(articles.rowCount())}
        assert "2025-01-13" in dates
        wait_loaded(qtbot, window)
        assert any(
            "2025-01" in str(it.label) or "2025-01" in window._fact_tooltip(it.id)
            for it in window.timeline.shown_data()
        )
        # Kept: a new window reads dates the same way.
        window.close()
        again = make_window()
        _open(qtbot, again, demo_project, (1440, 900))
        assert _date_cell(again, "2025-01-09")
        _choose(qtbot, again, date_style="text")
        assert _date_cell(again, "9 Jan 2025")
    finally:
        set_date_style("text")


def test_the_facts_font_size_preference_resizes_the_table(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    _open(qtbot, window, demo_project, (1440, 900))
    table = window.facts_panel.table
    row_before = table.rowHeight(0)
    size_before = table.font().pointSize()
    _choose(qtbot, window, facts_font_size=size_before + 5)
    assert table.font().pointSize() == size_before + 5
    assert table.rowHeight(0) > row_before
    assert table.horizontalHeader().font().pointSize() == size_before + 5
    window.close()
    again = make_window()
    assert again.facts_panel.table.font().pointSize() == size_before + 5
