"""Entities round 2: in lanes by entity a fact is drawn in the lane of every entity it names;
selecting it (in the table, the timeline or on a copy) rings it in every one of those lanes,
not only in the first; and each entity's lane says what its name is ("Place · 12 facts")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.domain.records import TimelineRow
from desktop.ui.timeline_source import TimelineSource, fact_of_item
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


def _row(fid: int, day: int, text: str) -> TimelineRow:
    d = date(2031, 3, day)
    return TimelineRow(fid, 1, "Wire", "Story", d, d, text, "auto", "day", d.isoformat())


def test_an_entity_lane_says_what_its_name_is() -> None:
    rows = {
        1: _row(1, 1, "Gen. Ana Ruiz said on Monday that troops had left Dastrow."),
        2: _row(2, 2, "Ruiz, 52, told reporters in Dastrow on Tuesday that the Veltrian Army won."),
        3: _row(3, 3, "The Veltrian Army said on Wednesday that it held the bridge."),
        4: _row(4, 4, "On Thursday the Orca X9 flew again."),
        5: _row(5, 5, "The Orca X9 landed on Friday."),
    }
    entities = {
        1: ("Ana Ruiz", "Dastrow"),
        2: ("Ana Ruiz", "Dastrow", "Veltrian Army"),
        3: ("Veltrian Army",),
        # a name the finder reads as nothing in the sentences: no word for it
        4: ("Orca X9",),
        5: ("Orca X9",),
    }
    source = TimelineSource(rows=rows, entities=entities)
    kinds = source.entity_kinds()
    assert kinds == {"Ana Ruiz": "Person", "Dastrow": "Place", "Veltrian Army": "Organisation"}
    data = source.data("entity", "count")
    assert data.lane_kinds == kinds
    # other lanes say nothing of the kind
    assert source.data("source").lane_kinds == {}


def test_the_kind_is_drawn_beside_the_count(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    timeline = window.timeline
    kinds = timeline._state.lane_kinds
    assert kinds.get("Russia") == "Place"
    assert kinds.get("National Intelligence Service") == "Organisation"
    with_kinds = timeline.grab().toImage()
    timeline._state.lane_kinds = {}
    timeline.viewport().update()
    without = timeline.grab().toImage()
    timeline._state.lane_kinds = kinds
    assert with_kinds != without
    window.lane_actions["source"].trigger()
    QApplication.processEvents()
    assert timeline._state.lane_kinds == {}
