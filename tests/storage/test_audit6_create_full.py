"""Audit round 6: a project that cannot be created on a full disk leaves nothing behind.

Creating a project writes its tables through SQLite's log. On a disk that filled up midway the
creation stopped and left a file with SQLite's header and no tables, which every later command
refused as "an SQLite database made by another program", and the analyst read "the last change
was not saved; everything saved before it is still in the project" of a project that never
was. The begun file is now removed and the message says the project could not be created.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import ProjectWriteError
from tests.storage.test_audit6_save_as import small_disk


def test_a_project_not_created_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "stick", "64k") as stick:
        path = stick / "Kursk.factlane"
        with pytest.raises(ProjectWriteError) as refused:
            ProjectService.open(path, create=True)
        left = sorted(p.name for p in stick.iterdir())
        message = str(refused.value)
        assert "Kursk.factlane could not be created" in message
        assert "nothing of it was left" in message
        assert "saved before" not in message
        # only the lock file may stay (it is harmless, and every open makes it)
        assert left in ([], ["Kursk.factlane.lock"])
