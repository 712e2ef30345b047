"""Audit round 6: Save As onto a disk that fills up leaves nothing half written.

SQLite's backup stops when the disk is full. The copy it began was left behind as an empty
file (which a later open refuses), and the analyst was told "the last change was not saved",
as if the project itself had lost something. The copy is now removed, and the message says
that nothing was copied and that the project open is as it was.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import ProjectWriteError, integrity_check
from tests.conftest import SEEDS


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """``folder`` as a disk of ``size`` (a tmpfs mount, which needs root)."""
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a small disk is mounted as root only")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_save_as_onto_a_full_disk_leaves_no_copy_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "Harbour.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files(sorted(p for p in SEEDS.iterdir() if p.suffix != ".json"))
        articles = len(project.articles())
        with small_disk(tmp_path / "stick", "64k") as stick:
            copy = stick / "Harbour copy.factlane"
            with pytest.raises(ProjectWriteError) as refused:
                project.save_as(copy)
            assert sorted(p.name for p in stick.iterdir()) in ([], [copy.name + ".lock"])
        message = str(refused.value)
        assert "Harbour copy.factlane" in message and "nothing was copied" in message
        assert "Harbour.factlane is as it was" in message
        assert "last change was not saved" not in message
        # the project open goes on as before
        assert len(project.articles()) == articles
        project.set_fact_note(project.facts()[0].id, "still saving")
    assert integrity_check(path) == "ok"
