"""Audit round 5: the warnings about decisions that attach to no group say the groups as the
app does.

'factlane conflicts' printed each detached decision's groups by their raw keys
('injured|worker|count|'), which the analyst never sees in the app. They are now said by the
group's label (or the words of a key no group has now), with the key in brackets only where
two groups would read alike.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain import Figure
from desktop.domain.records import FigureRecord, GroupRecord
from desktop.services.export import export_project
from desktop.services.project import ProjectService, detached_lines
from desktop.storage.store import DetachedDecision
from tests.services.test_audit5_load import _write

INJURED = "injured|worker|count|"


@pytest.fixture
def dunmere(tmp_path: Path) -> Path:
    path = tmp_path / "Dunmere.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(_write(tmp_path / "articles"))
        assert {g.key: g.label for g in service.groups()}[INJURED] == "workers injured"
        service.set_group_decision(INJURED, accepted_value="19", note="the owner's count")
    return path


def _sql(path: Path, statement: str, *args: object) -> None:
    con = sqlite3.connect(path)
    con.execute(statement, args)
    con.commit()
    con.close()


def _warnings(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[str]:
    assert main(["conflicts", "--project", str(path), *extra]) == 0
    err = capsys.readouterr().err
    return [line for line in err.splitlines() if line.startswith("factlane: warning:")]


def test_a_detached_decision_is_said_by_its_words_not_its_key(
    dunmere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # saved under a key this Factlane no longer spells, with no figures recorded
    _sql(
        dunmere,
        "UPDATE group_decision SET group_key = 'hurt|worker|count|', figure_keys_json = '[]'",
    )
    [warning] = _warnings(dunmere, capsys)
    assert warning.startswith("factlane: warning: the decision on the group 'worker hurt' ")
    assert "accepted value '19'" in warning
    assert "|" not in warning
    [warning] = _warnings(dunmere, capsys, "--json")
    assert "'worker hurt'" in warning


def _taken(path: Path) -> None:
    """A second decision made on the injured workers under a key spelled otherwise: the group
    holding its figures has a decision of its own, so it attaches to none."""
    con = sqlite3.connect(path)
    keys = json.loads(
        con.execute(
            "SELECT figure_keys_json FROM group_decision WHERE group_key = ?", (INJURED,)
        ).fetchone()[0]
    )
    assert keys
    con.execute(
        "INSERT INTO group_decision (group_key, accepted_value, note, figure_keys_json, "
        "moved_from) VALUES ('injured|workers|count|', '17', '', ?, '')",
        (json.dumps(keys),),
    )
    con.commit()
    con.close()


def test_two_groups_that_read_alike_are_told_apart_by_their_keys(
    dunmere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _taken(dunmere)
    [warning] = _warnings(dunmere, capsys)
    assert (
        "the decision on the group 'workers injured [injured|workers|count|]' "
        "(accepted value '17')" in warning
    )
    assert (
        "the group now holding its figures, 'workers injured [injured|worker|count|]', "
        "has a decision of its own" in warning
    )
    # the other group is said by its label alone
    assert "residents" not in warning


def test_the_markdown_findings_say_the_groups_alike(dunmere: Path, tmp_path: Path) -> None:
    _taken(dunmere)
    with ProjectService.open(dunmere) as service:
        [written] = export_project(service, "markdown", tmp_path / "findings.md")
    text = written.read_text(encoding="utf-8")
    [line] = [x for x in text.splitlines() if "'17'" in x]
    assert line.startswith("- the decision on the group 'workers injured \\[injured\\|workers")


# -- the naming itself, on records made here ------------------------------------------------------


def _group(key: str, label: str, ids: list[int]) -> GroupRecord:
    return GroupRecord(id=ids[0], key=key, label=label, figure_ids=ids)


def _figure(figure_id: int, number: str, counted: str, measure: str) -> FigureRecord:
    n = float(number.replace(",", ""))
    figure = Figure(0, len(number), number, number, n, n, "exact", counted=counted, measure=measure)
    return FigureRecord(figure_id, None, figure)


SHOWN = [
    _group("evacuated|people|count|", "residents evacuated", [2, 4]),
    _group("injured|worker|count|", "workers injured", [1, 3, 5]),
]
FIGURES = [
    _figure(1, "11", "workers", "injured"),
    _figure(2, "240", "residents", "evacuated"),
    _figure(3, "17", "workers", "injured"),
    _figure(4, "300", "residents", "evacuated"),
    _figure(5, "19", "workers", "injured"),
    _figure(6, "35", "firefighters", "deployed"),
]


def test_groups_that_read_differently_are_said_by_their_labels_alone() -> None:
    split = DetachedDecision(
        "group",
        "harmed|people|count|",
        "split",
        accepted_value="28",
        figure_ids=(1, 2),
        groups=("evacuated|people|count|", "injured|worker|count|"),
    )
    [line] = detached_lines([split], SHOWN, FIGURES)
    assert "split alike between 'residents evacuated' and 'workers injured'" in line
    assert "[" not in line and "|" not in line


def test_a_link_is_said_by_the_words_of_its_figure() -> None:
    link = DetachedDecision("link", "deployed|firefighter|count|", "gone", figure_id=6)
    [line] = detached_lines([link], SHOWN, FIGURES)
    assert line.startswith("figure 6, put by hand into the group 'firefighters deployed', ")
    assert "|" not in line


def test_two_shown_groups_with_one_label_each_get_their_key() -> None:
    twins = [*SHOWN, _group("injured|worker|count|@2026-03", "workers injured", [7, 8])]
    split = DetachedDecision(
        "group",
        "injured|employee|count|",
        "split",
        note="check the hospital's list",
        figure_ids=(1, 7),
        groups=("injured|worker|count|", "injured|worker|count|@2026-03"),
    )
    [line] = detached_lines([split], twins, FIGURES)
    assert (
        "'workers injured [injured|worker|count|]' and "
        "'workers injured [injured|worker|count|@2026-03]'" in line
    )
    # its own key reads otherwise (employees): no key for it
    assert line.startswith("the decision on the group 'employees injured' (note ")


def test_a_key_that_reads_as_no_quantity_is_said_as_it_is() -> None:
    link = DetachedDecision("link", "my own group", "gone", figure_id=6)
    [line] = detached_lines([link], SHOWN, FIGURES)
    assert "'my own group'" in line and "[my own group]" not in line
