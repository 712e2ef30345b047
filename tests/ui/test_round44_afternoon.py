"""Round 44: an analyst's afternoon, walked through the window as they would: what they
leave on screen is what they find when they come back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at


def _reopen(make_window, qtbot, window, project: Path):  # type: ignore[no-untyped-def]
    size = window.size()
    window.close()
    assert window.runner.wait(10000)
    again = open_at(make_window, qtbot, project, size.width(), size.height())
    for _ in range(3):
        qtbot.wait(60)
        QApplication.processEvents()
    return again


def test_the_conflict_pair_being_judged_is_chosen_again_on_reopening(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    # Mid-review, the analyst closed the project on the third group's second pair; it
    # reopened on the Conflicts tab (kept) but on the first group's first pair.
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    group = panel.groups_model.group_at(2)
    assert panel.select_group(group.key)
    pairs = panel.groups_model.pairs_of(group.key)
    assert len(pairs) >= 2
    chosen = pairs[1]
    assert panel.select_pair(chosen.a, chosen.b)

    window = _reopen(make_window, qtbot, window, demo_project)
    panel = window.conflicts_panel
    assert window.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    assert panel.current_group() is not None and panel.current_group().key == group.key
    pair = panel.current_pair()
    assert (pair.a, pair.b) == (chosen.a, chosen.b)
    # and the pair's sentences are the ones shown
    assert {panel.left_card.figure_id, panel.right_card.figure_id} == {chosen.a, chosen.b}


def test_a_group_gone_since_leaves_the_first_one_chosen(make_window, qtbot, demo_project: Path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    window.close()
    assert window.runner.wait(10000)
    # what the settings remember names a group this project no longer has
    import json

    from desktop.ui.main_window import settings

    s = settings()
    views = json.loads(str(s.value("projectViews")))
    (key,) = [k for k in views if k.endswith("Demo.factlane")]
    views[key]["group"] = "no such quantity"
    views[key]["pair"] = [99999, 99998]
    s.setValue("projectViews", json.dumps(views))
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.conflicts_panel
    window.show_tab(2)
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    assert panel.current_group() is not None
    assert panel.current_group().key == panel.groups_model.group_at(0).key


def test_columns_dragged_in_the_figures_and_conflicts_tabs_keep_their_widths(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    # The facts table kept a dragged column's width from one session to the next; the
    # figures table and the conflicts lists went back to their fitted widths.
    from desktop.ui.models.conflicts import GROUP_COL_FIGURES, PAIR_COL_RELATION
    from desktop.ui.models.figures import COL_SOURCE

    window = open_at(make_window, qtbot, demo_project, 1920, 1080)
    window.show_tab(1)
    figures = window.figures_panel.table
    qtbot.waitUntil(lambda: window.figures_panel.shown > 0, timeout=5000)
    wide = figures.columnWidth(COL_SOURCE) + 37
    figures.horizontalHeader().resizeSection(COL_SOURCE, wide)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    relation = panel.pairs.columnWidth(PAIR_COL_RELATION) + 29
    panel.pairs.horizontalHeader().resizeSection(PAIR_COL_RELATION, relation)
    count = panel.groups.columnWidth(GROUP_COL_FIGURES)
    if not panel.groups.isColumnHidden(GROUP_COL_FIGURES):
        panel.groups.horizontalHeader().resizeSection(GROUP_COL_FIGURES, count + 23)
        count += 23
    QApplication.processEvents()
    assert figures.columnWidth(COL_SOURCE) == wide
    assert panel.pairs.columnWidth(PAIR_COL_RELATION) == relation

    window = _reopen(make_window, qtbot, window, demo_project)
    window.show_tab(1)
    qtbot.waitUntil(lambda: window.figures_panel.shown > 0, timeout=5000)
    QApplication.processEvents()
    assert window.figures_panel.table.columnWidth(COL_SOURCE) == wide
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    QApplication.processEvents()
    assert panel.pairs.columnWidth(PAIR_COL_RELATION) == relation
    if not panel.groups.isColumnHidden(GROUP_COL_FIGURES):
        assert panel.groups.columnWidth(GROUP_COL_FIGURES) == count


def test_an_article_re_dated_brings_its_moved_facts_into_view(
    make_window, qtbot, demo_project: Path
):  # type: ignore[no-untyped-def]
    # Its publication date typed two months later, the article's relative dates moved
    # with it, off the right edge of the timeline ("4 later ▶"), and the analyst was
    # left to find where they went.
    from datetime import date

    from PySide6.QtCore import Qt

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.preferences.reextract_without_asking = True
    reader = window.reader
    assert reader.detail is not None
    article = reader.detail.record.id
    later = date(2025, 3, 10)
    edit = reader.published_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, later.isoformat())
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    view = window.timeline

    def moved() -> list[int]:
        rows = [r for r in window._source.rows.values() if r.article_id == article]
        return [r.id for r in rows if r.earliest >= date(2025, 2, 1)]

    qtbot.waitUntil(lambda: bool(moved()), timeout=10000)
    qtbot.waitUntil(
        lambda: all(
            (pos := view.item_position(fid)) is not None and view.plot_rect().contains(pos)
            for fid in moved()
        ),
        timeout=5000,
    )
