"""Audit round 11: a Save As copy opens as a whole project, with no warning.

Round 7 (3) marks in the project file that a session is changing it, so that a copy taken
without its log while the project is open says what may be missing. Save As copies the
project with SQLite's backup (every committed change), but the copy carried that mark: after
any Save As of a session that had changed something (a fact confirmed, an import), the copy,
which the window opens at once, came up with the box 'Copy.factlane was not closed by the
Factlane that last changed it ... the changes made last before that may be missing here',
a false alarm over a whole copy. The facts are invented.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from desktop.services.project import ProjectService

PAGE = (
    "<html><head><title>Crane falls at Orsk quay</title></head><body><p>On March 3, 2026, "
    "officials in Vellmar said 12 people were hurt when a crane fell at the Orsk quay. By "
    "March 5 the quay had reopened, the port agency said.</p></body></html>"
)


def _project(folder: Path) -> Path:
    page = folder / "quay.html"
    page.write_text(PAGE, encoding="utf-8")
    path = folder / "Quay.factlane"
    with ProjectService.open(path, create=True) as project:
        assert project.import_files([page], published=date(2026, 3, 6))[0].status == "imported"
    return path


def test_a_save_as_copy_of_a_changed_project_opens_without_the_missing_changes_warning(
    tmp_path: Path,
) -> None:
    path = _project(tmp_path)
    copy = tmp_path / "Copy.factlane"
    with ProjectService.open(path) as project:
        fact = project.facts()[0].id
        project.set_fact_status(fact, "confirmed")  # the session has changed the project
        project.save_as(copy)
        # the copy stands alone: no log, index or journal of its own beside it
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("Copy")) == [
            "Copy.factlane",
            "Copy.factlane.lock",
        ]
        with ProjectService.open(copy) as opened:
            assert opened.store.open_warnings == ()
            assert opened.fact(fact).status == "confirmed"


def test_a_file_copy_of_an_open_changed_project_without_its_log_still_warns(
    tmp_path: Path,
) -> None:
    """What the mark is for stays: a copy of the file alone, made while the session that
    changed it is open, may lack what the log held, and says so."""
    path = _project(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    with ProjectService.open(path) as project:
        project.set_fact_status(project.facts()[0].id, "confirmed")
        shutil.copyfile(path, other / "Quay.factlane")
    with ProjectService.open(other / "Quay.factlane") as opened:
        assert len(opened.store.open_warnings) == 1
        assert "may be missing" in opened.store.open_warnings[0]
