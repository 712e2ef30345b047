"""Round 15: round 14's leftovers (the filter bar at 1024 pixels, lanes sorted and filtered
under the current filter) and a newcomer's first hour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.entry import DateEntryDialog
from tests.ui.test_review import open_at


def test_the_filter_bar_moves_what_does_not_fit_into_a_menu_at_1024(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    bar = window.filter_bar
    # A project with undated facts says so at the row's end: the longest row there is.
    bar.set_note("11 undated not shown", "11 undated")
    window.main_splitter.setSizes([276, 748])
    QApplication.processEvents()
    assert bar.width() <= 760
    shown = [w for w in bar.findChildren(type(window.go_button)) if w.isVisible()]
    for widget in [window.find_edit, window.source_combo, window.status_combo, *shown]:
        if widget is window.find_edit:
            continue  # a search box may be narrower than it asks
        assert widget.width() >= widget.sizeHint().width(), widget.text()
        assert widget.geometry().right() <= bar.width()
    # What left the row is one click away, in the » menu, and works from there.
    folded = bar.folded()
    assert folded, "at 748 pixels the row cannot hold every button"
    assert bar.more_button.isVisible()
    texts = [a.text() for a in bar.more_menu.actions()]
    assert "Go to Date…" in texts
    if window.timeline_info.isHidden():
        assert "11 undated not shown" in texts
    else:
        assert window.timeline_info.width() >= window.timeline_info.sizeHint().width()
    go = next(a for a in bar.more_menu.actions() if a.text() == "Go to Date…")
    go.trigger()
    dialogs = [d for d in window.findChildren(DateEntryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    # Wide again, everything is back in the row and the » button goes.
    window.resize(1600, 900)
    window.main_splitter.setSizes([300, 1300])
    QApplication.processEvents()
    assert not bar.folded()
    assert not bar.more_button.isVisible()
    assert window.timeline_info.text() == "11 undated not shown"
