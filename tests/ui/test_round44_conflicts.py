"""Round 44: on a laptop's screen (1280x800, 1366x768) the Conflicts tab reads whole: every
column of its lists and both sentences of the chosen pair, without clipping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.models.conflicts import PAIR_COL_A, PAIR_COL_B, PAIR_COL_REASON
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

LAPTOPS = [(1280, 800), (1366, 768)]


def _cut_cells(table: QTableView, margins: int) -> list[str]:
    """The shown cells whose text (any of its lines) is wider than its column."""
    model = table.model()
    fm = table.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            if table.isColumnHidden(col):
                continue
            text = str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "")
            for line in text.split("\n"):
                if fm.horizontalAdvance(line) + margins > table.columnWidth(col):
                    cut.append(line)
    return cut


def _settled(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    for _ in range(4):
        qtbot.wait(80)
        QApplication.processEvents()
    return panel


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", LAPTOPS)
def test_on_a_laptop_every_pair_says_both_sides_whole(
    make_window, qtbot, demo_project: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    # At 1280x800 a side read "at least 2,700 injured …" and "2,700 injured — Eastba…",
    # and the reason "later repo…".
    window = open_at(make_window, qtbot, demo_project, *size)
    panel = _settled(qtbot, window)
    pairs = panel.pairs
    margins = pairs.fontMetrics().height() // 2
    for group in range(panel.groups_model.rowCount()):
        key = panel.groups_model.group_at(group).key
        if not panel.select_group(key):
            continue
        # (a group of longer sides asks the window for width: given a moment later)
        qtbot.waitUntil(lambda: _cut_cells(pairs, margins) == [], timeout=3000)
        # every column shown fits beside the others: nothing scrolls sideways
        shown = [c for c in range(pairs.model().columnCount()) if not pairs.isColumnHidden(c)]
        assert sum(pairs.columnWidth(c) for c in shown) <= pairs.viewport().width()
        assert PAIR_COL_A in shown and PAIR_COL_B in shown
    # the reason, which no column here holds whole, is said in full under the list
    assert pairs.isColumnHidden(PAIR_COL_REASON)
    pair = panel.current_pair()
    assert pair is not None and pair.reason.split("; ")[-1][:30] in panel.relation_label.text()
    # the groups' names are whole too
    assert _cut_cells(panel.groups, panel.groups.fontMetrics().height() // 2) == []


@pytest.mark.usefixtures("styled")
def test_at_1280x800_the_pair_s_sentences_and_small_print_read_whole(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    # The left card ended 'according to South' and scrolled for the rest.
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = _settled(qtbot, window)
    for card in (panel.left_card, panel.right_card):
        assert card.figure_id is not None
        assert card.verticalScrollBar().maximum() == 0, card.toPlainText()
        assert card.cut_line_top() is None
    # the decisions stay in view
    status_top = window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y()
    for button in (panel.dismiss_button, panel.confirm_button):
        assert button.isVisible()
        top = button.mapTo(window, button.rect().topLeft()).y()
        assert top + button.height() <= status_top
    # and the timeline keeps more than a third of the height
    assert window.right_splitter.sizes()[0] >= 0.35 * window.right_splitter.height()


@pytest.mark.usefixtures("styled")
def test_at_1366x768_the_pair_s_sentences_and_their_sources_read_whole(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    # (the timeline keeps its 42% here, round 38's: the reading and the article's title
    # under the source are a scroll away)
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    panel = _settled(qtbot, window)
    for card in (panel.left_card, panel.right_card):
        lines = card.sentence_lines()
        assert card.viewport().height() >= lines * card.fontMetrics().lineSpacing()
        assert card.source_line_in_text_shown() or card.source_line.isVisible()
        if card.source_line.isVisible():
            # the pinned line says who and when whole
            shown = card.source_line.text()
            assert "…" not in shown, shown


@pytest.mark.usefixtures("styled")
def test_the_reader_gets_its_width_back_with_the_facts_tab(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    facts_reader = window.reader.width()
    _settled(qtbot, window)
    assert window.reader.width() < facts_reader
    # never a sliver: the article still reads beside the tab
    assert window.reader.width() >= 0.28 * sum(window.bottom_splitter.sizes()) - 2
    window.show_tab(0)
    qtbot.waitUntil(lambda: abs(window.reader.width() - facts_reader) <= 2, timeout=3000)


@pytest.mark.usefixtures("styled")
def test_a_decision_is_said_on_one_line_while_the_sides_take_two(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = _settled(qtbot, window)
    assert panel.two_line_pairs()
    pair = panel.current_pair()
    assert pair is not None
    cell = str(panel.pairs_model.index(panel.pairs.currentIndex().row(), PAIR_COL_A).data())
    assert "\n" in cell
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: "dismissed" in window.statusBar().currentMessage(), timeout=3000)
    message = window.statusBar().currentMessage()
    assert "\n" not in message
    said, who = panel.pairs_model.side_lines(pair.a)
    assert f"{said} — {who}" in message


@pytest.mark.usefixtures("styled")
def test_a_pair_the_list_s_edge_cuts_is_left_out_not_halved(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    # At 1280x800 the top half of a third pair's two lines peeked out under the second.
    from desktop.ui.widgets.conflicts_panel import PairsTable

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = _settled(qtbot, window)
    table = panel.pairs
    assert isinstance(table, PairsTable)
    viewport = table.viewport()
    if table.cut_row_top() is None:
        # (the analyst drags the list's edge to halfway down a row)
        row_h = table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.height() + row_h // 2)
        QApplication.processEvents()
    cut = table.cut_row_top()
    assert cut is not None
    row = table.rowAt(viewport.height() - 1)
    assert row >= 1 and table.rowViewportPosition(row) == cut
    image = viewport.grab().toImage()
    base = viewport.palette().color(viewport.backgroundRole()).rgb()
    band = {
        image.pixel(x, y)
        for y in range(cut + 1, min(image.height(), viewport.height()))
        for x in range(0, image.width(), 7)
    }
    assert band == {base}
    # scrolled down to it, the row is whole and drawn
    table.scrollTo(table.model().index(row, 0))
    QApplication.processEvents()
    assert table.cut_row_top() != table.rowViewportPosition(row)
