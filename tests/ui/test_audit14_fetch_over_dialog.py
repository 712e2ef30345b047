"""Audit round 14: a page fetched in the background while the analyst works in the import
dialog. Before: when the fetch (File > Import from Web Address, a link dropped, a copied
address pasted) landed, the window closed the import dialog the analyst had open, with what
they had typed in it, and opened the fetched page's instead. Now the fetched page's dialog
waits until the open one is closed, and the status bar says so.

The page comes from a site on 127.0.0.1 (tests/services/test_audit14_hostile_sites.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.services.test_audit14_hostile_sites import hostile  # noqa: F401
from tests.ui.test_review import open_at


def test_a_fetched_page_waits_for_the_open_import_dialog(
    make_window,
    qtbot,
    tmp_path: Path,
    hostile: tuple,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    host, _ = hostile
    window = open_at(make_window, qtbot, tmp_path / "Ferry.factlane", 1280, 800)
    story = tmp_path / "council.txt"
    story.write_text(
        "Tarrowby council met on 3 February 2031 and agreed to spend 1.2 million pounds.\n",
        encoding="utf-8",
    )
    first = window.import_paths([story])
    assert first is not None
    first.field_edits["title"].setText("Council agrees quay budget")
    window.import_addresses([f"http://{host}/news/story"])
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    QApplication.processEvents()
    # the analyst's dialog is still open, with what they typed
    assert window.import_dialog is first and first.isVisible()
    assert first.field_edits["title"].text() == "Council agrees quay budget"
    assert "import dialog" in window.statusBar().currentMessage()
    first.reject()
    qtbot.waitUntil(
        lambda: window.import_dialog is not None and window.import_dialog is not first,
        timeout=10000,
    )
    (entry,) = window.import_dialog.entries()
    assert entry.name == f"http://{host}/news/story"
