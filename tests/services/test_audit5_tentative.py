"""Audit round 5: the exports say a pair made only as possibly one quantity for what it is.

Conflicts round 48 gives the comparison pairs of figures left in no group whose telling is so
alike they are possibly one quantity: such a pair's group key is empty and its reason opens
with TENTATIVE_REASON. The HTML report and the Markdown findings headed a pair by its group's
label, else its key: a tentative pair was headed by nothing. The JSON export did not say which
pairs were tentative, as 'factlane conflicts --json' does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain import TENTATIVE_REASON, FigureGroup, FigurePair
from desktop.services.export import export_project
from desktop.services.project import ProjectService
from tests.services.test_audit5_load import _write

#: a rival count told the same day as the inquiry's 19 injured: the grouped contradiction
UNION = """Dockers walk out after Dunmere warehouse fire

Published 15 May 2026

Dockers stopped work at the Dunmere grain warehouse, where 23 workers were injured in
Monday's fire, the dockworkers' union said.
"""


@pytest.fixture
def dunmere(tmp_path: Path) -> Iterator[tuple[ProjectService, FigurePair]]:
    """The fire's reports with one tentative pair stored beside the groups' pairs: the 300
    residents evacuated against the 260 homes whose residents went back. The union's 23
    injured, told the day the inquiry's 19 were, contradicts them in the group's pairs."""
    with ProjectService.open(tmp_path / "Dunmere.factlane", create=True) as service:
        union = tmp_path / "articles" / "union.txt"
        paths = _write(tmp_path / "articles")
        union.write_text(UNION, encoding="utf-8")
        service.import_files([*paths, union])
        numbers = {f.figure.number_text: f.id for f in service.figures()}
        tentative = FigurePair(
            numbers["300"],
            numbers["260"],
            "contradiction",
            f"{TENTATIVE_REASON}both tell of the homes near the port; 300 against 260",
            "",
            True,
        )
        groups = [FigureGroup(g.key, g.label, g.figure_ids) for g in service.groups()]
        pairs = [
            FigurePair(p.a, p.b, p.relation, p.reason, p.group_key)  # type: ignore[arg-type]
            for p in service.pairs()
        ]
        service.store.replace_conflicts(groups, [*pairs, tentative])
        yield service, tentative


def test_the_markdown_findings_head_a_tentative_pair(
    dunmere: tuple[ProjectService, FigurePair], tmp_path: Path
) -> None:
    service, _ = dunmere
    [written] = export_project(service, "markdown", tmp_path / "findings.md")
    text = written.read_text(encoding="utf-8")
    # (said as possible, in a section of its own since UI round 53: not among the conflicts)
    assert "### possibly the same figure: possible contradiction, open" in text
    assert "- Why possibly one quantity: both tell of the homes near the port" in text
    assert "- If so, why a contradiction: 300 against 260" in text
    assert "\n### : " not in text
    # a grouped pair keeps its group's label
    assert "### workers injured: contradiction, open" in text


def test_the_html_report_heads_a_tentative_pair(
    dunmere: tuple[ProjectService, FigurePair], tmp_path: Path
) -> None:
    service, _ = dunmere
    [written] = export_project(service, "html", tmp_path / "report.html")
    text = written.read_text(encoding="utf-8")
    # (muted and said as possible since UI round 53, not in a contradiction's red)
    assert "<tr class='p'><td>possibly the same figure</td><td>possible contradiction" in text
    assert "<tr><td></td>" not in text
    assert "<tr><td>workers injured</td>" in text


def test_the_json_export_says_which_pairs_are_tentative(
    dunmere: tuple[ProjectService, FigurePair], tmp_path: Path
) -> None:
    service, tentative = dunmere
    [written] = export_project(service, "json", tmp_path / "all.json")
    pairs = json.loads(written.read_text(encoding="utf-8"))["conflicts"]["pairs"]
    flagged = [(p["a"], p["b"]) for p in pairs if p["tentative"]]
    assert flagged == [(tentative.a, tentative.b)]
    assert len(pairs) > 1 and all(p["tentative"] is False for p in pairs[:-1])


def test_factlane_conflicts_heads_a_tentative_pair(
    dunmere: tuple[ProjectService, FigurePair], capsys: pytest.CaptureFixture[str]
) -> None:
    service, tentative = dunmere
    path = service.path
    service.close()
    assert main(["conflicts", "--project", str(path)]) == 0
    out = capsys.readouterr().out
    [line] = [x for x in out.splitlines() if f"{tentative.a} ~ {tentative.b}" in x]
    assert line.startswith("contradiction")
    # headed once as possible, not twice ("possibly the same figure: possibly the same ...")
    assert "possibly the same figure: both tell of the homes" in line
    assert "possibly the same quantity" not in line
    assert "  : " not in out  # no pair headed by nothing
    assert "workers injured: " in out
