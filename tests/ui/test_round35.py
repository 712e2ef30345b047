"""Round 35: the Import dialog for a file the project already holds with no date (one note,
not two stacked warnings; counted once in the summary; its list line in the muted tone), and
the reader's outlet button beside the outlet's name rather than at the header's right edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.import_dialog import ImportDialog
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (a fixture)
from tests.ui.test_round34 import SHIPWRECK, UNDATED_NAME, _pack_imported

SHIPWRECK_J1 = next(iter(sorted(SHIPWRECK.glob("j1_*"))))

#: An undated story the project does not hold yet (my own words).
NEW_UNDATED = """# Ferry operator suspends night crossings

The operator said on Tuesday that night crossings would stop until the inquiry reports.
"""


def _dialog_for(window, qtbot, paths: list[Path]) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.import_paths(paths)
    assert dialog is not None
    for row in range(dialog.files.rowCount()):
        dialog.file_list.setCurrentIndex(dialog.files.index(row, 0))
        qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    QApplication.processEvents()
    return dialog


def test_a_file_already_in_with_no_date_has_one_note_and_is_counted_once(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """The note 'Already in the project … no publication date yet' had the missing-date
    warning stacked under it, and the summary counted the file 'without a publication
    date' as well as 'already in the project'."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    fresh = tmp_path / "night_crossings.md"
    fresh.write_text(NEW_UNDATED, encoding="utf-8")
    dialog = _dialog_for(window, qtbot, [tmp_path / UNDATED_NAME, fresh])
    try:
        dialog.file_list.setCurrentIndex(dialog.files.index(0, 0))
        QApplication.processEvents()
        entry = dialog.current_entry()
        assert entry.already_in is not None and entry.already_in.published is None
        assert dialog.already_label.isVisible()
        note = dialog.already_label.text()
        assert "no publication date yet" in note and "Published" in note
        assert not dialog.date_warning.isVisible()
        # The new undated file is counted as before, the one already in only as such.
        summary = dialog.summary.text()
        assert "1 already in the project" in summary
        assert "1 without a publication date" in summary
        # The new file still has its warning.
        dialog.file_list.setCurrentIndex(dialog.files.index(1, 0))
        QApplication.processEvents()
        assert dialog.current_entry().already_in is None
        assert not dialog.already_label.isVisible()
        assert dialog.date_warning.isVisible()
    finally:
        dialog.reject()


def test_a_file_already_in_that_has_a_date_keeps_its_note_and_no_warning(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    window = _pack_imported(make_window, qtbot, tmp_path)
    dialog = _dialog_for(window, qtbot, [SHIPWRECK_J1])
    try:
        known = dialog.current_entry().already_in
        assert known is not None and known.published is not None
        assert "an outlet or date typed here is set on that article" in (
            dialog.already_label.text()
        )
        assert not dialog.date_warning.isVisible()
        assert "without a publication date" not in dialog.summary.text()
    finally:
        dialog.reject()


def _ink(image: QImage, rect: QRect, background: QColor) -> list[QColor]:
    """The colours in ``rect`` that differ clearly from the background."""
    found = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            c = image.pixelColor(x, y)
            if abs(c.lightness() - background.lightness()) > 60:
                found.append(c)
    return found


@pytest.mark.usefixtures("styled")
def test_the_already_in_line_of_the_file_list_is_muted(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """'already in the project' under a file's name was drawn in the name's own colour (the
    text's, or the missing date's orange), where the dialog's other secondary words ('from
    first heading', 'not found') are muted."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    fresh = tmp_path / "night_crossings.md"
    fresh.write_text(NEW_UNDATED, encoding="utf-8")
    dialog = _dialog_for(window, qtbot, [SHIPWRECK_J1, tmp_path / UNDATED_NAME, fresh])
    try:
        dialog.resize(1000, 640)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.file_list.setCurrentIndex(dialog.files.index(2, 0))  # the new file selected
        QApplication.processEvents()
        view = dialog.file_list
        image = view.viewport().grab().toImage()
        palette = view.palette()
        base = palette.color(QPalette.ColorRole.Base)
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText).lightness()
        for row in (0, 1):
            rect = view.visualRect(dialog.files.index(row, 0))
            half = rect.height() // 2
            name = QRect(rect.left(), rect.top(), rect.width(), half)
            note = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
            name_ink, note_ink = _ink(image, name, base), _ink(image, note, base)
            assert name_ink and note_ink
            # The note in a grey no darker than the placeholder's tone, never the orange.
            assert min(c.lightness() for c in note_ink) >= placeholder - 25
            assert max(c.hsvSaturation() for c in note_ink) < 60
        # The dated file's name keeps the text's own dark tone.
        rect = view.visualRect(dialog.files.index(0, 0))
        name = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        assert min(c.lightness() for c in _ink(image, name, base)) < placeholder - 40
    finally:
        dialog.reject()


def _byline_end(reader) -> int:  # type: ignore[no-untyped-def]
    label = reader.byline
    words = label.fontMetrics().horizontalAdvance(label.text())
    return label.mapTo(reader, label.contentsRect().topLeft()).x() + words


@pytest.mark.usefixtures("styled")
def test_the_outlet_button_follows_the_outlets_name(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """On the demo the 'Outlet…' link sat at the reader's right edge, a long way from 'The
    Week': it read as a stray link, not as the name's own edit."""
    for width, height in ((1280, 800), (1024, 640)):
        window = open_at(make_window, qtbot, demo_project, width, height)
        reader = window.reader
        assert reader.detail is not None and reader.detail.record.source
        button = reader.outlet_button
        assert button.isVisible() and button.text() == "Outlet…"
        left = button.mapTo(reader, button.rect().topLeft()).x()
        gap = left - _byline_end(reader)
        assert 0 <= gap <= 16, gap
        # On the byline's line, inside the reader.
        assert abs(button.mapTo(reader, button.rect().topLeft()).y() - reader.byline.y()) <= 6
        assert button.mapTo(reader, button.rect().topRight()).x() <= reader.width()
        window.close()


def test_a_long_byline_still_wraps_beside_the_button(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The line is no wider than its words, but no wider than the reader either: a long
    outlet and author wrap, and the button stays in the reader."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    window.resize(1024, 640)
    QApplication.processEvents()
    reader = window.reader
    reader._set_byline(
        "The Pessano and Southern Islands Evening Chronicle  ·  by Maria-Antonietta "
        "Castellanos-Vidal and Konstantinos Papadopoulos-Whitfield"
    )
    QApplication.processEvents()
    label, button = reader.byline, reader.outlet_button
    assert label.width() < label.fontMetrics().horizontalAdvance(label.text())
    assert label.heightForWidth(label.width()) >= 2 * label.fontMetrics().height()
    right = button.mapTo(reader, button.rect().topRight()).x()
    assert right <= reader.width()
