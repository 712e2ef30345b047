"""Entities round 2: lanes by entity are drawn most-named first until the analyst chooses an
order for the project (View > Sort Lanes), which then holds in every lane mode and is
remembered; the menu shows the order drawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline_source import NO_ENTITY
from tests.ui.test_review import open_at


def _counts(window) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    data = window.timeline.shown_data()
    return [(lane.name, lane.count) for lane in data.lanes if lane.name != NO_ENTITY]


def test_entity_lanes_are_most_named_first_until_an_order_is_chosen(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    assert window.lane_order == "name"
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    lanes = _counts(window)
    assert len(lanes) >= 3
    counts = [n for _, n in lanes]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    assert window.lane_order_actions["count"].isChecked()
    assert window.timeline.shown_data().lane_names[-1] == NO_ENTITY

    # back to sources: by name, as before
    window.lane_actions["source"].trigger()
    QApplication.processEvents()
    names = window.timeline.shown_data().lane_names
    assert window.lane_order_actions["name"].isChecked()
    assert names == sorted(names, key=str.casefold) or names[:-1] == sorted(
        names[:-1], key=str.casefold
    )

    # the analyst chooses by name: entity lanes follow it, and it is remembered
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    window.lane_order_actions["name"].trigger()
    QApplication.processEvents()
    assert window.lane_order_now() == "name"
    named = [name for name, _ in _counts(window)]
    assert named == sorted(named, key=str.casefold)
    window.close()

    again = open_at(make_window, qtbot, demo_project, 1366, 768)
    again.lane_actions["entity"].trigger()
    QApplication.processEvents()
    assert again.lane_order_now() == "name"
    assert again.lane_order_actions["name"].isChecked()
