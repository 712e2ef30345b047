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


def _click_lane(window, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.ui.timeline.paint import LANE_ARROW_W
    from tests.ui.test_round14 import _lane_point

    pos = _lane_point(window, name, LANE_ARROW_W + 30)
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())


def test_a_click_on_a_lane_name_filters_in_lanes_by_article_and_by_tag(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.set_lane_mode("article")
    timeline = window.timeline
    names = timeline.shown_data().lane_names
    name = names[1]
    lane_ids = {it.id for it in timeline.shown_data() if it.lane == name}
    _click_lane(window, qtbot, name)
    assert timeline.shown_data().lane_names == [name]
    assert {it.id for it in timeline.shown_data()} <= lane_ids
    table = window.facts_panel.model
    shown = [table.fact(fid) for fid in lane_ids if table.fact(fid) is not None]
    assert shown
    articles = {f.article.id for f in shown if f.article is not None}
    rows = [table.index(r, 0) for r in range(table.rowCount())]
    assert rows
    assert all(
        table.fact_at(r.row()).article is not None and table.fact_at(r.row()).article.id in articles
        for r in rows
    )
    assert window.lane_filter_button.isVisible()
    assert "Article:" in window.lane_filter_button.text()
    # Clicked again: every article.
    _click_lane(window, qtbot, name)
    assert timeline.shown_data().lane_names == names
    assert not window.lane_filter_button.isVisible()

    # Lanes by tag: a fact tagged, its tag's lane clicked, that fact alone.
    fid = next(iter(lane_ids))
    window.workspace.set_tags(fid, ["ferry"])
    qtbot.waitUntil(lambda: window.facts_panel.model.fact(fid).tags == ("ferry",), timeout=5000)
    window.set_lane_mode("tag")
    QApplication.processEvents()
    _click_lane(window, qtbot, "ferry")
    assert [it.id for it in timeline.shown_data()] == [fid]
    assert table.rowCount() == 1
    window.filter_by_lane(None)
    assert table.rowCount() > 1


def test_lanes_sorted_by_number_of_facts_count_what_the_filter_shows(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.set_lane_order("count")
    timeline = window.timeline
    everything = timeline.shown_data().lane_names
    # A search that only a lower lane's facts match: that lane comes first.
    texts = [(it.lane, window.project.fact(it.id).text) for it in timeline.shown_data()]
    last, word = next(
        (lane, w)
        for lane in reversed(everything[1:])
        for of, text in texts
        if of == lane
        for w in (part.strip(".,;:!?…“”\"'’()") for part in text.split())
        if len(w) > 6
        and w.isalpha()
        and not any(w.lower() in t.lower() for o, t in texts if o != lane)
    )
    window.find_edit.setText(word)
    window._filters_changed()
    assert timeline.shown_data().lane_names[0] == last
    counts = [timeline.shown_data().lane(n).count for n in timeline.shown_data().lane_names]
    assert counts == sorted(counts, reverse=True)


def test_folded_lanes_on_a_short_screen_leave_no_strip_under_the_last_lane(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    timeline = window.timeline
    names = timeline.shown_data().lane_names
    assert len(names) >= 4
    timeline.set_collapsed_lanes(names[: len(names) // 2])
    QApplication.processEvents()
    frame = timeline._current_frame()
    bottom = max(lf.top + lf.height for lf in frame.lanes)
    assert len(frame.lanes) == len(names), "every lane fits, folded or not"
    assert abs(bottom - timeline.viewport().height()) <= 1.0, (bottom, frame.lanes)
    # Folded lanes stay one bare row; the open lanes take the height given back.
    folded = [lf for lf in frame.lanes if lf.name in names[: len(names) // 2]]
    opened = [lf for lf in frame.lanes if lf not in folded]
    assert len({lf.height for lf in folded}) == 1
    assert min(lf.height for lf in opened) > folded[0].height


# -- a newcomer's first hour ----------------------------------------------------------------


def test_articles_dropped_before_any_project_is_open_are_offered_a_project(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QMessageBox

    article = tmp_path / "ferry.txt"
    article.write_text("Ferry service ends\n\nThe ferry made its last crossing on Thursday.\n")
    window = make_window()
    window.show()
    assert window.project is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    # The welcome page's tip says to drop articles on the window: they are not thrown away
    # with a status line, the analyst is asked which project they go into.
    box = window.import_offer
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "ferry.txt" in box.text()
    assert any("New Project" in b.text() for b in box.buttons())
    box.reject()


def test_an_empty_project_says_what_to_do_next_with_the_button_to_do_it(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    window = open_at(make_window, qtbot, tmp_path / "New.factlane", 1024, 640)
    reader = window.reader
    assert reader.title.text() == "No articles yet"
    assert "Import" in reader.byline.text()
    assert reader.import_button.isVisible()
    # No date field for no article.
    assert not reader.published_edit.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append("asked"), ([], ""))[1]
    )
    reader.import_button.click()
    assert asked == ["asked"]


def test_an_article_imported_without_a_date_is_shown_with_the_keyboard_in_its_date(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    before = window.reader.detail
    assert before is not None and not before.record.needs_date
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry service ends after forty years\n\n"
        "The last ferry crossed the fjord on Thursday, the operator said. "
        "More than 300 passengers were on board.\n"
    )
    dialog = window.import_paths([article])
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import) and window.facts_loaded(), timeout=20000)
    QApplication.processEvents()
    shown = window.reader.detail
    assert shown is not None and shown.record.needs_date
    assert shown.record.id == window.last_import[0].article_id
    assert window.articles_panel.current_article() == shown.record.id
    assert window.focusWidget() is window.reader.published_edit
    assert "without a publication date" in window.statusBar().currentMessage()
