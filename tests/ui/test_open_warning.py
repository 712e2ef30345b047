"""A project file that warns as it opens (a copy made while a Factlane had it open, without the
log beside it) says so in the window too, not only on the command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain import DateRange
from desktop.services.project import ProjectService
from tests.storage.test_audit7_files import CRASH_AFTER_EDITS
from tests.ui.test_review import wait_loaded


def _crashed_copy(tmp_path: Path) -> Path:
    original = tmp_path / "site" / "Harbour.factlane"
    original.parent.mkdir()
    with ProjectService.open(original, create=True) as service:
        for day in range(12):
            when = date(2025, 4, 1 + day)
            service.add_manual_fact(
                f"Day {day}: the harbour authority inspected the sea wall again.",
                DateRange(when.isoformat(), when, when, "day"),
            )
    subprocess.run([sys.executable, "-c", CRASH_AFTER_EDITS, str(original)], timeout=120)
    assert original.with_name(original.name + "-wal").stat().st_size > 32
    copy = tmp_path / "stick" / "Harbour.factlane"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)  # the log stays behind in site/
    return copy


def _warning_boxes(window: Any) -> list[QMessageBox]:
    return [
        box
        for box in window.findChildren(QMessageBox)
        if box.objectName() == "openWarning" and box.isVisible()
    ]


def test_a_copy_left_without_its_log_warns_in_the_window(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    copy = _crashed_copy(tmp_path)
    window = make_window()
    assert window.open_project(copy)
    wait_loaded(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(_warning_boxes(window)), timeout=5000)
    (box,) = _warning_boxes(window)
    assert "Harbour.factlane-wal" in box.text() and "may be missing" in box.text()
    # on this window only: other windows and the work in the background are not held up
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert "may be missing" in window.statusBar().currentMessage()
    # the project opened whole behind the box: the facts are there
    assert window.project is not None and len(window.project.facts()) == 12
    box.accept()
    qtbot.waitUntil(lambda: not _warning_boxes(window))


def test_a_project_closed_properly_opens_without_a_warning(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    project = tmp_path / "Quiet.factlane"
    with ProjectService.open(project, create=True) as service:
        service.add_manual_fact(
            "The ferry timetable changed.",
            DateRange("2025-04-02", date(2025, 4, 2), date(2025, 4, 2), "day"),
        )
    window = make_window()
    assert window.open_project(project)
    wait_loaded(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert _warning_boxes(window) == []
