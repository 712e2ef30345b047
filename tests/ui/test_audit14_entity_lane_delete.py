"""Audit round 14: lanes by entity when a fact is deleted and the delete undone.

An entity has a lane while two dated facts name it (ENTITY_LANE_MIN_FACTS). Deleting one of the two
facts of a lane takes the lane from the fact left (it is drawn where its other entities or
'(no entity)' are); the undo brings the fact back into the lane. A guard: it held before this
round.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline_source import NO_ENTITY, fact_of_item
from tests.ui.test_review import open_at


def test_a_lane_of_two_facts_after_a_delete_and_its_undo(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    timeline = window.timeline
    data = timeline.data()
    members: dict[str, set[int]] = {}
    for it in data:
        members.setdefault(it.lane, set()).add(fact_of_item(it.id))
    lane, pair = next((n, f) for n, f in members.items() if n != NO_ENTITY and len(f) == 2)
    gone, kept = sorted(pair)
    window.workspace.delete_fact(gone)
    qtbot.waitUntil(
        lambda: all(fact_of_item(it.id) != gone for it in timeline.data()), timeout=5000
    )
    QApplication.processEvents()
    lanes_of_kept = {it.lane for it in timeline.data() if fact_of_item(it.id) == kept}
    window.workspace.undo.undo()
    qtbot.waitUntil(
        lambda: any(fact_of_item(it.id) == gone for it in timeline.data()), timeout=5000
    )
    QApplication.processEvents()
    lanes_of_gone = {it.lane for it in timeline.data() if fact_of_item(it.id) == gone}
    assert lane not in lanes_of_kept
    assert lane in lanes_of_gone
