"""Audit round 5: a project whose conflicts cannot be stored compares its figures once per load.

Read-only (a second window, a file on a read-only disk) or on a full disk, a project whose
stored conflicts are out of date has them worked out in memory. A window's load asks for the
groups, the pairs and the detached decisions in turn; each used to compare every figure again.
They are now worked out once while the project stays as it is, and anew when something is
committed to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.analysis import conflicts
from desktop.services.project import ProjectService
from desktop.storage.project import ProjectWriteError
from desktop.storage.store import ProjectStore

FIRE = """Warehouse fire in Dunmere port

Published 12 May 2026

At least 11 workers were injured when a fire swept through a grain warehouse in the port of
Dunmere on Monday, the harbour authority said.

Firefighters evacuated 240 residents from nearby streets, the fire brigade said.
"""

SMOKE = """Dunmere fire: more hurt than first thought

Published 13 May 2026

The number of workers injured in the Dunmere warehouse fire has risen to 17, the regional
health board said on Tuesday.

About 300 residents were evacuated from streets near the port, the fire brigade said.
"""

INQUIRY = """Inquiry opens into Dunmere warehouse blaze

Published 15 May 2026

Investigators began work on Thursday at the Dunmere grain warehouse where 19 workers were
injured in Monday's fire, the port's owner said.

Residents of 260 homes near the port were allowed back on Wednesday, the council said.
"""


def _write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in (("fire.txt", FIRE), ("smoke.txt", SMOKE), ("inquiry.txt", INQUIRY)):
        path = folder / name
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def dunmere(tmp_path: Path) -> Path:
    """A saved project of three reports of one fire, closed, its stored conflicts marked out
    of date (as after an upgrade of the engine)."""
    path = tmp_path / "Dunmere.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(_write(tmp_path / "articles"))
        assert service.pairs(), "the reports must make pairs for the test to mean anything"
    _mark_stale(path)
    return path


def _mark_stale(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '1' WHERE key = 'conflicts_stale'")
    con.commit()
    con.close()


class _Counted:
    """conflicts.compare, counting its calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self._compare = conflicts.compare
        monkeypatch.setattr(conflicts, "compare", self)

    def __call__(self, *args: object, **kwargs: object) -> conflicts.ConflictReport:
        self.calls += 1
        return self._compare(*args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    return _Counted(monkeypatch)


def _load(service: ProjectService) -> tuple[list[object], list[object], list[object]]:
    """What the window's load asks for, in its order."""
    return list(service.groups()), list(service.pairs()), list(service.detached_decisions())


def _expected(path: Path, tmp_path: Path) -> tuple[list[object], list[object], list[object]]:
    """The load of a writable copy, which recomputes and stores the conflicts."""
    copy = tmp_path / "copy.factlane"
    copy.write_bytes(path.read_bytes())
    with ProjectService.open(copy) as service:
        return _load(service)


@pytest.fixture
def reader(dunmere: Path) -> Iterator[ProjectService]:
    with ProjectService(ProjectStore.open_read_only(dunmere, "requested")) as service:
        yield service


def test_read_only_load_compares_once(
    dunmere: Path, tmp_path: Path, reader: ProjectService, counted: _Counted
) -> None:
    groups, pairs, detached = _load(reader)
    assert counted.calls == 1
    expected = _expected(dunmere, tmp_path)
    assert (groups, pairs, detached) == expected
    # a second load of the unchanged project compares nothing again
    assert _load(reader) == expected
    assert counted.calls == 2  # the writable copy's own recompute, not the reader's


def test_read_only_load_compares_again_after_another_window_commits(
    dunmere: Path, counted: _Counted
) -> None:
    # the window holding the project, and a second one reading it
    with (
        ProjectService.open(dunmere) as writer,
        ProjectService(ProjectStore.open_read_only(dunmere, "shared")) as reader,
    ):
        _load(reader)
        assert counted.calls == 1
        [smoke] = [a.id for a in writer.articles() if a.title and "more hurt" in a.title]
        gone = {f.id for f in writer.figures(article_id=smoke)}
        # the writer's store removes it and leaves the conflicts out of date, as a
        # window does between a change and its refresh
        writer.store.delete_article(smoke)
        groups, pairs, _ = _load(reader)
        assert counted.calls == 2
        assert not gone & {i for g in groups for i in g.figure_ids}
        assert not gone & {i for p in pairs for i in (p.a, p.b)}
        _load(reader)
        assert counted.calls == 2


def test_a_refresh_stored_by_the_other_window_is_read_not_computed(
    dunmere: Path, counted: _Counted
) -> None:
    with (
        ProjectService.open(dunmere) as writer,
        ProjectService(ProjectStore.open_read_only(dunmere, "shared")) as reader,
    ):
        _load(reader)
        writer.refresh_conflicts()
        assert counted.calls == 2
        assert _load(reader) == _load(writer)
        assert counted.calls == 2


def test_full_disk_load_compares_once_and_stores_it_when_the_disk_has_room(
    dunmere: Path, tmp_path: Path, counted: _Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _expected(dunmere, tmp_path)
    counted.calls = 0
    with ProjectService.open(dunmere) as service:

        def full(*_: object, **__: object) -> None:
            raise ProjectWriteError("The disk holding Dunmere.factlane is full.")

        monkeypatch.setattr(service.store, "replace_conflicts", full)
        assert _load(service) == expected
        assert counted.calls == 1
        assert service.store.conflicts_stale()
        monkeypatch.undo()  # space freed
        service.refresh_conflicts()
        assert counted.calls == 1  # what was worked out is what is stored
        assert not service.store.conflicts_stale()
        assert _load(service) == expected


def test_a_change_made_while_the_disk_was_full_is_not_hidden_by_what_was_worked_out(
    dunmere: Path, counted: _Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProjectService.open(dunmere) as service:
        real = service.store.replace_conflicts

        def full(*_: object, **__: object) -> None:
            raise ProjectWriteError("The disk holding Dunmere.factlane is full.")

        monkeypatch.setattr(service.store, "replace_conflicts", full)
        _load(service)
        [fire] = [a.id for a in service.articles() if a.title and "Warehouse" in a.title]
        gone = {f.id for f in service.figures(article_id=fire)}
        service.store.delete_article(fire)  # a removal the disk still had room for
        groups, pairs, _ = _load(service)
        assert counted.calls == 2
        assert not gone & {i for g in groups for i in g.figure_ids}
        assert not gone & {i for p in pairs for i in (p.a, p.b)}
        monkeypatch.setattr(service.store, "replace_conflicts", real)
        service.refresh_conflicts()
        assert counted.calls == 2
        assert not gone & {i for g in service.groups() for i in g.figure_ids}


def test_change_stamp_moves_only_with_a_commit(dunmere: Path, tmp_path: Path) -> None:
    with ProjectService.open(dunmere) as writer:
        store = writer.store
        first = store.change_stamp()
        store.articles()
        store.figures()
        assert store.change_stamp() == first
        store.set_setting("audit5", "x")  # this process's own commit counts
        second = store.change_stamp()
        assert second != first
        with ProjectStore.open_read_only(dunmere, "shared") as reader:
            seen = reader.change_stamp()
            store.set_setting("audit5", "y")  # another window's commit counts
            assert reader.change_stamp() != seen
            assert reader.change_stamp() == reader.change_stamp()
    # closed and opened again: the stamp's own connection was given back
    with ProjectStore.open(dunmere) as again:
        again.change_stamp()
