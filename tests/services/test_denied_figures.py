"""A number the sentence denies stays out of the conflicts when they are rebuilt from the
project file: after reopening, after re-extraction, and in the JSON and CSV exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from desktop.services.export import _cite_figure, export_project
from desktop.services.project import ProjectService, figure_json

SUNDAY_NEXT_DAY = date(2025, 9, 8)


def _articles(folder: Path) -> list[Path]:
    claim = folder / "aid.txt"
    claim.write_text(
        "Migrants drown off the island\n\n"
        "Aid groups said 80 migrants drowned off the island on Sunday.\n",
        encoding="utf-8",
    )
    denial = folder / "coastguard.txt"
    denial.write_text(
        "Coastguard gives the toll\n\n"
        "The coastguard said 8 migrants, not 80, drowned off the island on Sunday.\n",
        encoding="utf-8",
    )
    return [claim, denial]


def _imported(tmp_path: Path) -> tuple[Path, int, int]:
    """The project, the coastguard's denied 80 and the aid groups' 80."""
    path = tmp_path / "Island.factlane"
    with ProjectService.open(path, create=True) as project:
        outcomes = project.import_files(_articles(tmp_path), published=SUNDAY_NEXT_DAY)
        assert [o.status for o in outcomes] == ["imported", "imported"]
        claim_article, denial_article = (o.article_id for o in outcomes)
        [denied] = [
            r for r in project.figures(article_id=denial_article) if r.figure.number_text == "80"
        ]
        [claimed] = [
            r for r in project.figures(article_id=claim_article) if r.figure.number_text == "80"
        ]
    assert denied.figure.denied and not claimed.figure.denied
    return path, denied.id, claimed.id


def _grouped(project: ProjectService) -> set[int]:
    return {fid for g in project.groups() for fid in g.figure_ids}


def test_conflicts_rebuilt_after_reopening_leave_the_denied_number_out(tmp_path: Path) -> None:
    path, denied, claimed = _imported(tmp_path)
    with ProjectService.open(path) as project:
        project.refresh_conflicts(force=True)
        grouped = _grouped(project)
        assert claimed in grouped, "the coastguard's own 8 still contradicts the claim"
        assert denied not in grouped
        assert all(denied not in (p.a, p.b) for p in project.pairs())


def test_re_extraction_keeps_the_number_denied_and_out_of_the_conflicts(tmp_path: Path) -> None:
    path, denied, _claimed = _imported(tmp_path)
    with ProjectService.open(path) as project:
        denial_article = next(r.article.id for r in project.figures() if r.id == denied)
        project.reextract(denial_article)
        project.refresh_conflicts()
        again = [
            r for r in project.figures(article_id=denial_article) if r.figure.number_text == "80"
        ]
        assert [r.figure.denied for r in again] == [True]
        assert again[0].id not in _grouped(project)


def test_a_denied_number_linked_by_hand_is_compared_after_reopening(tmp_path: Path) -> None:
    path, denied, claimed = _imported(tmp_path)
    with ProjectService.open(path) as project:
        group = next(g for g in project.groups() if claimed in g.figure_ids)
        project.link_figure(denied, group.key)
    with ProjectService.open(path) as project:
        project.refresh_conflicts(force=True)
        [linked] = [g for g in project.groups() if denied in g.figure_ids]
        assert claimed in linked.figure_ids


def test_figure_json_and_exports_say_which_numbers_are_denied(tmp_path: Path) -> None:
    path, denied, claimed = _imported(tmp_path)
    with ProjectService.open(path) as project:
        by_id = {r.id: figure_json(r) for r in project.figures()}
        assert by_id[denied]["denied"] is True and by_id[claimed]["denied"] is False
        assert by_id[denied]["number_text"] == "80" and by_id[denied]["article"]["id"]

        export_project(project, "json", tmp_path / "island.json")
        doc = json.loads((tmp_path / "island.json").read_text(encoding="utf-8"))
        assert {f["id"]: f["denied"] for f in doc["figures"]}[denied] is True

        export_project(project, "csv", tmp_path / "island.csv")
        with open(tmp_path / "island-figures.csv", newline="", encoding="utf-8") as fh:
            rows = {int(r["id"]): r["denied"] for r in csv.DictReader(fh)}
        assert rows[denied] == "true" and rows[claimed] == "false"

        # the report cites a hand-linked denied number as denied, not as the outlet's claim
        records = {r.id: r for r in project.figures()}
        assert "the text denies this number" in _cite_figure(records[denied])
        assert "denies" not in _cite_figure(records[claimed])
