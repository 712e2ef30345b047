"""What an analyst saw going wrong when looking at the window: cramped panes, clipped or
overlapping controls, dialogs that lost what was typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

from desktop.ui.models.facts import COL_TAGS


def wait_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.facts_loaded, timeout=15000)


def open_at(make_window, qtbot, project: Path, width: int, height: int):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(width, height)
    window.show()
    assert window.open_project(project, create=not project.exists())
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
    # On a short screen the lists and sentences scroll together, the group's buttons with
    # them; the pair's buttons are pinned under what scrolls (round 23). Each button is whole
    # inside its part, none over another.
    scrolled = [b for b in buttons if panel.splitter.isAncestorOf(b)]
    pinned = [b for b in buttons if b not in scrolled]
    assert panel.dismiss_button in pinned and panel.accepted_button in scrolled
    box = panel.pair_buttons_box
    for part, owner in ((scrolled, panel.splitter), (pinned, box)):
        rects = [rect_in(b, owner) for b in part]
        inside = owner.rect()
        for b, r in zip(part, rects, strict=True):
            assert inside.contains(r), f"{b.text()} is cut off at {r} in {inside}"
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b), (a, b)
    # Nor are they drawn over the sentences or the tables above them.
    rects = [rect_in(b, panel.splitter) for b in scrolled]
    for other in (panel.pairs, panel.groups, panel.left_card, panel.relation_label):
        o = rect_in(other, panel.splitter)
        assert not any(o.intersects(r) for r in rects), other.objectName()
    assert not rect_in(box, panel).intersects(rect_in(panel.scroll_area, panel))


def select_first_fact(qtbot, window):  # type: ignore[no-untyped-def]
    fact = window.facts_panel.model.fact_at(0)
    window.select_fact(fact.id, origin="timeline")
    assert window.facts_panel.selected_ids() == [fact.id]
    return fact


def test_a_date_that_cannot_be_read_keeps_the_dialog_and_what_was_typed(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """A mistyped date used to close the dialog and lose it; now OK waits for a real date."""
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    fact = select_first_fact(qtbot, window)
    dialog = window.facts_panel.edit_date()
    assert dialog is not None and dialog.isVisible()
    assert fact.text[:20] in " ".join(lb.text() for lb in dialog.findChildren(QLabel))
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "sometime soon")
    assert not dialog.ok_button().isEnabled()
    assert "not a date" in dialog.reading.text().lower()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.date_edit.text() == "sometime soon"
    dialog.date_edit.setText("2025-01-02")
    assert dialog.ok_button().isEnabled() and "2 Jan 2025" in dialog.reading.text()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.facts_panel.model.fact(fact.id).date.earliest == date(2025, 1, 2)
    )


def test_adding_a_fact_asks_for_text_and_date_together_and_keeps_the_text(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    total = window.facts_panel.model.total()
    dialog = window.facts_panel.add_fact()
    assert dialog is not None
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Talks on a prisoner exchange resumed in Istanbul.")
    qtbot.keyClicks(dialog.date_edit, "next week maybe")
    assert not dialog.ok_button().isEnabled()
    assert dialog.fact_text() == "Talks on a prisoner exchange resumed in Istanbul."
    dialog.date_edit.setText("2025-01-20")
    assert dialog.ok_button().isEnabled()
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: window.facts_panel.model.total() == total + 1, timeout=10000)
    added = [
        f
        for f in window.facts_panel.model.all_facts()
        if f.text == "Talks on a prisoner exchange resumed in Istanbul."
    ]
    assert len(added) == 1 and added[0].date.earliest == date(2025, 1, 20)


def test_fact_text_and_note_dialogs_wrap_and_are_big_enough_to_read(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    fact = select_first_fact(qtbot, window)
    dialog = window.facts_panel.edit_text()
    assert dialog is not None
    edit = dialog.text_edit
    assert edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    qtbot.waitExposed(dialog)
    assert edit.horizontalScrollBar().maximum() == 0
    assert edit.width() >= 45 * edit.fontMetrics().averageCharWidth()
    dialog.reject()
    note = window.facts_panel.edit_note()
    assert note is not None
    # The note says which fact it is about.
    assert fact.text[:20] in " ".join(lb.text() for lb in note.findChildren(QLabel))
    note.text_edit.setPlainText("Check against the NIS briefing.")
    note.ok_button().click()
    qtbot.waitUntil(
        lambda: window.facts_panel.model.fact(fact.id).note == "Check against the NIS briefing."
    )


def test_the_tags_dialog_stays_a_sensible_width_however_many_tags_are_in_use(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    fact = select_first_fact(qtbot, window)
    many = ", ".join(f"tag number {i}" for i in range(60))
    window.workspace.edit_fact_field(fact.id, COL_TAGS, many)
    qtbot.waitUntil(lambda: len(window.facts_panel.model.fact(fact.id).tags) == 60)
    dialog = window.facts_panel.edit_tags()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 800
    assert "tag number 59" in dialog.known_label.text()


def test_go_to_date_waits_for_a_date_it_can_read(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    dialog = window.go_to_date_dialog()
    qtbot.keyClicks(dialog.date_edit, "soonish")
    assert not dialog.ok_button().isEnabled()
    dialog.date_edit.setText("2024-12")
    dialog.ok_button().click()
    first, last = window.timeline.visible_range()
    assert first <= date(2024, 12, 1) and last >= date(2024, 12, 31)
    assert (last - first).days < 60


def test_an_empty_project_says_how_to_add_articles(make_window, qtbot, tmp_path, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Empty.factlane", 1400, 900)
    panel = window.articles_panel
    assert panel.empty_hint.isVisible() and "Import" in panel.empty_hint.text()
    assert panel.title.geometry().left() + panel.title.contentsMargins().left() >= 4
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    assert not panel.empty_hint.isVisible()
