"""UI round 56: what the session's new menus, dialogs and background steps looked like on the
demo and on a project of every development pack (rendered offscreen at 1366x768 and 1920x1080).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMenu

from desktop.ui.workers import TaskContext
from tests.ui.test_review import open_at


def _menus(menu: QMenu, path: str, out: dict[str, list[str]]) -> None:
    menu.aboutToShow.emit()
    texts = out.setdefault(path, [])
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        texts.append(action.text())
        sub = action.menu()
        if sub is not None and not path.endswith("Recent"):
            _menus(sub, f"{path} > {action.text()}", out)


def _key(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text) - 1 else None


def test_no_two_items_of_a_menu_share_their_underlined_key(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """View had Fit &Every Fact and Lanes by &Entity: Alt+V, E went to the first, and the
    lanes by entity could not be reached by its letter."""
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    menus: dict[str, list[str]] = {"": [a.text() for a in window.menuBar().actions()]}
    for action in window.menuBar().actions():
        if action.menu() is not None:
            _menus(action.menu(), action.text(), menus)
    assert len(menus) >= 8
    for path, texts in menus.items():
        keys = [_key(t) for t in texts]
        clashes = sorted({k for k in keys if k is not None and keys.count(k) > 1})
        assert not clashes, f"{path or 'menu bar'}: {clashes} in {texts}"
        if not path.endswith("Recent"):
            assert None not in keys, f"{path or 'menu bar'}: an item has no key: {texts}"
    view = menus["&View"]
    assert "Fit E&very Fact" in view and "Lanes by &Entity" in view


def _said_beside_the_bar(window) -> str:  # type: ignore[no-untyped-def]
    """What the status bar's progress says: the bar's own text, or a label shown beside it."""
    words = [window.progress.text()] if window.progress.isVisible() else []
    for label in window.statusBar().findChildren(QLabel):
        if label.isVisible() and label is not window.counts_label:
            words.append(label.text())
    return " ".join(w for w in words if w)


def test_a_step_with_no_count_yet_says_what_runs(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Putting back 234 removed articles (one transaction, no count to show) drew a bare busy
    bar: Qt draws no text in a busy bar, so its 'Putting back 234 articles' never showed, nor
    'Cancelling…' after Cancel; the status line still said 'Removed 234 articles'."""
    window = open_at(make_window, qtbot, tmp_path / "Busy.factlane", 1366, 768)
    counted = threading.Event()
    go = threading.Event()

    def run(ctx: TaskContext) -> None:
        counted.wait(10)
        ctx.report(3, 10, "articles read")
        go.wait(10)

    window.runner.run("Putting back 234 articles", run)
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)
    assert "Putting back 234 articles" in _said_beside_the_bar(window)
    counted.set()
    qtbot.waitUntil(lambda: "3/10 articles read" in _said_beside_the_bar(window), timeout=5000)
    # once a count shows, the bar says it and no second line repeats the step
    assert "Putting back" not in _said_beside_the_bar(window)
    window.cancel_tasks()
    assert "Cancelling…" in _said_beside_the_bar(window)
    go.set()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    assert _said_beside_the_bar(window) == ""
