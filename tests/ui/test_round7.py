"""Round 7 of the window: undo puts an article's facts back exactly after every edit that
extracts them again, and the timeline as an analyst uses it all day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_articles import _idle
from tests.ui.test_review import open_at


def _article_state(project, article_id: int) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    detail = project.article(article_id)
    return (
        project.facts(article_id=article_id),
        project.figures(article_id=article_id),
        project.tags_by_fact(),
        detail.record,
        detail.blocks,
        detail.text,
        detail.timexes,
        detail.field_origins,
    )


def _worked_on(window, qtbot, source: str):  # type: ignore[no-untyped-def]
    """An article of the demo with one fact confirmed and one tagged by the analyst."""
    project = window.project
    article = next(a for a in project.articles() if a.source == source)
    auto = [f for f in project.facts(article_id=article.id) if f.status == "auto"]
    window.workspace.set_status([auto[0].id], "confirmed")
    window.workspace.set_tags(auto[1].id, ["front line"])
    _idle(qtbot, window)
    return article


def test_undoing_a_new_publication_date_gives_back_the_very_same_facts(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = _worked_on(window, qtbot, "Harbor Wire (sample)")
    before = _article_state(project, article.id)

    window.workspace.set_published(article.id, date(2025, 3, 3))
    _idle(qtbot, window)
    after = _article_state(project, article.id)
    assert after != before
    assert project.article(article.id).record.published == date(2025, 3, 3)

    window.undo_action.trigger()
    _idle(qtbot, window)
    # Same rows, same ids: extracting again would have given the automatic facts new ones.
    assert _article_state(project, article.id) == before
    assert {f.id for f in before[0]} <= {f.id for f in window.facts_panel.model.all_facts()}  # type: ignore[attr-defined]

    window.redo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == after
    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before


def test_undoing_a_restored_paragraph_gives_back_the_very_same_facts(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = _worked_on(window, qtbot, "Ridgeline Post (sample)")
    detail = project.article(article.id)
    furniture = next(i for i, b in enumerate(detail.blocks) if b.reason == "advertisement")
    before = _article_state(project, article.id)

    window.workspace.set_block_kept(article.id, furniture, True)
    _idle(qtbot, window)
    after = _article_state(project, article.id)
    assert project.article(article.id).blocks[furniture].kept

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before
    window.redo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == after
    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before


def test_a_re_extraction_stays_undoable_when_the_conflicts_cannot_be_worked_out(
    make_window, qtbot, demo_project: Path, monkeypatch
):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = next(a for a in project.articles() if a.source == "Ridgeline Post (sample)")
    missed = next(f for f in project.facts(article_id=article.id) if f.status == "auto")
    project.store.delete_fact(missed.id)
    before = _article_state(project, article.id)
    depth = window.undo_stack.count()

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(project, "refresh_conflicts", broken)
    window.articles_panel.select_article(article.id, emit=True)
    window.reextract_action.trigger()
    qtbot.waitUntil(lambda: window.last_reextraction is not None, timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    _idle(qtbot, window)
    assert window.undo_stack.count() == depth + 1
    assert shown and shown[-1][0] == "Conflicts not worked out"
    assert "Edit > Undo" in shown[-1][1]
    assert _article_state(project, article.id) != before

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before
    QApplication.processEvents()


def test_an_empty_figures_table_does_not_scroll_sideways(make_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "New.factlane", 1024, 640)
    _idle(qtbot, window)
    window.tabs.setCurrentWidget(window.figures_panel)
    qtbot.wait(50)
    table = window.figures_panel.table
    assert window.figures_panel.empty_state.isVisible()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_the_figures_tab_says_loading_until_the_figures_are_read(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1024, 640)
    window.show()
    window.tabs.setCurrentWidget(window.figures_panel)
    assert window.open_project(demo_project)
    empty = window.figures_panel.empty_state
    assert empty.text() == "Loading…"
    assert "No figures" not in empty.text()
    _idle(qtbot, window)
    assert window.figures_panel.model.rowCount() > 0
    assert not empty.isVisible()


# -- the timeline from the keyboard --------------------------------------------------------------


def _focused_timeline(make_window, qtbot, demo_project: Path, width: int = 1400, height: int = 900):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, width, height)
    _idle(qtbot, window)
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    return window, window.timeline


def test_arrows_pan_plus_and_minus_zoom_and_home_fits_all(make_window, qtbot, demo_project: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    _window, timeline = _focused_timeline(make_window, qtbot, demo_project)
    timeline.fit_all()
    fitted = timeline.visible_days()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    t0, t1 = timeline.visible_days()
    assert t1 - t0 < (fitted[1] - fitted[0]) * 0.8
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    right = timeline.visible_days()
    assert right[0] > t0 and abs((right[1] - right[0]) - (t1 - t0)) < 1e-6
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert abs(timeline.visible_days()[0] - t0) < 1e-6
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    assert timeline.visible_days()[1] - timeline.visible_days()[0] > t1 - t0
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.visible_days() == fitted


def test_tab_steps_through_the_facts_in_date_order_and_shows_each_in_the_reader(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window, timeline = _focused_timeline(make_window, qtbot, demo_project)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    items = sorted(timeline.shown_data(), key=lambda it: (it.start, it.end))
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)  # zoomed in: most facts are out of view
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    seen: list[int] = []
    for _ in range(min(len(items), 12)):
        qtbot.keyClick(timeline, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is timeline
        fact_id = timeline.selected_fact()
        assert fact_id is not None
        seen.append(fact_id)
        # Kept in view, and shown in the reader and the facts table.
        assert timeline.item_position(fact_id) is not None
        assert window.current_fact() == fact_id
        item = timeline.shown_data().item(fact_id)
        assert item is not None
        assert window.reader.detail is not None
        fact = window.project.fact(fact_id)
        assert fact.article is not None and window.reader.detail.record.id == fact.article.id
    dates = [(timeline.shown_data().item(i).start, timeline.shown_data().item(i).end) for i in seen]  # type: ignore[union-attr]
    assert dates == sorted(dates)
    assert len(set(seen)) == len(seen)
    assert seen[0] == items[0].id

    qtbot.keyClick(timeline, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.selected_fact() == seen[-2]
    # Ctrl+Tab leaves the timeline for the next control.
    qtbot.keyClick(timeline, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not timeline


def test_tab_past_the_last_fact_moves_on_to_the_next_control(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    _window, timeline = _focused_timeline(make_window, qtbot, demo_project)
    last = max(timeline.shown_data(), key=lambda it: (it.start, it.end, it.id))
    assert timeline.select_fact(last.id)
    ordered = timeline._facts_by_date()
    assert ordered[-1].id == timeline.selected_fact()
    qtbot.keyClick(timeline, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not timeline
    assert timeline.selected_fact() == ordered[-1].id


def test_a_fact_whose_start_the_text_leaves_open_is_on_the_timeline_reaching_back(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService
    from desktop.ui.timeline.layout import MARKER
    from desktop.ui.timeline.view import tooltip_for

    # "have been held for months" runs up to the report, from a day the text leaves open
    story = demo_project.parent / "held.txt"
    story.write_text(
        "Prisoners held for months\n\nThe two prisoners have been held in Kyiv for months, "
        "officials said. Their families have not been told where they are.\n",
        encoding="utf-8",
    )
    with ProjectService.open(demo_project) as service:
        [outcome] = service.import_files([story], published=date(2025, 1, 20), source="Wire")
        assert outcome.status == "imported", outcome.message
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    open_facts = [f for f in project.facts() if f.date.earliest is None and f.date.latest]
    assert open_facts, "'have been held for months' is a fact up to the report's day"
    timeline = window.timeline
    for fact in open_facts:
        item = timeline.shown_data().item(fact.id)
        assert item is not None, "a fact with an open start was left off the timeline"
        assert item.open_start and not item.open_end
        assert item.earliest == item.latest == fact.date.latest

    fact = open_facts[0]
    day = fact.date.latest
    assert day is not None
    timeline.set_visible_range(day - timedelta(days=2), day + timedelta(days=3))
    assert timeline.select_fact(fact.id)
    frame = timeline._current_frame()
    placed = next(
        p
        for lf in frame.lanes
        for p in lf.layout.placed
        if p.kind == MARKER and p.contains(fact.id)
    )
    # The tail reaches back from the marker on its known end, and hovering says so.
    assert placed.x - placed.x0 > 2 * timeline._metrics().marker_half
    text = tooltip_for(placed, timeline._describe)
    assert text.startswith(fact.text) and "until" in text


def test_a_bar_of_facts_with_the_same_interval_opens_into_a_list(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.layout import SPAN
    from desktop.ui.timeline.view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    march = [
        TimelineItem(
            i, "Reuters", date(2024, 3, 1), date(2024, 3, 31), f"march {i}", precision="month"
        )
        for i in (1, 2, 3)
    ]
    view.set_data(
        TimelineData(
            [*march, TimelineItem(9, "Reuters", date(2024, 5, 2), date(2024, 5, 2), "may")]
        )
    )
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(date(2024, 2, 1), date(2024, 6, 1))
    pos = view.item_position(2)
    assert pos is not None
    bar = view.placed_at(pos)
    assert bar is not None and bar.kind == SPAN and bar.count == 3
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    menu = view.members_menu()
    assert menu is not None
    choices = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert [a.text() for a in choices] == ["march 1", "march 2", "march 3"]
    with qtbot.waitSignal(view.factSelected, timeout=1000) as chosen:
        choices[2].trigger()
    assert chosen.args == [3]
    menu.close()


def test_the_exported_timeline_is_what_is_on_screen(
    make_window, qtbot, demo_project: Path, tmp_path: Path
):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    _idle(qtbot, window)
    timeline = window.timeline
    timeline.set_visible_range(date(2025, 1, 6), date(2025, 1, 19))
    harbor = window.source_combo.findData("Harbor Wire (sample)")
    assert harbor >= 0
    window.source_combo.setCurrentIndex(harbor)
    _idle(qtbot, window)
    window.setFocus()  # no focus frame, no hover: only the content
    qtbot.wait(20)
    target = tmp_path / "timeline.png"
    window.export("png", target)
    _idle(qtbot, window)
    saved = QImage(str(target))
    viewport = timeline.viewport().size()
    # The same width as on screen, at twice the pixels: not a wider one laid out anew (round
    # 28: with a title over the lanes and a legend under them, every lane whole).
    assert saved.width() == viewport.width() * 2
    assert saved.height() >= timeline.content_height() * 2

    # Drawn at the screen's own density, it is the screen, pixel for pixel.
    same = tmp_path / "same.png"
    assert timeline.render_to_image(same, scale=1.0)
    screen = timeline.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    picture = QImage(str(same)).convertToFormat(QImage.Format.Format_RGB32)
    assert picture.size() == screen.size()
    assert picture == screen


def test_tick_labels_never_overlap_from_decades_to_hours(qtbot):  # type: ignore[no-untyped-def]
    import math

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.paint import BOLD, SMALL
    from desktop.ui.timeline.view import MAX_PX_PER_HOUR, TimelineView

    facts = [
        TimelineItem(1, "Reuters", date(1990, 1, 1), date(1990, 1, 1), "first"),
        TimelineItem(2, "Reuters", date(2025, 6, 1), date(2025, 6, 1), "last"),
    ]
    for width in (1024, 1920):
        view = TimelineView()
        qtbot.addWidget(view)
        view.resize(width, 300)
        view.set_data(TimelineData(facts))
        view.show()
        qtbot.waitExposed(view)
        view.zoom_by(0.3)
        units = set()
        while True:
            frame = view._current_frame()
            units.add(frame.ticks.unit.kind)
            for ticks, role, dx in ((frame.ticks.minor, SMALL, 4), (frame.ticks.major, BOLD, 5)):
                # Where paint_frame writes them: just right of their tick line.
                lefts = [math.floor(frame.x_of(tk.t)) + dx for tk in ticks]
                rights = [
                    x + view._glyphs.width(tk.label, role)
                    for x, tk in zip(lefts, ticks, strict=True)
                ]
                for right, next_left in zip(rights, lefts[1:], strict=False):
                    assert right + 2 <= next_left, (width, frame.ticks.unit.name)
            if view.pixels_per_day() >= 24 * MAX_PX_PER_HOUR * 0.999:
                break
            view.zoom_by(1.13)
            view.pan_by_pixels(-37)  # a pan between zooms meets labels at other offsets
        assert {"year", "month", "day", "hour"} <= units


def test_a_faint_line_marks_today(qtbot):  # type: ignore[no-untyped-def]
    import math

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.view import TimelineView, now_day

    today = date.today()
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    facts = [
        TimelineItem(1, "Reuters", today - timedelta(days=20), today - timedelta(days=20), "a"),
        TimelineItem(2, "Reuters", today + timedelta(days=20), today + timedelta(days=20), "b"),
    ]
    view.set_data(TimelineData(facts))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(today - timedelta(days=3), today + timedelta(days=3))
    image = view.viewport().grab().toImage()
    frame = view._current_frame()
    x = math.floor(frame.x_of(now_day()))
    y = round(frame.lanes[0].top + frame.lanes[0].height / 2)
    line, beside = image.pixelColor(x, y), image.pixelColor(x - 4, y)
    assert line != beside
    # Faint: nearer the lane than the selection colour itself.
    highlight = view.palette().highlight().color()
    assert abs(line.lightness() - beside.lightness()) < abs(
        highlight.lightness() - beside.lightness()
    )
