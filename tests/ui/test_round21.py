"""Round 21: round 20's leftovers at 1024x640 (the fact's room in the facts table, the
conflict explanation under the pairs, the timeline's lanes while a search is on) and a busy
project of many outlets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.models.facts import COL_DATE, COL_PRECISION, COL_STATUS, COL_TEXT
from tests.ui.test_review import open_at, rect_in


def test_the_fact_gets_half_the_facts_table_at_1024_and_its_status_stays_visible(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """At 1024x640 the fact had about twenty-five characters beside Date, Source and a Status
    column that said "auto" on nearly every row."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    panel = window.facts_panel
    table = panel.table
    # The fact has at least half the table (it had about two fifths).
    assert table.columnWidth(COL_TEXT) * 2 >= table.viewport().width()
    assert table.isColumnHidden(COL_STATUS) and table.isColumnHidden(COL_PRECISION)
    # A fact with a status of its own carries its mark before its words instead.
    first = panel.model.index(0, COL_TEXT).data(Qt.ItemDataRole.EditRole)
    panel.table.selectRow(0)
    panel.confirm_action.trigger()
    qtbot.waitUntil(lambda: panel.model.index(0, COL_STATUS).data() == "confirmed")
    shown = panel.model.index(0, COL_TEXT).data()
    assert shown == f"✓ {first}"
    assert "Status: confirmed" in panel.model.index(0, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    # Editing the fact's words edits the words, not the mark.
    assert panel.model.index(0, COL_TEXT).data(Qt.ItemDataRole.EditRole) == first
    # Wide, the Status column is back and the words are bare again.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: not table.isColumnHidden(COL_STATUS))
    QApplication.processEvents()
    assert panel.model.index(0, COL_TEXT).data() == first
    assert not table.isColumnHidden(COL_DATE)


def test_the_pair_explanation_is_in_view_at_1024x640_without_scrolling(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """Three rows of groups and three of pairs pushed the pair's explanation and sentences
    below the fold of a 640-pixel screen."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    view = panel.scroll_area.viewport()
    for widget in (panel.relation_label, panel.left_card):
        top = widget.mapTo(view, widget.rect().topLeft()).y()
        bottom = widget.mapTo(view, widget.rect().bottomLeft()).y()
        assert top >= 0 and bottom <= view.height(), (widget.objectName(), top, bottom)
    # The decisions are pinned under what scrolls (round 23), in view in the panel.
    button = panel.dismiss_button
    assert button.isVisible()
    assert panel.rect().contains(rect_in(button, panel))
    # Each list keeps two whole rows to choose from.
    rows = panel.pairs.verticalHeader().defaultSectionSize()
    assert panel.pairs.viewport().height() >= 2 * rows


def test_a_search_folds_the_lanes_it_leaves_empty_and_says_how_many(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """A search drew every outlet's lane, most of them empty, pushing the few that matched
    apart."""
    window = open_at(make_window, qtbot, demo_project, 1600, 1000)
    timeline = window.timeline
    every = len(timeline.shown_data().lanes)
    assert every > 2 and timeline.hidden_lanes == 0
    # One outlet's name as the search: its lane, and the lanes of facts that mention it.
    lane = timeline.shown_data().lanes[0].name
    window.find_edit.setText(f'source:"{lane}"')
    qtbot.waitUntil(lambda: timeline.hidden_lanes > 0, timeout=5000)
    shown = timeline.shown_data().lanes
    assert [x.name for x in shown] == [lane]
    assert all(x.count for x in shown)
    assert timeline.hidden_lanes == every - 1
    assert f"{every - 1} hidden" in timeline._state.lane_title
    assert f"1 of {every}" in timeline.lanes_summary()
    # The search cleared, every lane is back and nothing is said hidden.
    window.find_edit.clear()
    qtbot.waitUntil(lambda: timeline.hidden_lanes == 0, timeout=5000)
    assert len(timeline.shown_data().lanes) == every
    assert "hidden" not in timeline._state.lane_title
