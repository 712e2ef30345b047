"""Entities round 3: what each lane of lanes by entity is comes from the types stored with the
names (a majority over the lane's facts), not from the finder run over the sentences again;
a name stored without a type (a project read before) is still typed from its sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.extract import entities as finder
from desktop.ui.timeline_source import TimelineRow, TimelineSource
from tests.ui.test_entities_round2_lanes import open_at


def _row(fid: int, text: str) -> TimelineRow:
    d = date(2031, 3, fid)
    return TimelineRow(fid, 1, "Wire", "Story", d, d, text, "auto", "day", d.isoformat())


def test_the_stored_types_say_what_each_lane_is_without_the_finder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_finder(text: str):  # type: ignore[no-untyped-def]
        raise AssertionError("the finder was run over a sentence")

    monkeypatch.setattr(finder, "find_entities", no_finder)
    rows = {i: _row(i, "On Monday the Orca X9 flew again near Hale.") for i in range(1, 5)}
    entities = {1: ("Orca X9", "Hale"), 2: ("Orca X9", "Hale"), 3: ("Hale",), 4: ("Hale",)}
    types: dict[int, tuple[str | None, ...]] = {
        # a name the finder reads as nothing in the sentence, typed when it was stored
        1: ("ORG", "PLACE"),
        2: ("ORG", "PERSON"),
        # a majority of the stored types: Hale is a place 3 to 1
        3: ("PLACE",),
        4: ("PLACE",),
    }
    source = TimelineSource(rows=rows, entities=entities, entity_types=types)
    assert source.entity_kinds() == {"Orca X9": "Organisation", "Hale": "Place"}
    assert source.data("entity").lane_kinds == {"Orca X9": "Organisation", "Hale": "Place"}


def test_a_name_stored_without_a_type_is_read_from_its_sentences() -> None:
    rows = {
        1: _row(1, "Gen. Ana Ruiz said on Monday that troops had left Dastrow."),
        2: _row(2, "Ruiz, 52, told reporters in Dastrow on Tuesday that the army had won."),
    }
    entities = {1: ("Ana Ruiz", "Dastrow"), 2: ("Ana Ruiz", "Dastrow")}
    # fact 1 stored before types were (left out), fact 2 stored Dastrow's type only
    types: dict[int, tuple[str | None, ...]] = {2: (None, "ORG")}
    source = TimelineSource(rows=rows, entities=entities, entity_types=types)
    # Ana Ruiz: no stored type, read as a person; Dastrow: its one stored type wins
    assert source.entity_kinds() == {"Ana Ruiz": "Person", "Dastrow": "Organisation"}


def test_the_demo_lanes_read_their_kinds_from_the_project(  # type: ignore[no-untyped-def]
    make_window, qtbot, demo_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    calls: list[str] = []
    real = finder.find_entities

    def counted(text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(finder, "find_entities", counted)
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    kinds = window.timeline._state.lane_kinds
    assert kinds.get("Russia") == "Place"
    assert window._source.entity_types
    assert calls == []
