"""Audit round 5: stored conflicts worked out by another comparison are worked out again.

Groups and pairs are stored, and were worked out again only when a figure changed: a project
saved by an older Factlane (2e42e23, before round 48's tentative pairs) showed that Factlane's
groups and pairs in this one until an article was added or read again. The stored conflicts now
name the comparison that worked them out (services.project.analysis_stamp, a digest of its
code); another one's are out of date, and the next read works them out again (stored when the
project can be written, in memory when not).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.services.project import ProjectService, analysis_stamp
from desktop.storage.store import CONFLICTS_ANALYSIS_KEY, ProjectStore
from tests.services.test_audit5_load import _Counted, _load, _write

INJURED = "injured|worker|count|"


@pytest.fixture
def dunmere(tmp_path: Path) -> Path:
    path = tmp_path / "Dunmere.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(_write(tmp_path / "articles"))
        service.set_group_decision(INJURED, accepted_value="19", note="the owner's count")
        ids = {f.figure.number_text: f.id for f in service.figures()}
        service.set_pair_decision(ids["11"], ids["17"], decision="confirmed", note="both then")
    return path


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    return _Counted(monkeypatch)


def _setting(path: Path) -> list[tuple[str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT value FROM setting WHERE key = ?", (CONFLICTS_ANALYSIS_KEY,)
        ).fetchall()
    finally:
        con.close()


def _saved_by(path: Path, stamp: str | None) -> None:
    """As if another comparison had stored the project's conflicts (None: a Factlane from
    before the comparison was named, which stored no name)."""
    con = sqlite3.connect(path)
    con.execute("DELETE FROM setting WHERE key = ?", (CONFLICTS_ANALYSIS_KEY,))
    if stamp is not None:
        con.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)", (CONFLICTS_ANALYSIS_KEY, stamp)
        )
    con.commit()
    con.close()


def test_the_stored_conflicts_name_the_comparison(dunmere: Path) -> None:
    assert _setting(dunmere) == [(analysis_stamp(),)]
    assert analysis_stamp() == analysis_stamp()
    assert len(analysis_stamp()) == 24 and int(analysis_stamp(), 16) >= 0


def test_an_up_to_date_project_is_not_worked_out_again(dunmere: Path, counted: _Counted) -> None:
    with ProjectService.open(dunmere) as service:
        _load(service)
    assert counted.calls == 0


@pytest.mark.parametrize("older", ["0123456789abcdef01234567", None])
def test_another_comparisons_conflicts_are_worked_out_again_once(
    dunmere: Path, counted: _Counted, older: str | None
) -> None:
    with ProjectService.open(dunmere) as service:
        expected = _load(service)
    _saved_by(dunmere, older)
    with ProjectService.open(dunmere) as service:
        assert _load(service) == expected  # decisions and verdicts shown as before
        assert counted.calls == 1
        _load(service)
        assert counted.calls == 1
    assert _setting(dunmere) == [(analysis_stamp(),)]
    with ProjectService.open(dunmere) as service:
        _load(service)
    assert counted.calls == 1


def test_read_only_another_comparisons_conflicts_are_worked_out_in_memory(
    dunmere: Path, counted: _Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProjectService.open(dunmere) as service:
        expected = _load(service)
    before = hashlib.sha256(dunmere.read_bytes()).hexdigest()
    # a newer Factlane reads the project read-only
    monkeypatch.setattr(service_module, "_analysis_stamp", "fedcba9876543210fedcba98")
    with ProjectService(ProjectStore.open_read_only(dunmere, "requested")) as reader:
        assert _load(reader) == expected
        assert counted.calls == 1
        _load(reader)
        assert counted.calls == 1
    assert hashlib.sha256(dunmere.read_bytes()).hexdigest() == before


def test_a_group_decision_follows_its_figures_when_the_new_comparison_spells_its_key_anew(
    dunmere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newer comparison groups the same figures under another key: nothing else changed
    in the project, and the decision is shown on the group all the same."""
    from desktop.analysis import conflicts

    spelled = conflicts.Quantity.key.fget
    assert spelled is not None
    monkeypatch.setattr(
        conflicts.Quantity, "key", property(lambda q: spelled(q).replace("worker", "employee"))
    )
    monkeypatch.setattr(service_module, "_analysis_stamp", "00112233445566778899aabb")
    with ProjectService.open(dunmere) as service:
        decided = {g.key: g.accepted_value for g in service.groups() if g.accepted_value}
        assert decided == {"injured|employee|count|": "19"}
        assert service.detached_decisions() == []
