"""Round 26: an analyst's first hour on the demo. A Tags or Note column shown for the first
tag or note is not taken for a width the analyst dragged; in a narrow facts table they step
aside for the fact (the tooltip says them); the Status column's marks are a size up; the
outlet reads by more than its first word at 1024; and a fact followed to its article shows
its sentence with what comes after it, not on the reader's bottom edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop.ui.models.facts import COL_NOTE, COL_SOURCE, COL_STATUS, COL_TAGS, COL_TEXT
from desktop.ui.widgets.facts_panel import COLUMNS_KEY
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    QApplication.processEvents()


def _tag_and_note(window, qtbot, fact_id: int) -> None:  # type: ignore[no-untyped-def]
    window.workspace.set_tags(fact_id, ["check", "kursk"])
    _settle(qtbot)
    window.workspace.edit_fact_field(fact_id, COL_NOTE, "Ask the ministry for the statement.")
    _settle(qtbot)


# -- 1. the first tag's column is not the analyst's width ------------------------------------


@pytest.mark.usefixtures("styled")
def test_a_column_shown_for_the_first_tag_is_not_taken_for_a_drag(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Shown again, a hidden column comes back from width 0; that resize was taken for the
    analyst's drag, so Tags and Note kept Qt's default 100 pixels for good and were saved."""
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    panel = window.facts_panel
    table = panel.table
    assert table.isColumnHidden(COL_TAGS) and table.isColumnHidden(COL_NOTE)
    _tag_and_note(window, qtbot, panel.model.fact_ids()[0])
    assert not table.isColumnHidden(COL_TAGS) and not table.isColumnHidden(COL_NOTE)
    assert not panel.columns.dragged
    assert 'widths": {}' in str(QSettings().value(COLUMNS_KEY, "") or 'widths": {}')
    fm = table.fontMetrics()
    # As wide as a couple of tags, not the default section size.
    assert table.columnWidth(COL_TAGS) < fm.horizontalAdvance("check, kursk, x") + fm.height()
    assert table.columnWidth(COL_NOTE) < table.horizontalHeader().defaultSectionSize()
    shown = [c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()


# -- 2. in a narrow table, Note and Tags step aside for the fact -----------------------------


@pytest.mark.usefixtures("styled")
def test_at_1024_a_tag_and_a_note_leave_the_fact_its_words(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1024 the first tag and note brought two columns and left the fact a dozen
    characters ("2,700 wo…") and a sideways scroll bar."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    panel = window.facts_panel
    table = panel.table
    before = table.columnWidth(COL_TEXT)
    fact_id = panel.model.fact_ids()[0]
    _tag_and_note(window, qtbot, fact_id)
    assert table.columnWidth(COL_TEXT) >= before
    assert table.columnWidth(COL_TEXT) >= table.fontMetrics().horizontalAdvance("x" * 30)
    assert table.horizontalScrollBar().maximum() == 0
    assert table.isColumnHidden(COL_TAGS) and table.isColumnHidden(COL_NOTE)
    # The row's tooltip says them.
    row = panel.model.row_of(fact_id)
    tip = str(panel.model.index(row, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole))
    assert "Tags: check, kursk" in tip and "Note: Ask the ministry for the statement." in tip
    # The header's menu has them, unticked; asked for, Tags stays.
    menu = panel.columns_menu()
    ticked = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert ticked["Tags"] is False and ticked["Note"] is False
    panel.choose_column(COL_TAGS, True)
    _settle(qtbot)
    assert not table.isColumnHidden(COL_TAGS) and table.isColumnHidden(COL_NOTE)
    # A wider window brings the note's column back by itself.
    panel.choose_column(COL_TAGS, False)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: table.viewport().width() > 700)
    _settle(qtbot)
    assert not table.isColumnHidden(COL_NOTE)
    # ... and an unused column is not brought back by the room: the note taken off.
    window.workspace.edit_fact_field(fact_id, COL_NOTE, "")
    _settle(qtbot)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: table.viewport().width() < 500)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: table.viewport().width() > 700)
    panel.forget_column_choices()
    _settle(qtbot)
    assert table.isColumnHidden(COL_NOTE) and not table.isColumnHidden(COL_TAGS)


# -- 3. the Status column's marks ------------------------------------------------------------


@pytest.mark.usefixtures("styled")
def test_the_status_mark_is_a_size_up_and_fits_its_column(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    panel = window.facts_panel
    table = panel.table
    table.selectRow(0)
    panel.confirm_action.trigger()
    qtbot.waitUntil(lambda: panel.model.index(0, COL_STATUS).data() == "confirmed")
    index = panel.model.index(0, COL_STATUS)
    option = QStyleOptionViewItem()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.text == "✓"
    row_font = table.font()
    assert option.font.pointSizeF() >= 1.3 * row_font.pointSizeF()
    assert option.font.bold()
    mark = QFontMetrics(option.font)
    assert mark.horizontalAdvance("✓") + 4 <= table.columnWidth(COL_STATUS)
    assert mark.height() <= table.rowHeight(0)
    # The fact's own words keep the row's size.
    text = panel.model.index(0, COL_TEXT)
    fact_option = QStyleOptionViewItem()
    table.itemDelegateForIndex(text).initStyleOption(fact_option, text)
    assert fact_option.font.pointSizeF() == row_font.pointSizeF()


# -- 4. the outlet at 1024 -------------------------------------------------------------------


@pytest.mark.usefixtures("styled")
def test_at_1024_the_outlet_reads_by_more_than_its_first_word(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """'Eastban…', 'Ridgelin…', 'Northga…': the Source column was squeezed to a word."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    table = window.facts_panel.table
    fm = table.fontMetrics()
    assert table.columnWidth(COL_SOURCE) >= fm.horizontalAdvance("Eastbank Rev")
    # The fact keeps a readable line beside it, with no sideways scrolling.
    assert table.columnWidth(COL_TEXT) >= fm.horizontalAdvance("x" * 28)
    assert table.horizontalScrollBar().maximum() == 0


# -- 5. a fact followed to its sentence ------------------------------------------------------


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_a_fact_followed_to_its_article_shows_what_comes_after_it(
    make_window, qtbot, demo_project, size
):  # type: ignore[no-untyped-def]
    """The sentence was scrolled only into view: its last line sat on the reader's bottom
    edge, with nothing of what the article said next."""
    window = open_at(make_window, qtbot, demo_project, *size)
    model = window.facts_panel.model
    fact_id = next(
        model.fact(i).id
        for i in model.fact_ids()
        if model.fact(i).text.startswith("Ukrainian President Volodymyr Zelenskyy posted videos")
    )
    window.select_fact(fact_id)
    _settle(qtbot)
    body = window.reader.body
    start, end = window.reader.highlighted_range() or (0, 0)
    assert end > start
    cur = body.textCursor()
    cur.setPosition(window.reader._map.to_qt(start))
    top = body.cursorRect(cur).top()
    cur.setPosition(window.reader._map.to_qt(end))
    bottom = body.cursorRect(cur).bottom()
    line = body.fontMetrics().lineSpacing()
    room = body.viewport().height()
    assert top >= 0
    # What follows the sentence is in view below it.
    assert bottom + 2 * line <= room
    # Another fact in the same sight leaves the text where it is.
    bar = body.verticalScrollBar().value()
    window.reader.show_span(start, end)
    assert body.verticalScrollBar().value() == bar
