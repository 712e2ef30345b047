"""Audit round 7: Factlane started several times within the same instant on one project.

Each process waits for one shared moment, then opens (or creates) the project and, if it got
it, holds it a while: exactly one must own it, every other one must be told, in the analyst's
words, that it is open elsewhere, and the project must come out sound.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check

STARTER = r"""
import json, sys, time
from pathlib import Path
from desktop.services.project import ProjectService
from desktop.storage.project import ProjectError
project, moment, create = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "1"
while time.time() < moment:
    pass
try:
    service = ProjectService.open(project, create=create)
except ProjectError as exc:
    print(json.dumps({"owner": False, "kind": type(exc).__name__, "message": str(exc)}))
else:
    service.store.set_setting("owner", str(__import__("os").getpid()))
    time.sleep(2.0)
    service.close()
    print(json.dumps({"owner": True}))
"""


def _start_together(project: Path, count: int, *, create: bool) -> list[dict[str, object]]:
    moment = time.time() + 3.0  # the imports of every process are done by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, str(project), repr(moment), "1" if create else "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    return results


@pytest.mark.parametrize("create", [False, True], ids=["existing", "new"])
def test_exactly_one_of_several_instances_started_at_once_owns_the_project(
    tmp_path: Path, create: bool
) -> None:
    project = tmp_path / "Harbour strike.factlane"
    if not create:
        with ProjectService.open(project, create=True):
            pass
    results = _start_together(project, 4, create=create)
    owners = [r for r in results if r["owner"]]
    assert len(owners) == 1, results
    for refused in (r for r in results if not r["owner"]):
        assert refused["kind"] == "ProjectLockedError", refused
        assert "already open in another window" in str(refused["message"]), refused
    assert integrity_check(project) == "ok"
    with ProjectService.open(project) as service:
        assert service.store.setting("owner")
