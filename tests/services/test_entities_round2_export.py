"""Entities round 2: the exports carry the people, places and organisations each fact names
(the CSV's 'entities' column, the JSON's 'entities', the HTML report's 'Names:' line under a
fact, the Markdown findings' Names column), and a fact naming none gets nothing empty."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from desktop.services.export import export_project
from desktop.services.project import ProjectService

STORY = (
    "HALLOW, Tarsland (Coastline Wire) - Mayor Edda Rusk said on Monday that the Tarsland "
    "Water Board would close the Hallow reservoir. On Tuesday, Rusk told reporters that "
    "the repairs would take until June.\n"
    "On Friday, more rain was expected.\n"
)


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "names.factlane"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with ProjectService.open(path, create=True) as service:
        [outcome] = service.import_files([story], published=date(2031, 3, 3), source="Wire")
        assert outcome.status == "imported", outcome
    return path


def test_every_export_of_facts_carries_their_names(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with ProjectService.open(path) as project:
        facts = {f.text: f for f in project.facts()}
        monday = next(f for t, f in facts.items() if "Monday" in t)
        tuesday = next(f for t, f in facts.items() if t.startswith("On Tuesday"))
        friday = next(f for t, f in facts.items() if t.startswith("On Friday"))
        assert monday.entities == ("Hallow", "Tarsland", "Edda Rusk", "Tarsland Water Board")
        assert tuesday.entities == ("Edda Rusk",)
        assert friday.entities == ()
        for fmt, name in (("csv", "f.csv"), ("json", "f.json"), ("html", "f.html")):
            export_project(project, fmt, tmp_path / name)
        export_project(project, "markdown", tmp_path / "f.md")

    with open(tmp_path / "f.csv", newline="", encoding="utf-8") as fh:
        rows = {int(r["id"]): r for r in csv.DictReader(fh)}
    assert rows[monday.id]["entities"] == "Hallow;Tarsland;Edda Rusk;Tarsland Water Board"
    assert rows[tuesday.id]["entities"] == "Edda Rusk"
    assert rows[friday.id]["entities"] == ""

    data = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    by_id = {f["id"]: f for f in data["facts"]}
    assert by_id[monday.id]["entities"] == list(monday.entities)

    page = (tmp_path / "f.html").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if "Monday" in line and "<tr>" in line)
    assert "Names: Hallow, Tarsland, Edda Rusk, Tarsland Water Board" in row
    friday_row = next(line for line in page.splitlines() if "more rain" in line)
    assert "Names:" not in friday_row
    assert page.count("Names: ") == 2

    md = (tmp_path / "f.md").read_text(encoding="utf-8")
    assert "| Date | Fact | Source | Status | Tags | Note | Names |" in md
    md_row = next(line for line in md.splitlines() if "Monday" in line and line.startswith("| "))
    assert md_row.endswith("| Hallow, Tarsland, Edda Rusk, Tarsland Water Board |")
    friday_md = next(line for line in md.splitlines() if "more rain" in line)
    assert friday_md.endswith("|  |")
