"""Round 42: a laptop's screen (1280x720, 1366x768) reads well in every tab, and the first
view of a project comes without freezing the window just shown."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.ui.models.figures import COL_ATTRIBUTED, COL_COUNTED
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

LAPTOPS = [(1280, 720), (1366, 768)]


# -- 1. the Figures tab: what a number counts is read whole ----------------------------------


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", LAPTOPS)
def test_on_a_laptop_the_figures_say_whole_what_they_count(
    make_window, qtbot, demo_project: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    # At 1280x720 every soldier read "North Kore…": the column was squeezed to share the
    # tab with Attributed to and As written. It is whole now, and who gave the number (in
    # the row's tooltip and the reader) steps aside for it.
    window = open_at(make_window, qtbot, demo_project, *size)
    window.show_tab(1)
    panel = window.figures_panel
    qtbot.waitUntil(lambda: panel.shown > 0, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    table, proxy = panel.table, panel.proxy
    assert not table.isColumnHidden(COL_COUNTED)
    fm = table.fontMetrics()
    width = table.columnWidth(COL_COUNTED)
    counted = [str(proxy.index(r, COL_COUNTED).data() or "") for r in range(proxy.rowCount())]
    assert max(counted, key=len).startswith("North Korean soldiers")
    # the cell's text, with the margins the item view draws it in
    assert all(fm.horizontalAdvance(c) + fm.height() // 2 <= width for c in counted)
    # nothing scrolls sideways for it
    shown = [c for c in range(proxy.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    # who said so is in the tooltip while its column is away
    if table.isColumnHidden(COL_ATTRIBUTED):
        rows = [
            r
            for r in range(proxy.rowCount())
            if panel.model.figure_at(
                proxy.mapToSource(proxy.index(r, 0)).row()
            ).figure.attributed_to
        ]
        assert rows
        record = panel.model.figure_at(proxy.mapToSource(proxy.index(rows[0], 0)).row())
        tip = str(proxy.index(rows[0], COL_COUNTED).data(3))  # ToolTipRole
        assert str(record.figure.attributed_to) in tip


# -- 2. the Facts tab: every button on the toolbar ----------------------------------------------


def _folded(panel) -> list[str]:  # type: ignore[no-untyped-def]
    bar = panel.toolbar
    return [
        a.text()
        for a in bar.actions()
        if not a.isSeparator()
        and (button := bar.widgetForAction(a)) is not None
        and (not button.isVisible() or not bar.rect().contains(button.geometry()))
    ]


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", LAPTOPS)
def test_on_a_laptop_the_facts_toolbar_keeps_every_button(
    make_window, qtbot, demo_project: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    # At 1280 Tags, Note and Delete were behind the toolbar's chevron; the count of facts
    # beside it took the room of two buttons.
    window = open_at(make_window, qtbot, demo_project, *size)
    panel = window.facts_panel
    qtbot.wait(50)
    QApplication.processEvents()
    assert _folded(panel) == []
    fold = panel.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert fold is None or not fold.isVisible()
    # The count is on the tab bar, whole, while the Facts tab is shown.
    count = panel.count_label
    assert count.isVisible() and count.text() == "30 facts"
    assert count.visibleRegion().boundingRect().width() >= count.fontMetrics().horizontalAdvance(
        count.text()
    )
    window.show_tab(1)
    QApplication.processEvents()
    assert not count.isVisible()
    window.show_tab(0)
    QApplication.processEvents()
    assert count.isVisible()


@pytest.mark.usefixtures("styled")
def test_the_toolbar_shortens_its_words_only_as_far_as_it_must(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1920, 1000)
    panel = window.facts_panel
    # wide: every button named in full, with the style sheet's padding
    assert panel.toolbar_level == 0
    assert panel.edit_date_action.iconText() == "Edit date"
    assert panel.add_action.iconText() == "Add fact"
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: panel.toolbar_level > 0, timeout=3000)
    # (the toolbar lays its buttons out again once the window's resize has gone through)
    qtbot.waitUntil(lambda: _folded(panel) == [], timeout=3000)
    if panel.edit_date_action.iconText() == "Date":
        # the two edits are shortened together, never one of them alone
        assert panel.edit_text_action.iconText() == "Text"
    # the menus and tooltips keep the full names and keys
    assert panel.edit_date_action.text() == "Edit &date…"
    assert "Ctrl+D" in panel.edit_date_action.toolTip()
    assert "Edit date" in panel.edit_date_action.toolTip()
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: panel.toolbar_level == 0, timeout=3000)
    assert panel.edit_date_action.iconText() == "Edit date"
    assert panel.edit_text_action.iconText() == "Edit text"


# -- 3. the timeline: no stub of a label ---------------------------------------------------------


def test_a_label_shortened_to_a_stub_is_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    # "The m…", "A …" and "Volodymy…" stood beside crowded markers at 1280 pixels.
    from desktop.ui.timeline.paint import LABEL_STUB_CHARS, MIN_LABEL_PX, NORMAL
    from desktop.ui.timeline.view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    cache = view._glyphs
    label = "The mayor of Tarrow said the bridge would reopen on Monday"
    stub = cache.width("The ma…", NORMAL) + 1
    assert cache.fit(label, stub, NORMAL)  # what was drawn
    assert cache.fit_label(label, stub, NORMAL) == ""
    roomy = cache.width("The mayor of Tarrow said…", NORMAL) + 1
    kept = cache.fit_label(label, roomy, NORMAL)
    assert kept.endswith("…") and len(kept.rstrip("…")) >= LABEL_STUB_CHARS
    # a short label that fits whole is drawn whole, however short
    assert cache.fit_label("Vote", MIN_LABEL_PX + 1, NORMAL) == "Vote"


# -- 4. the first view ------------------------------------------------------------------------------


def test_a_background_import_hands_over_on_the_gui_thread(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import BackgroundImport

    module = tmp_path / "round42_slow_module.py"
    module.write_text("import time\ntime.sleep(0.3)\nLOADED = True\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        context = QObject()
        calls: list[tuple[bool, bool]] = []
        loading = BackgroundImport("round42_slow_module")
        assert not loading.done()  # the import runs elsewhere: this thread goes on
        loading.when_done(
            lambda: calls.append(
                (
                    threading.current_thread() is threading.main_thread(),
                    "round42_slow_module" in sys.modules,
                )
            ),
            context,
        )
        assert calls == []
        qtbot.waitUntil(lambda: calls != [], timeout=5000)
        assert calls == [(True, True)]
        # a module that does not import: the callback still runs, and whoever needs the
        # module meets the error where they import it
        failed: list[bool] = []
        broken = BackgroundImport("round42_no_such_module")
        broken.when_done(lambda: failed.append(True), context)
        qtbot.waitUntil(lambda: failed == [True], timeout=5000)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("round42_slow_module", None)


def test_the_articles_are_listed_with_the_facts(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    # They came with the figures and conflicts, the last of the background read.
    window = make_window()
    window.show()
    seen: list[tuple[int, int]] = []
    model = window.facts_panel.model

    def facts_in() -> None:
        if model.rowCount() and not seen:
            seen.append(
                (window.articles_panel.proxy.rowCount(), len(window.figures_panel.model.rows))
            )

    model.modelReset.connect(facts_in)
    assert window.open_project(demo_project)
    qtbot.waitUntil(lambda: window.facts_loaded() and not window.runner.busy(), timeout=20000)
    assert seen, "the facts table was not filled"
    articles, figures = seen[0]
    assert articles == 6
    assert figures == 0  # the figures still on their way: the articles did not wait for them
    # and once everything is read, the reader shows the first article
    qtbot.waitUntil(lambda: window.reader.detail is not None, timeout=5000)


# -- 5. the analyst's workflow ------------------------------------------------------------------


def test_a_pair_decision_is_said_in_the_status_bar(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    # Confirming a pair changed one word in its row, and the status bar went on saying the
    # edit before ("Redone: Edit fact date."), as if the click had done nothing.
    from tests.ui.test_round27 import _conflicts_shown

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = _conflicts_shown(window, qtbot)
    window.statusBar().showMessage("Redone: Edit fact date.")
    pair = panel.current_pair()
    assert pair is not None and pair.decision is None
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    said = window.statusBar().currentMessage()
    assert said.startswith("Pair confirmed: ") and said.endswith("Edit > Undo puts it back.")
    figures = {r.id: r for r in window.workspace.figures()}
    for figure_id in (pair.a, pair.b):
        source = figures[figure_id].article.source
        assert source and source in said and " against " in said
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("Pair dismissed: ")
    window.undo_action.trigger()
    QApplication.processEvents()
    assert "Undone" in window.statusBar().currentMessage()
    # a note alone is said as a note
    window.workspace.set_pair_decision(pair.a, pair.b, "confirmed", "Checked with the desk.")
    assert window.statusBar().currentMessage() == "Pair note saved. Edit > Undo puts it back."


def test_an_export_with_no_fact_shown_holds_every_fact(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A search and a status kept from the last session hid every fact; the export dialog
    # chose "Only what is shown: 0 facts" and wrote a report of nothing.
    from desktop.ui.dialogs.export_dialog import ExportDialog
    from desktop.ui.main_window import EXPORT_FORMATS

    narrowed = "facts with “prisoners”, confirmed only"
    empty = ExportDialog(
        None, EXPORT_FORMATS, tmp_path / "Kursk", shown=0, total=12, narrowed=narrowed
    )
    qtbot.addWidget(empty)
    assert empty.all_radio.isChecked() and not empty.only_shown()
    assert not empty.shown_radio.isEnabled()
    assert "every fact" in empty.scope_note.text() and narrowed in empty.scope_note.text()
    # some facts shown: what is shown stays the choice made first
    some = ExportDialog(
        None, EXPORT_FORMATS, tmp_path / "Kursk", shown=3, total=12, narrowed=narrowed
    )
    qtbot.addWidget(some)
    assert some.only_shown() and some.shown_radio.isEnabled()


def test_what_the_background_import_made_is_out_of_the_collectors_sight(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The timeline's full collection as the project opened walked every object the project
    # layer's import had made (50-140 ms on the GUI thread): they are frozen once imported.
    import gc

    from desktop.ui.main_window import BackgroundImport

    module = tmp_path / "round42_many_objects.py"
    module.write_text("TABLE = [[i] for i in range(20000)]\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        gc.unfreeze()
        loading = BackgroundImport("round42_many_objects")
        qtbot.waitUntil(loading.done, timeout=5000)
        assert gc.get_freeze_count() >= 20000
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("round42_many_objects", None)


def test_the_busiest_days_are_worked_out_once_per_change_of_what_is_shown(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Opening a project of 100,000 facts framed its busiest days three times on the GUI
    # thread (the read, the panes sized, their saved sizes restored): 2.4 s each.
    from datetime import date, timedelta

    import desktop.ui.timeline.view as view_module
    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.view import TimelineView

    def item(i: int, day: date) -> TimelineItem:
        return TimelineItem(i, "Harbour Gazette", day, day, f"the ferry sailed, day {i}")

    start = date(2024, 3, 1)
    # a busy fortnight, and a little background years before
    items = [item(i, start + timedelta(days=i % 14)) for i in range(40)]
    items += [item(100 + i, date(2019, 5, 1 + i)) for i in range(3)]
    calls: list[int] = []
    real = view_module.busiest_days

    def counted(shown):  # type: ignore[no-untyped-def]
        calls.append(len(shown))
        return real(shown)

    monkeypatch.setattr(view_module, "busiest_days", counted)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_data(TimelineData(items), fit=False)
    view.frame_busiest()
    first = view.visible_days()
    view.frame_busiest()
    view.frame_busiest()
    assert calls == [43]
    assert view.visible_days() == first
    assert first[0] > date(2023, 1, 1).toordinal()  # the fortnight, not the background
    # what is shown changes: worked out again
    view.replace_items([item(200, start + timedelta(days=20))])
    view.frame_busiest()
    assert calls == [43, 44]
    view.set_data(TimelineData(items[:30]), fit=False)
    view.frame_busiest()
    assert calls == [43, 44, 30]


def test_a_big_projects_timeline_is_read_off_the_gui_thread(
    make_window, qtbot, demo_project: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # 100,000 facts: their timeline rows were read and laid out on the GUI thread as the
    # project opened, the window frozen some 6 s. (The demo stands in for a big project.)
    import desktop.ui.main_window as main_window

    monkeypatch.setattr(main_window, "TIMELINE_IN_BACKGROUND_FROM_BYTES", 1)
    on_gui_thread: list[bool] = []
    real = main_window.load_timeline

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(main_window, "load_timeline", watched)
    window = make_window()
    window.resize(1280, 720)
    window.show()
    assert window.open_project(demo_project)
    # open at once, the timeline saying it is on its way
    assert len(window.timeline.data()) == 0
    assert window.timeline._state.empty_text == main_window.READING_TIMELINE
    qtbot.waitUntil(lambda: window.facts_loaded() and not window.runner.busy(), timeout=20000)
    QApplication.processEvents()
    assert on_gui_thread == [False]
    assert len(window.timeline.data()) == 30  # the demo's 30 facts, all dated
    assert window.timeline._state.empty_text == main_window.NO_DATED_FACTS
    # framed on the story's busiest days, as a project read on the GUI thread is
    t0, t1 = window.timeline.visible_days()
    from datetime import date

    assert t0 < date(2025, 1, 13).toordinal() < t1


def test_an_opening_timeline_is_framed_once(
    make_window, qtbot, demo_project: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The timeline was framed as Fit All frames it (set_data's fit), then at once framed
    # again on the story's busiest days: 1.25 s of 100,000 facts for a frame nobody saw.
    from desktop.ui.timeline.view import TimelineView

    fits: list[int] = []
    real = TimelineView.fit_all

    def counted(view):  # type: ignore[no-untyped-def]
        fits.append(1)
        real(view)

    monkeypatch.setattr(TimelineView, "fit_all", counted)
    window = open_at(make_window, qtbot, demo_project, 1280, 720)
    assert fits == []  # the opening zoom is the story's busiest days (Preferences' default)
    t0, t1 = window.timeline.visible_days()
    from datetime import date

    assert t0 < date(2025, 1, 13).toordinal() < t1
