"""Round 28: the exported timeline as a picture for a report (no selection ring, no counts at
the edges, a title and a legend, the height of its lanes), the import dialog's paragraphs
whole, the Tags column at 1280, the Conflicts tab's room when the pair's explanation rewraps,
and what a keyboard-only analyst can reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.widgets.wrapped_rows import text_height
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere

STORY = (
    "Bridge closure extended\n\n"
    "The Old Mill bridge over the Tarrow will stay closed to traffic until the end of "
    "October, the county council said on Wednesday, after engineers found that two of its "
    "four piers had been undermined by the spring floods and that the repairs first planned "
    "for the summer would not be enough to make the crossing safe for lorries and buses.\n\n"
    "Shops on both banks said trade had fallen by about a third since the bridge shut in "
    "April, and the chamber of commerce asked the council to run a free shuttle bus between "
    "the two halves of the town for as long as the closure lasts, as it did in 2019.\n\n"
    "A footbridge will open next month.\n"
)


def _cut_rows(view) -> list[str]:  # type: ignore[no-untyped-def]
    """The rows of ``view`` whose wrapped text needs more height than the row was given
    (the text laid out as the style draws it, beside the row's check box)."""
    cut = []
    model = view.model()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        opt = QStyleOptionViewItem()
        opt.initFrom(view)
        opt.font = view.font()
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        QStyledItemDelegate().initStyleOption(opt, index)
        opt.rect = QRect(0, 0, rect.width(), rect.height())
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        needed = text_height(opt.text, opt, text_rect.width() - 2 * margin, WRAP)
        if needed > text_rect.height():
            cut.append(f"{opt.text[:40]} ({needed} > {text_rect.height()})")
    return cut


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(921, 576), (700, 560)])
def test_the_import_dialogs_paragraphs_are_never_cut(qtbot, tmp_path: Path, size):  # type: ignore[no-untyped-def]
    """The Body list measured its rows with Qt's own delegate, which could count a wrapped
    paragraph beside its check box a line short: its last line was cut."""
    from desktop.ui.dialogs.import_dialog import ImportDialog
    from desktop.ui.widgets.wrapped_rows import WrappedRowsDelegate

    story = tmp_path / "bridge.txt"
    story.write_text(STORY, encoding="utf-8")
    dialog = ImportDialog([story])
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.blocks.rowCount() >= 3, timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    body = dialog.body
    assert isinstance(body.itemDelegate(), WrappedRowsDelegate)
    assert _cut_rows(body) == []
    # Narrower, the paragraphs wrap to more lines and the rows grow with them.
    dialog.resize(size[0] - 120, size[1])
    qtbot.wait(50)
    QApplication.processEvents()
    assert _cut_rows(body) == []
    dialog.reject()


@pytest.mark.usefixtures("styled")
def test_the_tags_column_is_not_squeezed_at_1280(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """The column was sized for "tags, tags" and squeezed to "tags": at 1280 the tags read
    "Kurs…" and "priso…" beside a fact of fifty characters."""
    from desktop.ui.models.facts import COL_SOURCE, COL_TAGS, COL_TEXT

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.facts_panel
    model = panel.model
    tagged = {model.fact_at(0).id: "Kursk, casualties", model.fact_at(1).id: "prisoners"}
    for fact_id, tags in tagged.items():
        window.workspace.edit_fact_field(fact_id, COL_TAGS, tags)
    qtbot.waitUntil(lambda: all(", ".join(model.fact(i).tags) for i in tagged), timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    table = panel.table
    assert not table.isColumnHidden(COL_TAGS)
    fm = table.fontMetrics()
    for fact_id in tagged:
        written = ", ".join(model.fact(fact_id).tags)
        assert table.columnWidth(COL_TAGS) >= fm.horizontalAdvance(written) + fm.height() // 2
    # The fact gave way for them, and is still readable; nothing scrolls sideways.
    assert table.columnWidth(COL_TEXT) >= fm.horizontalAdvance("x" * 30)
    assert table.columnWidth(COL_SOURCE) >= fm.horizontalAdvance("Eastbank")
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    # A long list of tags asks for no more than a couple of dozen characters: the rest is
    # read in the row's tooltip.
    long_list = "ceasefire talks, prisoner exchange, Kursk region, casualty figures"
    window.workspace.edit_fact_field(model.fact_at(2).id, COL_TAGS, long_list)
    qtbot.waitUntil(lambda: bool(model.fact_at(2).tags), timeout=5000)
    qtbot.wait(50)
    QApplication.processEvents()
    assert not table.isColumnHidden(COL_TAGS)
    assert table.columnWidth(COL_TAGS) <= fm.horizontalAdvance("x" * 26) + fm.height()
    assert table.columnWidth(COL_TEXT) >= fm.horizontalAdvance("x" * 30)


NOTE = (
    "Checked with the desk in Seoul: the agency briefed lawmakers on Monday and the lower "
    "figure is from its earlier briefing, before the fighting near Sudzha; keep both until "
    "the next update from the ministry."
)


@pytest.mark.usefixtures("styled")
def test_the_conflicts_tab_makes_room_when_the_explanation_takes_more_lines(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """A pair whose explanation wrapped to a line more (a note under it) scrolled the tab:
    its room was measured only when the tab was shown."""
    from tests.ui.test_round27 import _conflicts_shown

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = _conflicts_shown(window, qtbot)
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.maximum() == 0
    label = panel.relation_label
    lines = label.height() // label.fontMetrics().lineSpacing()
    timeline = window.right_splitter.sizes()[0]
    pair = panel.current_pair()
    assert pair is not None
    window.workspace.set_pair_decision(pair.a, pair.b, pair.decision, NOTE)
    qtbot.waitUntil(lambda: "Seoul" in label.text(), timeout=3000)
    qtbot.wait(100)
    QApplication.processEvents()
    assert label.height() // label.fontMetrics().lineSpacing() > lines + 1
    # The timeline gave the tab the lines it gained: nothing scrolls, the explanation is whole.
    qtbot.waitUntil(lambda: window.right_splitter.sizes()[0] < timeline, timeout=3000)
    qtbot.wait(100)
    QApplication.processEvents()
    assert bar.maximum() == 0
    assert label.height() >= label.heightForWidth(label.width())
    # Without the note it takes them back.
    window.workspace.set_pair_decision(pair.a, pair.b, pair.decision, "")
    qtbot.waitUntil(lambda: "Seoul" not in label.text(), timeout=3000)
    qtbot.waitUntil(lambda: window.right_splitter.sizes()[0] == timeline, timeout=3000)
    assert bar.maximum() == 0


def _export(window, qtbot, target: Path) -> None:  # type: ignore[no-untyped-def]
    window.export(target.suffix.lstrip("."), target)
    qtbot.waitUntil(target.exists, timeout=5000)


@pytest.mark.usefixtures("styled")
def test_the_exported_timeline_is_a_picture_for_a_report(
    make_window, qtbot, demo_project, tmp_path: Path
):  # type: ignore[no-untyped-def]
    """The picture was the screen: the selected fact's ring, '4 later ▶' at the edge, the
    fold arrows, only the lanes scrolled into view, and no word of what it showed."""
    from datetime import date

    from PySide6.QtGui import QImage

    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    timeline = window.timeline
    timeline.set_visible_range(date(2024, 12, 20), date(2025, 1, 14))
    qtbot.wait(50)
    before, after = timeline.beyond_edges()
    assert after > 0 and before > 0, "some facts are off the edges of this range"
    names = timeline.data().lane_names
    in_range = [
        f
        for f in window.facts_panel.model.all_facts()
        if f.date.earliest is not None and date(2025, 1, 6) <= f.date.earliest <= date(2025, 1, 12)
    ]
    window.select_fact(in_range[0].id, origin="table")
    assert timeline.selected_fact() == in_range[0].id
    QApplication.processEvents()

    svg = (tmp_path / "t.svg", tmp_path / "t.png", tmp_path / "clear.png")
    _export(window, qtbot, svg[0])
    text = svg[0].read_text(encoding="utf-8")
    # The counts at the edges are not drawn; what the range leaves out is said in words.
    assert "later ▶" not in text and "◀" not in text
    assert f"{before:,} earlier and {after:,} later outside this range" in text
    # A title and a legend of what the glyphs mean; every lane, with all its rows (a short
    # pane draws them compact, or scrolls).
    assert "Demo: facts by date" in text
    assert "a fact dated to a day" in text
    assert all(name in text for name in names)
    assert "opens the lane" not in text

    _export(window, qtbot, svg[1])
    timeline.clear_selection()
    QApplication.processEvents()
    _export(window, qtbot, svg[2])
    selected, clear = QImage(str(svg[1])), QImage(str(svg[2]))
    # The selection leaves no ring in the picture.
    assert selected == clear
    # The pane's width (the layout the analyst sees), twice the pixels, as tall as the
    # lanes with the title and the legend: taller than the short pane it was drawn from.
    viewport = timeline.viewport()
    assert selected.width() == viewport.width() * 2
    assert selected.height() > viewport.height() * 2
    assert selected.height() / 2 >= timeline.content_height()


@pytest.mark.usefixtures("styled")
def test_the_whole_timeline_picture_is_as_tall_as_its_lanes(demo_project, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Everything exported while a filter narrows the screen (and the command line's export)
    was 1600x900 whatever the lanes needed: six lanes left half of it blank."""
    from PySide6.QtGui import QColor, QImage

    from desktop.services.project import ProjectService
    from desktop.ui.export import render_timeline

    project = ProjectService.open(demo_project)
    try:
        target = tmp_path / "whole.png"
        render_timeline(project, target)
    finally:
        project.close()
    picture = QImage(str(target))
    assert picture.width() == 3200
    assert 600 < picture.height() < 1500
    # No blank foot: the last rows hold the legend's glyphs and words.
    foot = [
        QColor(picture.pixel(x, y)).lightness()
        for y in range(picture.height() - 60, picture.height())
        for x in range(0, picture.width(), 4)
    ]
    assert min(foot) < 120


def _tab_walk(qtbot, start, steps: int) -> list:  # type: ignore[no-untyped-def]
    """Where Tab takes the keyboard, ``steps`` times from ``start`` (Ctrl+Tab leaves the
    timeline, whose Tab steps through its facts)."""
    from PySide6.QtCore import Qt

    from desktop.ui.timeline.view import TimelineView

    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = []
    for _ in range(steps):
        here = QApplication.focusWidget()
        seen.append(here)
        ctrl = isinstance(here, TimelineView)
        mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(here, Qt.Key.Key_Tab, mods)
        QApplication.processEvents()
    return seen


def test_tab_leaves_the_facts_table_for_the_articles_and_goes_round_the_window(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    """From the facts table Tab went to the tab bar and back to the table for ever: the tab
    widget stood in the chain after the table and handed the focus to its bar. The articles,
    the search and the rest of the window could be reached by Tab no more."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.activateWindow()
    seen = _tab_walk(qtbot, window.facts_panel.table, 20)
    assert seen[1] is window.articles_panel.table
    assert seen[2] is window.find_edit
    # Once round, each stop once: the bar of tabs, the table, and back to the articles.
    bar = window.tabs.tabBar()
    assert bar in seen and window.timeline in seen and window.reader.body in seen
    again = seen.index(window.articles_panel.table, 2)
    assert seen[again - 2 : again] == [bar, window.facts_panel.table]
    assert len(set(map(id, seen[1:again]))) == again - 1
    assert window.tabs not in seen


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_where_tab_is_shows_on_buttons_and_lists_in_both_themes(qtbot, theme: str):  # type: ignore[no-untyped-def]
    """A focused button or closed list had a one-pixel blue frame, a shade from the grey one
    around it: on the dark window a keyboard user lost where Tab had gone. It is two pixels
    now, and nothing moves when the focus comes or goes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style, font = app.palette(), app.styleSheet(), app.style().name(), app.font()
    apply_look(app, theme)
    try:
        bar = QWidget()
        qtbot.addWidget(bar)
        row = QHBoxLayout(bar)
        field, button = QLineEdit(), QPushButton("Go to date…")
        combo = QComboBox()
        combo.addItems(["All sources", "Harbor Wire"])
        for w in (field, button, combo):
            row.addWidget(w)
        bar.show()
        qtbot.waitExposed(bar)
        highlight = app.palette().color(QPalette.ColorRole.Highlight)

        def blue(widget) -> int:  # type: ignore[no-untyped-def]
            picture = widget.grab().toImage()
            return sum(
                1
                for x in range(picture.width())
                for y in range(picture.height())
                if _near(QColor(picture.pixel(x, y)), highlight)
            )

        sizes = (button.size(), combo.size())
        for widget in (button, combo):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            around = 2 * (widget.width() + widget.height())
            # A frame of two pixels all round (less its rounded corners), not one.
            assert blue(widget) >= 1.6 * around, (widget, blue(widget), around)
            field.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert blue(widget) < 0.5 * around
        assert (button.size(), combo.size()) == sizes
    finally:
        app.setStyleSheet(sheet)
        app.setStyle(style)
        app.setPalette(palette)
        app.setFont(font)


def _near(a, b) -> bool:  # type: ignore[no-untyped-def]
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_controls_with_a_key_say_it_in_their_tooltip(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """The Facts and Figures tabs, the search field and the filter lists had keys (Alt+1,
    Alt+2, Ctrl+F, Alt+S, Alt+T) that only the menus or the underlined letters told; the
    Pair note button's tooltip was its key alone, '(Ctrl+Shift+P)'."""
    from desktop.ui.main_window import TAB_CONFLICTS, TAB_FACTS, TAB_FIGURES

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    tabs = window.tabs
    for index, key in ((TAB_FACTS, "Alt+1"), (TAB_FIGURES, "Alt+2"), (TAB_CONFLICTS, "Alt+3")):
        assert tabs.tabToolTip(index).endswith(f"({key})"), tabs.tabToolTip(index)
    assert "Ctrl+F" in window.find_edit.toolTip()
    assert window.source_combo.toolTip().endswith("(Alt+S)")
    assert window.status_combo.toolTip().endswith("(Alt+T)")
    # The keys said are the keys that work.
    qtbot.keyClick(window.find_edit, "2", modifier=Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == TAB_FIGURES
    panel = window.conflicts_panel
    for button in (panel.pair_note_button, panel.group_note_button):
        words = button.toolTip().split("(")[0].strip()
        assert len(words.split()) >= 3, button.toolTip()
    assert panel.pair_note_button.toolTip().endswith("(Ctrl+Shift+P)")


def test_a_report_picture_of_a_hidden_timeline_has_its_width_and_says_what_is_left_out(
    qtbot, tmp_path: Path
):  # type: ignore[no-untyped-def]
    """A timeline not on screen was drawn at its viewport's stale width (640, the narrowest
    picture, for a view sized 1000); lanes past the picture's foot are counted in its title,
    and the legend explains the marks of the statuses shown."""
    from datetime import date, timedelta

    from PySide6.QtGui import QImage

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.view import TimelineView

    statuses = ["auto", "confirmed", "rejected", "edited", "manual"]
    items = [
        TimelineItem(
            i,
            f"County Gazette edition {i % 90:02d}",
            date(2024, 3, 1) + timedelta(days=i % 200),
            date(2024, 3, 1) + timedelta(days=i % 200),
            f"Council vote number {i}",
            status=statuses[i % 5],
        )
        for i in range(1800)
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_data(TimelineData(items))
    view.set_show_rejected(True)
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert view.render_report(png, scale=1.0, title="County votes")
    assert QImage(str(png)).width() == 1000
    assert view.render_report(svg, title="County votes")
    text = svg.read_text(encoding="utf-8")
    assert "County votes" in text and "lanes below not drawn" in text
    for words in ("confirmed by the analyst", "edited by the analyst", "added by hand"):
        assert words in text


def _key(qtbot, key, mods=None) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the keyboard is, as the analyst presses it."""
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard is nowhere"
    qtbot.keyClick(target, key, mods or Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def _tab_to(qtbot, widget, limit: int = 25) -> None:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


@pytest.mark.usefixtures("styled")
def test_a_keyboard_only_analyst_imports_reads_confirms_filters_and_exports(
    make_window, qtbot, demo_project, tmp_path: Path
):  # type: ignore[no-untyped-def]
    """The whole day's round with keys alone: the import dialog's fields by Tab and Enter,
    Ctrl+F and Alt+1 to a fact, Ctrl+J to read it in the article and back, Ctrl+Enter to
    confirm it, Alt+T to filter by status, Ctrl+E to export what is shown."""
    from desktop.ui.main_window import TAB_FACTS

    ctrl = Qt.KeyboardModifier.ControlModifier
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    articles = window.articles_panel.model.rowCount()

    # Import: the file dialog gives the paths; the rest is keys.
    story = tmp_path / "old_mill_bridge.txt"
    story.write_text(STORY, encoding="utf-8")
    dialog = window.import_paths([story])
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _tab_to(qtbot, dialog.published_edit)
    qtbot.keyClicks(dialog.published_edit, "2025-03-12")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.articles_panel.model.rowCount() == articles + 1, timeout=15000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=15000)
    qtbot.wait(100)

    # (a window manager gives the window back its activation when the dialog closes; the
    # offscreen platform does not)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    # Find its facts: Ctrl+F, words, Enter; Alt+1 puts the keyboard in the facts.
    _key(qtbot, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is window.find_edit
    qtbot.keyClicks(window.find_edit, "Old Mill")
    _key(qtbot, Qt.Key.Key_Return)
    table = window.facts_panel.table
    qtbot.waitUntil(lambda: window.facts_panel.model.rowCount() >= 1, timeout=5000)
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == TAB_FACTS and QApplication.focusWidget() is table
    _key(qtbot, Qt.Key.Key_Down)
    fact_ids = window.facts_panel.selected_ids()
    assert len(fact_ids) == 1
    fact_id = fact_ids[0]
    assert "Old Mill" in window.facts_panel.model.fact(fact_id).text

    # Read it in the article, and come back.
    _key(qtbot, Qt.Key.Key_J, ctrl)
    assert QApplication.focusWidget() is window.reader.body
    assert "Old Mill" in window.reader.body.toPlainText()
    _key(qtbot, Qt.Key.Key_J, ctrl)
    assert QApplication.focusWidget() is table

    # Confirm it.
    _key(qtbot, Qt.Key.Key_Return, ctrl)
    qtbot.waitUntil(
        lambda: window.facts_panel.model.fact(fact_id).status == "confirmed", timeout=5000
    )

    # Filter: Escape clears the search, Alt+T the status list, Down to a status.
    _key(qtbot, Qt.Key.Key_F, ctrl)
    _key(qtbot, Qt.Key.Key_Escape)
    assert window.find_edit.text() == ""
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.status_combo
    while window.status_combo.currentData() != "confirmed":
        _key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.facts_panel.model.rowCount() == 1, timeout=5000)

    # Export what is shown as a picture: Ctrl+E, the format by its arrow keys, the file typed.
    _key(qtbot, Qt.Key.Key_E, ctrl)
    export = window.findChild(QDialog, "exportDialog") or QApplication.activeModalWidget()
    assert export is not None
    qtbot.waitExposed(export)
    _tab_to(qtbot, export.format_combo)
    while export.format() != "svg":
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is export.path_edit
    target = tmp_path / "confirmed.svg"
    export.path_edit.selectAll()
    qtbot.keyClicks(export.path_edit, str(target))
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = target.read_text(encoding="utf-8")
    assert "confirmed only" in text and "1 fact" in text


def test_a_label_at_the_right_edge_ends_in_an_ellipsis_not_a_torn_word(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fact near the right edge drew its label on under the edge, cut mid-letter: in an
    exported picture 'The number of North Korean soldiers.' ended in half an 's'."""
    from datetime import date

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.view import TimelineView

    label = "The harbour authority reopened the north quay to container ships after repairs"
    items = [
        TimelineItem(1, "Port Ellis Courier", date(2025, 2, 3), date(2025, 2, 3), "Storm hits"),
        TimelineItem(2, "Port Ellis Courier", date(2025, 2, 26), date(2025, 2, 26), label),
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 260)
    view.set_data(TimelineData(items))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(date(2025, 2, 1), date(2025, 2, 28))
    screen, paper = tmp_path / "screen.svg", tmp_path / "paper.svg"
    # On screen it runs on under the edge, where a pan brings the rest.
    assert view.render_to_image(screen)
    assert "The harbour authority" in screen.read_text(encoding="utf-8")
    # On paper it stops, whole letters and an ellipsis, before the edge.
    assert view.render_report(paper, title="Port Ellis")
    text = paper.read_text(encoding="utf-8")
    assert "The harbour authority" not in text
    assert "…" in text and "Storm hits" in text


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_chosen_radio_button_shows_when_tab_is_on_it(qtbot, theme: str):  # type: ignore[no-untyped-def]
    """A chosen radio button is ringed in the highlight colour already: with the focus only
    changing that ring, the Export dialog's 'Everything in the project' looked the same with
    the keyboard on it or not."""
    from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style, font = app.palette(), app.styleSheet(), app.style().name(), app.font()
    apply_look(app, theme)
    try:
        box = QWidget()
        qtbot.addWidget(box)
        column = QVBoxLayout(box)
        shown, everything = QRadioButton("Only what is shown"), QRadioButton("Everything")
        column.addWidget(shown)
        column.addWidget(everything)
        everything.setChecked(True)
        box.show()
        qtbot.waitExposed(box)
        shown.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        size = everything.size()
        away = everything.grab().toImage()
        everything.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        here = everything.grab().toImage()
        assert everything.size() == size
        changed = sum(
            1
            for x in range(here.width())
            for y in range(here.height())
            if here.pixel(x, y) != away.pixel(x, y)
        )
        assert changed >= 0.4 * here.width() * here.height(), changed
    finally:
        app.setStyleSheet(sheet)
        app.setStyle(style)
        app.setPalette(palette)
        app.setFont(font)


def test_a_lane_is_folded_and_opened_again_from_the_view_menu(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Folding a lane (to leave an outlet out of the timeline and its exported picture) was a
    click on the lane's arrow only."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    view_menu = window.menuBar().actions()[titles.index("View")].menu()
    assert window.fold_lane_action in view_menu.actions()
    assert window.unfold_lanes_action in view_menu.actions()
    # Nothing chosen: nothing folded, and the status bar says why.
    window.timeline.clear_selection()
    assert window.fold_lane_action.isEnabled()
    window.fold_lane_action.trigger()
    assert window.timeline.collapsed_lanes() == frozenset()
    assert "Choose a fact" in window.statusBar().currentMessage()
    fact = window.facts_panel.model.fact_at(0)
    window.select_fact(fact.id, origin="table")
    lane = window.timeline.data().item(fact.id).lane
    window.fold_lane_action.trigger()
    assert window.timeline.collapsed_lanes() == frozenset({lane})
    window.unfold_lanes_action.trigger()
    assert window.timeline.collapsed_lanes() == frozenset()
