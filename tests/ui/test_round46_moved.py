"""Round 46 (1): a project moved, renamed or deleted while its window has it open.

The services refuse every change then (ProjectMovedError), and keep a recovered copy of a
deleted file. The window says so in one box that offers a way on, instead of a trace printed
by Qt and an edit that seems to have been made; what fails after the project was closed is
shown to nobody.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain import DateRange
from desktop.services.project import ProjectClosedError, ProjectService
from desktop.storage.project import ProjectMovedError
from tests.ui.test_review import wait_loaded


def _project(folder: Path, name: str = "Quarry.factlane") -> Path:
    path = folder / name
    with ProjectService.open(path, create=True) as service:
        for day in range(4):
            when = date(2025, 6, 2 + day)
            service.add_manual_fact(
                f"Day {day}: crews at the Venn quarry dug for the trapped miners.",
                DateRange(when.isoformat(), when, when, "day"),
            )
    return path


def _open(make_window: Any, qtbot: Any, path: Path) -> Any:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(path)
    wait_loaded(qtbot, window)
    return window


def _boxes(window: Any, name: str = "projectMovedBox") -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]


def _button(box: QMessageBox, words: str) -> Any:
    (found,) = [b for b in box.buttons() if b.text().replace("&", "") == words]
    return found


def _first_fact(window: Any) -> int:
    return min(f.id for f in window.project.facts())


def _status(path: Path, fact_id: int) -> str:
    with ProjectService.open(path) as service:
        return service.fact(fact_id).status


def test_an_edit_after_the_file_was_deleted_offers_the_recovered_copy(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    fact = _first_fact(window)
    window.workspace.set_status([fact], "confirmed")
    assert window.undo_stack.count() == 1
    path.unlink()
    window.workspace.set_status([fact], "rejected")
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=5000)
    (box,) = _boxes(window)
    [recovered] = tmp_path.glob("Quarry (recovered *).factlane")
    assert box.text() == "Quarry.factlane is no longer where it was opened."
    assert "the change was not saved" in box.informativeText()
    assert recovered.name in box.informativeText()
    # the refused change is not on the undo stack as if it had been made
    assert window.undo_stack.count() == 1
    assert "Not saved" in window.statusBar().currentMessage()
    # a second refused change while the box is up makes no second box
    window.workspace.set_note(fact, "seen by the site manager")
    # several facts at once (one macro on the undo stack): no empty step is left behind
    window.workspace.set_status(window.facts_panel.model.fact_ids(), "rejected")
    QApplication.processEvents()
    assert len(_boxes(window)) == 1
    assert window.undo_stack.count() == 1
    open_copy = _button(box, "Open Recovered Copy")
    assert box.defaultButton() is open_copy
    open_copy.click()
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == recovered)
    wait_loaded(qtbot, window)
    # the copy holds what was saved before the file went: the first verdict
    assert window.project.fact(fact).status == "confirmed"
    window.workspace.set_status([fact], "rejected")
    assert window.project.fact(fact).status == "rejected"
    assert not _boxes(window)


def test_an_edit_after_the_file_was_renamed_offers_save_as(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    fact = _first_fact(window)
    window.workspace.set_note(fact, "rescue teams from two towns")
    before = window.project.fact(fact).status
    moved = tmp_path / "Quarry old.factlane"
    os.rename(path, moved)
    window.workspace.set_status([fact], "confirmed")
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=5000)
    (box,) = _boxes(window)
    assert "moved or renamed" in box.informativeText()
    assert "where it is now" in box.informativeText()
    words = {b.text().replace("&", "") for b in box.buttons()}
    assert words == {"Save As…", "Open Project…", "Not Now"}
    # no recovered copy is made of a file that is still somewhere
    assert not list(tmp_path.glob("Quarry (recovered *).factlane"))
    target = tmp_path / "Quarry kept.factlane"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _button(box, "Save As…").click()
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == target)
    wait_loaded(qtbot, window)
    assert window.project.fact(fact).note == "rescue teams from two towns"
    assert window.project.fact(fact).status == before  # the refused verdict was never made
    window.workspace.set_status([fact], "confirmed")
    assert _status(moved, fact) == before
    window.close_project()
    assert _status(target, fact) == "confirmed"


def test_an_undo_after_the_file_was_deleted_says_so_and_leaves_the_stack(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    fact = _first_fact(window)
    window.workspace.set_status([fact], "confirmed")
    path.unlink()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=5000)
    [recovered] = tmp_path.glob("Quarry (recovered *).factlane")
    assert _status(recovered, fact) == "confirmed"
    assert not window.undo_stack.canUndo()
    (box,) = _boxes(window)
    _button(box, "Not Now").click()
    qtbot.waitUntil(lambda: not _boxes(window))
    # the window goes on showing the project, read-only now: the banner says why and offers
    # the recovered copy; a change is refused before it is tried, with no second box
    banner = window.read_only_banner
    assert banner.isVisible() and "moved, renamed or deleted" in banner.title.text()
    assert banner.retry_button.isVisible()
    assert banner.retry_button.text().replace("&", "") == "Open Recovered Copy"
    assert window.is_read_only() and not window.import_action.isEnabled()
    assert not window.facts_panel.confirm_action.isEnabled()
    assert not window.conflicts_panel.confirm_button.isEnabled()
    assert not window.conflicts_panel.dismiss_button.isEnabled()
    window.workspace.set_status([fact], "rejected")
    QApplication.processEvents()
    assert not _boxes(window)
    assert "no longer where it was opened" in window.statusBar().currentMessage()
    assert len(list(tmp_path.glob("Quarry (recovered *).factlane"))) == 1
    banner.retry_button.click()
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == recovered)
    wait_loaded(qtbot, window)
    assert not banner.isVisible() and not window.is_read_only()


def test_an_import_into_a_renamed_project_gets_the_same_box(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    story = tmp_path / "venn.txt"
    story.write_text(
        "Venn quarry rescue goes on\n\nVenn, June 6, 2025 - Rescuers reached 12 of the "
        "miners trapped at the Venn quarry on Friday, the regional fire service said.\n",
        encoding="utf-8",
    )
    os.rename(path, tmp_path / "Elsewhere.factlane")
    dialog = window.import_paths([story])
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    assert not [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert "Import failed" not in window.statusBar().currentMessage()


def test_what_fails_after_the_window_closed_is_not_shown(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    fact = _first_fact(window)
    elsewhere = ProjectService.open(_project(tmp_path, "Other.factlane"))
    elsewhere.close()
    window.close()
    assert window.project is None
    told: list[str] = []

    def late_write(_ctx: Any) -> None:
        elsewhere.set_fact_status(fact, "confirmed")  # its store was closed

    def late_moved(_ctx: Any) -> None:
        raise ProjectMovedError("Quarry.factlane was moved or renamed while it was open")

    errors = []
    for work in (late_write, late_moved):
        task = window.runner.run("late", work, on_error=told.append)
        qtbot.waitUntil(lambda task=task: not task.running, timeout=10000)
        errors.append(type(task.error))
    QApplication.processEvents()
    assert errors == [ProjectClosedError, ProjectMovedError]
    assert told == []
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    # any other failure of background work still reaches its own handler
    task = window.runner.run("other", lambda _ctx: 1 / 0, on_error=told.append)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert told == ["division by zero"]


def test_a_read_of_a_deleted_project_that_nothing_caught_gets_the_box(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A click that reads the project after its file was deleted: the error leaves a Qt
    slot, and the app's hook (route_project_errors) hands it to the window."""
    from desktop.ui.main_window import project_error_handled

    path = _project(tmp_path)
    window = _open(make_window, qtbot, path)
    fact = _first_fact(window)
    path.unlink()
    with pytest.raises(ProjectMovedError) as raised:
        window.project.fact(fact)
    assert project_error_handled(raised.value)
    (box,) = _boxes(window)
    assert "cannot be read here any more" in box.informativeText()
    assert not project_error_handled(ProjectMovedError("Another.factlane was moved"))
    assert not project_error_handled(ValueError("Quarry.factlane"))
    assert project_error_handled(ProjectClosedError("Quarry.factlane was closed"))
    assert len(_boxes(window)) == 1
