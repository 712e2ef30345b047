"""UI round 56: the lane of the facts with no known outlet (or no tag, or no entity) comes after
the named lanes. Sorted by name, '(unknown source)' went above every outlet: the first lane of
a project of the round 1-11 packs (234 articles) at 1366x768 was five facts of no outlet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.records import TimelineRow
from desktop.ui.timeline_source import (
    NO_ENTITY,
    UNKNOWN_SOURCE,
    UNTAGGED,
    TimelineSource,
)
from tests.ui.test_review import open_at


def _row(fid: int, source: str | None) -> TimelineRow:
    d = date(2031, 3, fid)
    return TimelineRow(fid, fid, source, "Story", d, d, f"fact {fid}", "auto", "day", d.isoformat())


def _source() -> TimelineSource:
    outlets = {1: "Albion Newswire", 2: None, 3: "", 4: "Zeta Post", 5: "Zeta Post", 6: None}
    rows = {fid: _row(fid, outlet) for fid, outlet in outlets.items()}
    tags = {1: ("casualties",), 4: ("aid",), 5: ("aid",)}
    entities = {1: ("Korvala",), 4: ("Korvala",), 5: ("Ana Ruiz",), 6: ("Ana Ruiz",)}
    return TimelineSource(rows=rows, tags=tags, entities=entities)


def test_the_catch_all_lanes_come_after_the_named_ones_in_either_order() -> None:
    source = _source()
    # three facts of no outlet: the most facts of any lane, and a '(' before every letter
    assert source.data("source", "name").lane_names == [
        "Albion Newswire",
        "Zeta Post",
        UNKNOWN_SOURCE,
    ]
    assert source.data("source", "count").lane_names == [
        "Zeta Post",
        "Albion Newswire",
        UNKNOWN_SOURCE,
    ]
    assert source.data("tag", "name").lane_names == ["aid", "casualties", UNTAGGED]
    assert source.data("tag", "count").lane_names == ["aid", "casualties", UNTAGGED]
    assert source.data("entity", "name").lane_names == ["Ana Ruiz", "Korvala", NO_ENTITY]
    assert source.data("entity", "count").lane_names == ["Ana Ruiz", "Korvala", NO_ENTITY]


def test_the_window_draws_the_outlets_first(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService

    service = ProjectService.open(demo_project)
    try:
        first = service.articles()[0]
        service.update_article(first.id, source=None)
    finally:
        service.close()
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    names = window.timeline.shown_data().lane_names
    assert len(names) >= 3 and names[-1] == UNKNOWN_SOURCE
    assert names[:-1] == sorted(names[:-1], key=str.lower)
