"""Round 20: a new analyst's first hour on the demo: importing an article the project already
holds, where the keyboard lands after the import dialog, a search box that shows the search
at 1024 pixels, and an undated article that says what its facts wait for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.models.articles import COL_TITLE
from tests.ui.test_review import open_at

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEEDS / "000_cba7b06516aed0c2.txt"


def _imported(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.last_import) and window.facts_loaded(), timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    QApplication.processEvents()


def test_the_import_dialog_says_an_article_is_already_in_the_project(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """The demo holds every seed: the dialog asked for a publication date the project already
    had ("needs a publication date", "1 without a publication date"), and the status bar then
    said "Imported 0 articles"."""
    window = open_at(make_window, qtbot, demo_project, 1600, 1000)
    dialog = window.import_paths([SEED])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    QApplication.processEvents()
    entry = dialog.current_entry()
    assert entry.already_in is not None
    assert entry.already_in.title == "Ukraine captures first North Korean soldiers"
    listed = dialog.files.index(0, 0).data()
    assert "already in the project" in listed and "needs a publication date" not in listed
    assert dialog.already_label.isVisible()
    assert "13 Jan 2025" in dialog.already_label.text()
    assert not dialog.date_warning.isVisible()
    assert dialog.published_origin.text() == "kept: 13 Jan 2025"
    assert "already in the project" in dialog.summary.text()
    assert "without a publication date" not in dialog.summary.text()

    dialog.accept()
    _imported(window, qtbot)
    window.activateWindow()
    message = window.statusBar().currentMessage()
    assert "Imported 0" not in message
    assert "“Ukraine captures first North Korean soldiers” is already in the project" in message
    # The article it is, read, with the keyboard on it in the list.
    assert window.reader.detail.record.id == entry.already_in.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.articles_panel.table)
    assert window.articles_panel.current_article() == entry.already_in.id


def test_a_new_article_the_dialog_does_not_know_is_imported_with_the_keyboard_on_it(
    make_window, qtbot, demo_project, tmp_path
):  # type: ignore[no-untyped-def]
    article = tmp_path / "fresh.txt"
    article.write_text(
        "Flood barriers hold in Rotterdam\n\nRotterdam, 3 March 2025. The barriers closed on "
        "Sunday for the first time this year, the water board said.\n",
        encoding="utf-8",
    )
    window = open_at(make_window, qtbot, demo_project, 1600, 1000)
    window.activateWindow()
    window.find_edit.setFocus()
    dialog = window.import_paths([article])
    qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    assert dialog.current_entry().already_in is None
    assert not dialog.already_label.isVisible()
    qtbot.keyClicks(dialog.published_edit, "2025-03-03")
    dialog.accept()
    _imported(window, qtbot)
    # A window manager gives the window back its activation when the dialog closes; the
    # offscreen platform leaves none active.
    window.activateWindow()
    outcome = window.last_import[0]
    assert outcome.status == "imported"
    # Not back in the search box, where the keyboard was before the dialog.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.articles_panel.table)
    assert window.articles_panel.current_article() == outcome.article_id


def test_an_undated_article_says_what_its_facts_wait_for_and_f8_dates_it(
    make_window, qtbot, demo_project, tmp_path
):  # type: ignore[no-untyped-def]
    article = tmp_path / "undated.txt"
    article.write_text(
        "Ferry strike ends\n\nThe ferry crews went back to work on Thursday after the union "
        "accepted the offer made last week.\n",
        encoding="utf-8",
    )
    window = open_at(make_window, qtbot, demo_project, 1600, 1000)
    window.activateWindow()
    window.import_paths([article]).accept()
    _imported(window, qtbot)
    window.activateWindow()
    new_id = window.last_import[0].article_id
    # The list's line: what it waits for, never a bare "0 facts".
    panel = window.articles_panel
    qtbot.waitUntil(lambda: panel.model.row_of(new_id) is not None)
    row = panel.model.row_of(new_id)
    index = panel.proxy.mapFromSource(panel.model.index(row, COL_TITLE))
    delegate = panel.table.itemDelegateForColumn(COL_TITLE)
    width = panel.table.columnWidth(COL_TITLE)
    shown = delegate.fitted_second_line(index, panel.table.fontMetrics(), width)
    assert shown.startswith("needs a date") and "0 facts" not in shown
    # The reader says it too, where the date is typed.
    assert "its facts come once it has one" in window.reader.published_origin.text()
    # The window went to its Published field; from elsewhere, the filter bar's note (one
    # click) or F8 goes back there.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.published_edit)
    window.articles_panel.table.setFocus()
    assert "undated" in window.timeline_info.text() or "date" in window.timeline_info.text()
    window.timeline_info.click()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.published_edit)
    assert window.reader.detail.record.id == new_id


def test_the_search_box_shows_a_search_at_1024(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1024 the box was 90 pixels: '"captured Thursday"' read as 'ursday"'."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    edit = window.find_edit
    edit.setText('"captured Thursday"')
    QApplication.processEvents()
    assert edit.width() >= edit.fontMetrics().horizontalAdvance('"captured Thursday"') + 24
    # The syntax is hinted where the analyst types.
    assert '"' in edit.placeholderText() and "-" in edit.placeholderText()
    assert "-word" in edit.toolTip()
    # Nothing lost: what does not fit is in the » menu.
    bar = window.filter_bar
    for button in (window.go_button, window.fit_button):
        assert button.isVisible() or button in bar.folded()
    assert window.source_combo.isVisible() and window.status_combo.isVisible()


def test_search_finds_a_note_and_a_corrected_text_and_leaves_out_minus_words(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1600, 1000)
    model = window.facts_panel.model
    facts = model.facts()
    thursday = next(f for f in facts if "captured Thursday" in f.text)
    other = next(f for f in facts if f.id != thursday.id and "captured" in f.text)
    window.workspace.set_note(thursday.id, "call the ministry")
    window.workspace.edit_fact(other.id, text="The pair were seized at dawn near Kursk")
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)

    def found(text: str) -> set[int]:
        window.find_edit.setText(text)
        window._filters_changed()
        QApplication.processEvents()
        return {model.facts()[r].id for r in range(model.rowCount())}

    assert found('"call the ministry"') == {thursday.id}
    assert found('"seized at dawn"') == {other.id}  # the analyst's words, not the old ones
    assert thursday.id not in found("captured -ministry")
    assert thursday.id in found("captured")
