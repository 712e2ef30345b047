"""Entities round 2: in lanes by entity a fact is drawn in the lane of every entity it names;
selecting it (in the table, the timeline or on a copy) rings it in every one of those lanes,
not only in the first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline_source import fact_of_item
from tests.ui.test_review import open_at


def test_a_selected_fact_is_ringed_in_every_entity_lane(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    timeline = window.timeline
    data = timeline.shown_data()
    copies: dict[int, set[int]] = {}
    for it in data:
        if it.id < 0:
            copies.setdefault(fact_of_item(it.id), set()).add(it.id)
            assert it.copy_of == fact_of_item(it.id)
    assert copies, "the demo has facts naming two entities with lanes"
    fid = max(copies, key=lambda f: len(copies[f]))

    # chosen in the table: the fact's own item selected, its copies ringed with it
    window.facts_panel.factActivated.emit(fid)
    QApplication.processEvents()
    assert timeline.selected_fact() == fid
    assert timeline._state.echoes == frozenset(copies[fid])

    # the rings are drawn: the picture differs from one with the fact's own ring alone
    with_echoes = timeline.grab().toImage()
    with_echoes.save(str(tmp_path / "echoes.png"))  # looked at by eye when written
    kept = timeline._state.echoes
    timeline._state.echoes = frozenset()
    timeline.viewport().update()
    alone = timeline.grab().toImage()
    timeline._state.echoes = kept
    assert with_echoes != alone

    # a copy clicked: the fact is selected, and every item of it is ringed
    copy = next(iter(copies[fid]))
    timeline.factSelected.emit(copy)
    QApplication.processEvents()
    assert window._current_fact == fid
    chosen = {timeline.selected_fact(), *timeline._state.echoes}
    assert chosen == {fid, *copies[fid]}

    # another fact with no copy: nothing else ringed
    single = next(it.id for it in data if it.id >= 0 and it.id not in copies)
    window.facts_panel.factActivated.emit(single)
    QApplication.processEvents()
    assert timeline.selected_fact() == single
    assert timeline._state.echoes == frozenset()

    # lanes by source: no copies, no echoes
    window.lane_actions["source"].trigger()
    QApplication.processEvents()
    window.facts_panel.factActivated.emit(fid)
    QApplication.processEvents()
    assert timeline._state.echoes == frozenset()
