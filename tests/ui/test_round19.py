"""Round 19: a file of several articles is shown and edited article by article in the import
dialog; accessibility leftovers of round 18."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.project import ProjectService
from desktop.ui.dialogs.import_dialog import ImportDialog
from tests.services.multi_item_documents import STORIES, rss_feed, rtf_export
from tests.ui.test_review import open_at


def test_the_import_dialog_lists_each_article_of_an_rtf_export_with_its_title_and_date(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "telegraph.rtf"
    export.write_bytes(rtf_export())
    dialog = ImportDialog([export])
    qtbot.addWidget(dialog)
    rows = [dialog.files.index(r, 0) for r in range(dialog.files.rowCount())]
    assert len(rows) == len(STORIES)
    for row, (title, day, _body) in zip(rows, STORIES, strict=True):
        shown = row.data(Qt.ItemDataRole.DisplayRole)
        assert title in shown and day.isoformat() in shown
        assert row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Each article is shown on its own: its title in the field, its own paragraphs as the body.
    assert dialog.field_edits["title"].text() == STORIES[0][0]
    dialog.select_file(2)
    assert dialog.field_edits["title"].text() == STORIES[2][0]
    body = " ".join(b.text for b in dialog.blocks.blocks())
    assert "island school" in body and "ferry company" not in body.lower()
    assert "3 articles" in dialog.summary.text()
    assert dialog.import_button.text().replace("&", "") == "Import 3 articles"


def test_articles_of_a_feed_are_edited_or_left_out_one_by_one(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    feed = tmp_path / "gazette.xml"
    feed.write_bytes(rss_feed())
    dialog = window.import_paths([feed])
    assert dialog is not None
    assert dialog.files.rowCount() == 3
    # The second article gets the analyst's own title; the third is left out by its box.
    dialog.select_file(1)
    qtbot.keyClick(dialog.field_edits["title"], Qt.Key.Key_End)
    qtbot.keyClicks(dialog.field_edits["title"], " (corrected)")
    assert "(corrected)" in dialog.files.index(1, 0).data(Qt.ItemDataRole.DisplayRole)
    dialog.select_file(2)
    dialog.include_box.setChecked(False)
    assert dialog.files.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not dialog.field_edits["title"].isEnabled()
    assert "(1 left out)" in dialog.summary.text()
    assert dialog.import_button.text().replace("&", "") == "Import 2 articles"
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import) and window.facts_loaded(), timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    QApplication.processEvents()
    imported = [o for o in window.last_import if o.status == "imported"]
    assert [o.path for o in imported] == [f"{feed}#1", f"{feed}#2"]
    titles = {window.project.article(o.article_id).record.title for o in imported}
    assert titles == {STORIES[0][0], STORIES[1][0] + " (corrected)"}
    assert "Imported 2 articles" in window.statusBar().currentMessage()
    # The feed imported again whole adds the article left out, and not the edited one twice.
    path = window.project.path
    window.close_project()
    with ProjectService.open(path) as project:
        again = project.import_file(feed)
    assert [o.status for o in again.each()] == ["duplicate", "duplicate", "imported"]
