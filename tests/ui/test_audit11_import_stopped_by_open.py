"""Audit round 11: an import stopped by opening another project is said for what it was.

Opening another project (File > Open, a recent project, a project dropped on the window)
while an import ran cancelled the import, as it should, but its last words were said over the
next project: 'Imported 2 articles, 22 cancelled.' in the status bar of the project just
opened, read as an import into it, and nothing named the project the 22 files had been meant
for. The window also began reading the project being closed again (its facts, for the import's
end). Now the status bar says, once the next project is open: 'The import into
Bridges.factlane stopped when it was closed: 2 articles imported, 22 files not read. Open it
and import those again ...', and nothing more is read from the closed project. The stories
are invented.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_audit11_busy_save_as import _stories
from tests.ui.test_review import open_at


def test_opening_another_project_mid_import_says_what_became_of_the_import(
    make_window, qtbot, tmp_path: Path, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService

    bridges = tmp_path / "Bridges.factlane"
    window = open_at(make_window, qtbot, bridges, 1280, 800)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    paths = _stories(tmp_path)
    dialog = window.import_paths(paths)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: window.articles_panel.model.rowCount() >= 1, timeout=60000)
    assert window.open_project(demo_project)
    QApplication.processEvents()
    outcomes = window.last_import
    imported = sum(o.status == "imported" for o in outcomes)
    skipped = sum(o.status == "cancelled" for o in outcomes)
    assert imported >= 1 and skipped >= 1 and imported + skipped == len(paths)
    # no 'Imported N articles' said over the project opened next
    assert not [m for m in said if m.startswith("Imported")], said
    message = window.statusBar().currentMessage()
    assert message.startswith("The import into Bridges.factlane stopped when it was closed")
    assert f"{imported} article" in message and f"{skipped} files not read" in message
    assert window.project is not None and window.project.path == demo_project
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    window.close_project()
    # what was imported is in the project it was meant for, and nothing else
    with ProjectService.open(bridges) as project:
        assert len(project.articles()) == imported
    # the next close or open says nothing of it again
    said.clear()
    assert window.open_project(bridges)
    assert not [m for m in said if "stopped when it was closed" in m], said


def test_an_import_that_ends_before_the_project_is_closed_is_said_as_before(
    make_window, qtbot, tmp_path: Path, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Bridges.factlane", 1280, 800)
    paths = _stories(tmp_path, rounds=1)
    dialog = window.import_paths(paths)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    assert window.statusBar().currentMessage().startswith(f"Imported {len(paths)} articles")
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    assert window.open_project(demo_project)
    assert "stopped when it was closed" not in window.statusBar().currentMessage()
