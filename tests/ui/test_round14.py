"""Round 14: what a mature tool does that this one did not. Fit All frames the dense bulk and
counts far-off stragglers at the edges; Back and Forward between facts visited; export what
is shown (or everything); lanes that filter, fold and sort; the reader's caret selects its
fact from the keyboard."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui.timeline.data import TimelineData, TimelineItem, dense_days
from desktop.ui.timeline.paint import LANE_ARROW_W
from desktop.ui.timeline.view import TimelineView
from tests.ui.test_review import open_at


def _item(i: int, lane: str, d: date) -> TimelineItem:
    return TimelineItem(i, lane, d, d, f"fact {i}")


def _story_with_stragglers() -> list[TimelineItem]:
    start = date(2024, 3, 1)
    items = [_item(i, "AB"[i % 2], start + timedelta(days=(i * 7) % 240)) for i in range(200)]
    # A castle's founding, a mill's charter and a typo'd year: three facts far from the story.
    items.append(_item(900, "A", date(1215, 6, 1)))
    items.append(_item(901, "B", date(1530, 1, 1)))
    items.append(_item(902, "A", date(2230, 1, 1)))
    return items


def _shown_view(qtbot: QtBot, items: list[TimelineItem]) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 420)
    view.set_data(TimelineData(items))
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    view.repaint()
    return view


def test_fit_all_frames_the_dense_bulk_and_counts_the_stragglers_at_the_edges(
    qtbot: QtBot,
) -> None:
    view = _shown_view(qtbot, _story_with_stragglers())
    first, last = view.visible_range()
    assert date(2023, 6, 1) <= first <= date(2024, 3, 1), first
    assert date(2024, 10, 1) <= last <= date(2025, 6, 1), last
    assert view.beyond_edges() == (2, 1)
    # Said at the edges, and clicked: the nearest straggler comes into view.
    rects = view.edge_count_rects()
    earlier, later = rects.get(False), rects.get(True)
    assert earlier is not None and later is not None
    assert view.edge_count_at(earlier.center()) is False
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=earlier.center().toPoint())
    assert view.item_position(901) is not None
    view.fit_all()
    # Every fact, stragglers too, from the menu's Fit Every Fact (Shift+Home here).
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    first, last = view.visible_range()
    assert first <= date(1215, 6, 1) and last >= date(2230, 1, 1)
    assert view.beyond_edges() == (0, 0)


def test_a_story_without_stragglers_is_framed_whole() -> None:
    spread = [_item(i, "A", date(2020, 1, 1) + timedelta(days=9 * i)) for i in range(120)]
    days = dense_days(spread)
    assert days == (spread[0].start, spread[-1].end)
    # A month of background before a three-week story is near enough to show.
    story = [_item(i, "A", date(2025, 1, 1) + timedelta(days=i % 20)) for i in range(40)]
    story.append(TimelineItem(99, "A", date(2024, 11, 1), date(2024, 11, 30), "background"))
    days = dense_days(story)
    assert days is not None and days[0] <= date(2024, 11, 1).toordinal()


def test_a_fact_a_little_wider_than_the_bulk_shows_whole_and_brings_the_background() -> None:
    # A fortnight of days, "earlier this month" (the 1st to the 20th) among them, and two
    # months of background: the month-long fact belongs to the story, so the frame reaches
    # its first day, and then the background is near enough to show.
    story = [_item(i, "A", date(2025, 1, 6) + timedelta(days=i % 14)) for i in range(26)]
    story.append(TimelineItem(97, "A", date(2025, 1, 1), date(2025, 1, 20), "earlier"))
    story.append(TimelineItem(98, "A", date(2024, 11, 1), date(2024, 11, 30), "November"))
    story.append(TimelineItem(99, "A", date(2024, 12, 1), date(2024, 12, 31), "December"))
    days = dense_days(story)
    assert days == (date(2024, 11, 1).toordinal(), date(2025, 1, 20).toordinal() + 1)
    # a century among those weeks is still framed by its middle, not whole
    story.append(TimelineItem(96, "A", date(1901, 1, 1), date(2000, 12, 31), "century"))
    days = dense_days(story)
    assert days is not None and days[0] > date(1990, 1, 1).toordinal()


def _focused(window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.timeline.setFocus()
    QApplication.processEvents()


def test_back_and_forward_between_the_facts_visited(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    _focused(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    model = window.facts_panel.model
    a, b, c, d = (model.fact_at(r).id for r in (0, 3, 6, 9))
    for fid in (a, b, c):
        window.select_fact(fid, origin="table")
    assert not window.forward_action.isEnabled() and window.back_action.isEnabled()
    # Shown in the View menu with their keys.
    view_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&View")
    keys = {act.text(): act.shortcut().toString() for act in view_menu.actions()}
    assert keys["&Back"] == "Alt+Left" and keys["&Forward"] == "Alt+Right"

    qtbot.keyClick(window.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_fact() == b
    assert window.timeline.selected_fact() == b
    qtbot.keyClick(window.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_fact() == a
    assert not window.back_action.isEnabled()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_fact() == b
    # A new fact visited from the middle drops the way forward, as a browser does.
    window.select_fact(d, origin="table")
    assert window.history() == ([a, b, d], 2)
    assert not window.forward_action.isEnabled()
    assert window.go_back() and window.current_fact() == b


def test_export_holds_what_is_shown_and_says_so_or_everything(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    model = window.facts_panel.model
    total = model.rowCount()
    dialog = window.export_dialog()
    assert dialog is not None
    # Nothing narrows the facts: everything, and no choice that is not one.
    assert dialog.all_radio.isChecked() and not dialog.shown_radio.isEnabled()
    dialog.reject()

    window.find_edit.setText("North Korean")
    window.flush_refresh()
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total)
    shown = {model.fact_at(r).id for r in range(model.rowCount())}
    dialog = window.export_dialog()
    assert dialog is not None
    assert dialog.shown_radio.isChecked()
    assert f"{len(shown)} fact" in dialog.shown_radio.text()
    assert f"{total} fact" in dialog.all_radio.text()
    assert "North Korean" in dialog.scope_note.text()
    dialog.format_combo.setCurrentText("JSON (*.json)")
    part = tmp_path / "shown.json"
    dialog.path_edit.setText(str(part))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: part.exists() and not window.runner.busy(), timeout=15000)
    doc = json.loads(part.read_text(encoding="utf-8"))
    assert {f["id"] for f in doc["facts"]} == shown

    dialog = window.export_dialog()
    assert dialog is not None
    dialog.all_radio.setChecked(True)
    dialog.format_combo.setCurrentText("JSON (*.json)")
    whole = tmp_path / "whole.json"
    dialog.path_edit.setText(str(whole))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: whole.exists() and not window.runner.busy(), timeout=15000)
    doc = json.loads(whole.read_text(encoding="utf-8"))
    assert len(doc["facts"]) >= total > len(shown)

    # A picture of everything, while a search narrows the screen, is drawn anew with every
    # fact; of what is shown, it is the screen.
    from PySide6.QtGui import QImage

    from desktop.ui.export import EXPORT_SIZE

    dialog = window.export_dialog()
    assert dialog is not None
    dialog.all_radio.setChecked(True)
    dialog.format_combo.setCurrentText("Timeline picture, PNG (*.png)")
    picture = tmp_path / "whole.png"
    dialog.path_edit.setText(str(picture))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert picture.exists()
    image = QImage(str(picture))
    assert (image.width(), image.height()) != (
        window.timeline.viewport().width() * 2,
        window.timeline.viewport().height() * 2,
    )
    assert image.width() >= EXPORT_SIZE[0]


def _lane_point(window, name: str, x: float) -> QPointF:  # type: ignore[no-untyped-def]
    frame = window.timeline._current_frame()
    lane = next(lf for lf in frame.lanes if lf.name == name)
    return QPointF(x, lane.top + lane.height / 2)


def test_lanes_filter_fold_and_sort_remembered_per_project(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    timeline = window.timeline
    names = timeline.shown_data().lane_names
    name = names[1]
    viewport = timeline.viewport()
    # The name clicked: that source alone; clicked again, every source.
    pos = _lane_point(window, name, LANE_ARROW_W + 30)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert window.source_combo.currentData() == name
    assert timeline.shown_data().lane_names == [name]
    pos = _lane_point(window, name, LANE_ARROW_W + 30)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert window.source_combo.currentData() is None
    assert timeline.shown_data().lane_names == names

    # The arrow folds the lane down to its name: its facts are not drawn.
    lane_facts = [it.id for it in timeline.shown_data() if it.lane == name]
    frame = timeline._current_frame()
    tall = next(lf.height for lf in frame.lanes if lf.name == name)
    pos = _lane_point(window, name, LANE_ARROW_W / 2)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert timeline.collapsed_lanes() == {name}
    frame = timeline._current_frame()
    assert next(lf.height for lf in frame.lanes if lf.name == name) < tall
    assert all(timeline.item_position(fid) is None for fid in lane_facts)

    # Sorted by number of facts, and so again when the project is opened next.
    counts = {n: timeline.shown_data().lane(n).count for n in names}
    window.set_lane_order("count")
    by_count = timeline.shown_data().lane_names
    assert [counts[n] for n in by_count] == sorted(counts.values(), reverse=True)
    assert by_count != names
    window.close_project()
    assert window.open_project(demo_project)
    qtbot.waitUntil(window.facts_loaded, timeout=15000)
    assert window.lane_order == "count"
    assert window.lane_order_actions["count"].isChecked()
    assert window.timeline.shown_data().lane_names == by_count
    assert window.timeline.collapsed_lanes() == {name}


def test_the_sentence_under_the_caret_selects_its_fact_from_the_keyboard(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    facts = window.facts_panel.model.all_facts()
    first = facts[0]
    assert first.article is not None
    window.select_fact(first.id, origin="table")
    same_article = [
        f
        for f in facts
        if f.article is not None and f.article.id == first.article.id and f.end > f.start
    ]
    # A fact of the article that no shorter fact sits inside, pointed at by its middle.
    target = None
    for f in sorted(same_article, key=lambda f: f.end - f.start):
        if f.id != window.current_fact():
            target = f
            break
    assert target is not None
    middle = (target.start + target.end) // 2
    expected = min(
        (f for f in same_article if f.start <= middle < f.end),
        key=lambda f: (f.end - f.start, f.start),
    )
    window.activateWindow()
    body = window.reader.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    window.reader.set_caret(middle)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert window.current_fact() == expected.id
    assert window.timeline.selected_fact() == expected.id

    # The same from the Fact menu, where the key is shown.
    window.select_fact(first.id, origin="table")
    body.setFocus()
    window.reader.set_caret(middle)
    assert window.caret_fact_action.shortcut().toString() == "Ctrl+Shift+Space"
    assert window.caret_fact_action in window.fact_menu.actions()
    window.caret_fact_action.trigger()
    assert window.current_fact() == expected.id
