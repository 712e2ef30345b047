"""Round 27: the chosen pair's sentences on a short Conflicts tab (1280x800 showed a line of
each, under a timeline given all its lanes asked for)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain import Figure
from desktop.domain.records import ArticleRecord, FigureRecord
from desktop.ui.main_window import TAB_CONFLICTS, TAB_FACTS
from desktop.ui.widgets.conflicts_panel import SentenceCard
from tests.ui.test_review import open_at, rect_in
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)


def _lines(card: SentenceCard) -> float:
    return card.viewport().height() / card.fontMetrics().lineSpacing()


def _conflicts_shown(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_tab(TAB_CONFLICTS)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(150)  # the panes are fitted to the tab, and measured again
    QApplication.processEvents()
    return panel


@pytest.mark.usefixtures("styled")
def test_a_short_conflicts_tab_shows_three_lines_of_each_sentence(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    lanes_height = window.right_splitter.sizes()[0]
    panel = _conflicts_shown(window, qtbot)
    for card in (panel.left_card, panel.right_card):
        assert _lines(card) >= 3, _lines(card)
        # and the figure itself is among the lines shown, however long its sentence
        assert card.figure_in_view()
    # Nothing of the tab is scrolled out of view: the timeline gave up what it took.
    assert panel.scroll_area.verticalScrollBar().maximum() == 0
    assert window.right_splitter.sizes()[0] < lanes_height
    # The decisions stay pinned, and each list keeps its rows.
    assert panel.pair_buttons_pinned()
    scroll = rect_in(panel.scroll_area, panel)
    assert not rect_in(panel.dismiss_button, panel).intersects(scroll)
    for table in (panel.groups, panel.pairs):
        assert table.height() >= panel._list_height(table, panel.SHORT_ROWS)
    # Back on the facts, the timeline gets its lanes' height again.
    window.show_tab(TAB_FACTS)
    qtbot.waitUntil(lambda: window.right_splitter.sizes()[0] == lanes_height, timeout=3000)


@pytest.mark.usefixtures("styled")
def test_panes_the_analyst_sized_keep_their_sizes_on_the_conflicts_tab(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    total = sum(window.right_splitter.sizes())
    window.right_splitter.setSizes([500, total - 500])
    window.right_splitter.splitterMoved.emit(500, 1)  # as a drag of the handle does
    QApplication.processEvents()
    dragged = window.right_splitter.sizes()
    _conflicts_shown(window, qtbot)
    assert window.right_splitter.sizes() == dragged
    window.show_tab(TAB_FACTS)
    qtbot.wait(150)
    assert window.right_splitter.sizes() == dragged


def _article(published: date | None = None) -> ArticleRecord:
    return ArticleRecord(
        id=1,
        path="storm.txt",
        title="Storm strands ferries",
        source="Harbour Gazette",
        author=None,
        url=None,
        published=published,
        published_origin="text" if published else None,
        format="txt",
        imported_at=datetime(2025, 3, 4, 9, 0),
    )


def _record(text: str, words: str, published: date | None = None) -> FigureRecord:
    start = text.index(words)
    number = words.split()[0]
    figure = Figure(start, start + len(words), words, number, 340, 340, "approximate")  # type: ignore[arg-type]
    return FigureRecord(7, _article(published), figure)


def test_the_card_reads_the_sentence_first_and_scrolls_to_its_figure(qtbot):  # type: ignore[no-untyped-def]
    text = (
        "Port officials, speaking after a long night in which gales tore at the moorings "
        "and the coastguard sent three lifeboats out past the breakwater, said that some "
        "340 ferries had been held in harbour along the northern coast until the wind eased."
    )
    card = SentenceCard()
    qtbot.addWidget(card)
    card.resize(260, card.height_for_lines(3))
    card.show()
    QApplication.processEvents()
    card.show_figure(_record(text, "340 ferries"), text, "Left")
    QApplication.processEvents()
    shown = card.toPlainText()
    # The sentence before the small print (reading, source, title).
    assert shown.index("Port officials") < shown.index("Harbour Gazette")
    assert _lines(card) >= 3
    # The figure was below the three lines shown: the card scrolled to bring it in.
    assert card.verticalScrollBar().value() > 0
    assert card.figure_in_view()
    # A short sentence needs no scroll.
    card.show_figure(
        _record("Some 340 ferries sailed.", "340 ferries"), "Some 340 ferries sailed.", "Left"
    )
    QApplication.processEvents()
    assert card.verticalScrollBar().value() == 0 and card.figure_in_view()
    card.clear()
    assert not card.figure_in_view()


def test_dated_card_keeps_its_small_print(qtbot):  # type: ignore[no-untyped-def]
    text = "The council said 12 bridges were closed."
    record = _record(text, "12 bridges", date(2025, 3, 4))
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show_figure(record, text, "Left")
    shown = card.toPlainText()
    assert "Harbour Gazette" in shown and "2025" in shown and "Storm strands ferries" in shown
