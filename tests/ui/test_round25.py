"""Round 25: the fact's room in the facts table at 1280 (a narrow Status, Precision stepping
aside, every column still to be had from the header and the analyst's choices kept), a feed
item's lines in the import dialog, long paragraphs in the Paragraphs dialog, and the
timeline's edge counts over the facts' labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QListView, QStyle

from desktop.domain import Block
from desktop.ui.models.blocks import BlocksListModel
from desktop.ui.models.facts import COL_DATE, COL_PRECISION, COL_SOURCE, COL_STATUS, COL_TEXT
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)
from tests.ui.test_round24 import (
    dark,  # noqa: F401  (the fixture, used by name)
    import_files,  # noqa: F401  (the fixture, used by name)
)

# -- 1. the facts table at 1280 ------------------------------------------------------------


@pytest.mark.usefixtures("styled")
def test_the_fact_gets_the_room_at_1280(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1280x800 the fact had about twenty-eight characters while Precision and a Status
    column saying "auto" kept theirs."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.facts_panel
    table = panel.table
    fm = table.fontMetrics()
    assert table.columnWidth(COL_TEXT) >= fm.horizontalAdvance("x" * 44)
    # The date is whole; Precision, which the date already says, has stepped aside.
    assert table.columnWidth(COL_DATE) >= fm.horizontalAdvance("10–12 Jan 2025")
    assert table.isColumnHidden(COL_PRECISION)
    # Status is a narrow column of marks: no wider than its title needs.
    assert not table.isColumnHidden(COL_STATUS)
    bold = table.horizontalHeader().font()
    bold.setBold(True)
    title = QFontMetrics(bold).horizontalAdvance("Status")
    assert table.columnWidth(COL_STATUS) <= title + 2 * fm.height()
    assert table.columnWidth(COL_STATUS) < fm.horizontalAdvance("confirmed") + fm.height()
    shown = [c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()


def _shown_text(table, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = table.model().index(row, col)
    option = QStyleOptionViewItem()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


@pytest.mark.usefixtures("styled")
def test_the_status_column_shows_a_mark_and_says_the_word(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    panel = window.facts_panel
    model = panel.model
    assert _shown_text(panel.table, 0, COL_STATUS) == ""
    tip = str(model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole))
    assert "Status: auto" in tip
    panel.table.selectRow(0)
    panel.confirm_action.trigger()
    qtbot.waitUntil(lambda: model.index(0, COL_STATUS).data() == "confirmed")
    assert _shown_text(panel.table, 0, COL_STATUS) == "✓"
    assert "Status: confirmed" in str(model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole))
    # The word is still what the model, the editor and a screen reader have.
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == "confirmed"


@pytest.mark.usefixtures("styled")
def test_every_column_is_to_be_had_and_the_analysts_choices_are_kept(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.facts_panel
    table = panel.table
    menu = panel.columns_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles == ["Date", "Precision", "Source", "Status", "Tags", "Note"]
    ticked = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert ticked["Precision"] is False and ticked["Date"] is True
    # The analyst asks for Precision back: it stays, whatever the width.
    next(a for a in menu.actions() if a.text() == "Precision").trigger()
    QApplication.processEvents()
    assert not table.isColumnHidden(COL_PRECISION)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: table.viewport().width() < 500)
    QApplication.processEvents()
    assert not table.isColumnHidden(COL_PRECISION)
    # ... and hides Status: its marks go before the facts' words.
    panel.choose_column(COL_STATUS, False)
    assert table.isColumnHidden(COL_STATUS) and panel.model.status_marks
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: table.viewport().width() > 700)
    QApplication.processEvents()
    assert table.isColumnHidden(COL_STATUS)
    # A width dragged by hand.
    table.horizontalHeader().resizeSection(COL_SOURCE, 190)
    QApplication.processEvents()
    assert table.columnWidth(COL_SOURCE) == 190
    window.close()
    # The next window, the next session: the same columns, the same width.
    again = open_at(make_window, qtbot, demo_project, 1024, 640)
    table = again.facts_panel.table
    assert not table.isColumnHidden(COL_PRECISION)
    assert table.isColumnHidden(COL_STATUS)
    assert table.columnWidth(COL_SOURCE) == 190
    # And back to the columns that follow the pane.
    again.facts_panel.forget_column_choices()
    QApplication.processEvents()
    assert table.isColumnHidden(COL_PRECISION) and table.isColumnHidden(COL_STATUS)
    assert table.columnWidth(COL_SOURCE) < 190
    assert not again.facts_panel.columns.dragged


# -- 2. a feed item in the import dialog's file list ---------------------------------------


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(921, 576), (1000, 680)])
def test_a_feed_items_day_stays_with_its_place(qtbot, import_files, size):  # type: ignore[no-untyped-def]  # noqa: F811
    """'… · 1 of 3 ·' over a lone '2025-03-06': the item's day went to a third line."""
    from desktop.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(import_files)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.files.rowCount()):
        dialog.select_file(row)
        QApplication.processEvents()
    listed = dialog.file_list
    fm = listed.fontMetrics()
    items = [r for r, e in enumerate(dialog.files.entries()) if e.item]
    assert len(items) == 3
    for row in items:
        entry = dialog.files.entry(row)
        index = dialog.files.index(row, 0)
        lines = str(index.data()).splitlines()
        # Two lines: the title, then the day, its place in the feed and the feed's name.
        assert len(lines) == 2
        day = entry.published()
        assert day is not None and lines[1].startswith(f"{day} · {entry.item} of 3 · ")
        assert lines[1].endswith(entry.path.name)
        # Drawn as two lines, never wrapped to three: a line too long loses its middle.
        assert not listed.wordWrap()
        assert listed.visualRect(index).height() <= 2 * fm.lineSpacing() + 8
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert lines[1] in tip
    dialog.reject()


# -- 3. long paragraphs in the Paragraphs dialog -------------------------------------------


def _row_fits(view: QListView, row: int) -> tuple[int, int, int]:
    """The row's height, the height its text needs wrapped beside its box, and one line."""
    model = view.model()
    index = model.index(row, 0)
    rect = view.visualRect(index)
    style = view.style()
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    fm = QFontMetrics(font)
    # The box, a margin either side of it and of the text.
    width = rect.width() - box - 6 * margin
    needed = fm.boundingRect(
        QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(index.data())
    ).height()
    return rect.height(), needed, fm.lineSpacing()


def _open_paragraphs(window, qtbot, outlet: str) -> QDialog:  # type: ignore[no-untyped-def]
    article = next(a for a in window.project.articles() if outlet in (a.source or ""))
    window.show_article(article.id)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.furniture_button.text().startswith("Set aside ("))
    reader.furniture_button.click()
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and isinstance(w, QDialog) for w in QApplication.topLevelWidgets()
        )
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    QApplication.processEvents()
    return dialog


@pytest.mark.usefixtures("styled")
def test_a_long_paragraph_is_whole_with_no_gap_under_it(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """'… above the figure cited by Western …' was cut at three lines of its four, and a
    blank line stood under it."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    dialog = _open_paragraphs(window, qtbot, "Eastbank")
    view = dialog.findChild(QListView)
    assert view is not None
    model = view.model()
    long_row = next(
        r for r in range(model.rowCount()) if "cited by Western" in str(model.index(r, 0).data())
    )
    for width in (dialog.width(), 520, 860):
        dialog.resize(width, dialog.height())
        QApplication.processEvents()
        for row in range(model.rowCount()):
            height, needed, line = _row_fits(view, row)
            assert height >= needed, (width, row, height, needed)
            # No more than a line's margin under its last line.
            assert height < needed + line, (width, row, height, needed)
        height, needed, line = _row_fits(view, long_row)
        assert needed >= 2 * line
    dialog.reject()


def test_wrapped_rows_are_measured_at_the_lists_width(qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.widgets.wrapped_rows import WrappedRowsDelegate

    words = (
        "The ferry operator said on Tuesday that the timetable agreed with the island council "
        "last spring would stay in place until the new terminal opens, which the council now "
        "expects in the second half of next year at the earliest."
    )
    model = BlocksListModel()
    model.set_blocks([Block(words, kept=True), Block("Subscribe", kept=False, reason="teaser")])
    view = QListView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappedRowsDelegate(view))
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    narrow = view.visualRect(model.index(0, 0)).height()
    view.resize(900, 400)
    qtbot.waitUntil(lambda: view.visualRect(model.index(0, 0)).height() < narrow)
    wide = view.visualRect(model.index(0, 0)).height()
    for row in range(model.rowCount()):
        height, needed, line = _row_fits(view, row)
        assert needed <= height < needed + line
    # The short row is one line high at either width.
    assert view.visualRect(model.index(1, 0)).height() < 2 * view.fontMetrics().lineSpacing()
    assert wide < narrow


# -- 4. the timeline's edge counts ---------------------------------------------------------


def _gap_is_clear(window) -> bool:  # type: ignore[no-untyped-def]
    """Between the 'later' count and the plot's right edge, along the count's height, there
    is nothing but the lane's own shade."""
    view = window.timeline
    rects = view.edge_count_rects()
    if True not in rects:
        return True
    pill = rects[True].toAlignedRect()
    picture = view.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    right = int((view.viewport().width() - 1) * ratio)
    shade = QColor(picture.pixel(int((pill.right() + 2) * ratio), int(pill.top() * ratio)))
    for x in range(int((pill.right() + 2) * ratio), right):
        for y in range(int(pill.top() * ratio), int(pill.bottom() * ratio)):
            if QColor(picture.pixel(x, y)) != shade:
                return False
    return True


@pytest.mark.parametrize("look", ["styled", "dark"])
def test_a_facts_label_does_not_show_past_the_later_count(
    make_window, qtbot, demo_project, look, request
):  # type: ignore[no-untyped-def]
    """At 1440x900 zoomed in, a fact's label ran under '4 later ▶' and its last letters
    showed between the count and the edge."""
    request.getfixturevalue(look)
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    view = window.timeline
    seen = 0
    for _ in range(4):
        view.zoom_in()
        QApplication.processEvents()
        seen += True in view.edge_count_rects()
        assert _gap_is_clear(window)
    assert seen
