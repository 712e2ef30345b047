"""Round 46 (4): a status message the project's counts leave no room for is not cut.

At 1366x768 (the seeds imported, one article undated) confirming a pair said "Pair confirmed:
about 11,000 deployed — The Week against 12,000 deployed — Eastbank Review (sample), 14 Jan
2025. Edit > Un" and the counts beside it took the rest: the way to take the decision back was
lost. The demo project at 1280x800 cuts it the same way. The counts step aside while such a
message shows (the panes say them too) and come back when it goes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at


def _message_fits(window: Any) -> bool:
    bar = window.statusBar()
    message = bar.currentMessage()
    room = bar.width() - (window.counts_label.width() if window.counts_label.isVisible() else 0)
    return bar.fontMetrics().horizontalAdvance(message) < room - 20


def _confirm_a_pair(window: Any, qtbot: Any) -> str:
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=15000)
    assert window.counts_label.isVisible()
    panel.confirm_button.click()
    qtbot.waitUntil(lambda: "confirmed" in window.statusBar().currentMessage(), timeout=5000)
    QApplication.processEvents()
    return str(window.statusBar().currentMessage())


def test_a_decision_message_is_read_whole_at_1280_and_1366(
    make_window: Any, qtbot: Any, demo_master: Path, tmp_path: Path
) -> None:
    for width, height in ((1280, 800), (1366, 768)):
        project = tmp_path / f"Demo {width}.factlane"
        shutil.copyfile(demo_master, project)
        window = open_at(make_window, qtbot, project, width, height)
        message = _confirm_a_pair(window, qtbot)
        assert message.endswith("Edit > Undo puts it back.")
        # whole: beside the counts when there is room, else in their place
        assert _message_fits(window), (width, message)
        window.statusBar().clearMessage()
        assert window.counts_label.isVisible()
        assert "contradiction" in window.counts_label.text()
        window.close()


def test_the_counts_step_aside_only_for_a_message_they_leave_no_room_for(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    bar = window.statusBar()
    bar.showMessage("Pair confirmed. Edit > Undo puts it back.", 5000)
    assert window.counts_label.isVisible()
    assert _message_fits(window)
    words = "Pair confirmed: about 11,000 deployed — The Week against 12,000 deployed — "
    long = words * 2 + "Edit > Undo puts it back."
    assert bar.fontMetrics().horizontalAdvance(long) < bar.width() - 40
    bar.showMessage(long, 5000)
    assert not window.counts_label.isVisible()
    assert _message_fits(window)
    bar.showMessage("Fact confirmed.", 5000)
    assert window.counts_label.isVisible()
    bar.clearMessage()
    assert window.counts_label.isVisible()
