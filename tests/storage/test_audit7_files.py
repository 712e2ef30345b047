"""Audit round 7: the project file itself, where rounds 1-6 did not look.

A project moved, renamed, deleted or replaced while open; a write-ahead log left by a crash
(opened again without reading the whole file, and still refused beside another copy); a
project on a path with spaces and non-ASCII letters; a copy kept before an update that must not
take the name of an earlier one when the clock goes back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import desktop.storage.project as projectfile
from desktop.cli import EXIT_OK, main
from desktop.domain import DateRange
from desktop.services.project import ProjectService
from desktop.storage.project import (
    DamagedProjectError,
    ProjectClosedError,
    ProjectMovedError,
    integrity_check,
)
from desktop.storage.store import ProjectStore

STORY = """Ferry strike enters second week

Published 12 May 2025

More than 3,000 travellers were stranded at Kessel harbour on Monday after the ferry crews
walked out again, the port authority said on Tuesday.
"""


def _project(folder: Path, name: str = "Kessel.factlane") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    story = folder / "strike.txt"
    story.write_text(STORY, encoding="utf-8")
    project = folder / name
    with ProjectService.open(project, create=True) as service:
        [outcome] = service.import_files([story])
        assert outcome.status == "imported"
    return project


def _status(path: Path, fact_id: int) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT status FROM fact WHERE id = ?", (fact_id,)).fetchone()[0])
    finally:
        con.close()


# -- moved, renamed, deleted or replaced while open ---------------------------------------------


def test_a_project_moved_while_open_refuses_the_next_save_and_loses_nothing(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path)
    service = ProjectService.open(project)
    try:
        first = service.facts()[0]
        service.set_fact_status(first.id, "confirmed")
        moved = project.rename(tmp_path / "Kessel strike.factlane")
        with pytest.raises(ProjectMovedError, match="moved or renamed while it was open") as e:
            service.set_fact_note(first.id, "ask the port authority")
        assert "new place" in str(e.value)
        # A read may need a connection the pool has not opened yet: it is refused in the
        # same words, and makes no new, empty project where the moved one was.
        with contextlib.suppress(ProjectMovedError):
            service.facts()
            service.fact(first.id)
        assert not project.exists()
    finally:
        service.close()
    assert _status(moved, first.id) == "confirmed"
    assert integrity_check(moved) == "ok"
    with ProjectService.open(moved) as again:
        assert again.fact(first.id).note == ""


def test_a_project_deleted_while_open_is_kept_in_a_recovered_copy(tmp_path: Path) -> None:
    project = _project(tmp_path)
    service = ProjectService.open(project)
    try:
        fact = service.facts()[0]
        service.set_fact_status(fact.id, "confirmed")
        service.set_fact_tags(fact.id, ["strike"])
        project.unlink()
        with pytest.raises(ProjectMovedError, match="deleted or replaced") as refused:
            service.set_fact_status(fact.id, "rejected")
        [recovered] = tmp_path.glob("Kessel (recovered *).factlane")
        assert recovered.name in str(refused.value)
        # a second refused change makes no second copy
        with pytest.raises(ProjectMovedError):
            service.set_fact_note(fact.id, "x")
        assert len(list(tmp_path.glob("Kessel (recovered *).factlane"))) == 1
    finally:
        service.close()
    assert not project.exists()
    assert integrity_check(recovered) == "ok"
    with ProjectService.open(recovered) as kept:
        again = kept.fact(fact.id)
        assert (again.status, again.tags) == ("confirmed", ("strike",))
        assert len(kept.articles()) == 1


def test_a_project_replaced_while_open_is_kept_and_the_new_file_left_alone(
    tmp_path: Path,
) -> None:
    """A sync tool puts another version in its place (a new file renamed over it)."""
    project = _project(tmp_path / "here")
    other = _project(tmp_path / "there")
    service = ProjectService.open(project)
    try:
        fact = service.facts()[0]
        service.set_fact_status(fact.id, "confirmed")
        with ProjectService.open(other) as elsewhere:
            elsewhere.set_fact_note(elsewhere.facts()[0].id, "the other copy")
        os.replace(other, project)
        before = project.read_bytes()
        with pytest.raises(ProjectMovedError, match="deleted or replaced"):
            service.add_manual_fact(
                "Crews met the owners", DateRange("2025-05-13", date(2025, 5, 13), None, "day")
            )
    finally:
        service.close()
    assert project.read_bytes() == before
    [recovered] = (tmp_path / "here").glob("Kessel (recovered *).factlane")
    assert _status(recovered, fact.id) == "confirmed"


def test_an_import_finishing_after_its_project_was_closed_writes_nothing(
    tmp_path: Path,
) -> None:
    """The window closes while a background import is mid-article: the store is closed
    (its lock released), and the article the import was extracting is not written through a
    connection that holds no lock."""
    project = _project(tmp_path)
    store = ProjectStore.open(project)
    store.close()
    with pytest.raises(ProjectClosedError):
        store.set_setting("late", "1")
    con = sqlite3.connect(project)
    try:
        assert con.execute("SELECT count(*) FROM setting WHERE key='late'").fetchone() == (0,)
    finally:
        con.close()


# -- a log left by a crash ---------------------------------------------------------------------

CRASH_AFTER_EDITS = r"""
import os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
service = ProjectService.open(Path(sys.argv[1]))
for fact in service.facts()[::5]:
    service.set_fact_status(fact.id, "confirmed")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _many_facts(project: Path, count: int = 100) -> None:
    with ProjectService.open(project, create=True) as service:
        for day in range(count):
            when = date(2025, 3, 1 + day % 28)
            service.add_manual_fact(
                f"Item {day}: the council debated the bridge closure once more. " * 10,
                DateRange(when.isoformat(), when, when, "day"),
            )


def _crash(project: Path) -> Path:
    subprocess.run([sys.executable, "-c", CRASH_AFTER_EDITS, str(project)], timeout=120)
    wal = project.with_name(project.name + "-wal")
    assert wal.stat().st_size > 32
    return wal


@pytest.fixture
def counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = projectfile._quick_check

    def counting(uri: str) -> bool:
        calls.append(uri)
        return real(uri)

    monkeypatch.setattr(projectfile, "_quick_check", counting)
    return calls


def test_a_projects_own_log_is_applied_without_reading_the_whole_file(
    tmp_path: Path, counted_checks: list[str]
) -> None:
    project = tmp_path / "Bridge.factlane"
    _many_facts(project)
    _crash(project)
    with ProjectService.open(project) as service:
        statuses = [f.status for f in service.facts()]
    assert statuses.count("confirmed") == len(statuses[::5])
    assert counted_checks == []
    assert integrity_check(project) == "ok"


def test_a_log_beside_another_copy_is_still_checked_and_refused(
    tmp_path: Path, counted_checks: list[str]
) -> None:
    crashed = tmp_path / "Bridge.factlane"
    _many_facts(crashed)
    wal = _crash(crashed)
    log = wal.read_bytes()
    # a backup of another project put back in place, over the crashed file, the log kept
    other = tmp_path / "other" / "Bridge.factlane"
    other.parent.mkdir()
    _many_facts(other, count=4)
    crashed.write_bytes(other.read_bytes())
    wal.write_bytes(log)
    before = crashed.read_bytes()
    with pytest.raises(DamagedProjectError, match="does not fit it"):
        ProjectService.open(crashed)
    # refused by the project's name in the log (storage round 11), before any page check:
    # whether the merged pages happen to make a sound database depends on their layout
    # (an index added in migration 0009 made this very pair pass SQLite's quick_check)
    assert counted_checks == []
    assert crashed.read_bytes() == before


def test_a_log_of_the_same_project_beside_an_older_copy_is_checked_page_by_page(
    tmp_path: Path, counted_checks: list[str]
) -> None:
    """A backup of the same project put back over it after a crash: the log carries the same
    name, so only the pages can tell; it is checked, not refused by name."""
    crashed = tmp_path / "Bridge.factlane"
    _many_facts(crashed, count=4)
    backup = crashed.read_bytes()
    with ProjectService.open(crashed) as service:
        for day in range(40):
            when = date(2025, 4, 1 + day % 28)
            service.add_manual_fact(
                f"Later item {day}: the ferry ran again. " * 10,
                DateRange(when.isoformat(), when, when, "day"),
            )
    wal = _crash(crashed)
    log = wal.read_bytes()
    crashed.write_bytes(backup)
    wal.write_bytes(log)
    before = crashed.read_bytes()
    try:
        with ProjectService.open(crashed):
            pass
    except DamagedProjectError as refused:
        assert "does not fit it" in str(refused)
        assert crashed.read_bytes() == before
    assert counted_checks, "the log was not checked"


def test_a_copy_of_the_crashed_file_with_its_own_time_kept_is_its_logs_file(
    tmp_path: Path, counted_checks: list[str]
) -> None:
    """'cp -p' of the file and its log to another folder: the log notes the old file, so
    the copy is checked page by page, and opens with the log's changes."""
    project = tmp_path / "Bridge.factlane"
    _many_facts(project)
    wal = _crash(project)
    copy = tmp_path / "copy" / "Bridge.factlane"
    copy.parent.mkdir()
    copy.write_bytes(project.read_bytes())
    copy.with_name(wal.name).write_bytes(wal.read_bytes())
    st = project.stat()
    os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns))
    with ProjectService.open(copy) as service:
        assert "confirmed" in {f.status for f in service.facts()}
    assert counted_checks


# -- a path with spaces and letters beyond ASCII -------------------------------------------------


def test_a_project_on_a_path_with_spaces_and_accents_works_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Études de cas" / "Kraków – ферри 渡船"
    project = _project(folder, "Grève des marins 2025.factlane")
    with ProjectService.open(project) as service:
        fact = service.facts()[0]
        service.set_fact_tags(fact.id, ["grève"])
        copy = folder / "Copie ü.factlane"
        service.save_as(copy)
    assert main(["facts", "--project", str(project), "--json"]) == EXIT_OK
    assert "grève" in capsys.readouterr().out
    assert main(["import", str(folder / "strike.txt"), "--project", str(copy)]) == EXIT_OK
    assert "duplicate" in capsys.readouterr().out
    leftovers = sorted(p.name for p in folder.iterdir())
    assert leftovers == [
        "Copie ü.factlane",
        "Copie ü.factlane.lock",
        "Grève des marins 2025.factlane",
        "Grève des marins 2025.factlane.lock",
        "strike.txt",
    ]
    assert integrity_check(project) == "ok" and integrity_check(copy) == "ok"


# -- the clock -----------------------------------------------------------------------------------


def test_an_update_keeps_its_copy_beside_an_earlier_one_of_the_same_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock set back (or two updates in one second) gives the copy kept before an update
    the name of one kept earlier: that earlier copy must not be written over."""
    from tests.test_robustness_migration import _as_saved_by

    current = _project(tmp_path / "now")
    older = _as_saved_by(current, tmp_path / "Old.factlane", "0005")
    frozen = datetime(2025, 5, 12, 9, 30, 0)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            return cls(frozen.year, frozen.month, frozen.day, frozen.hour, frozen.minute)

    monkeypatch.setattr(projectfile, "datetime", Clock)
    earlier = tmp_path / "Old.factlane.schema-0005.20250512-093000.bak"
    earlier.write_bytes(b"the analyst's earlier copy")
    with ProjectService.open(older):
        pass
    assert earlier.read_bytes() == b"the analyst's earlier copy"
    kept = sorted(p.name for p in tmp_path.glob("Old.factlane.schema-0005.*.bak"))
    assert len(kept) == 2, kept
    assert integrity_check(tmp_path / next(k for k in kept if k != earlier.name)) == "ok"


def test_a_fact_added_while_the_clock_is_behind_is_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two manual facts of the same words added at the same reading of the clock (set back,
    or too coarse) are two facts: a re-extraction keeps both."""
    import desktop.storage.store as storemodule

    project = _project(tmp_path)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            return cls(2025, 5, 12, 9, 30, 0)

    monkeypatch.setattr(storemodule, "datetime", Clock)
    when = DateRange("2025-05-13", date(2025, 5, 13), date(2025, 5, 13), "day")
    with ProjectService.open(project) as service:
        article = service.articles()[0].id
        a = service.add_manual_fact("Crews met the owners", when, article_id=article)
        b = service.add_manual_fact("Crews met the owners", when, article_id=article)
        service.set_fact_note(a, "first")
        service.set_fact_note(b, "second")
        service.reextract(article)
        notes = sorted(f.note for f in service.facts() if f.status == "manual")
    assert notes == ["first", "second"]


# -- a project copied without the log a crash left beside it ----------------------------------


def test_a_crashed_project_copied_without_its_log_says_what_may_be_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "Bridge.factlane"
    _many_facts(project, count=30)
    _crash(project)
    copy = tmp_path / "usb" / "Bridge.factlane"
    copy.parent.mkdir()
    copy.write_bytes(project.read_bytes())  # the -wal left behind
    before = copy.read_bytes()
    assert main(["facts", "--project", str(copy)]) == EXIT_OK
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Bridge.factlane-wal, is not beside it" in err[0], err
    assert copy.read_bytes() == before  # the read command wrote nothing
    with ProjectService.open(copy) as service:
        assert "not closed" in " ".join(service.store.open_warnings)
        service.set_fact_note(service.facts()[0].id, "checked against the original")
    # closed properly here: the copy says nothing any more
    with ProjectService.open(copy) as service:
        assert service.store.open_warnings == ()
    # the original, opened with its log, is whole and says nothing either
    with ProjectService.open(project) as service:
        assert service.store.open_warnings == ()
        assert "confirmed" in {f.status for f in service.facts()}


def test_a_project_closed_properly_and_copied_alone_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "Bridge.factlane"
    _many_facts(project, count=5)
    with ProjectService.open(project) as service:
        service.set_fact_status(service.facts()[0].id, "confirmed")
    copy = tmp_path / "copy.factlane"
    copy.write_bytes(project.read_bytes())
    assert main(["facts", "--project", str(copy)]) == EXIT_OK
    assert capsys.readouterr().err == ""
    with ProjectService.open(copy) as service:
        assert service.store.open_warnings == ()
