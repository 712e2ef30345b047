"""Round 18: round 17's leftovers (the undated note, the articles heading, tag: on figures, a
key for the next open pair, opening a big project) and accessibility."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.models.facts import COL_TEXT, CONFLICT_WORDS
from desktop.ui.models.figures import FigureRecordRole
from tests.ui.test_review import open_at
from tests.ui.test_round16 import FERRY, _import


def _undated_window(make_window, qtbot, demo_project: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY)
    _import(window, qtbot, article)
    return window, window.last_import[0].article_id


def test_a_click_on_the_undated_note_starts_dating_the_articles(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, article_id = _undated_window(make_window, qtbot, demo_project, tmp_path)
    note = window.filter_bar.note
    assert note.isVisible() and "1 undated" in note.text()
    # Named and described for a screen reader, and reached with Tab.
    assert note.accessibleName() and "F8" in note.accessibleDescription()
    assert note.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Read something else first: the click goes to the article that needs a date.
    dated = next(a for a in window.articles_panel.model.rows if not a.needs_date)
    window.articles_panel.select_article(dated.id, emit=True)
    window.facts_panel.table.setFocus()
    QTest.mouseClick(note, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.articles_panel.current_article() == article_id
    assert window.focusWidget() is window.reader.published_edit
    # Folded into the » menu on a narrow row, it does the same from there.
    window.articles_panel.select_article(dated.id, emit=True)
    bar = window.filter_bar
    bar._fit(200)  # as a row too narrow for anything but the search would
    assert note.isHidden()
    action = next(a for a in bar.more_menu.actions() if "undated" in a.text())
    assert action.isEnabled()
    action.trigger()
    QApplication.processEvents()
    assert window.articles_panel.current_article() == article_id


def test_the_articles_heading_is_said_as_fully_as_the_panel_allows(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, _article_id = _undated_window(make_window, qtbot, demo_project, tmp_path)
    panel = window.articles_panel
    title = panel.title
    font = QFont(title.font())
    font.setBold(True)
    fm = QFontMetrics(font)
    for width in (400, 262, 200, 150):
        window.main_splitter.setSizes([width, 1440 - width])
        QApplication.processEvents()
        margins = title.contentsMargins()
        room = title.width() - margins.left() - margins.right()
        assert fm.horizontalAdvance(title.text()) <= room, (width, title.text())
        assert "undated" in title.text() or "need a date" in title.text()
        # The whole sentence is always there for the tooltip and a screen reader.
        assert "1 need a date" in title.toolTip() and title.accessibleName() == title.toolTip()
        # The heading never holds the panel wider than the splitter gave it.
        assert panel.width() <= width + 1
    window.main_splitter.setSizes([400, 1040])
    QApplication.processEvents()
    assert "need a date" in title.text()


def test_tag_keeps_the_figures_and_conflicts_in_facts_tagged_so(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    figures = window.figures_panel
    rows = figures.model.rows
    facts = window.facts_panel.model.all_facts()
    # A fact whose sentence holds a figure, tagged by the analyst.
    holder = next(
        (f, r)
        for r in rows
        for f in facts
        if f.article is not None
        and f.article.id == r.article.id
        and f.start <= r.figure.start
        and r.figure.end <= f.end
    )
    fact, record = holder
    window.project.set_fact_tags(fact.id, ["checked-r18"])
    window.load_details()
    qtbot.waitUntil(window.facts_loaded, timeout=20000)
    window.find_edit.setText("tag:checked-r18")
    window._filters_changed()
    window.tabs.setCurrentWidget(figures)
    QApplication.processEvents()
    shown = [
        figures.proxy.index(r, 0).data(FigureRecordRole) for r in range(figures.proxy.rowCount())
    ]
    assert record.id in {r.id for r in shown}
    assert 0 < len(shown) < len(rows)
    for r in shown:
        assert r.article.id == fact.article.id
        assert fact.start <= r.figure.start and r.figure.end <= fact.end
    # "-tag:" (no tag) keeps the rest, and the search's help says how figures are read.
    window.find_edit.setText("-tag:checked-r18")
    window._filters_changed()
    QApplication.processEvents()
    assert figures.proxy.rowCount() == len(rows) - len(shown)
    assert "tag: keeps the figures in facts tagged so" in window.find_edit.toolTip()


def test_f9_steps_through_the_contradictions_nobody_has_decided(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.facts_panel.table.setFocus()
    panel = window.conflicts_panel
    model = panel.groups_model
    pending = [
        (g.key, p.a, p.b)
        for g in (model.group_at(r) for r in range(model.rowCount()))
        for p in model.pairs_of(g.key)
        if p.relation == "contradiction" and p.decision is None
    ]
    assert len(pending) >= 2
    n = len(pending)

    def where() -> tuple[str, int, int]:
        group, pair = panel.current_group(), panel.current_pair()
        assert group is not None and pair is not None
        return (group.key, pair.a, pair.b)

    seen = []
    for _ in range(n):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F9)
        QApplication.processEvents()
        seen.append(where())
    assert window.tabs.currentWidget() is panel
    assert window.focusWidget() is panel.pairs
    # Each once, in the list's order, wrapping round.
    assert sorted(seen) == sorted(pending)
    for a, b in pairwise(seen):
        assert pending.index(b) == (pending.index(a) + 1) % n
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert where() == seen[-2]
    # A decided pair is stepped over.
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F9)
    first = panel.current_pair()
    QTest.keyClick(
        window.focusWidget(),
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    QApplication.processEvents()
    for _ in range(len(pending) + 1):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F9)
        QApplication.processEvents()
        assert (panel.current_pair().a, panel.current_pair().b) != (first.a, first.b)


def test_the_project_code_is_loaded_while_the_window_waits() -> None:
    # A fresh interpreter: the window, once shown, loads the project layer in the background
    # so that the first File > Open does not pay for SQLAlchemy's import.
    script = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.ui.main_window import MainWindow\n"
        "assert 'desktop.services.project' not in sys.modules\n"
        "w = MainWindow(); w.show()\n"
        "end = time.time() + 60\n"
        "while 'sqlalchemy.orm' not in sys.modules and time.time() < end:\n"
        "    app.processEvents(); time.sleep(0.02)\n"
        "time.sleep(0.5)\n"
        "print('loaded' if 'desktop.services.project' in sys.modules else 'not loaded')\n"
        "w.close()\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(root)},
    )
    assert out.returncode == 0, out.stderr
    assert "loaded" in out.stdout and "not loaded" not in out.stdout


# -- accessibility ---------------------------------------------------------------------------


def _grab(widget) -> QImage:  # type: ignore[no-untyped-def]
    return widget.grab().toImage()


def test_a_tool_button_with_the_keyboard_on_it_shows_a_ring(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QToolBar, QToolButton, QVBoxLayout, QWidget

    from desktop.ui.style import style_sheet

    # A toolbar's button as the panes build theirs, beside a field to come from. (In the main
    # window which buttons are shown depends on the panes' widths: a button near a toolbar's
    # end folds behind its », and another test's window may still be active.)
    host = QWidget()
    qtbot.addWidget(host)
    field = QLineEdit(host)
    bar = QToolBar(host)
    action = QAction("Add fact…", bar)
    bar.addAction(action)
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(bar)
    QApplication.instance().setStyleSheet(style_sheet())  # type: ignore[union-attr]
    try:
        host.resize(300, 120)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton) and button.isVisible()
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=5000)
        QApplication.processEvents()
        before = _grab(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus, timeout=5000)

        def edge_changed() -> int:
            # The ring is on the button's edge: the top row and the left column change.
            after = _grab(button)
            top = sum(1 for x in range(after.width()) if before.pixel(x, 0) != after.pixel(x, 0))
            left = sum(1 for y in range(after.height()) if before.pixel(0, y) != after.pixel(0, y))
            return min(top * 2 // max(after.width(), 1), left * 2 // max(after.height(), 1))

        # The repaint after a focus change is queued, and a loaded machine may run it later.
        qtbot.waitUntil(lambda: edge_changed() >= 1, timeout=5000)
        # Without the style sheet's rule there is no ring: the test can fail.
        QApplication.instance().setStyleSheet(  # type: ignore[union-attr]
            style_sheet().replace("QToolButton:focus", "QToolButton:disabled:focus")
        )
        QApplication.processEvents()
        field.setFocus()
        QApplication.processEvents()
        before = _grab(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert edge_changed() == 0
    finally:
        QApplication.instance().setStyleSheet("")  # type: ignore[union-attr]


def test_a_conflict_is_marked_by_shape_and_words_not_colour_alone(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    model = window.facts_panel.model
    row = next(r for r in range(model.rowCount()) if model.fact_at(r).has_conflict)
    index = model.index(row, COL_TEXT)
    marker = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(marker, QIcon)
    image = marker.pixmap(16, 16).toImage()
    # A triangle: the top row is mostly empty where a square swatch would be full, and the
    # "!" is drawn in white inside it.
    top = [image.pixelColor(x, 1).alpha() for x in range(16)]
    assert sum(1 for a in top if a > 0) <= 4
    assert any(
        image.pixelColor(8, y).lightness() > 200 and image.pixelColor(8, y).alpha() > 200
        for y in range(5, 11)
    )
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(CONFLICT_WORDS)
    clean = next(r for r in range(model.rowCount()) if not model.fact_at(r).has_conflict)
    assert CONFLICT_WORDS not in model.index(clean, COL_TEXT).data(
        Qt.ItemDataRole.AccessibleTextRole
    )


def test_the_timeline_announces_the_fact_reached_by_keys(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    timeline = window.timeline
    timeline.setFocus()
    QApplication.processEvents()
    assert timeline.hasFocus()
    heard = []
    for _ in range(3):
        QTest.keyClick(timeline, Qt.Key.Key_Tab)  # the timeline's own: the next fact
        QApplication.processEvents()
        heard.append(timeline.last_announcement)
    assert all(heard) and len(set(heard)) == 3
    fact = window.facts_panel.model.fact(timeline.selected_fact())
    assert fact is not None and fact.text[:30] in heard[-1]
    assert heard[-1] in timeline.accessibleDescription()


def test_the_facts_table_fills_before_the_figures_and_conflicts_are_read(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    model = window.facts_panel.model
    seen: list[tuple[int, bool, int]] = []
    model.modelReset.connect(
        lambda: seen.append(
            (model.rowCount(), window._loading is not None, len(window.figures_panel.model.rows))
        )
    )
    assert window.open_project(demo_project)
    qtbot.waitUntil(window.facts_loaded, timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    filled = [s for s in seen if s[0] > 0]
    # The rows came while the read was still under way, before any figure...
    assert filled and filled[0][1] and filled[0][2] == 0
    # ...and were not put in a second time when the rest landed.
    assert len(filled) == 1
    assert window.figures_panel.model.rows and window.conflicts_panel.groups_model.rowCount()
    assert model.rowCount() == len(window.project.facts())
