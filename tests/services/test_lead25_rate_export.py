"""A rate ("1,200 families a week") is exported as one: the figures CSV has a rate column
beside the unit, and the JSON export carries the figure's rate (figures round 54's field)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from desktop.services.export import export_project
from desktop.services.project import ProjectService


def test_the_exports_say_a_figure_is_told_per_week(tmp_path: Path) -> None:
    story = tmp_path / "pantry.txt"
    story.write_text(
        "Food bank stretched\n\n"
        "The Harwell food bank feeds about 1,200 families a week, its director said on Monday.\n"
        "It gave out 480 parcels on Saturday.\n",
        encoding="utf-8",
    )
    with ProjectService.open(tmp_path / "Pantry.factlane", create=True) as project:
        [outcome] = project.import_files([story], published=date(2031, 3, 4))
        assert outcome.status == "imported"
        rates = {r.figure.number_text: r.figure.rate for r in project.figures()}
        assert rates["1,200"] == "week" and rates["480"] is None

        export_project(project, "csv", tmp_path / "pantry.csv")
        with open(tmp_path / "pantry-figures.csv", newline="", encoding="utf-8") as fh:
            rows = {r["number_text"]: r for r in csv.DictReader(fh)}
        assert rows["1,200"]["rate"] == "week" and rows["480"]["rate"] == ""

        export_project(project, "json", tmp_path / "pantry.json")
        doc = json.loads((tmp_path / "pantry.json").read_text(encoding="utf-8"))
        by_number = {f["number_text"]: f for f in doc["figures"]}
        assert by_number["1,200"]["rate"] == "week"
