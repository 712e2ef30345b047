"""Entities round 1: View > Lanes by Entity (Ctrl+4) on the demo project: a lane per entity
named by two facts or more, a fact in every lane of the entities it names, a click on a lane's
name showing its facts alone in the timeline and the table, and a copy clicked selecting its
fact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.timeline_source import NO_ENTITY, fact_of_item
from tests.ui.test_review import open_at
from tests.ui.test_round15 import _click_lane


def test_lanes_by_entity(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    action = window.lane_actions["entity"]
    assert action.shortcut().toString() == "Ctrl+4"
    assert action.text() == "Lanes by &Entity"
    action.trigger()
    QApplication.processEvents()
    assert window.lane_mode == "entity"
    timeline = window.timeline
    data = timeline.shown_data()
    names = data.lane_names
    by_fact = window.project.entities_by_fact()
    assert by_fact, "the demo's facts name people, places and organisations"
    named: dict[str, int] = {}
    for entities in by_fact.values():
        for name in entities:
            named[name] = named.get(name, 0) + 1
    entity_lanes = [n for n in names if n != NO_ENTITY]
    assert entity_lanes
    # every lane is an entity named by at least two dated facts
    assert all(named.get(n, 0) >= 2 for n in entity_lanes)
    # a fact naming two entities with lanes is drawn in both
    two = next(
        fid
        for fid, entities in by_fact.items()
        if fid in data and len([e for e in entities if e in entity_lanes]) >= 2
    )
    lanes_of_two = {it.lane for it in data if fact_of_item(it.id) == two}
    assert lanes_of_two == {e for e in by_fact[two] if e in entity_lanes}

    # a lane's name clicked: its facts alone, in the timeline and the table
    lane = entity_lanes[0]
    lane_facts = {fid for fid, entities in by_fact.items() if lane in entities and fid in data}
    _click_lane(window, qtbot, lane)
    shown = timeline.shown_data()
    assert shown.lane_names == [lane]
    assert {fact_of_item(it.id) for it in shown} == lane_facts
    table = window.facts_panel.model
    assert {table.fact_at(r).id for r in range(table.rowCount())} == lane_facts
    assert window.lane_filter_button.isVisible()
    assert window.lane_filter_button.text().startswith("Entity:")
    # clicked again: every lane
    _click_lane(window, qtbot, lane)
    assert timeline.shown_data().lane_names == names
    assert not window.lane_filter_button.isVisible()

    # a copy in another lane, chosen: its fact is the one selected, in the table too
    copy = next(it for it in timeline.shown_data() if it.id < 0)
    timeline.factSelected.emit(copy.id)
    QApplication.processEvents()
    assert window._current_fact == fact_of_item(copy.id)

    # a fact's status changed: each of its copies redrawn, none lost or doubled
    fid = two
    before = sorted(it.id for it in timeline.shown_data() if fact_of_item(it.id) == fid)
    window.workspace.set_status([fid], "confirmed")
    qtbot.waitUntil(
        lambda: all(
            it.status == "confirmed" for it in timeline.data() if fact_of_item(it.id) == fid
        ),
        timeout=5000,
    )
    after = sorted(it.id for it in timeline.shown_data() if fact_of_item(it.id) == fid)
    assert after == before

    # back to sources: one item per fact again
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.lane_mode == "source"
    assert all(it.id >= 0 for it in timeline.data())
