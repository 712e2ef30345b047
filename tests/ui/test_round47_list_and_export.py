"""UI round 47 (1): what round 46 left cut or loose at 1366x768.

An undated article's second line in the articles list read "needs a date · facts once dat…":
neither the outlet nor the count. The export dialog, with a search narrowing the facts, had an
empty band above its buttons (its note wrapped for a narrower dialog than the one shown).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.models.articles import COL_TITLE
from tests.ui.test_review import open_at


def _undated_import(window, qtbot, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    article = tmp_path / "undated.txt"
    article.write_text(
        "Ferry strike ends\n\nThe ferry crews of Marrow Sound went back to work on Thursday "
        "after the union accepted the offer made last week.\n",
        encoding="utf-8",
    )
    window.import_paths([article]).accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=15000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=15000)
    return int(window.last_import[0].article_id)


def test_an_undated_articles_line_keeps_its_outlet_at_1366(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    new_id = _undated_import(window, qtbot, tmp_path)
    panel = window.articles_panel
    qtbot.waitUntil(lambda: panel.model.row_of(new_id) is not None)
    row = panel.model.row_of(new_id)
    index = panel.proxy.mapFromSource(panel.model.index(row, COL_TITLE))
    delegate = panel.table.itemDelegateForColumn(COL_TITLE)
    width = panel.table.visualRect(index).adjusted(8, 6, -8, -6).width()
    fm = panel.table.fontMetrics()
    record = panel.model.rows[row]
    assert record.needs_date
    full = delegate._lines(index)[1]
    assert fm.horizontalAdvance(full) > width, "the list is wide enough: nothing to test"
    line = delegate.fitted_second_line(index, fm, width)
    assert fm.horizontalAdvance(line) <= width
    head, _sep, outlet = line.partition(" · ")
    assert head == "needs a date"
    # the outlet is named (a readable stem at least), not a cut "facts once dat…"
    assert len(outlet.rstrip("…")) >= 4 and (record.source or "unknown source").startswith(
        outlet.rstrip("…")
    )
    # with room for everything, everything is said
    assert delegate.fitted_second_line(index, fm, 2000) == full
    # and a sliver of a list still says what the article waits for
    assert delegate.fitted_second_line(index, fm, fm.horizontalAdvance("needs a date")) == (
        "needs a date"
    )


def test_the_export_dialog_has_no_empty_band_above_its_buttons(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    for search in ("", "prisoners"):
        window.find_edit.setText(search)
        window.find_edit.returnPressed.emit()
        qtbot.wait(400)
        dialog = window.export_dialog()
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        QApplication.processEvents()
        note = dialog.scope_note
        bottom_of_note = note.mapTo(dialog, note.rect().bottomLeft()).y()
        top_of_buttons = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
        # the gap is the layout's spacing, not a band of nothing
        assert top_of_buttons - bottom_of_note <= 2 * dialog.layout().spacing() + 2, search
        # and the note is shown whole
        assert note.height() >= note.heightForWidth(note.width()), search
        dialog.reject()
        QApplication.processEvents()
