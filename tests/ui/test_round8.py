"""Round 8 of the window: what a review of every tab and dialog at 1024x640, 1440x900 and
1920x1080, light and dark, found; keyboard paths; a big project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from tests.conftest import SEEDS
from tests.ui.test_review import open_at

ARTICLES = sorted(p for p in SEEDS.iterdir() if p.suffix in {".md", ".html", ".txt"})[:3]


def text_left(widget: QWidget, ancestor: QWidget) -> int:
    """Where ``widget``'s text starts, in ``ancestor``'s coordinates (style-sheet padding
    counts: it moves the text, not the widget)."""
    return widget.mapTo(ancestor, QPoint(widget.contentsRect().left(), 0)).x()


def test_the_import_dialog_keeps_its_buttons_on_a_small_screen(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_at(make_window, qtbot, tmp_path / "Story.factlane", 1024, 640)
    dialog = window.import_paths(ARTICLES)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    # The offscreen screen is 800 wide: the 1000-pixel dialog used to run off its side.
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    # And it can shrink to a 1024x640 laptop's screen with its title bar.
    least = dialog.minimumSizeHint()
    assert least.width() <= 1024 * 0.9 and least.height() <= 640 * 0.9, least
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(ok.geometry().translated(ok.parentWidget().pos()))
    dialog.reject()


def test_the_import_dialogs_body_title_lines_up_with_the_fields(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_at(make_window, qtbot, tmp_path / "Story.factlane", 1440, 900)
    dialog = window.import_paths(ARTICLES)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    first_label = dialog.findChild(QLabel, "fieldLabel_title") or next(
        lbl for lbl in dialog.findChildren(QLabel) if lbl.buddy() is not None and lbl.isVisible()
    )
    assert text_left(dialog.body_label, dialog) == text_left(first_label, dialog)
    assert dialog.body_label.font().bold()
    dialog.reject()


def test_the_welcome_cards_heading_lines_up_with_its_text(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    welcome = window.welcome
    QApplication.processEvents()
    assert text_left(welcome.recent_title, welcome) == text_left(welcome.hint, welcome)
    assert text_left(welcome.recent_title, welcome) == text_left(welcome.empty_recent, welcome)
    assert welcome.recent_title.font().bold()
