"""Round 23: cramped layouts left from round 22 (the figures' columns at 1280 and 1440, the
filter bar's fold at 1024, the conflict decisions below the fold of a short tab)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.models.figures import COL_ATTRIBUTED, COL_COUNTED, COL_TEXT
from desktop.ui.widgets.column_fit import SpareWidthColumns
from tests.ui.test_review import open_at, rect_in
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)


def _table(qtbot, words: list[list[str]], width: int) -> QTableView:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(len(words), len(words[0]))
    for r, row in enumerate(words):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(width, 200)
    table.show()
    QApplication.processEvents()
    return table


def test_a_sentence_that_repeats_its_row_gives_way_before_the_other_columns(qtbot):  # type: ignore[no-untyped-def]
    """With ``readable_chars`` the sentence column gives up its room, down to that many
    characters, before the other columns are squeezed to their least."""
    rows = [["Ferry passengers stranded", "the harbour master", "1,200 ferry passengers"]]
    table = _table(qtbot, rows, 420)
    fm = table.fontMetrics()
    wanted, least = fm.horizontalAdvance("x" * 22), fm.horizontalAdvance("x" * 8)

    def fit(readable: int | None) -> SpareWidthColumns:
        kwargs = {} if readable is None else {"readable_chars": readable}
        columns = SpareWidthColumns(table, 2, **kwargs)
        columns.set_widths(0, wanted, least)
        columns.set_widths(1, wanted, least)
        columns.fit()
        return columns

    fit(None)
    # Thirty characters kept for the sentence: the two other columns are squeezed hard.
    squeezed = table.columnWidth(0)
    assert squeezed < wanted
    wide_sentence = table.columnWidth(2)
    fit(16)
    # Sixteen: they keep more of their words, and the sentence is no narrower than sixteen.
    assert table.columnWidth(0) > squeezed and table.columnWidth(1) > squeezed
    assert table.columnWidth(2) < wide_sentence
    assert table.columnWidth(2) >= fm.horizontalAdvance("x" * 16)
    # A wide table gives every column what it wants, whatever the setting.
    table.resize(1200, 200)
    QApplication.processEvents()
    assert table.columnWidth(0) == wanted and table.columnWidth(1) == wanted


def test_the_sentence_keeps_its_room_once_the_column_it_repeats_steps_aside(qtbot):  # type: ignore[no-untyped-def]
    rows = [["1,200 ferry passengers stranded at the harbour overnight", "harbour", "ferry"]]
    table = _table(qtbot, rows, 250)
    fm = table.fontMetrics()
    columns = SpareWidthColumns(table, 0, optional=(2,), readable_chars=16, repeated=(2,))
    columns.set_widths(1, fm.horizontalAdvance("x" * 14), fm.horizontalAdvance("x" * 7))
    columns.set_widths(2, fm.horizontalAdvance("x" * 14), fm.horizontalAdvance("x" * 7))
    columns.fit()
    # Too narrow for all three: the repeated column steps aside, and the sentence, now the
    # only place its words are read, wants thirty characters: the other column gives all it
    # can spare (with sixteen it would give only a few pixels).
    assert columns.stepped_aside == {2}
    assert table.columnWidth(1) == fm.horizontalAdvance("x" * 7)
    assert table.columnWidth(0) > fm.horizontalAdvance("x" * 20)
    # Wide enough to keep it, sixteen are enough.
    table.resize(470, 200)
    QApplication.processEvents()
    assert columns.stepped_aside == set()
    assert table.columnWidth(2) > fm.horizontalAdvance("x" * 7)


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(1440, 900), (1280, 800)])
def test_counted_and_attributed_are_not_cut_for_a_wide_as_written(
    make_window, qtbot, demo_project, size
):  # type: ignore[no-untyped-def]
    """At 1280 and 1440 'Counted' read 'North K…' and 'Attributed to' 'South Korea's…' beside
    an 'As written' column twice as wide, which only repeats the value and what is counted."""
    window = open_at(make_window, qtbot, demo_project, *size)
    window.show_tab(1)
    panel = window.figures_panel
    qtbot.waitUntil(lambda: panel.shown > 0, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    table = panel.table
    fm = table.fontMetrics()
    floor = fm.horizontalAdvance("x" * 16)
    # Round 42: what is counted is whole (at 1280 it read "North Kore…"), and who gave the
    # number steps aside for it before it is cut.
    assert not table.isColumnHidden(COL_COUNTED)
    assert table.columnWidth(COL_COUNTED) >= table.sizeHintForColumn(COL_COUNTED)
    attributed_cut = not table.isColumnHidden(COL_ATTRIBUTED) and table.columnWidth(
        COL_ATTRIBUTED
    ) < table.sizeHintForColumn(COL_ATTRIBUTED)
    if attributed_cut:
        # Something is cut, so the sentence gave its room first: it is at its floor.
        assert table.columnWidth(COL_TEXT) <= floor + 2
        assert table.columnWidth(COL_ATTRIBUTED) >= fm.horizontalAdvance("South Kore")
    # No sideways scrolling for it.
    shown = [c for c in range(panel.proxy.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    # What is cut is read in full in the row's tooltip.
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if len(str(panel.proxy.index(r, COL_COUNTED).data() or "")) > 12
    )
    counted = str(panel.proxy.index(row, COL_COUNTED).data())
    tip = str(panel.proxy.index(row, COL_COUNTED).data(Qt.ItemDataRole.ToolTipRole))
    assert counted in tip
    # The analyst's own width stays through a new fit (another search, another refresh).
    table.horizontalHeader().resizeSection(COL_COUNTED, 170)
    panel.columns.fit()
    window.resize(size[0] - 40, size[1])
    QApplication.processEvents()
    assert table.columnWidth(COL_COUNTED) == 170


@pytest.mark.usefixtures("styled")
def test_go_to_date_and_fit_all_stay_in_the_filter_bar_at_1024(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1024 both folded behind », while the labels 'Source:' and 'Status:' stood before
    boxes that say 'All sources' and 'All statuses' themselves."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    bar = window.filter_bar
    QApplication.processEvents()
    assert not bar.folded()
    for button in (window.go_button, window.fit_button, window.dates_button):
        assert button.isVisible()
        assert bar.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width()
    assert not bar.more_button.isVisible()
    # The labels stepped aside; their keys still reach the boxes.
    aside = bar.labels_aside()
    assert len(aside) == 2
    for key, combo in (("Alt+S", window.source_combo), ("Alt+T", window.status_combo)):
        action = next(a for a in bar.actions() if a.shortcut() == QKeySequence(key))
        assert action.isEnabled()
        window.find_edit.setFocus()
        action.trigger()
        assert combo.hasFocus(), key
    # The boxes say what they filter, whole.
    for combo, words in (
        (window.source_combo, "All sources"),
        (window.status_combo, "All statuses"),
    ):
        assert combo.currentText() == words
        assert combo.width() >= combo.sizeHint().width()
    # Wide, the labels are back and their own keys serve again.
    window.resize(1600, 900)
    window.main_splitter.setSizes([300, 1300])
    QApplication.processEvents()
    assert not bar.labels_aside()
    assert all(not a.isEnabled() for a in bar.actions() if a.shortcut() == QKeySequence("Alt+S"))
    # Narrower still, Fit all and Go to date fold as before, the labels first.
    bar._fit(620)
    assert bar.labels_aside() and bar.folded()
    texts = [a.text() for a in bar.more_menu.actions()]
    assert "Fit All" in texts


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_the_decision_buttons_are_in_view_whenever_a_pair_is_chosen(
    make_window, qtbot, demo_project, size
):  # type: ignore[no-untyped-def]
    """Dismiss and Confirm were the last row of what scrolls, below the sentences: at
    1024x640 and 1280x800 the analyst scrolled for every decision."""
    window = open_at(make_window, qtbot, demo_project, *size)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    assert panel.pair_buttons_pinned()
    buttons = [
        panel.dismiss_button,
        panel.confirm_button,
        panel.reopen_button,
        panel.pair_note_button,
        panel.unlink_button,
    ]
    scroll = rect_in(panel.scroll_area, panel)
    bar = panel.scroll_area.verticalScrollBar()
    # Wherever what scrolls is scrolled, and whichever pair is chosen.
    for value in (0, bar.maximum()):
        bar.setValue(value)
        QApplication.processEvents()
        for button in buttons:
            assert button.isVisible()
            r = rect_in(button, panel)
            assert panel.rect().contains(r), (button.text(), r, panel.rect())
            assert not r.intersects(scroll), button.text()
    pair = panel.current_pair()
    assert pair is not None and panel.dismiss_button.isEnabled()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (panel.current_pair() or pair).decision == "dismissed", timeout=5000)
    # The groups list's header stays in view on showing the tab, and the explanation whole.
    window.show_tab(0)
    window.show_tab(2)
    qtbot.wait(50)
    QApplication.processEvents()
    view = panel.scroll_area.viewport()
    header = panel.groups.horizontalHeader()
    assert header.mapTo(view, header.rect().topLeft()).y() >= 0
    label = panel.relation_label
    assert label.mapTo(view, label.rect().bottomLeft()).y() <= view.height()
    # With room for everything (a tall window), the buttons go back under the sentences.
    window.resize(size[0], 1400)
    qtbot.waitUntil(lambda: not panel.pair_buttons_pinned(), timeout=3000)
    QApplication.processEvents()
    card = rect_in(panel.left_card, panel.splitter)
    assert rect_in(panel.dismiss_button, panel.splitter).top() > card.bottom()
