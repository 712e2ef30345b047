"""Round 6 of the window: re-extraction undone, the source address as a link, and the
things a day of analyst's work runs into."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.ui.test_articles import _idle
from tests.ui.test_review import open_at


def _article_state(project, article_id: int) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return (
        project.facts(article_id=article_id),
        project.figures(article_id=article_id),
        {k: v for k, v in project.tags_by_fact().items()},
    )


def test_re_extraction_is_undone_and_redone_with_the_same_facts(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    project = window.project
    article = next(a for a in project.articles() if a.source == "Ridgeline Post (sample)")
    auto = [f for f in project.facts(article_id=article.id) if f.status == "auto"]
    confirmed, tagged, missed = auto[0], auto[1], auto[2]
    window.workspace.set_status([confirmed.id], "confirmed")
    window.workspace.set_tags(tagged.id, ["front line"])
    # As if an older engine had missed one fact the current one finds.
    project.store.delete_fact(missed.id)
    _idle(qtbot, window)
    before = _article_state(project, article.id)
    depth = window.undo_stack.count()

    window.articles_panel.select_article(article.id, emit=True)
    window.reextract_action.trigger()
    qtbot.waitUntil(lambda: window.last_reextraction is not None, timeout=20000)
    _idle(qtbot, window)
    assert window.undo_stack.count() == depth + 1
    assert "Re-extract" in window.undo_action.text()
    assert "Edit > Undo" in window.statusBar().currentMessage()
    after = _article_state(project, article.id)
    found = next(f for f in after[0] if f.text == missed.text)  # type: ignore[attr-defined]
    assert after != before

    window.undo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == before
    shown = {f.id for f in window.facts_panel.model.all_facts()}
    assert found.id not in shown
    assert {f.id for f in before[0]} <= shown  # type: ignore[attr-defined]
    # The analyst's verdict and tag were there before and are there still.
    assert project.fact(confirmed.id).status == "confirmed"
    assert project.fact(tagged.id).tags == ("front line",)

    window.redo_action.trigger()
    _idle(qtbot, window)
    assert _article_state(project, article.id) == after
    assert found.id in {f.id for f in window.facts_panel.model.all_facts()}
    QApplication.processEvents()


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _show_with_address(window, qtbot, address: str):  # type: ignore[no-untyped-def]
    article = window.project.articles()[0]
    window.workspace.update_article(article.id, {"url": address})
    window.articles_panel.select_article(article.id, emit=True)
    _idle(qtbot, window)
    window.flush_refresh()
    qtbot.waitUntil(lambda: window.reader.address.address == address, timeout=5000)
    return window.reader.address


def _click_text(qtbot, label) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        label, Qt.MouseButton.LeftButton, pos=QPoint(6, label.contentsRect().center().y())
    )


def test_the_source_address_is_a_link_that_opens_in_the_browser(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    address = "https://eastbank-review.example/world/2025/01/14/north-korean-prisoners?ref=rss"
    label = _show_with_address(window, qtbot, address)
    assert label.isVisible() and label.is_link()
    assert label.toolTip() == address
    assert "<a href=" in label.text()
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "show")
    try:
        _click_text(qtbot, label)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [address]


def test_an_address_that_is_not_http_stays_text_and_opens_nothing(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    browser = _Browser()
    for scheme in ("file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, browser, "show")
    try:
        for address in ("file:///etc/passwd", "javascript:alert(1)", "www.example.org/page"):
            label = _show_with_address(window, qtbot, address)
            assert not label.is_link()
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.text() == address and label.toolTip() == address
            _click_text(qtbot, label)
    finally:
        for scheme in ("file", "javascript"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert browser.opened == []


def test_a_long_address_is_elided_and_does_not_widen_the_reader(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    _idle(qtbot, window)
    reader_width = window.reader.width()
    address = "https://news.example/" + "/".join(f"section-{i}" for i in range(40)) + "/story"
    label = _show_with_address(window, qtbot, address)
    qtbot.wait(50)
    assert window.reader.width() == reader_width
    shown = label.shown_text()
    assert "…" in shown and shown.startswith("https://news.exam")
    assert shown.endswith("/story")
    assert label.toolTip() == address


def test_at_1024x640_the_groups_figure_count_keeps_clear_of_the_right_edge(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService

    # The line under the groups speaks only when it adds to the list (round 12): a note does.
    with ProjectService.open(demo_project) as service:
        first = service.groups()[0]
        service.set_group_decision(first.key, note="ask the agency which count it means")
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    assert panel.select_group(first.key)
    qtbot.wait(100)
    QApplication.processEvents()
    label = panel.group_info
    assert label.isVisible() and "note: ask the agency" in label.text()
    viewport = panel.scroll_area.viewport()
    inside = label.contentsRect()
    text_right = inside.left() + min(
        label.fontMetrics().horizontalAdvance(label.text()), inside.width()
    )
    right = label.mapTo(viewport, QPoint(text_right, 0)).x()
    gap = viewport.width() - right
    assert gap >= label.fontMetrics().height() // 2, gap


def test_a_new_project_says_on_every_tab_what_to_do(make_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "New.factlane", 1024, 640)
    _idle(qtbot, window)
    facts = window.facts_panel.empty_state
    assert facts.isVisible()
    assert "Import Articles" in facts.text() and "Ctrl+I" in facts.text()
    window.show_tab(1)
    qtbot.wait(50)
    figures = window.figures_panel.empty_state
    assert figures.isVisible() and "No figures yet" in figures.text()
    window.show_tab(2)
    qtbot.wait(50)
    panel = window.conflicts_panel
    assert panel.groups_empty.isVisible()
    assert "same quantity" in panel.relation_label.text()
    assert "Choose a group" not in panel.relation_label.text()


def test_facts_hidden_by_the_search_say_so_and_esc_in_the_box_brings_them_back(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    table_model = window.facts_panel.model
    total = table_model.total()
    empty = window.facts_panel.empty_state
    assert total > 0 and not empty.isVisible()
    window.find_edit.setFocus()
    qtbot.keyClicks(window.find_edit, "zzqx no such words")
    qtbot.waitUntil(lambda: table_model.rowCount() == 0, timeout=3000)
    assert empty.isVisible()
    assert f"None of the {total} facts" in empty.text()
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Escape)
    assert window.find_edit.text() == ""
    qtbot.waitUntil(lambda: table_model.rowCount() == total, timeout=3000)
    assert not empty.isVisible()


def test_the_window_comes_back_with_the_tab_left_open(make_window, qtbot, demo_project: Path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1100, 700)
    _idle(qtbot, window)
    window.show_tab(2)
    window.close()
    assert window.runner.wait(10000)

    again = make_window()
    again.show()
    assert again.tabs.currentIndex() == 2
    assert again.open_project(demo_project)
    _idle(qtbot, again)
    assert again.tabs.currentIndex() == 2


def test_an_export_says_where_it_went_and_a_failed_one_what_to_do(
    make_window, qtbot, demo_project: Path, tmp_path: Path, monkeypatch
):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    def opened(box: QMessageBox) -> None:  # a failure with details (round 12)
        shown.append((box.windowTitle(), f"{box.text()}\n\n{box.informativeText()}"))

    monkeypatch.setattr(QMessageBox, "open", opened)
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    window.export("html", out / "Report.html")
    _idle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "Report.html" in message and str(out) in message

    window.export("html", out)  # a folder, not a file
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    title, text = shown[0]
    assert title == "Export failed"
    assert "folder" in text and "File > Export" in text


def test_the_source_link_is_reached_with_tab_and_opened_with_enter(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    _idle(qtbot, window)
    address = "https://eastbank-review.example/world/2025/01/14/north-korean-prisoners"
    label = _show_with_address(window, qtbot, address)
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    # Tab steps through the facts on the timeline (round 7); Ctrl+Tab leaves it.
    qtbot.keyClick(window.timeline, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is label
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "show")
    try:
        qtbot.keyClick(label, Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [address]
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.reader.published_edit


LONG_OUTLET = (
    "The International Herald Tribune and Affiliated Regional Newspapers of Northern Europe"
)


def test_a_long_outlet_name_keeps_the_filter_bar_whole_and_is_read_in_full(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    _idle(qtbot, window)
    article = window.project.articles()[0]
    window.workspace.update_article(article.id, {"source": LONG_OUTLET})
    window.flush_refresh()
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: window.source_combo.findData(LONG_OUTLET) >= 0, timeout=5000)
    qtbot.wait(50)
    combo = window.source_combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert field.width() >= combo.fontMetrics().horizontalAdvance("All sources")
    fit = window.fit_button
    assert fit.mapTo(window, QPoint(fit.width(), 0)).x() <= window.width()
    # The list that drops down shows the name whole; chosen, the tooltip says it.
    view = combo.view()
    assert view.minimumWidth() >= view.fontMetrics().horizontalAdvance(LONG_OUTLET)
    combo.setCurrentIndex(combo.findData(LONG_OUTLET))
    assert LONG_OUTLET in combo.toolTip()

    # On the timeline the lane's label is cut short; its tooltip reads it whole.
    timeline = window.timeline
    frame = timeline._current_frame()
    lane = next(lf for lf in frame.lanes if lf.name == LONG_OUTLET)
    point = QPointF(4, lane.top + lane.height / 2)
    assert timeline.lane_title_at(point).startswith(LONG_OUTLET + "\n")
    assert timeline.lane_title_at(QPointF(frame.geo.label_w + 5, point.y())) == ""
