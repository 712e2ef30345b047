"""Audit round 14: lanes by entity on a big project, redrawn after a fact is gone.

What each entity's lane is (person, place, organisation) is read by running the entity
finder over up to five of its facts. The reading was kept only while the number of rows
stayed the same: one fact gone (deleted, or no longer dated) and the next redraw read every
lane again, 3.8 s at 20,000 facts naming 5,000 entities (the first build's 3.3 s paid
again). Now the names read are kept with what they are, and a redraw reads only lanes not
read yet.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import desktop.extract.entities as finder
from desktop.domain.records import TimelineRow
from desktop.ui.timeline_source import TimelineSource


def _row(fid: int, text: str) -> TimelineRow:
    d = date(2031, 3, 1) + timedelta(days=fid)
    return TimelineRow(fid, 1, "Wire", "Story", d, d, text, "auto", "day", d.isoformat())


def _source() -> TimelineSource:
    texts = {
        1: "Anna Vellick said Kerrow Holdings would close the plant.",
        2: "Kerrow Holdings said Anna Vellick was wrong.",
        3: "Anna Vellick flew to Port Asmara on Tuesday.",
        4: "Floods cut Port Asmara off on Friday.",
        5: "Dorvan Shipping said it would sue.",
    }
    entities = {
        1: ("Anna Vellick", "Kerrow Holdings"),
        2: ("Kerrow Holdings", "Anna Vellick"),
        3: ("Anna Vellick", "Port Asmara"),
        4: ("Port Asmara",),
        5: ("Dorvan Shipping",),
    }
    return TimelineSource(rows={i: _row(i, t) for i, t in texts.items()}, entities=entities)


def test_a_redraw_after_a_fact_is_gone_reads_only_new_lanes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = _source()
    first = source.entity_kinds()
    assert first == {
        "Anna Vellick": "Person",
        "Kerrow Holdings": "Organisation",
        "Port Asmara": "Place",
    }
    read: list[str] = []
    real = finder.find_entities

    def counted(text: str) -> list[finder.EntityMention]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(finder, "find_entities", counted)
    # a fact gone: the lanes left are the ones read, nothing is read again
    source.rows.pop(4)
    assert source.entity_kinds() == {
        "Anna Vellick": "Person",
        "Kerrow Holdings": "Organisation",
    }
    assert read == []
    # a fact that gives a name its second fact: only that lane is read
    source.rows[6] = _row(6, "Dorvan Shipping won the contract.")
    assert source.entities is not None
    source.entities[6] = ("Dorvan Shipping",)
    kinds = source.entity_kinds()
    assert kinds["Dorvan Shipping"] == "Organisation"
    assert set(read) <= {"Dorvan Shipping said it would sue.", "Dorvan Shipping won the contract."}
    assert len(read) == 2
    # entities read anew (a project read again): every lane is read again
    source.entities = dict(source.entities)
    read.clear()
    assert source.entity_kinds() == {
        "Anna Vellick": "Person",
        "Kerrow Holdings": "Organisation",
        "Dorvan Shipping": "Organisation",
    }
    assert len(read) == 5  # every fact naming a lane's entity
