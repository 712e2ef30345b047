"""UI round 49 (1): a project the window cannot open says why, in its box and, for a scripted
run, on stderr.

`launch` printed a bare "factlane: cannot open PATH" whenever the window failed to open a
project (one that had passed app.py's check before any window: changed or taken meanwhile,
or refused only by the open for writing). The box said the reason; the line did not.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.project import ProjectService
from tests.conftest import REPO

LAUNCHED = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import launch

app = QApplication(["factlane"])
print(launch(app, Path(sys.argv[1]), screenshot=Path(sys.argv[2]), size=(1024, 640)))
"""


def _box_text(window: Any) -> str:
    box = window.error_box
    assert isinstance(box, QMessageBox)
    return box.text()


def test_the_box_and_open_refusal_carry_the_services_reason(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    later = tmp_path / "Later.factlane"
    ProjectService.open(later, create=True).close()
    con = sqlite3.connect(later)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.open_refusal is None
    assert not window.open_project(later)
    assert window.open_refusal is not None
    assert "newer version of Factlane" in window.open_refusal
    assert window.open_refusal in _box_text(window)
    window.error_box.close()
    QApplication.processEvents()
    # A project that opens clears the last refusal.
    good = tmp_path / "Good.factlane"
    ProjectService.open(good, create=True).close()
    assert window.open_project(good)
    assert window.open_refusal is None


def test_a_scripted_run_prints_the_reason_the_window_was_given(tmp_path: Path) -> None:
    # launch is given the file straight (no check before the window, as when the file was
    # replaced after app.py's): the window refuses it, and its reason is on the line.
    notes = tmp_path / "Notes.factlane"
    notes.write_text("call the harbour master back\n", encoding="utf-8")
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHED, str(notes), str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    assert done.stdout.split() == ["3"], done.stderr[-2000:]
    [line] = [x for x in done.stderr.splitlines() if x.startswith("factlane: cannot open")]
    assert line.startswith(f"factlane: cannot open {notes}: ")
    assert "is not a Factlane project" in line
    assert not shot.exists()
