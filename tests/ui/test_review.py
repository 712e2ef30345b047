"""What an analyst saw going wrong when looking at the window: cramped panes, clipped or
overlapping controls, dialogs that lost what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def wait_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.facts_loaded, timeout=15000)


def open_at(make_window, qtbot, project: Path, width: int, height: int):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(width, height)
    window.show()
    assert window.open_project(project)
    wait_loaded(qtbot, window)
    qtbot.wait(50)
    QApplication.processEvents()
    return window


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def test_a_1024_wide_screen_keeps_the_article_titles_readable(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Six buttons in one row under the conflicts made the window wider than 1024 pixels, and
    the articles list at the side was squeezed to a 70-pixel sliver."""
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
    assert window.articles_panel.width() >= 180


def test_conflict_buttons_wrap_without_overlapping_when_the_tab_is_narrow(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 700)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 8
    rects = [rect_in(b, panel) for b in buttons]
    inside = panel.rect()
    for b, r in zip(buttons, rects, strict=True):
        assert inside.contains(r), f"{b.text()} is cut off at {r} in {inside}"
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)
    # Nor are they drawn over the sentences or the tables above them.
    for other in (panel.pairs, panel.groups, panel.left_card, panel.relation_label):
        o = rect_in(other, panel)
        assert not any(o.intersects(r) for r in rects), other.objectName()
