"""Audit round 14: `factlane import http://user:password@host/...` never prints the password
(outcome lines, errors, the project's 'made' line) nor stores it (see audit 14 (1))."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.project import ProjectService
from tests.services.test_audit14_hostile_sites import SECRET, hostile  # noqa: F401


def test_the_command_line_never_says_the_password(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    hostile: tuple,  # noqa: F811
) -> None:
    host, _ = hostile
    project = tmp_path / "Members.factlane"
    good = f"http://analyst:{SECRET}@{host}/members/story"
    gone = f"http://analyst:{SECRET}@{host}/members/gone"
    main(["import", good, gone, "--project", str(project)])
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert f"imported   http://{host}/members/story (article " in captured.out
    assert f"failed     http://{host}/members/gone: " in captured.out
    assert SECRET not in said and "analyst:" not in said
    with ProjectService.open(project) as opened:
        assert [a.path for a in opened.articles()] == [f"http://{host}/members/story"]
