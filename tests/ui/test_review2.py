"""Second look at the window: narrow panes, keys for the fact actions, hints that read, and
a publication date that says truthfully where it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu

from desktop.ui.models.facts import COL_DATE, COL_PRECISION, COL_SOURCE, COL_STATUS, COL_TEXT
from tests.ui.test_review import open_at
from tests.ui.test_window import _mnemonic


def test_the_fact_text_takes_the_spare_width_of_a_narrow_facts_table(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """At 1024x640 Date and Precision were wide and the fact squeezed off to the side."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    table = window.facts_panel.table
    viewport = table.viewport().width()
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    total = sum(table.columnWidth(c) for c in shown)
    assert total <= viewport, "the facts table needs sideways scrolling"
    text = table.columnWidth(COL_TEXT)
    assert text == max(table.columnWidth(c) for c in shown)
    for col in (COL_DATE, COL_PRECISION, COL_STATUS):
        assert table.columnWidth(col) < viewport // 4
    # The date itself is never cut short.
    fm = table.fontMetrics()
    assert table.columnWidth(COL_DATE) >= fm.horizontalAdvance("10–12 Jan 2025")
    # The analyst can still widen a column; the text gives the room back, and takes it
    # again when the window grows.
    header = table.horizontalHeader()
    before = table.columnWidth(COL_SOURCE)
    header.resizeSection(COL_SOURCE, before + 40)
    QApplication.processEvents()
    assert table.columnWidth(COL_SOURCE) == before + 40
    assert table.columnWidth(COL_TEXT) < text
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: table.viewport().width() > viewport + 300)
    QApplication.processEvents()
    assert table.columnWidth(COL_SOURCE) == before + 40
    # (Precision, aside at 1024, is back.)
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert COL_PRECISION in shown
    shown_total = sum(table.columnWidth(c) for c in shown)
    assert table.viewport().width() - 2 <= shown_total <= table.viewport().width()


def test_every_fact_action_has_a_shortcut_in_the_fact_menu_and_its_tooltip(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    fact_menu = window.fact_menu
    panel = window.facts_panel
    actions = [
        panel.confirm_action,
        panel.reject_action,
        panel.reset_action,
        panel.edit_date_action,
        panel.edit_text_action,
        panel.note_action,
        panel.tags_action,
        panel.delete_action,
    ]
    native = QKeySequence.SequenceFormat.NativeText
    for action in actions:
        assert action in fact_menu.actions()
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcut().toString(native) in action.toolTip()
    # No key does two things anywhere in the window, except a bare key bound to a widget
    # each (Delete deletes the fact in the facts table and on the timeline, and removes the
    # article in the articles list): never two live at the same time.
    everything = window.findChildren(QAction)
    by_key: dict[str, list[QAction]] = {}
    for a in everything:
        if not a.shortcut().isEmpty():
            by_key.setdefault(a.shortcut().toString(), []).append(a)
    for key, bound in by_key.items():
        if len(bound) == 1:
            continue
        assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetShortcut for a in bound), key
        owners = [{o for o in a.associatedObjects() if not isinstance(o, QMenu)} for a in bound]
        for i, mine in enumerate(owners):
            for theirs in owners[i + 1 :]:
                assert not mine & theirs, key
    for taken in ("Ctrl+I", "Ctrl+E", "Ctrl+G", "Ctrl+0", "Ctrl+F", "Ctrl+Z"):
        assert all(a.shortcut().toString() != taken for a in actions)
    menu_keys = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(menu_keys) == len(set(menu_keys))


def test_fact_keys_act_on_the_selected_fact(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    window.activateWindow()
    project = window.project
    fact = next(f for f in project.facts() if f.status == "auto" and f.date.earliest)

    def exists(fact_id: int) -> bool:
        return any(f.id == fact_id for f in project.facts())

    window.select_fact(fact.id)
    table = window.facts_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: project.fact(fact.id).status == "confirmed", timeout=3000)
    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: project.fact(fact.id).status == "auto", timeout=3000)
    # F2 edits the text, as it renames in a file manager.
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = window.facts_panel.findChild(QDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Fact text"
    dialog.reject()
    window.activateWindow()  # the closed dialog leaves no active window on the test platform
    # Delete acts where the facts are, not from the conflicts tab.
    window.show_tab(2)
    window.conflicts_panel.groups.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.conflicts_panel.groups)
    qtbot.keyClick(window.conflicts_panel.groups, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert exists(fact.id)
    window.show_tab(0)
    window.select_fact(fact.id)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not exists(fact.id), timeout=3000)


def test_the_demo_says_it_set_the_publication_date(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    dated = next(
        a for a in window.project.articles() if a.published_origin == "user" and a.published
    )
    window.show_article(dated.id)
    QApplication.processEvents()
    origin = window.reader.published_origin.text()
    assert "demo" in origin and "typed by you" not in origin
    # Once the analyst types another date, it is theirs.
    window.reader.published_edit.setText("2025-01-20")
    qtbot.mouseClick(window.reader.published_apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "typed by you" in window.reader.published_origin.text(), timeout=5000)
    # The project itself records it (not only the reader's wording), and undo gives the
    # date back to the demo.
    assert window.project.article(dated.id).field_origins["published"] == "user"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "demo" in window.reader.published_origin.text(), timeout=5000)
    assert window.project.article(dated.id).field_origins["published"].startswith("demo:")


def test_hints_are_muted_and_readable_in_both_themes(qapp):  # type: ignore[no-untyped-def]
    from desktop.ui.style import _contrast, apply_look

    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    old_style, old_font = qapp.style().name(), qapp.font()
    try:
        for theme in ("light", "dark"):
            apply_look(qapp, theme)
            hint = QLabel("hint")
            hint.setObjectName("muted")
            hint.ensurePolished()
            colour = hint.palette().color(QPalette.ColorRole.WindowText)
            window = qapp.palette().color(QPalette.ColorRole.Window)
            text = qapp.palette().color(QPalette.ColorRole.WindowText)
            assert colour.alpha() == 255, theme
            assert colour.rgb() != text.rgb(), theme
            assert _contrast(colour, window) >= 4.5, theme
            assert _contrast(colour, window) < _contrast(text, window), theme
    finally:
        # everything apply_look changes: a larger font left behind changed the row heights
        # of later tests' timelines (round 38's exported picture)
        qapp.setStyleSheet(old_sheet)
        qapp.setStyle(old_style)
        qapp.setPalette(old_palette)
        qapp.setFont(old_font)


def test_origin_words_for_a_date_read_from_the_article_keep_their_evidence() -> None:
    from datetime import date

    from desktop.ui.format import published_origin_text

    d = date(2025, 1, 13)
    assert published_origin_text(d, "metadata", "meta article:published_time") == (
        "from the page metadata: meta article:published_time"
    )
    assert published_origin_text(d, "user", "user") == "typed by you"
    # Evidence from before the analyst changed the date no longer applies.
    assert published_origin_text(d, "user", "meta article:published_time") == "typed by you"
    assert published_origin_text(d, "user", "demo:2025-01-13") == "set by the demo project"


def test_growing_the_window_leaves_no_dead_space_under_the_lanes(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 800, 500)
    window.resize(1920, 1200)
    view = window.timeline
    qtbot.waitUntil(lambda: view.viewport().height() > 300, timeout=3000)
    qtbot.wait(400)
    QApplication.processEvents()
    spare = view.height() - view.content_height()
    assert spare < 60, f"{spare} pixels of empty timeline under the lanes"
    assert view.content_height() <= view.height()
