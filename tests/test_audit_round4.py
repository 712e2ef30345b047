"""'Nothing is lost' audit, round 4: the analyst's decisions on a group survive a change of the
group's key.

An accepted value or note on a group (group_decision) and a figure the analyst put into a group
(figure_link) were kept by the group's key alone, and group keys are built by the analysis from
a quantity's fields: when a better grouping spells a key anew (an upgrade, a re-extraction), the
decision stopped attaching, and nothing said so. Each decision now records the figures it was
made on; a recompute that no longer finds its key moves it to the group holding most of them,
and one it cannot place is kept and named as detached.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.analysis import conflicts
from desktop.cli import main
from desktop.domain import Extraction, FigureGroup
from desktop.services.project import GroupDecisionTakenError, ProjectService
from desktop.storage.project import head_revision, integrity_check
from desktop.storage.store import (
    MADE_ON_MOST,
    ProjectStore,
    _made_on_json,
    _places,
    _renamed_figures,
)
from tests._old_code import project_built_by

SLIDE = """Landslide buries homes in hill village

Published 3 March 2026

At least 14 people were killed when a landslide buried homes in the hill village of Corrow on
Monday, police said.

Rescuers pulled 6 people alive from the mud, the fire service said.
"""

TOLL = """Corrow landslide toll rises

Published 4 March 2026

The number of people killed in the Corrow landslide has risen to 19, the regional governor said
on Tuesday.

Rescuers pulled 8 people alive from the mud, the fire service said.
"""

MOURNING = """Corrow mourns its dead

Published 5 March 2026

Villagers in Corrow buried the first of the 21 people killed in Monday's landslide, the mayor
said on Wednesday.

Nine survivors were still in hospital in Kelby, a health official said.
"""

KILLED = "killed|people|count|"
RESCUED = "rescued|people|count|"


def _write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (("slide.txt", SLIDE), ("toll.txt", TOLL), ("mourning.txt", MOURNING)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _respell(monkeypatch: pytest.MonkeyPatch, old: str = "people", new: str = "person") -> None:
    """The analysis spells the quantities' keys anew, as a better grouping does after an
    upgrade: the same figures, grouped alike, under other keys."""
    spelled = conflicts.Quantity.key.fget
    assert spelled is not None
    monkeypatch.setattr(conflicts.Quantity, "key", property(lambda q: spelled(q).replace(old, new)))


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    with ProjectService.open(tmp_path / "Corrow.factlane", create=True) as service:
        service.import_files(_write(tmp_path / "articles"))
        yield service


def _figure(service: ProjectService, number: str) -> int:
    [found] = [f.id for f in service.figures() if f.figure.number_text == number]
    return found


def _group_of(service: ProjectService, figure_id: int) -> str | None:
    held = [g.key for g in service.groups() if figure_id in g.figure_ids]
    assert len(held) <= 1
    return held[0] if held else None


def _decided(service: ProjectService) -> dict[str, tuple[str, str]]:
    return {
        g.key: (g.accepted_value, g.note) for g in service.groups() if g.accepted_value or g.note
    }


def test_a_decision_and_a_link_survive_a_new_spelling_of_their_group(
    project: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert {g.key for g in project.groups()} == {KILLED, RESCUED}
    project.set_group_decision(KILLED, accepted_value="21", note="the mayor's count is the last")
    survivors = _figure(project, "Nine")
    assert _group_of(project, survivors) is None
    project.link_figure(survivors, RESCUED)
    assert _group_of(project, survivors) == RESCUED

    _respell(monkeypatch)
    project.refresh_conflicts(force=True)

    killed, rescued = KILLED.replace("people", "person"), RESCUED.replace("people", "person")
    assert {g.key for g in project.groups()} == {killed, rescued}
    assert _decided(project) == {killed: ("21", "the mayor's count is the last")}
    assert _group_of(project, survivors) == rescued
    assert project.detached_decisions() == []


# -- where a decision goes: the stored groups as a recompute leaves them ---------------------------


def _regroup(service: ProjectService, groups: dict[str, list[str]]) -> None:
    """Store groups as a recompute with another grouping would: each key's figures by number."""
    ids = {f.figure.number_text: f.id for f in service.figures()}
    service.store.replace_conflicts(
        [FigureGroup(key, key, sorted(ids[n] for n in numbers)) for key, numbers in groups.items()],
        [],
    )


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return [tuple(r) for r in con.execute(sql)]
    finally:
        con.close()


def test_a_decision_follows_most_of_its_figures_over_a_cleared_one(
    project: ProjectService,
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    # an accepted value typed and cleared again (or undone) leaves an empty row behind
    project.set_group_decision("killed|people|count| @2026-03-03", accepted_value="", note="")
    _regroup(project, {"killed|people|count| @2026-03-03": ["19", "21"], "other": ["14", "6"]})

    groups = {g.key: g.accepted_value for g in project.store.groups()}
    assert groups == {"killed|people|count| @2026-03-03": "21", "other": ""}
    assert _rows(
        project.path, "SELECT group_key, accepted_value, moved_from FROM group_decision"
    ) == [("killed|people|count| @2026-03-03", "21", KILLED)]
    assert project.store.detached_decisions() == []


def test_a_decision_split_alike_between_groups_is_kept_and_named(
    project: ProjectService,
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="the mayor's\ncount")
    _regroup(project, {"first": ["14", "6"], "second": ["19", "8"]})

    assert all(not g.accepted_value and not g.note for g in project.store.groups())
    [detached] = project.store.detached_decisions()
    assert (detached.kind, detached.group_key, detached.reason) == ("group", KILLED, "split")
    assert detached.groups == ("first", "second")
    numbers = {f.id: f.figure.number_text for f in project.figures()}
    assert sorted(numbers[i] for i in detached.figure_ids) == ["14", "19", "21"]
    line = detached.line()
    assert KILLED in line and "'21'" in line and "'the mayor's count'" in line
    assert "'first' and 'second'" in line and "kept" in line
    # nothing is deleted: the grouping that spells the key again shows it again
    assert _rows(project.path, "SELECT group_key, accepted_value FROM group_decision") == [
        (KILLED, "21")
    ]
    project.refresh_conflicts(force=True)
    assert _decided(project) == {KILLED: ("21", "the mayor's\ncount")}
    assert project.detached_decisions() == []


def test_a_group_with_a_decision_of_its_own_keeps_it(project: ProjectService) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    project.set_group_decision("deaths", accepted_value="19", note="the governor's")
    _regroup(project, {"deaths": ["14", "19", "21"]})

    assert [(g.key, g.accepted_value) for g in project.store.groups()] == [("deaths", "19")]
    [detached] = project.store.detached_decisions()
    assert (detached.reason, detached.groups, detached.accepted_value) == (
        "taken",
        ("deaths",),
        "21",
    )
    assert "has a decision of its own" in detached.line()


def test_no_group_holding_its_figures_leaves_it_detached(project: ProjectService) -> None:
    project.set_group_decision(KILLED, accepted_value="", note="check the hospital's list")
    _regroup(project, {"rescued": ["6", "8"]})
    [detached] = project.store.detached_decisions()
    assert (detached.reason, detached.groups, detached.note) == (
        "gone",
        (),
        "check the hospital's list",
    )
    assert "no group holds the figures it was made on" in detached.line()


def test_two_decisions_on_the_same_figures_do_not_share_a_group() -> None:
    groups = {"a": frozenset({"f1", "f2", "f3"}), "b": frozenset({"f4"})}
    # the one made on more of the figures wins; the other is named
    moves, detached = _places(
        [(1, frozenset({"f1", "f2"})), (2, frozenset({"f3"}))], groups, exclusive=True
    )
    assert moves == {1: "a"} and detached == {2: ("claimed", ("a",))}
    # as many each: neither is chosen for the analyst
    moves, detached = _places(
        [(1, frozenset({"f1"})), (2, frozenset({"f3"}))], groups, exclusive=True
    )
    assert moves == {} and set(detached) == {1, 2}
    # links are not exclusive: several figures may be put into one group
    moves, _ = _places([(1, frozenset({"f1"})), (2, frozenset({"f3"}))], groups, exclusive=False)
    assert moves == {1: "a", 2: "a"}


# -- links --------------------------------------------------------------------------------------


def test_a_link_made_before_links_recorded_their_figures_is_named(
    project: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    survivors = _figure(project, "Nine")
    project.link_figure(survivors, RESCUED)
    # as a project from before migration 0007 whose group was not stored holds it
    con = sqlite3.connect(project.path)
    con.execute("UPDATE figure_link SET figure_keys_json = '[]'")
    con.commit()
    con.close()

    _respell(monkeypatch)
    project.refresh_conflicts(force=True)
    assert _group_of(project, survivors) is None
    [detached] = project.detached_decisions()
    assert (detached.kind, detached.figure_id, detached.group_key, detached.reason) == (
        "link",
        survivors,
        RESCUED,
        "gone",
    )
    assert f"figure {survivors}, put by hand into the group '{RESCUED}'" in detached.line()
    assert _rows(project.path, "SELECT group_key FROM figure_link") == [(RESCUED,)]


def test_links_kept_together_under_an_old_key_follow_their_companions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two figures of two articles linked into one group stay a group of their own under the
    old key; they were linked beside the figures the analysis grouped, and follow those."""
    folder = tmp_path / "articles"
    paths = _write(folder)
    extra = folder / "clinic.txt"
    extra.write_text(
        "Clinic treats Corrow survivors\n\nPublished 6 March 2026\n\n"
        "Twelve survivors were treated at the Kelby clinic, a nurse said.\n",
        encoding="utf-8",
    )
    with ProjectService.open(tmp_path / "Two.factlane", create=True) as service:
        service.import_files([*paths, extra])
        nine, twelve = _figure(service, "Nine"), _figure(service, "Twelve")
        service.link_figure(nine, RESCUED)
        service.link_figure(twelve, RESCUED)
        _respell(monkeypatch)
        service.refresh_conflicts(force=True)
        rescued = RESCUED.replace("people", "person")
        assert _group_of(service, nine) == rescued and _group_of(service, twelve) == rescued
        assert service.detached_decisions() == []


# -- the command line -----------------------------------------------------------------------------


def test_factlane_conflicts_warns_of_a_detached_decision(
    project: ProjectService, capsys: pytest.CaptureFixture[str]
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    path = project.path
    project.close()
    # saved on a key this Factlane no longer spells, and made before decisions recorded their
    # figures: nothing can place it
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE group_decision SET group_key = 'toll|people|count|', figure_keys_json = '[]'"
    )
    con.commit()
    con.close()

    assert main(["conflicts", "--project", str(path)]) == 0
    out, err = capsys.readouterr()
    # the toll's reports are listed (14, 19 and 21, each a later report: updates since round 51)
    assert "people killed" in out
    [warning] = [line for line in err.splitlines() if "warning" in line]
    # said by the words of its key, as the app says it (audit round 5)
    assert warning.startswith("factlane: warning: the decision on the group 'people toll'")
    assert "'21'" in warning
    assert main(["conflicts", "--project", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["pairs"] and "'people toll'" in err


def test_factlane_conflicts_is_quiet_when_every_decision_attaches(
    project: ProjectService, capsys: pytest.CaptureFixture[str]
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    path = project.path
    project.close()
    assert main(["conflicts", "--project", str(path)]) == 0
    assert "warning" not in capsys.readouterr().err


# -- read-only --------------------------------------------------------------------------------------


def test_read_only_a_stale_project_shows_the_decision_where_it_would_go(
    project: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    survivors = _figure(project, "Nine")
    project.link_figure(survivors, RESCUED)
    path = project.path
    project.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '1' WHERE key = 'conflicts_stale'")
    con.commit()
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    _respell(monkeypatch)
    with ProjectService(ProjectStore.open_read_only(path, "requested")) as reader:
        assert _decided(reader) == {KILLED.replace("people", "person"): ("21", "")}
        assert _group_of(reader, survivors) == RESCUED.replace("people", "person")
        assert reader.detached_decisions() == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert _rows(path, "SELECT group_key FROM group_decision") == [(KILLED,)]
    assert _rows(path, "SELECT group_key FROM figure_link") == [(RESCUED,)]


# -- a project saved by the Factlane before this change ----------------------------------------------

#: the last commit before group decisions recorded their figures (schema 0006)
BEFORE = "bfbe5a6"

BUILD_THERE = """
import sys
from pathlib import Path
from desktop.services.project import ProjectService

folder, project = Path(sys.argv[1]), Path(sys.argv[2])
with ProjectService.open(project, create=True) as service:
    service.import_files(sorted(folder.glob("*.txt")))
    service.set_group_decision(sys.argv[3], accepted_value="21", note="the mayor's count")
    [nine] = [f.id for f in service.figures() if f.figure.number_text == "Nine"]
    service.link_figure(nine, sys.argv[4])
"""


@pytest.fixture(scope="module")
def saved_before(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with a group decision and a link, made by the code of ``BEFORE`` (its tree
    exported from git into a temporary folder and run there)."""
    root = tmp_path_factory.mktemp("before")
    path = root / "Corrow.factlane"
    articles = _write(root / "articles")[0].parent
    project_built_by(BEFORE, root, BUILD_THERE, str(articles), str(path), KILLED, RESCUED)
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0006",)]
    return path


def test_a_project_from_before_0007_upgrades_with_a_backup_and_records_the_figures(
    saved_before: Path, tmp_path: Path
) -> None:
    path = shutil.copyfile(saved_before, tmp_path / "Corrow.factlane")
    with ProjectService.open(path) as service:
        assert _decided(service) == {KILLED: ("21", "the mayor's count")}
        nine = _figure(service, "Nine")
        assert _group_of(service, nine) == RESCUED
        assert service.detached_decisions() == []
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert integrity_check(path) == "ok"
    [backup] = tmp_path.glob("Corrow.factlane.schema-0006.*.bak")
    assert _rows(backup, "SELECT version_num FROM alembic_version") == [("0006",)]
    # filled from the groups stored with them: the figures the analyst saw
    keys = {str(n): str(k) for n, k in _rows(path, "SELECT number_text, key FROM figure")}
    [(made_on,)] = _rows(path, "SELECT figure_keys_json FROM group_decision")
    assert sorted(json.loads(str(made_on))) == sorted(keys[n] for n in ("14", "19", "21"))
    [(linked_with,)] = _rows(path, "SELECT figure_keys_json FROM figure_link")
    assert sorted(json.loads(str(linked_with))) == sorted(keys[n] for n in ("6", "8"))


def test_a_project_from_before_0007_opened_by_a_grouping_that_spells_keys_anew(
    saved_before: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade of the schema and a new spelling of the keys arrive together, as they do
    when an older project is opened by a newer Factlane."""
    path = shutil.copyfile(saved_before, tmp_path / "Corrow.factlane")
    _respell(monkeypatch)
    with ProjectService.open(path) as service:
        killed, rescued = KILLED.replace("people", "person"), RESCUED.replace("people", "person")
        assert _decided(service) == {killed: ("21", "the mayor's count")}
        assert _group_of(service, _figure(service, "Nine")) == rescued
        assert service.detached_decisions() == []
    assert _rows(path, "SELECT group_key, moved_from FROM group_decision") == [(killed, KILLED)]
    assert _rows(path, "SELECT group_key, moved_from FROM figure_link") == [(rescued, RESCUED)]


def test_the_markdown_findings_name_a_detached_decision(
    project: ProjectService, tmp_path: Path
) -> None:
    from desktop.services.export import export_project

    project.set_group_decision(KILLED, accepted_value="21", note="")
    _regroup(project, {"first": ["14", "6"], "second": ["19", "8"]})
    [written] = export_project(project, "markdown", tmp_path / "findings.md")
    text = written.read_text(encoding="utf-8")
    assert "## Decisions that attach to no group now" in text
    [line] = [x for x in text.splitlines() if "'21'" in x]
    assert line.startswith("- the decision on the group 'people killed'")  # audit round 5

    project.refresh_conflicts(force=True)
    [written] = export_project(project, "markdown", tmp_path / "again.md")
    assert "attach to no group" not in written.read_text(encoding="utf-8")


# -- figures read again under new keys -----------------------------------------------------------


def _reading_people_as_individuals(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine reads 'people' as 'individuals' (the same population for the grouping, whose
    synonyms join them): the figures' content keys, which spell what they count, change."""
    real = service_module.extract

    def extract(text: str, published: date | None, language: str = "en") -> Extraction:
        found = real(text, published, language)
        figures = [
            replace(f, counted="individuals") if f.counted == "people" else f for f in found.figures
        ]
        return replace(found, figures=figures)

    monkeypatch.setattr(service_module, "extract", extract)


def _pair_decisions(service: ProjectService) -> dict[tuple[str, str], tuple[str | None, str]]:
    numbers = {f.id: f.figure.number_text for f in service.figures()}
    return {
        (numbers[p.a], numbers[p.b]): (p.decision, p.note)
        for p in service.pairs()
        if p.decision or p.note
    }


def test_decisions_follow_figures_read_again_under_new_keys(
    project: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.set_pair_decision(
        _figure(project, "14"), _figure(project, "19"), decision="dismissed", note="a day apart"
    )
    project.set_group_decision(KILLED, accepted_value="21", note="")
    survivors = _figure(project, "Nine")
    project.link_figure(survivors, RESCUED)
    keys_before = set(_rows(project.path, "SELECT key FROM figure"))

    _reading_people_as_individuals(monkeypatch)
    undo = []
    for article in project.articles():
        undo.append(project.reextract_undoable(article.id))
    project.refresh_conflicts(force=True)
    # every figure but the survivors' was read anew
    assert len(keys_before - set(_rows(project.path, "SELECT key FROM figure"))) == 5
    assert sorted(f.figure.counted or "" for f in project.figures()).count("individuals") == 5

    assert {g.key for g in project.groups()} == {KILLED, RESCUED}
    assert _pair_decisions(project) == {("14", "19"): ("dismissed", "a day apart")}
    assert _decided(project) == {KILLED: ("21", "")}
    assert _group_of(project, _figure(project, "Nine")) == RESCUED
    # what the group decision was made on follows the figures too, so a new spelling of the
    # group's key still finds them
    _respell(monkeypatch)
    project.refresh_conflicts(force=True)
    assert _decided(project) == {KILLED.replace("people", "person"): ("21", "")}
    monkeypatch.undo()

    # undone, the figures take back their keys, and the decisions with them
    project.restore_extractions([u.before for u in reversed(undo)])
    project.refresh_conflicts(force=True)
    assert set(_rows(project.path, "SELECT key FROM figure")) == keys_before
    assert _pair_decisions(project) == {("14", "19"): ("dismissed", "a day apart")}
    assert _group_of(project, survivors) == RESCUED
    assert _decided(project) == {KILLED: ("21", "")}
    assert project.detached_decisions() == []


def test_renamed_figures_are_the_same_number_in_the_same_place_or_words() -> None:
    before = [("a1", 10, 12, "14", "14 people"), ("a2", 40, 41, "6", "6 people")]
    # the same places, read anew
    after = [("b1", 10, 12, "14", "14 people"), ("b2", 40, 41, "6", "6 people")]
    assert _renamed_figures(before, after) == {"a1": "b1", "a2": "b2"}
    # the text edited before them: the same words and number, elsewhere
    moved = [("b1", 20, 22, "14", "14 people"), ("b2", 50, 51, "6", "6 people")]
    assert _renamed_figures(before, moved) == {"a1": "b1", "a2": "b2"}
    # another number is another figure; a key kept is no rename
    assert _renamed_figures(before, [("b1", 10, 12, "15", "15 people"), before[1]]) == {}
    # two alike in words with no place to tell them apart: neither is guessed
    twice = [("a1", 10, 12, "6", "6 people"), ("a2", 40, 41, "6", "6 people")]
    again = [("b1", 15, 17, "6", "6 people"), ("b2", 45, 46, "6", "6 people")]
    assert _renamed_figures(twice, again) == {}


# -- a key that names other figures now -----------------------------------------------------------


def test_decisions_trade_keys_with_the_groups_holding_their_figures(
    project: ProjectService,
) -> None:
    """An earlier story imported since takes the first story's keys, and the first story's
    groups are marked by their day: each decision follows its own figures."""
    project.set_group_decision(KILLED, accepted_value="21", note="")
    project.set_group_decision(RESCUED, accepted_value="8", note="fire service")
    _regroup(project, {KILLED: ["6", "8"], RESCUED: ["14", "19", "21"]})

    assert {g.key: (g.accepted_value, g.note) for g in project.store.groups()} == {
        KILLED: ("8", "fire service"),
        RESCUED: ("21", ""),
    }
    assert sorted(_rows(project.path, "SELECT group_key, moved_from FROM group_decision")) == [
        (KILLED, RESCUED),
        (RESCUED, KILLED),
    ]
    assert project.store.detached_decisions() == []


def test_a_decision_stays_on_its_key_while_that_group_holds_as_many(
    project: ProjectService,
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    _regroup(project, {KILLED: ["14", "6"], "later": ["21", "8"]})
    assert {g.key: g.accepted_value for g in project.store.groups()} == {KILLED: "21", "later": ""}
    _regroup(project, {KILLED: ["14", "6"], "later": ["19", "21"]})
    assert {g.key: g.accepted_value for g in project.store.groups()} == {KILLED: "", "later": "21"}


def test_a_link_follows_its_companions_out_of_a_key_that_names_others(
    project: ProjectService,
) -> None:
    survivors = _figure(project, "Nine")
    project.link_figure(survivors, RESCUED)
    ids = {f.figure.number_text: f.id for f in project.figures()}
    # the analysis now spells RESCUED for the deaths, the rescues under another key
    groups = [
        FigureGroup(RESCUED, RESCUED, sorted([survivors, ids["14"], ids["19"]])),
        FigureGroup("pulled alive", "pulled alive", sorted([ids["6"], ids["8"]])),
    ]
    [move] = project.store.link_moves(groups)
    assert (move.figure_id, move.old_key, move.new_key) == (survivors, RESCUED, "pulled alive")
    # where it is, as many of its companions as anywhere: it stays
    groups[1] = FigureGroup("pulled alive", "pulled alive", [ids["6"]])
    groups[0] = FigureGroup(RESCUED, RESCUED, sorted([survivors, ids["8"], ids["14"]]))
    assert project.store.link_moves(groups) == []


def test_the_analyst_puts_a_detached_decision_on_a_group_and_undoes_it(
    project: ProjectService,
) -> None:
    project.set_group_decision(KILLED, accepted_value="21", note="")
    project.set_group_decision("second", accepted_value="19", note="")
    _regroup(project, {"first": ["14", "6"], "second": ["19", "8"]})
    [detached] = project.detached_decisions()
    made_on = _rows(project.path, "SELECT figure_keys_json FROM group_decision WHERE id = 1")

    with pytest.raises(GroupDecisionTakenError, match="'second' has a decision of its own"):
        project.move_group_decision(detached.group_key, "second")
    before = project.move_group_decision(detached.group_key, "first")
    assert {g.key: g.accepted_value for g in project.store.groups()} == {
        "first": "21",
        "second": "19",
    }
    assert project.detached_decisions() == []

    project.move_group_decision("first", KILLED, made_on=before)
    assert [d.group_key for d in project.detached_decisions()] == [KILLED]
    assert (
        _rows(project.path, "SELECT figure_keys_json FROM group_decision WHERE id = 1") == made_on
    )
    with pytest.raises(KeyError):
        project.move_group_decision("first", "second")


def test_a_decision_records_at_most_a_spread_of_a_large_groups_figures() -> None:
    keys = [f"{article}:{n:024x}" for article in range(1, 51) for n in range(20)]
    recorded = json.loads(_made_on_json(keys))
    assert len(recorded) == MADE_ON_MOST and recorded == sorted(recorded)
    # spread over the articles, not the first few of them
    assert len({k.split(":")[0] for k in recorded}) == 50
    # a small group is recorded whole, without the linked figure itself
    assert json.loads(_made_on_json(keys[:3], leave_out=keys[1])) == [keys[0], keys[2]]


def test_a_decision_lost_before_the_upgrade_is_named_after_it(
    saved_before: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A decision an older grouping had already stopped showing (its key no group of the
    file has) gets no figures from the upgrade, and is named from then on."""
    path = shutil.copyfile(saved_before, tmp_path / "Corrow.factlane")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO group_decision (group_key, accepted_value, note) "
        "VALUES ('died|villager|count|', '', 'ask the mayor again')"
    )
    con.commit()
    con.close()

    before = path.read_bytes()
    assert main(["conflicts", "--project", str(path)]) == 0
    err = capsys.readouterr().err
    [warning] = [line for line in err.splitlines() if "warning" in line]
    assert "'villager died' (note 'ask the mayor again')" in warning  # audit round 5
    assert "no group holds the figures it was made on" in warning
    # a read command reads an updated private copy (audit round 7): the file is as it was
    assert path.read_bytes() == before
    with ProjectService.open(path):  # the upgrade, in place
        pass
    assert _rows(path, "SELECT group_key, figure_keys_json FROM group_decision ORDER BY id")[
        1:
    ] == [("died|villager|count|", "[]")]
    with ProjectService.open(path) as service:
        assert _decided(service) == {KILLED: ("21", "the mayor's count")}
