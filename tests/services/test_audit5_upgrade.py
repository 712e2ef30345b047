"""Audit round 5: a project saved by the Factlane this session started from (2e42e23) keeps the
analyst's work when this one opens it, recomputes its conflicts and reads its articles again.

The project is made by 2e42e23's own code (its tree exported from git and run in a
subprocess): pair verdicts, a group decision, a figure put by hand into a group, a confirmed
and tagged fact. This session's comparison and extractor then work on it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from desktop.storage.store import ProjectStore
from tests._old_code import project_built_by
from tests.services.test_audit5_load import _write

#: the engine as session 20 began
BEFORE = "2e42e23"
INJURED = "injured|worker|count|"
EVACUATED = "evacuated|people|count|"

BUILD_THERE = """
import sys
from pathlib import Path
from desktop.services.project import ProjectService

folder, project = Path(sys.argv[1]), Path(sys.argv[2])
with ProjectService.open(project, create=True) as service:
    service.import_files(sorted(folder.glob("*.txt")))
    ids = {f.figure.number_text: f.id for f in service.figures()}
    service.set_pair_decision(ids["11"], ids["17"], decision="confirmed", note="both true then")
    service.set_pair_decision(ids["17"], ids["19"], decision="dismissed", note="")
    service.set_group_decision(sys.argv[3], accepted_value="19", note="the owner's count")
    service.link_figure(ids["260"], sys.argv[4])
    fact = next(f for f in service.facts() if "Investigators" in f.text)
    service.set_fact_status(fact.id, "confirmed")
    service.set_fact_tags(fact.id, ["inquiry"])
"""


@pytest.fixture(scope="module")
def saved_before(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("before")
    path = root / "Dunmere.factlane"
    articles = _write(root / "articles")[0].parent
    project_built_by(BEFORE, root, BUILD_THERE, str(articles), str(path), INJURED, EVACUATED)
    return path


def _numbers(service: ProjectService) -> dict[int, str]:
    return {f.id: f.figure.number_text for f in service.figures()}


def _work(service: ProjectService) -> dict[str, object]:
    """The analyst's work as the app shows it, by the figures' numbers (ids change when the
    articles are read again)."""
    numbers = _numbers(service)
    verdicts = {
        tuple(sorted((numbers[p.a], numbers[p.b]))): (p.decision, p.note)
        for p in service.pairs()
        if p.decision is not None or p.note
    }
    groups = {
        g.key: (g.accepted_value, g.note) for g in service.groups() if g.accepted_value or g.note
    }
    held = {g.key: sorted(numbers[i] for i in g.figure_ids) for g in service.groups()}
    facts = [f for f in service.facts() if "Investigators" in f.text]
    return {
        "verdicts": verdicts,
        "groups": groups,
        "homes": [k for k, v in held.items() if "260" in v],
        "facts": sorted(((f.timex.text if f.timex else ""), f.status, f.tags) for f in facts),
        "detached": service.detached_decisions(),
    }


EXPECTED = {
    "verdicts": {
        ("11", "17"): ("confirmed", "both true then"),
        ("17", "19"): ("dismissed", ""),
    },
    "groups": {INJURED: ("19", "the owner's count")},
    "homes": [EVACUATED],
    # the first fact of the sentence, the one the older window confirmed and tagged
    "facts": [("Monday", "confirmed", ("inquiry",)), ("Thursday", "auto", ())],
    "detached": [],
}


def test_the_work_saved_there_is_shown_here(saved_before: Path, tmp_path: Path) -> None:
    path = shutil.copyfile(saved_before, tmp_path / "Dunmere.factlane")
    with ProjectService.open(path) as service:
        assert _work(service) == EXPECTED
        service.refresh_conflicts(force=True)  # this Factlane's comparison
        assert _work(service) == EXPECTED
    assert integrity_check(path) == "ok"


def test_the_work_survives_reading_every_article_again_here(
    saved_before: Path, tmp_path: Path
) -> None:
    path = shutil.copyfile(saved_before, tmp_path / "Dunmere.factlane")
    with ProjectService.open(path) as service:
        for article in service.articles():
            service.reextract(article.id)
        service.refresh_conflicts(force=True)
        assert _work(service) == EXPECTED
        undone = service.reextract_undoable(service.articles()[0].id)
        service.restore_extractions([undone.before])
        assert _work(service) == EXPECTED
    assert integrity_check(path) == "ok"


def test_read_only_here_while_the_older_window_holds_it(
    saved_before: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second window of this Factlane reads the project the older one holds (and has left
    with its conflicts out of date): the work is shown, nothing is written."""
    path = shutil.copyfile(saved_before, tmp_path / "Dunmere.factlane")
    # the window holding it is this Factlane's, which brought the file to its schema when it
    # opened it (figures round 54's migration 0008 came after 2e42e23's schema; an older file
    # is refused read-only, as it must be updated first)
    ProjectStore.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '1' WHERE key = 'conflicts_stale'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with ProjectStore.open(path):  # the lock, as the other window holds it
        with ProjectService(ProjectStore.open_read_only(path, "locked")) as reader:
            assert _work(reader) == EXPECTED
        assert main(["conflicts", "--project", str(path), "--json"]) == 0
        captured = capsys.readouterr()
        assert "reading it read-only" in captured.err
        assert "warning: the decision" not in captured.err
    assert path.read_bytes() == before
