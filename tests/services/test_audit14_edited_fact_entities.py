"""Audit round 14: a fact's entities follow the analyst's edit of its text.

Before: the names stored for a fact on import stayed whatever the analyst wrote over its
text. 'On Wednesday, Terve told reporters in Korval ...' corrected to '... Orlen Vask told
reporters in Korval ...' stayed in Ansa Terve's lane and the exports listed her among its
names. Now a name stays while the text still names it by one of its own words (a surname:
'Terve' is Ansa Terve), the names the finder reads in the new text are added, and an undo
puts back the names the fact had, as they were (canonical names the article gave included).
"""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.services.export import export_project
from desktop.services.project import ProjectService
from desktop.ui.timeline_source import load_timeline
from tests.storage.test_entities_round1 import _import


def _fact(service: ProjectService, starts: str):  # type: ignore[no-untyped-def]
    return next(f for f in service.facts() if f.text.startswith(starts))


def test_the_names_follow_the_text_and_an_undo_puts_them_back(
    project_path: Path, tmp_path: Path
) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fact = _fact(service, "On Wednesday, Terve")
        assert fact.entities == ("Ansa Terve", "Korval", "Interior Ministry")
        old = service.edit_fact(
            fact.id,
            text="On Wednesday, Orlen Vask told reporters in Korval that the Interior "
            "Ministry would rebuild the bridge by March.",
        )
        edited = service.store.fact(fact.id)
        assert "Ansa Terve" not in edited.entities
        assert {"Orlen Vask", "Korval", "Interior Ministry"} <= set(edited.entities)
        assert service.entities_by_fact()[fact.id] == edited.entities
        source = load_timeline(service, with_entities=True)
        assert source.entities is not None and source.entities[fact.id] == edited.entities

        out = tmp_path / "facts.csv"
        export_project(service, "csv", out)
        with open(out, newline="", encoding="utf-8") as fh:
            rows = {int(r["id"]): r for r in csv.DictReader(fh)}
        assert "Ansa Terve" not in rows[fact.id]["entities"]
        assert "Orlen Vask" in rows[fact.id]["entities"].split(";")

        # undo of the first edit: text and names as they were
        service.restore_fact_fields(fact.id, old)
        back = service.store.fact(fact.id)
        assert back.text.startswith("On Wednesday, Terve")
        assert back.entities == ("Ansa Terve", "Korval", "Interior Ministry")

        # the surname alone keeps the person the article named in full
        service.edit_fact(
            fact.id, text="Terve told reporters in Korval that the bridge would reopen by March."
        )
        assert service.store.fact(fact.id).entities == ("Ansa Terve", "Korval")


def test_a_date_or_status_change_keeps_the_names(project_path: Path, tmp_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fact = _fact(service, "On Wednesday, Terve")
        service.set_fact_status(fact.id, "confirmed")
        service.set_fact_note(fact.id, "Korval's desk confirmed it")
        assert service.store.fact(fact.id).entities == fact.entities


def test_the_timeline_redraws_the_edited_fact_in_its_new_lanes(
    project_path: Path, tmp_path: Path
) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        source = load_timeline(service, with_entities=True)
        assert "Ansa Terve" in source.data("entity").lane_names  # named by facts 1 and 2
        fact = _fact(service, "On Wednesday, Terve")
        service.edit_fact(
            fact.id,
            text="On Wednesday, Orlen Vask told reporters in Korval that the Interior "
            "Ministry would rebuild the bridge by March.",
        )
        source.update(service.store.fact(fact.id))  # as the window does on factChanged
        data = source.data("entity")
        assert "Ansa Terve" not in data.lane_names  # named by one fact now
        assert source.entity_lanes_of(fact.id)[0] != "Ansa Terve"
