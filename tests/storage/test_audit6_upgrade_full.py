"""Audit round 6: a project from an older Factlane on a full disk is refused clearly, unchanged.

Updating an older project first keeps a copy of it beside it (SQLite's backup). On a full
disk that copy failed: every command ended in a traceback ("sqlite3.OperationalError: disk
I/O error"), a part of the copy was left beside the project, and the next try called the
project "damaged". Now the analyst is told the copy could not be written, that nothing was
changed, and to free some space; the part of the copy is removed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.services.project import ProjectService
from desktop.storage.project import ProjectWriteError, integrity_check
from tests.conftest import SEEDS
from tests.storage.test_audit6_save_as import small_disk
from tests.test_robustness_migration import _as_saved_by


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("older")
    with ProjectService.open(folder / "Now.factlane", create=True) as project:
        project.import_files(sorted(p for p in SEEDS.iterdir() if p.name[:3].isdigit()))
    return _as_saved_by(folder / "Now.factlane", folder / "Then.factlane", "0005")


def test_an_older_project_on_a_full_disk_is_refused_unchanged(
    older: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    size = older.stat().st_size
    with small_disk(tmp_path / "stick", f"{size + 8192}") as stick:
        path = stick / "Then.factlane"
        shutil.copyfile(older, path)
        before = path.read_bytes()
        for attempt in range(2):
            with pytest.raises(ProjectWriteError) as refused:
                ProjectService.open(path)
            message = str(refused.value)
            assert "older" in message and "not changed" in message, (attempt, message)
            assert "damaged" not in message
            assert not list(stick.glob("*.bak"))
        # A read command updates a private copy elsewhere and reads that (audit round 7):
        # it lists the articles, and nothing is written on the full disk.
        code = main(["articles", "--project", str(path)])
        captured = capsys.readouterr()
        assert code == EXIT_OK and captured.out.strip(), captured.err
        assert path.read_bytes() == before
        assert sorted(p.name for p in stick.iterdir()) == ["Then.factlane", "Then.factlane.lock"]
    assert integrity_check(older) == "ok"
