"""The main window driven as an analyst would: drop, type, click, undo."""

from __future__ import annotations

import subprocess
import sys
import warnings
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.project import ProjectService
from desktop.ui.main_window import TAB_CONFLICTS, TAB_FACTS
from desktop.ui.models.facts import COL_DATE, COL_TEXT, FactIdRole, fact_source
from tests.conftest import SEED

REPO = Path(__file__).resolve().parents[2]


def drop_files(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drag files over the widget and let go, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        # PySide marks the only QDragEnterEvent constructor it offers as deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(widget.width() // 2, widget.height() // 2),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(widget.width() / 2, widget.height() / 2),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes are recorded instead of blocking the test."""
    seen: list[str] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    # A failure with technical details has a box of its own ("Show Details…"), opened
    # without blocking: its title, words and advice are recorded the same way.
    def opened(box: QMessageBox) -> None:
        if box.objectName() == "errorBox":
            seen.append(f"{box.windowTitle()}: {box.text()}\n\n{box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "open", opened)
    return seen


@pytest.fixture
def seeded_project(project_path: Path) -> Path:
    with ProjectService.open(project_path, create=True) as service:
        outcome = service.import_file(SEED, published=date(2025, 1, 13))
        assert outcome.status == "imported"
    return project_path


def wait_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The facts table, figures and conflicts fill in the background after the timeline."""
    qtbot.waitUntil(window.facts_loaded, timeout=15000)


def timeline_days(window) -> set[date]:  # type: ignore[no-untyped-def]
    return {it.earliest for it in window.timeline.shown_data() if it.earliest == it.latest}


def test_drop_seed_type_date_and_see_its_dated_facts(make_window, qtbot, project_path, errors):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(project_path, create=True)
    drop_files(window, [SEED])
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    entry = dialog.current_entry()
    assert entry is not None and entry.raw is not None
    assert entry.raw.title == "Ukraine captures first North Korean soldiers"
    # The seed says nothing about when it was published: the dialog says so.
    assert entry.needs_date
    assert dialog.date_warning.isVisible()
    assert dialog.published_edit.property("missing") is True
    assert dialog.blocks.removed_count() > 0  # newsletter boxes and the like are set aside

    qtbot.keyClicks(dialog.published_edit, "2025-01-13")
    assert not entry.needs_date
    assert dialog.published_edit.property("missing") is False
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.runner.busy() and bool(window.last_import), timeout=20000)
    assert [o.status for o in window.last_import] == ["imported"]
    days = timeline_days(window)
    assert {date(2025, 1, 12), date(2025, 1, 9), date(2025, 1, 13)} <= days
    article = window.project.articles()[0]
    assert article.published == date(2025, 1, 13)
    assert article.published_origin == "user"
    assert errors == []


def test_click_a_fact_on_the_timeline_highlights_it_in_the_reader(
    make_window, qtbot, seeded_project
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    qtbot.waitExposed(window)
    facts = [f for f in window.project.facts() if f.date.earliest == date(2025, 1, 9)]
    assert facts, "the seed's 'Thursday' fact"
    fact = facts[0]
    window.timeline.setFocus()
    pos = None
    # Zoom in around the fact until it is drawn on its own, then click it.
    window.timeline.go_to_date(date(2025, 1, 9))
    for _ in range(12):
        pos = window.timeline.item_position(fact.id)
        placed = window.timeline.placed_at(pos) if pos is not None else None
        if placed is not None and len(placed.members) == 1 and placed.members[0].id == fact.id:
            break
        window.timeline.zoom_by(1.6, window.timeline.x_of(fact.date.earliest.toordinal() + 0.5))
    assert pos is not None
    with qtbot.waitSignal(window.timeline.factSelected, timeout=3000) as sig:
        qtbot.mouseClick(
            window.timeline.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(pos.x()), round(pos.y())),
        )
    assert sig.args == [fact.id]

    assert window.reader.highlighted_range() == (fact.start, fact.end)
    assert window.reader.highlighted_text() == fact.text
    assert fact.timex is not None
    assert window.reader.marked_timex_range() == (fact.timex.start, fact.timex.end)
    assert window.facts_panel.selected_ids() == [fact.id]
    assert window.articles_panel.current_article() == fact.article.id

    # And the reverse: choosing a row in the table selects it on the timeline.
    other = next(f for f in window.project.facts() if f.id != fact.id and f.date.earliest)
    row = window.facts_panel.model.row_of(other.id)
    assert row is not None
    rect = window.facts_panel.table.visualRect(window.facts_panel.model.index(row, COL_DATE))
    window.facts_panel.table.scrollTo(window.facts_panel.model.index(row, COL_DATE))
    rect = window.facts_panel.table.visualRect(window.facts_panel.model.index(row, COL_DATE))
    qtbot.mouseClick(
        window.facts_panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.timeline.selected_fact() == other.id
    assert window.reader.highlighted_range() == (other.start, other.end)


def test_edit_a_fact_date_then_undo_and_redo(make_window, qtbot, seeded_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    fact = next(f for f in window.project.facts() if f.date.earliest == date(2025, 1, 12))
    panel = window.facts_panel
    row = panel.model.row_of(fact.id)
    assert row is not None
    index = panel.model.index(row, COL_DATE)
    assert index.data(FactIdRole) == fact.id
    # Inline edit, as typing into the date cell does.
    assert panel.model.setData(index, "2025-01-02")
    qtbot.waitUntil(lambda: date(2025, 1, 2) in timeline_days(window))
    stored = window.project.fact(fact.id)
    assert stored.date.earliest == date(2025, 1, 2) and stored.status == "edited"
    assert window.undo_stack.undoText() == "Edit fact date"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: date(2025, 1, 2) not in timeline_days(window))
    stored = window.project.fact(fact.id)
    assert stored.date.earliest == date(2025, 1, 12) and stored.status == "auto"
    row = panel.model.row_of(fact.id)
    assert panel.model.index(row, COL_DATE).data() == "12 Jan 2025"

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: date(2025, 1, 2) in timeline_days(window))
    assert window.project.fact(fact.id).date.earliest == date(2025, 1, 2)

    # A date that is not one is refused and changes nothing.
    row = panel.model.row_of(fact.id)
    assert not panel.model.setData(panel.model.index(row, COL_DATE), "next Tuesday-ish")
    assert window.project.fact(fact.id).date.earliest == date(2025, 1, 2)


def test_confirm_and_reject_from_the_facts_table(make_window, qtbot, seeded_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    fact = next(f for f in window.project.facts() if f.date.earliest)
    window.select_fact(fact.id)
    window.facts_panel.reject_action.trigger()
    qtbot.waitUntil(lambda: fact.id not in window.timeline.shown_data())
    assert window.project.fact(fact.id).status == "rejected"
    window.set_show_rejected(True)
    assert fact.id in window.timeline.shown_data()
    window.undo_action.trigger()
    assert window.project.fact(fact.id).status == "auto"


def test_publication_date_edited_in_the_reader_re_resolves_and_undoes(
    make_window, qtbot, seeded_project
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    article_id = window.project.articles()[0].id
    window.show_article(article_id)
    window.reader.published_edit.clear()
    qtbot.keyClicks(window.reader.published_edit, "2025-01-20")
    qtbot.keyClick(window.reader.published_edit, Qt.Key.Key_Return)
    # "Sunday" before Mon 20 Jan 2025 is the 19th.
    qtbot.waitUntil(lambda: date(2025, 1, 19) in timeline_days(window), timeout=5000)
    assert window.project.article(article_id).record.published == date(2025, 1, 20)
    assert window.reader.published_edit.text() == "2025-01-20"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: date(2025, 1, 12) in timeline_days(window), timeout=5000)
    assert window.project.article(article_id).record.published == date(2025, 1, 13)


def test_conflicts_tab_shows_the_sample_contradiction(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.conflicts_panel)
    panel = window.conflicts_panel
    groups = panel.groups_model
    assert groups.rowCount() > 0
    found = None
    for row in range(groups.rowCount()):
        group = groups.group_at(row)
        for pair in groups.pairs_of(group.key):
            if pair.relation == "contradiction":
                found = (group, pair)
                break
        if found:
            break
    assert found is not None, "the demo project holds a contradiction"
    group, pair = found
    # Contradictions come first: the analyst sees them without searching.
    assert groups.group_at(0).key == group.key
    assert panel.select_group(group.key)
    assert panel.select_pair(pair.a, pair.b)
    figures = {r.id: r for r in window.project.figures()}
    a, b = figures[pair.a], figures[pair.b]
    assert a.article.source != b.article.source
    assert a.figure.text in panel.left_card.toPlainText()
    assert b.figure.text in panel.right_card.toPlainText()
    assert (a.article.source or "") in panel.left_card.toPlainText()
    assert "contradiction" in panel.relation_label.text()

    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.current_pair() is not None and panel.current_pair().decision == "dismissed"
    )
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: panel.current_pair() is not None and panel.current_pair().decision is None
    )


def test_a_second_window_on_the_same_project_is_refused(make_window, seeded_project, errors):  # type: ignore[no-untyped-def]
    first = make_window()
    assert first.open_project(seeded_project)
    second = make_window()
    # The second window offers to open it read-only (tests/ui/test_read_only.py); Cancel
    # leaves it without a project.
    asked: list[str] = []
    second.ask_open_read_only = lambda path, why: asked.append(why) or False
    assert not second.open_project(seeded_project)
    assert second.project is None
    assert len(asked) == 1 and "already open" in asked[0].lower()
    assert errors == []
    # The first window is untouched and still writes.
    fact = first.project.facts()[0]
    first.workspace.set_note(fact.id, "checked against the original")
    assert first.project.fact(fact.id).note == "checked against the original"


def test_a_damaged_file_is_refused_and_changes_nothing(
    make_window, tmp_path, seeded_project, errors
):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_project(seeded_project)
    bad = tmp_path / "Broken.factlane"
    bad.write_bytes(b"this is not a database at all" * 100)
    before = bad.read_bytes()
    assert not window.open_project(bad)
    assert bad.read_bytes() == before
    assert window.project is not None and window.project.path == seeded_project
    assert (len(errors) == 1 and "Broken.factlane" in errors[0]) or "not" in errors[0].lower()


def test_failed_files_are_listed_with_their_reason(make_window, qtbot, project_path, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_project(project_path, create=True)
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    dialog = window.import_paths([bad, SEED])
    assert dialog is not None
    dialog.select_file(1)
    qtbot.keyClicks(dialog.published_edit, "2025-01-13")
    dialog.accept()
    qtbot.waitUntil(lambda: not window.runner.busy() and bool(window.last_import), timeout=20000)
    by_name = {Path(o.path).name: o for o in window.last_import}
    assert by_name["empty.txt"].status == "failed" and by_name["empty.txt"].message
    assert by_name[SEED.name].status == "imported"
    assert "empty.txt" in window.failure_box.detailedText()
    window.failure_box.close()


def test_layout_and_recent_projects_persist(make_window, qtbot, seeded_project):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)  # the first-run proportions are applied once the window is laid out
    # The analyst drags the handle between the articles and the rest.
    handle = window.main_splitter.handle(1)
    start = handle.rect().center()
    before = window.main_splitter.sizes()[0]
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(60, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    dragged = window.main_splitter.sizes()[0]
    assert dragged > before
    timeline_default = window.right_splitter.sizes()
    window.set_lane_mode("article")
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert again.lane_mode == "article"
    assert again.recent_projects()[0] == seeded_project.resolve()
    assert again.welcome.recent.rowCount() == 1
    assert again.open_project(again.recent_projects()[0])
    qtbot.waitUntil(lambda: again.main_splitter.sizes()[0] == dragged)
    # A splitter never dragged is not remembered: it follows the defaults again.
    assert not QSettings().contains("window/rightSplitter")
    assert again.right_splitter.sizes() == timeline_default


def test_screenshot_from_the_command_line(tmp_path, seeded_project):  # type: ignore[no-untyped-def]
    shot = tmp_path / "shot.png"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "HOME": str(tmp_path),
    }
    import os

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "gui",
            str(seeded_project),
            "--screenshot",
            str(shot),
            "--size",
            "1200x800",
        ],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 800)


def test_one_edit_updates_one_item_without_reading_all_facts_again(
    make_window, qtbot, seeded_project, monkeypatch
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(seeded_project)
    wait_loaded(qtbot, window)
    project = window.project
    calls: list[str] = []
    for name in ("facts", "timeline_rows", "figures", "articles"):
        original = getattr(project, name)

        def counted(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(project, name, counted)
    data_before = window.timeline.data()
    fact = next(f for f in project.store.facts() if f.date.earliest == date(2025, 1, 12))
    window.workspace.edit_fact_field(fact.id, COL_DATE, "2025-01-02")
    window.facts_panel.select_fact(fact.id)
    window.workspace.set_status([fact.id], "confirmed")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    QApplication.processEvents()
    window.flush_refresh()
    assert calls == [], "a single edit read the whole project again"
    assert not window.runner.busy()
    # The same timeline data, changed in place, and the one row in the table.
    assert window.timeline.data() is data_before
    item = window.timeline.data().item(fact.id)
    assert item is not None and item.earliest == date(2025, 1, 2) and item.status == "edited"
    row = window.facts_panel.model.row_of(fact.id)
    assert window.facts_panel.model.index(row, COL_DATE).data() == "2 Jan 2025"
    # What is drawn answers like a fresh read of the project.
    fresh = {it.id: (it.earliest, it.latest, it.status) for it in _fresh_items(project)}
    drawn = {it.id: (it.earliest, it.latest, it.status) for it in window.timeline.data()}
    assert drawn == fresh


def _fresh_items(project):  # type: ignore[no-untyped-def]
    from desktop.ui.timeline_source import timeline_data

    return list(timeline_data(project.store.facts()))


def test_facts_table_fills_in_the_background_while_the_timeline_is_shown(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    # The timeline is drawn at once, from lean rows; the table is still loading.
    assert len(window.timeline.data()) > 0
    assert not window.facts_loaded()
    assert window.facts_panel.model.rowCount() == 0
    assert window.facts_panel.count_label.text() == "Loading facts…"
    assert window.runner.busy()
    # Hover text is written on demand from the one fact, even before the table has it.
    item = next(iter(window.timeline.data()))
    assert item.tooltip == "" and item.label[:20] in window._fact_tooltip(item.id)
    with qtbot.waitSignal(window.factsReloaded, timeout=15000):
        pass
    assert window.facts_loaded()
    total = window.project.counts()["facts"]
    assert window.facts_panel.model.rowCount() == total
    assert window.figures_panel.model.rowCount() == window.project.counts()["figures"]
    assert window.conflicts_panel.groups_model.rowCount() > 0
    qtbot.waitUntil(lambda: not window.runner.busy())
    assert window.runner.active_threads() == 0


def test_closing_while_facts_load_leaves_no_thread(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    assert window.runner.busy()
    window.close_project()
    assert window.runner.active_threads() == 0
    assert window.project is None and window.facts_panel.model.rowCount() == 0
    QApplication.processEvents()
    assert not window.facts_loaded()


def test_conflicts_tab_chooses_its_group_only_once_shown(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    panel = window.conflicts_panel
    # Listed at once, but no pair is read or written out while the facts tab is in front.
    assert panel.groups_model.rowCount() > 0
    assert not panel.isVisible()
    assert panel.pairs_model.rowCount() == 0 and panel.left_card.figure_id is None
    window.show_tab(TAB_CONFLICTS)
    assert panel.pairs_model.rowCount() > 0 and panel.left_card.figure_id is not None
    chosen = panel.current_group()
    assert chosen is not None and chosen.key == panel.groups_model.group_at(0).key
    # A reload in the background keeps the analyst's choice, shown or not.
    last = panel.groups_model.group_at(panel.groups_model.rowCount() - 1)
    assert panel.select_group(last.key)
    window.show_tab(TAB_FACTS)
    with qtbot.waitSignal(window.factsReloaded, timeout=15000):
        window.load_details()
    assert panel.pairs_model.rowCount() == 0
    window.show_tab(TAB_CONFLICTS)
    assert panel.current_group() is not None and panel.current_group().key == last.key


def test_figures_and_sources_arrive_with_the_facts(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    combo = window.source_combo
    # After "All sources", the sources; the separator and "Several sources…" close the list.
    sources = [combo.itemText(i) for i in range(1, combo.count()) if combo.itemData(i)]
    sources = [s for s in sources if combo.findData(s) >= 0]
    assert sources == sorted({fact_source(f) for f in window.project.facts()}, key=str.lower)
    counts = window.project.counts()
    assert f"{counts['facts']:,} facts" in window.counts_label.text()
    # Filtering by source narrows the table and keeps the selected fact when it still shows.
    fact = next(f for f in window.project.facts() if f.article is not None)
    window.select_fact(fact.id)
    window.source_combo.setCurrentIndex(window.source_combo.findData(fact_source(fact)))
    model = window.facts_panel.model
    assert 0 < model.rowCount() < model.total()
    assert all(fact_source(model.fact_at(r)) == fact_source(fact) for r in range(model.rowCount()))
    assert window.facts_panel.selected_ids() == [fact.id]
    window.source_combo.setCurrentIndex(0)
    assert window.facts_panel.selected_ids() == [fact.id]


def test_typing_in_find_narrows_table_and_timeline_once_typing_pauses(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    model = window.facts_panel.model
    everything = model.rowCount()
    word = next(f for f in window.project.facts() if f.status != "rejected").text.split()[-1]
    window.find_edit.setFocus()
    qtbot.keyClicks(window.find_edit, word)
    # Not on every key: the filter waits for a pause in the typing.
    assert model.rowCount() == everything
    qtbot.waitUntil(lambda: model.rowCount() < everything, timeout=3000)
    needle = word.lower()
    assert all(needle in model.fact_at(r).text.lower() for r in range(model.rowCount()))
    drawn = {it.id for it in window.timeline.shown_data()}
    assert drawn and drawn <= set(model.fact_ids())
    # Sorting keeps the selected fact selected.
    chosen = model.fact_at(model.rowCount() - 1).id
    window.facts_panel.select_fact(chosen)
    window.facts_panel.table.sortByColumn(COL_TEXT, Qt.SortOrder.DescendingOrder)
    assert window.facts_panel.selected_ids() == [chosen]
    qtbot.keyClick(window.find_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert model.rowCount() == everything


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if 0 <= i < len(text) - 1 else None


def _visible_mnemonics(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Mnemonics live at once: menus, visible buttons, labels with a buddy, the tabs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    for w in window.findChildren(QAbstractButton):
        if w.isVisible() and type(w).__name__ != "QToolButton":
            keys.append(_mnemonic(w.text()))
    for w in window.findChildren(QLabel):
        if w.isVisible() and w.buddy() is not None:
            keys.append(_mnemonic(w.text()))
    bar = window.tabs.tabBar()
    keys += [_mnemonic(bar.tabText(i)) for i in range(bar.count())]
    return [k for k in keys if k]


def test_keyboard_reaches_every_part_of_the_window(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    window.activateWindow()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    window.show_tab(TAB_CONFLICTS)
    panel = window.conflicts_panel
    expected = [
        window.articles_panel.table,
        window.find_edit,
        window.source_combo,
        window.status_combo,
        window.dates_button,
        window.go_button,
        window.fit_button,
        window.timeline,
        window.reader.published_edit,
        window.reader.published_apply,
        window.reader.furniture_button,
        window.reader.body,
        window.tabs.tabBar(),
        panel.groups,
        panel.accepted_button,
        panel.group_note_button,
        panel.link_button,
        panel.pairs,
        panel.left_card,
        panel.right_card,
        panel.dismiss_button,
        panel.confirm_button,
    ]
    window.articles_panel.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.articles_panel.table)
    reached = []
    for _ in expected:
        focused = QApplication.focusWidget()
        reached.append(focused)
        # In the timeline Tab steps through the facts (round 7); Ctrl+Tab moves on.
        leave = Qt.KeyboardModifier.ControlModifier if focused is window.timeline else None
        if leave is None:
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        else:
            qtbot.keyClick(focused, Qt.Key.Key_Tab, leave)
    assert reached == expected
    # Every key widget says what it is to a screen reader, and the timeline takes focus.
    for w in (window.timeline, window.find_edit, window.facts_panel.table, window.reader.body):
        assert w.accessibleName()
    # Mnemonics are unique wherever they are live at the same time.
    for tab in (TAB_FACTS, TAB_CONFLICTS):
        window.show_tab(tab)
        keys = _visible_mnemonics(window)
        assert len(keys) >= 12  # menus, filter bar, reader, tabs (and the conflict buttons)
        assert len(keys) == len(set(keys)), sorted(keys)


def test_fact_actions_are_in_the_fact_menu_with_their_shortcuts(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    wait_loaded(qtbot, window)
    fact_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Fa&ct")
    in_menu = set(fact_menu.actions())
    panel = window.facts_panel
    for action in (panel.confirm_action, panel.reject_action, panel.edit_date_action):
        assert action in in_menu and not action.shortcut().isEmpty()
    menu_keys = [_mnemonic(a.text()) for a in fact_menu.actions() if not a.isSeparator()]
    assert len(menu_keys) == len(set(menu_keys))
    # The shortcut works from the timeline, on the fact selected there.
    fact = next(f for f in window.project.facts() if f.status == "auto" and f.date.earliest)
    window.select_fact(fact.id)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.project.fact(fact.id).status == "confirmed", timeout=3000)


def test_import_dialog_tabs_through_files_fields_body_and_buttons(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    dialog = window.import_paths([SEED])
    assert dialog is not None
    dialog.show()
    dialog.activateWindow()
    dialog.file_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.file_list)
    expected = [
        dialog.file_list,
        *dialog.field_edits.values(),
        dialog.published_edit,
        dialog.body,
        dialog.import_button,
    ]
    reached = []
    for _ in expected:
        focused = QApplication.focusWidget()
        reached.append(focused)
        # In the timeline Tab steps through the facts (round 7); Ctrl+Tab moves on.
        leave = Qt.KeyboardModifier.ControlModifier if focused is window.timeline else None
        if leave is None:
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        else:
            qtbot.keyClick(focused, Qt.Key.Key_Tab, leave)
    assert reached == expected
    dialog.close()


def test_a_timeline_picture_never_overwrites_the_project(  # type: ignore[no-untyped-def]
    make_window, qtbot, seeded_project, errors
):
    window = make_window()
    assert window.open_project(seeded_project)
    size = seeded_project.stat().st_size
    window.export("png", seeded_project)
    assert errors and "overwrite the project" in errors[-1]
    assert seeded_project.stat().st_size == size
    assert seeded_project.read_bytes()[:16] == b"SQLite format 3\x00"
