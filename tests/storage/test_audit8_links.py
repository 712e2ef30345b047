"""Audit round 8: a project named through a symbolic link that leads nowhere.

An analyst keeps a link to where a story's project lives (a shared drive, a synced folder).
When that place is gone (the drive not mounted), `factlane import ... --project link` failed
with "could not be created ... free some space", and the clean-up of the failed creation
removed the analyst's link itself. The link is the analyst's: it stays, and the message says
where it leads. A link to a free name in a folder that exists still makes the project there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_PROJECT, main
from desktop.services.project import ProjectService
from desktop.storage.project import ProjectError, integrity_check
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links as POSIX makes them")

ARTICLE = SEEDS / "003_northgate_daily.md"


def test_a_link_into_a_missing_folder_is_kept_and_named(tmp_path: Path) -> None:
    link = tmp_path / "Ferry strike.factlane"
    target = tmp_path / "unmounted drive" / "Ferry strike.factlane"
    link.symlink_to(target)
    with pytest.raises(ProjectError) as refused:
        ProjectService.open(link, create=True)
    message = str(refused.value)
    assert str(target) in message and "does not exist" in message
    assert "free some space" not in message
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert not target.parent.exists()


def test_the_command_line_keeps_the_link_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "Ferry strike.factlane"
    link.symlink_to(tmp_path / "unmounted drive" / "Ferry strike.factlane")
    assert main(["import", str(ARTICLE), "--project", str(link)]) == EXIT_PROJECT
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert link.is_symlink()


def test_a_link_to_a_free_name_makes_the_project_where_it_leads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "shared").mkdir()
    target = tmp_path / "shared" / "Ferry strike.factlane"
    link = tmp_path / "Ferry strike.factlane"
    link.symlink_to(target)
    assert main(["import", str(ARTICLE), "--project", str(link)]) == EXIT_OK
    capsys.readouterr()
    assert link.is_symlink() and target.is_file()
    assert integrity_check(target) == "ok"
