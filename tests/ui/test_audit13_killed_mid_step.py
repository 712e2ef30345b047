"""Audit round 13: the app killed while it puts many articles back or removes them again.

Undo of a removal of many articles puts them back off the GUI thread in one transaction, and
Redo removes them again a batch at a time (test_audit13_undo_many). Here the desktop app, in
a child process, is killed (SIGKILL) after each step it said done, in the middle of putting
them back, and in the middle of removing them again. Opened again, the project holds what the
last step said done; a restore cut short left nothing half back; a removal cut short left the
batches it finished removed and every other article whole, with its facts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage.project import integrity_check
from desktop.storage.store import ProjectStore
from desktop.ui.workspace import STEP_AT_ONCE
from tests.conftest import REPO
from tests.storage.test_store import _add
from tests.ui.test_audit12_remove_many import MANY

CHILD = r"""
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
app = QApplication([])
QCoreApplication.setOrganizationName("FactlaneKilled13")
QCoreApplication.setApplicationName("FactlaneKilled13")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desktop.ui.main_window import MainWindow
mode = sys.argv[3]

def idle():
    for _ in range(5):
        app.processEvents()
    while window.runner.busy():
        app.processEvents()
        window.runner.wait(50)
    app.processEvents()

def said(step):
    print("done", step, len(window.project.articles()), flush=True)

def kill_at(table, verb, nth):
    seen = [0]
    def look(conn, cursor, statement, parameters, context, executemany):
        words = statement.split()
        if words[0] == verb and table in words[:4]:
            seen[0] += 1
            if seen[0] == nth:
                print("killed", flush=True)
                os.kill(os.getpid(), 9)
    event.listen(window.project.store.engine, "before_cursor_execute", look)

window = MainWindow()
window.resize(1280, 800)
window.show()
assert window.open_project(Path(sys.argv[1]))
idle()
window.articles_panel.select_articles([a.id for a in window.project.articles()])
window.confirm_removal = lambda summaries: True
assert window.remove_chosen()
idle()
said("removed")
if mode == "restore":
    kill_at("fact", "INSERT", 1)
window.undo_action.trigger()
idle()
said("restored")
if mode == "again":
    kill_at("fact", "DELETE", 2)
window.redo_action.trigger()
idle()
said("removed-again")
window.undo_action.trigger()
idle()
said("restored-again")
os.kill(os.getpid(), 9)
"""


def _project(folder: Path) -> Path:
    path = folder / "Many.factlane"
    with ProjectStore.open(path, create=True) as store:
        for i in range(1, MANY + 1):
            _add(store, f"{i:064x}")
    return path


def _run(folder: Path, mode: str) -> tuple[Path, list[tuple[str, int]], str]:
    path = _project(folder)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(folder / "settings"), mode],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    steps = [
        (line.split()[1], int(line.split()[2]))
        for line in child.stdout.splitlines()
        if line.startswith("done")
    ]
    return path, steps, child.stdout


def _whole(path: Path) -> int:
    """The articles the project holds, each checked whole (its two facts and its figure)."""
    assert integrity_check(path) == "ok"
    with ProjectStore.open(path) as store:
        articles = store.articles()
        assert all(a.fact_count == 2 and a.figure_count == 1 for a in articles)
        assert len(store.facts()) == 2 * len(articles)
        assert len(store.figures()) == len(articles)
        return len(articles)


@pytest.mark.parametrize("mode", ["all", "restore", "again"])
def test_killed_after_or_during_a_step_of_many_articles(tmp_path: Path, mode: str) -> None:
    path, steps, out = _run(tmp_path, mode)
    if mode == "all":
        # every step said done stands: the last put them all back
        assert steps == [
            ("removed", 0),
            ("restored", MANY),
            ("removed-again", 0),
            ("restored-again", MANY),
        ], out
        assert _whole(path) == MANY
    elif mode == "restore":
        # killed while they were being put back: nothing is half back, the removal stands
        assert steps == [("removed", 0)] and "killed" in out, out
        assert _whole(path) == 0
    else:
        # killed in the second batch of the removal again: the first batch is out, the
        # rest whole
        assert steps == [("removed", 0), ("restored", MANY)] and "killed" in out, out
        assert _whole(path) == MANY - STEP_AT_ONCE
