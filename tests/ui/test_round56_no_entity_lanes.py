"""UI round 56: Lanes by Entity on a project whose facts name no entity says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline_source import NO_ENTITY
from tests.ui.test_review import open_at


def _entity_lanes(window, qtbot):  # type: ignore[no-untyped-def]
    window.statusBar().clearMessage()
    window.lane_actions["entity"].trigger()
    QApplication.processEvents()
    return window.timeline.shown_data().lane_names


def test_a_project_read_before_entities_were_noted_says_how_to_get_them(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    """A project read by an older Factlane (no entities stored, extractor 4) whose re-read
    was declined drew one '(no entity)' lane of all 30 facts and said nothing."""
    with sqlite3.connect(demo_project) as con:
        con.execute("UPDATE fact SET entities = NULL")
        con.execute("UPDATE article SET extractor_version = extractor_version - 1")
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    assert _entity_lanes(window, qtbot) == [NO_ENTITY]
    said = window.statusBar().currentMessage()
    assert "no person, place or organisation is named by two dated facts" in said
    assert "6 articles were read before Factlane noted them: Article > Re-extract Facts" in said
    # the whole of it shows beside nothing else at 1366 pixels
    metrics = window.statusBar().fontMetrics()
    assert metrics.horizontalAdvance(said) < window.statusBar().width() - 40


def test_facts_naming_no_entity_twice_say_so_without_blaming_the_reading(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(demo_project) as con:
        con.execute("UPDATE fact SET entities = NULL")
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    assert _entity_lanes(window, qtbot) == [NO_ENTITY]
    said = window.statusBar().currentMessage()
    assert "no person, place or organisation is named by two dated facts" in said
    assert f"Every fact is in {NO_ENTITY}." in said
    assert "read before" not in said


def test_a_project_with_entity_lanes_says_nothing_of_it(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    lanes = _entity_lanes(window, qtbot)
    assert len(lanes) > 2
    assert "no person, place or organisation" not in window.statusBar().currentMessage()
