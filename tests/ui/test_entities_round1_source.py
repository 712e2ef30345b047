"""Lanes by entity as the timeline's source builds them, and the filter of one entity's lane
(no window: the window's own test is test_entities_round1_lanes)."""

from __future__ import annotations

from datetime import date

from desktop.domain.records import TimelineRow
from desktop.ui.models.facts import FactFilter
from desktop.ui.timeline_source import (
    NO_ENTITY,
    TimelineSource,
    copy_id,
    fact_of_item,
)


def _row(fid: int, day: int) -> TimelineRow:
    d = date(2031, 3, day)
    return TimelineRow(fid, 1, "Wire", "Story", d, d, f"fact {fid}", "auto", "day", d.isoformat())


def _source() -> TimelineSource:
    rows = {i: _row(i, i) for i in range(1, 7)}
    entities = {
        1: ("Ana Ruiz", "Korvala"),
        2: ("Ana Ruiz",),
        3: ("Korvala", "Ana Ruiz", "Veltrian Army"),
        4: ("Veltrian Army",),
        5: ("Dastrow",),  # named by one fact only: no lane of its own
        # 6 names nobody
    }
    return TimelineSource(rows=rows, entities=entities)


def test_one_lane_per_entity_named_by_two_facts_and_the_rest_last() -> None:
    data = _source().data("entity", "name")
    assert data.lane_names == ["Ana Ruiz", "Korvala", "Veltrian Army", NO_ENTITY]


def test_lanes_by_number_of_facts_most_named_first() -> None:
    data = _source().data("entity", "count")
    assert data.lane_names == ["Ana Ruiz", "Korvala", "Veltrian Army", NO_ENTITY]
    counts = {lane: sum(1 for it in data if it.lane == lane) for lane in data.lane_names}
    assert counts == {"Ana Ruiz": 3, "Korvala": 2, "Veltrian Army": 2, NO_ENTITY: 2}


def test_a_fact_is_drawn_in_every_lane_of_the_entities_it_names() -> None:
    data = _source().data("entity")
    lanes_of_3 = sorted(it.lane for it in data if fact_of_item(it.id) == 3)
    assert lanes_of_3 == ["Ana Ruiz", "Korvala", "Veltrian Army"]
    # the first copy keeps the fact's id; the others have ids no fact has
    ids_of_3 = sorted(it.id for it in data if fact_of_item(it.id) == 3)
    assert ids_of_3 == sorted([3, copy_id(3, 1), copy_id(3, 2)])
    assert all(i < 0 for i in ids_of_3 if i != 3)


def test_copy_ids_map_back_to_their_fact() -> None:
    for fid in (1, 7, 99_999, 250_000):
        for k in (1, 2, 999):
            assert fact_of_item(copy_id(fid, k)) == fid
        assert fact_of_item(fid) == fid


def test_item_ids_and_items_of_one_fact() -> None:
    source = _source()
    assert source.item_ids(3, "entity") == [3, copy_id(3, 1), copy_id(3, 2)]
    assert source.item_ids(3, "tag") == [3]
    items = source.entity_items(source.rows[3])
    assert [(it.id, it.lane) for it in items] == [
        (3, "Korvala"),
        (copy_id(3, 1), "Ana Ruiz"),
        (copy_id(3, 2), "Veltrian Army"),
    ]


def test_lane_facts_and_the_filter_of_one_lane() -> None:
    source = _source()
    assert source.lane_facts("Ana Ruiz") == {1, 2, 3}
    assert source.lane_facts(NO_ENTITY) == {5, 6}
    flt = FactFilter(facts=frozenset(source.lane_facts("Korvala")))
    kept = flt.select(list(source.rows.values()))
    assert [r.id for r in kept] == [1, 3]
    assert not flt.is_trivial()
    assert FactFilter(facts=frozenset({1})).narrows(flt)
    assert not FactFilter().narrows(flt)


def test_other_modes_unchanged_without_entities() -> None:
    source = TimelineSource(rows={1: _row(1, 1)})
    assert source.data("source").lane_names == ["Wire"]
    assert source.data("entity").lane_names == [NO_ENTITY]
