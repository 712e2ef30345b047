"""'Nothing is lost' audit, round 1: faults found by attacking the project file and the edits.

Each test here failed before its fix: a project renamed while open let a second process open it
with a write-ahead log of its own (two logs for one database: 'database disk image is
malformed'); a new publication date and a block restored to the body were saved in two
transactions, the facts after the date, so a crash between them left facts resolved against the
old date and nothing marked for extraction again; and the conflicts of a project that could not
be written (read-only, or a full disk) were the stored ones, naming figures that were gone, or
an error where the figures could still be read.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.cli import main
from desktop.domain import DateRange
from desktop.services.project import ProjectService
from desktop.storage import lock as lockmod
from desktop.storage.project import (
    DamagedProjectError,
    ProjectError,
    ProjectLockedError,
    ProjectMovedError,
    ProjectWriteError,
    integrity_check,
)
from desktop.storage.store import ProjectStore

FIRST = """Flood in Marlow leaves town counting the cost

Published 3 March 2025

At least 40 people were killed in the flood that struck Marlow on Sunday, the regional
governor said on Monday.
"""

SECOND = """Marlow flood toll revised

Published 4 March 2025

The flood that struck Marlow on Sunday killed 52 people, the regional governor said on
Tuesday.
"""


def _project_with_a_conflict(folder: Path) -> Path:
    """Two articles telling the same toll: one group of two figures."""
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    project = folder / "Marlow.factlane"
    with ProjectService.open(project, create=True) as service:
        outcomes = service.import_files([folder / "first.txt", folder / "second.txt"])
        assert [o.status for o in outcomes] == ["imported", "imported"]
        assert [len(g.figure_ids) for g in service.groups()] == [2]
    return project


# -- a project renamed while it is open -------------------------------------------------------

IMPORT = [sys.executable, "-m", "desktop", "import"]

needs_pin = pytest.mark.skipif(
    not lockmod.PIN_PROJECT_FILE, reason="the project file is held on Linux only"
)


@needs_pin
def test_a_project_renamed_while_open_is_refused_under_its_new_name(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    moved = tmp_path / "Marlow moved.factlane"
    with ProjectService.open(project) as first:
        fact_id = first.facts()[0].id
        first.set_fact_status(fact_id, "confirmed")
        project.rename(moved)
        with pytest.raises(ProjectLockedError, match="renamed or moved while open"):
            ProjectService.open(moved)
        # Audit round 7: the first window's next save is refused (its log is still beside
        # the old name, where a crash would leave it); what it saved is in the moved file.
        with pytest.raises(ProjectMovedError, match="moved or renamed while it was open"):
            first.set_fact_status(fact_id, "rejected")
    assert integrity_check(moved) == "ok"
    with ProjectService.open(moved) as again:  # closed there, it opens here
        assert again.fact(fact_id).status == "confirmed"


@needs_pin
def test_another_process_cannot_write_a_project_renamed_while_open(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    moved = tmp_path / "elsewhere.factlane"
    (tmp_path / "third.txt").write_text(
        SECOND.replace("52", "55").replace("Tuesday", "Wednesday"), encoding="utf-8"
    )
    with ProjectService.open(project) as first:
        fact_id = first.facts()[0].id
        first.set_fact_status(fact_id, "confirmed")
        project.rename(moved)
        done = subprocess.run(
            [*IMPORT, str(tmp_path / "third.txt"), "--project", str(moved)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 3, done.stderr
    assert "renamed or moved while open" in done.stderr
    assert integrity_check(moved) == "ok"
    with ProjectService.open(moved) as again:
        assert len(again.articles()) == 2
        assert again.fact(fact_id).status == "confirmed"


def test_a_hard_link_to_an_open_project_is_refused(tmp_path: Path) -> None:
    """Two names for one file, both in use: the same fault as a rename, without one."""
    if not lockmod.PIN_PROJECT_FILE:
        pytest.skip("the project file is held on Linux only")
    project = _project_with_a_conflict(tmp_path)
    other = tmp_path / "Second name.factlane"
    other.hardlink_to(project)
    with ProjectService.open(project), pytest.raises(ProjectLockedError):
        ProjectService.open(other)
    with ProjectService.open(other) as service:  # free once the first name is closed
        assert len(service.articles()) == 2


# -- an edit saved in one transaction ---------------------------------------------------------


class _Crash(Exception):
    pass


def _crash_on_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies while the facts are being worked out again."""

    def crash(*_args: object, **_kwargs: object) -> object:
        raise _Crash

    monkeypatch.setattr(service_module, "extract", crash)


def test_a_crash_while_redating_leaves_the_date_with_its_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project_with_a_conflict(tmp_path)
    with ProjectService.open(project) as service:
        article = service.articles()[0]
        values = sorted(f.date.value for f in service.facts(article_id=article.id))
        _crash_on_extract(monkeypatch)
        with pytest.raises(_Crash):
            service.set_published(article.id, date(2025, 6, 2))
    with ProjectService.open(project) as service:
        assert service.article(article.id).record.published == date(2025, 3, 3)
        assert sorted(f.date.value for f in service.facts(article_id=article.id)) == values


def test_redating_resolves_the_facts_against_the_new_date(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    with ProjectService.open(project) as service:
        article = service.articles()[0]
        old = service.set_published(article.id, date(2025, 6, 2))
        assert old == (date(2025, 3, 3), "text")
        values = {f.date.value for f in service.facts(article_id=article.id)}
    # 'on Sunday' before Monday 2 June 2025, no longer before Monday 3 March
    assert "2025-06-01" in values and "2025-03-02" not in values


def test_a_crash_while_restoring_a_block_leaves_the_body_with_its_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project_with_a_conflict(tmp_path)
    with ProjectService.open(project) as service:
        article = service.articles()[0]
        detail = service.article(article.id)
        kept = [i for i, b in enumerate(detail.blocks) if b.kept]
        assert kept
        _crash_on_extract(monkeypatch)
        with pytest.raises(_Crash):
            service.set_block_kept(article.id, kept[-1], False)
    with ProjectService.open(project) as service:
        assert service.article(article.id).text == detail.text
        assert service.article(article.id).blocks == detail.blocks


# -- conflicts of a project that cannot be written ------------------------------------------


def test_a_reader_of_a_held_project_sees_conflicts_of_the_figures_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    project = _project_with_a_conflict(tmp_path)
    with ProjectService.open(project) as window:
        # another window removes an article; its conflicts are worked out when next read
        window.remove_articles([window.articles()[1].id])
        assert main(["conflicts", "--project", str(project), "--json"]) == 0
        conflicts = json.loads(capsys.readouterr().out)
        assert main(["figures", "--project", str(project), "--json"]) == 0
        figures = {f["id"] for f in json.loads(capsys.readouterr().out)["figures"]}
        named = {i for g in conflicts["groups"] for i in g["figures"]}
        assert named <= figures
        assert conflicts == {"pairs": [], "groups": []}
    assert integrity_check(project) == "ok"


def test_conflicts_are_read_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project_with_a_conflict(tmp_path)
    with ProjectService.open(project) as service:
        wanted_groups, wanted_pairs = service.groups(), service.pairs()
        service.store.set_setting("conflicts_stale", "1")

        def full(*_args: object, **_kwargs: object) -> None:
            raise ProjectWriteError("The disk holding Marlow.factlane is full")

        monkeypatch.setattr(service.store, "replace_conflicts", full)
        assert service.pairs() == wanted_pairs
        assert [(g.key, g.figure_ids) for g in service.groups()] == [
            (g.key, g.figure_ids) for g in wanted_groups
        ]
    con = sqlite3.connect(project)
    try:
        stale = con.execute("SELECT value FROM setting WHERE key='conflicts_stale'").fetchone()
    finally:
        con.close()
    assert stale == ("1",)  # nothing stored: they are worked out again once there is room


def test_a_read_only_project_with_saved_conflicts_shows_those(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    with ProjectStore.open(project) as store:
        saved = store.groups()
    with ProjectService(ProjectStore.open_read_only(project)) as reader:
        assert reader.groups() == saved


def test_a_folder_where_the_lock_file_goes_gets_a_clear_error(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    (tmp_path / "Marlow.factlane.lock").unlink(missing_ok=True)
    (tmp_path / "Marlow.factlane.lock").mkdir()
    with pytest.raises(ProjectError, match=r"Marlow\.factlane\.lock beside it, .* is a folder"):
        ProjectService.open(project)


# -- a write-ahead log left beside another copy of the project ---------------------------------

CRASH_AFTER_CONFIRMING = r"""
import os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
service = ProjectService.open(Path(sys.argv[1]))
for fact in service.facts()[::7]:
    service.set_fact_status(fact.id, "confirmed")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _many_facts(project: Path, count: int = 120) -> None:
    """A project whose facts fill many pages, saved whole to its file."""
    with ProjectService.open(project, create=True) as service:
        for day in range(count):
            when = date(2025, 1, 1 + day % 28)
            service.add_manual_fact(
                f"Note {day}: the harbour board met again about the ferry timetable. " * 12,
                DateRange(when.isoformat(), when, when, "day"),
            )


def _crash_with_changes_in_the_log(project: Path) -> Path:
    subprocess.run([sys.executable, "-c", CRASH_AFTER_CONFIRMING, str(project)], timeout=120)
    wal = project.with_name(project.name + "-wal")
    assert wal.stat().st_size > 32, "the confirmations should be in the log, not the file"
    return wal


def test_a_log_left_by_another_copy_of_the_project_is_not_applied(tmp_path: Path) -> None:
    crashed = tmp_path / "Crashed.factlane"
    _many_facts(crashed)
    wal = _crash_with_changes_in_the_log(crashed)
    # the analyst puts another project (a backup, a Save As copy) where the crashed one was
    other = tmp_path / "Other.factlane"
    _many_facts(other, count=3)
    copy = tmp_path / "Copy.factlane"
    copy.write_bytes(other.read_bytes())
    copy.with_name(copy.name + "-wal").write_bytes(wal.read_bytes())
    before = copy.read_bytes()

    with pytest.raises(DamagedProjectError, match=r"Copy\.factlane-wal, beside Copy\.factlane"):
        ProjectService.open(copy)
    assert copy.read_bytes() == before
    copy.with_name(copy.name + "-wal").unlink()
    copy.with_name(copy.name + "-shm").unlink(missing_ok=True)
    assert integrity_check(copy) == "ok"
    with ProjectService.open(copy) as service:
        assert len(service.facts()) == 3


def test_a_projects_own_log_left_by_a_crash_is_applied(tmp_path: Path) -> None:
    project = tmp_path / "Crashed.factlane"
    _many_facts(project)
    _crash_with_changes_in_the_log(project)
    with ProjectService.open(project) as service:
        statuses = [f.status for f in service.facts()]
    assert statuses.count("confirmed") == len(statuses[::7])
    assert integrity_check(project) == "ok"


# -- attacks that held, covered here where no earlier test did ---------------------------------


def test_a_project_with_bytes_appended_opens_and_stays_sound(tmp_path: Path) -> None:
    project = _project_with_a_conflict(tmp_path)
    with project.open("ab") as fh:
        fh.write(bytes(range(256)) * 20)
    with ProjectService.open(project) as service:
        assert len(service.articles()) == 2
        service.set_fact_status(service.facts()[0].id, "confirmed")
    assert integrity_check(project) == "ok"


def test_files_that_hold_no_article_are_each_refused_and_the_rest_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    good = tmp_path / "good.txt"
    good.write_text(FIRST, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "page.html", "w") as archive:
        archive.writestr("index.html", "<p>On Monday the council met.</p>")
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    names = ["empty.txt", "page.html", "loop-a.txt", "good.txt"]
    project = tmp_path / "Mixed.factlane"
    code = main(["import", *(str(tmp_path / n) for n in names), "--project", str(project)])
    out, _err = capsys.readouterr()
    assert code == 1
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["failed", "failed", "failed", "imported"]
    assert "empty" in lines[0] and "ZIP" in lines[1] and "symbolic links" in lines[2]
    with ProjectService.open(project) as service:
        assert [a.path for a in service.articles()] == [str(good)]


# -- Save As over a project ---------------------------------------------------------------------


def test_save_as_over_a_project_open_in_another_window_is_refused(tmp_path: Path) -> None:
    source = _project_with_a_conflict(tmp_path)
    target = tmp_path / "Target.factlane"
    with ProjectService.open(target, create=True) as other:
        with ProjectService.open(source) as service, pytest.raises(ProjectLockedError):
            service.save_as(target)
        other.add_manual_fact(
            "The harbour board met.",
            DateRange("2025-01-02", date(2025, 1, 2), date(2025, 1, 2), "day"),
        )
    with ProjectService.open(target) as other:  # still the other window's project, whole
        assert [f.text for f in other.facts()] == ["The harbour board met."]


def test_save_as_over_a_crashed_project_leaves_none_of_its_log(tmp_path: Path) -> None:
    source = _project_with_a_conflict(tmp_path)
    target = tmp_path / "Crashed.factlane"
    _many_facts(target)
    _crash_with_changes_in_the_log(target)
    with ProjectService.open(source) as service:
        facts = [f.text for f in service.facts()]
        service.save_as(target)
    assert not target.with_name(target.name + "-wal").exists()
    assert integrity_check(target) == "ok"
    with ProjectService.open(target) as copy:
        assert len(copy.articles()) == 2
        assert [f.text for f in copy.facts()] == facts
