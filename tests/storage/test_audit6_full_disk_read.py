"""Audit round 6: a project on a full disk can still be read, listed and exported.

Reading a project through SQLite's log needs its index file (-shm) beside it, which a full disk
cannot hold: every command failed with "cannot be read: disk I/O error", and the analyst could
not even export the work to another disk. When no change waits in the log, the project file
alone holds everything: it is read as it is, as on a read-only disk.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_PROJECT, main
from desktop.services.project import ProjectService
from tests.conftest import SEEDS
from tests.storage.test_audit6_save_as import small_disk


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "Harbour.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files(sorted(p for p in SEEDS.iterdir() if p.name[:3].isdigit()))
    return path


def test_a_project_on_a_full_disk_is_listed_and_exported_elsewhere(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    size = saved.stat().st_size
    with small_disk(tmp_path / "stick", f"{size + 4096}") as stick:
        path = stick / saved.name
        shutil.copyfile(saved, path)
        before = path.read_bytes()
        # the import cannot be done, and says so
        seed = str(SEEDS / "000_cba7b06516aed0c2.txt")
        assert main(["import", seed, "--project", str(path)]) == EXIT_PROJECT
        assert capsys.readouterr().err.count("\n") == 1
        assert main(["articles", "--project", str(path), "--json"]) == EXIT_OK
        listed = json.loads(capsys.readouterr().out)["articles"]
        out = tmp_path / "elsewhere" / "harbour.json"
        code = main(["export", "--project", str(path), "--format", "json", "--output", str(out)])
        assert code == EXIT_OK, capsys.readouterr().err
        assert path.read_bytes() == before
    assert len(listed) == len(json.loads(out.read_text(encoding="utf-8"))["articles"]) > 3
