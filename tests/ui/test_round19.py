"""Round 19: a file of several articles is shown and edited article by article in the import
dialog; accessibility leftovers of round 18."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
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


# -- accessibility ------------------------------------------------------------------------------


def _marker(status: str) -> set[tuple[int, int]]:
    """The pixels of a fact's marker, all of one colour, that differ from a plain one."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

    from desktop.ui.timeline.paint import _status_mark

    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#2060c0"))
    p.setPen(QColor("#2060c0"))
    p.drawPolygon(QPolygonF([QPointF(10, 3), QPointF(17, 10), QPointF(10, 17), QPointF(3, 10)]))
    _status_mark(p, status, 10.0, 10.0, QColor("white"))
    p.end()
    return {(x, y) for x in range(20) for y in range(20) if image.pixelColor(x, y).red() > 128}


def test_a_facts_status_is_drawn_by_a_mark_not_only_by_colour() -> None:
    marks = {status: _marker(status) for status in ("auto", "confirmed", "edited", "manual")}
    plain = marks.pop("auto")
    # Drawn in one colour, each status still looks different from found-by-Factlane and from
    # the others.
    shapes = [frozenset(m - plain) for m in marks.values()]
    assert all(len(s) >= 4 for s in shapes)
    assert len(set(shapes)) == 3


def test_the_timeline_says_its_lanes_and_their_counts_to_a_screen_reader(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    timeline = window.timeline
    lanes = timeline.data().lanes
    said = timeline.accessibleDescription()
    assert f"in {len(lanes)} lanes by sources" in said
    first = lanes[0]
    assert f"{first.name}, {first.count} fact" in said
    # A search narrows the lanes, and what is said follows.
    window.find_edit.setText("wounded")
    window._filters_changed()
    QApplication.processEvents()
    narrowed = timeline.accessibleDescription()
    shown = [lane for lane in timeline.shown_data().lanes if lane.count]
    assert 0 < len(shown) < len(lanes)
    assert f"in {len(shown)} of {len(lanes)} lanes" in narrowed
    assert all(f"{lane.name}, {lane.count} fact" in narrowed for lane in shown)


def test_the_conflicts_tab_counts_contradictions_and_a_change_is_announced(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    from desktop.ui.main_window import TAB_CONFLICTS

    n = window.project.counts()["contradictions"]
    assert n > 0
    bar = window.tabs.tabBar()
    assert window.tabs.tabText(TAB_CONFLICTS) == f"Co&nflicts ({n})"
    assert bar.accessibleTabName(TAB_CONFLICTS) == f"Conflicts: {n} contradictions between sources"
    assert window.last_announcement == ""  # opening a project is not a change to announce
    window._update_counts({**window.project.counts(), "contradictions": n - 1})
    assert (
        window.last_announcement
        == f"Now {n - 1} contradiction{'s' if n - 1 != 1 else ''} between sources."
    )
    assert "contradiction" in window.counts_label.accessibleName()


def test_a_larger_application_font_grows_the_style_sheet_and_the_timeline_text(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.style import scale_point_sizes, style_sheet

    assert "font-size: 16.5pt" in scale_point_sizes("QTextBrowser { font-size: 11pt; }", 15)
    assert scale_point_sizes("x { font-size: 11pt; }", 9) == "x { font-size: 11pt; }"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = app.font()
    big.setPointSizeF(15.0)
    app.setFont(big)
    try:
        assert "QTextBrowser#readerBody {\n    font-size: 16.5pt;" in style_sheet()
        window = open_at(make_window, qtbot, demo_project, 1600, 1000)
        assert window.timeline._fonts.fm.height() >= QFontMetricsF(big).height() - 0.5
    finally:
        app.setFont(normal)


def test_every_control_of_the_dialogs_has_a_name_for_a_screen_reader(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QMenuBar,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    from desktop.ui.dialogs.entry import (
        AddFactDialog,
        DateEntryDialog,
        DateFilterDialog,
        SourcesDialog,
        TagsDialog,
        TextEntryDialog,
    )
    from desktop.ui.dialogs.export_dialog import ExportDialog
    from desktop.ui.dialogs.help import (
        GettingStartedDialog,
        ReportProblemDialog,
        ShortcutsDialog,
    )
    from desktop.ui.dialogs.import_dialog import FurnitureDialog
    from desktop.ui.models.blocks import BlocksListModel
    from desktop.ui.preferences import Preferences, PreferencesDialog

    export = tmp_path / "telegraph.rtf"
    export.write_bytes(rtf_export())
    menus = QMenuBar()
    qtbot.addWidget(menus)
    dialogs = [
        DateEntryDialog(None, "Edit Date", "&Date:", "2025-01-09"),
        TextEntryDialog(None, "Edit Text", "&Text:", "A fact."),
        AddFactDialog(None, "The Week"),
        TagsDialog(None, ["ferry"], ["ferry", "harbour"]),
        DateFilterDialog(None),
        SourcesDialog(None, ["The Week", "Harbor Wire"]),
        ImportDialog([export]),
        FurnitureDialog("Ferry", BlocksListModel()),
        PreferencesDialog(Preferences()),
        ReportProblemDialog(None),
        ShortcutsDialog(menus),
        GettingStartedDialog(menus),
        ExportDialog(
            None, {"csv": ("CSV", "csv")}, tmp_path / "facts", shown=1, total=1, narrowed=""
        ),
    ]
    controls = (
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QTextEdit,
        QPlainTextEdit,
        QAbstractButton,
    )
    unnamed = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for widget in dialog.findChildren(QWidget):
            # Qt's own parts (a spin box's inner edit, a table's header) are named by Qt.
            if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
                continue
            if not isinstance(widget, controls) or not widget.isVisible():
                continue
            face = QAccessible.queryAccessibleInterface(widget)
            if face is None or not face.text(QAccessible.Text.Name).strip():
                unnamed.append(f"{type(dialog).__name__}: {type(widget).__name__}")
        dialog.close()
    assert not unnamed
