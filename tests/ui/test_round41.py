"""Round 41: an analyst's fresh look at the demo project (what was cut, cramped or unclear),
and the comparison's tentative pairs ("possibly the same figure") in the Conflicts tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.models.conflicts import GROUP_COL_CONTRADICTIONS, GROUP_COL_LABEL


def _settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.flush_refresh()
    qtbot.waitUntil(lambda: not window.runner.busy() and window.facts_loaded(), timeout=20000)
    QApplication.processEvents()


def _opened(make_window, qtbot, path: Path, w: int, h: int):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(w, h)
    window.show()
    assert window.open_project(path)
    _settled(window, qtbot)
    return window


# -- the fresh look ------------------------------------------------------------------------------


def _cut_names(panel) -> list[str]:  # type: ignore[no-untyped-def]
    """The quantities whose names the list's first column cuts."""
    table = panel.groups
    model = panel.groups_model
    fm = table.fontMetrics()
    room = table.columnWidth(GROUP_COL_LABEL) - fm.height() // 2
    return [
        model.group_at(r).label
        for r in range(model.rowCount())
        if fm.horizontalAdvance(model.group_at(r).label) > room
    ]


def test_beside_the_pairs_the_groups_names_are_whole(make_window, qtbot, demo_project) -> None:  # type: ignore[no-untyped-def]
    # A wide, short tab (1920x1080 with the 10 pt font apply_look sets, 1920x1000 with the
    # tests' 9 pt): the groups stand beside the pairs, in a third of the tab. Their names
    # ("North Korean soldiers injured", "...captured") were cut at the word that tells them
    # apart while a column of 120 pixels said one digit; the count steps aside for them now
    # and is said under the list for the chosen group.
    window = _opened(make_window, qtbot, demo_project, 1920, 1000)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.is_side_by_side() and panel.groups_model.rowCount() > 0)
    QApplication.processEvents()
    assert _cut_names(panel) == []
    assert panel.groups.isColumnHidden(GROUP_COL_CONTRADICTIONS)
    assert "contradiction" in panel.group_info.text()


def test_a_wide_list_keeps_its_counts(make_window, qtbot, demo_project) -> None:  # type: ignore[no-untyped-def]
    # stacked (1280x720) the list is wide enough for the names and the counts both
    window = _opened(make_window, qtbot, demo_project, 1280, 720)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.rowCount() > 0)
    QApplication.processEvents()
    assert not panel.is_side_by_side()
    assert _cut_names(panel) == []
    assert not panel.groups.isColumnHidden(GROUP_COL_CONTRADICTIONS)


def test_the_outlet_question_wraps_in_a_box_of_readable_width(
    make_window, qtbot, demo_project
) -> None:  # type: ignore[no-untyped-def]
    # The question named the article's title and what the outlet does on one line: the box
    # was 1080 pixels wide in a 1280 window, its field as wide as the screen.
    from PySide6.QtWidgets import QLabel

    window = _opened(make_window, qtbot, demo_project, 1280, 720)
    box = window.reader.ask_outlet()
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    QApplication.processEvents()
    fm = box.fontMetrics()
    assert box.width() <= fm.horizontalAdvance("x" * 70)
    label = box.findChild(QLabel)
    assert label is not None and label.wordWrap()
    # every line of the question shown, none clipped, inside the box
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().right() <= box.width()
    assert "Its facts move to this outlet's lane" in label.text()
    box.close()


# -- tentative pairs: "possibly the same figure" -------------------------------------------------

FLOOD = """Floodwater forces families from Marrow Vale

MARROW VALE, March 2, 2026 - Floodwater forced 1,200 residents of Marrow Vale from their
homes on Sunday, the county council said. Schools in the valley stayed shut.
"""

VALLEY = """Valley empties as the river keeps rising

March 3, 2026 - About 1,500 people left the valley overnight as the river kept rising,
volunteers with the Vale rescue team said on Monday.
"""


def _with_a_possible_pair(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The comparison pairs the council's 1,200 and the volunteers' 1,500 as possibly one
    figure (told alike, a day apart), whatever its own rules make of these two stories."""
    from desktop.analysis import conflicts as analysis
    from desktop.domain import TENTATIVE_REASON, FigurePair

    real = analysis.compare

    def compare(figures, links=None, unlinked=(), **kwargs):  # type: ignore[no-untyped-def]
        report = real(figures, links, unlinked, **kwargs)
        [a] = [r for r in figures if r.figure.low == 1200]
        [b] = [r for r in figures if r.figure.low == 1500]
        report.pairs[:] = [p for p in report.pairs if {p.a, p.b} != {a.id, b.id}]
        first, second = sorted((a.id, b.id))
        report.pairs.append(
            FigurePair(
                first,
                second,
                "contradiction",
                f"{TENTATIVE_REASON}people leaving their homes, a day apart; 1,200 vs about 1,500",
                "",
                tentative=True,
            )
        )
        return report

    monkeypatch.setattr(analysis, "compare", compare)


def _flood_project(folder: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService

    _with_a_possible_pair(monkeypatch)
    paths = []
    for name, text in (("flood.txt", FLOOD), ("valley.txt", VALLEY)):
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    path = folder / "Flood.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(paths)
    return path


def _possible_pair_shown(window, qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import TAB_CONFLICTS
    from desktop.ui.models.conflicts import TENTATIVE_KEY

    window.tabs.setCurrentIndex(TAB_CONFLICTS)
    _settled(window, qtbot)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.row_of(TENTATIVE_KEY) is not None)
    assert panel.select_group(TENTATIVE_KEY)
    qtbot.waitUntil(lambda: panel.current_pair() is not None)
    return panel


def test_a_possible_pair_is_listed_apart_and_quietly(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    from desktop.ui.models.conflicts import (
        GROUP_COL_CONTRADICTIONS,
        PAIR_COL_REASON,
        PAIR_COL_RELATION,
        TENTATIVE_KEY,
        relation_colour,
    )

    path = _flood_project(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path, 1400, 900)
    panel = _possible_pair_shown(window, qtbot)
    groups = panel.groups_model
    row = groups.row_of(TENTATIVE_KEY)
    # after every group found, under its own name, in italics and the muted colour
    assert row == groups.rowCount() - 1
    label = groups.index(row, 0)
    assert label.data() == "Possibly the same figure"
    assert label.data(Qt.ItemDataRole.FontRole).italic()
    muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    count = groups.index(row, GROUP_COL_CONTRADICTIONS)
    assert count.data(Qt.ItemDataRole.ForegroundRole).color() == muted
    assert count.data(Qt.ItemDataRole.ForegroundRole).color() != relation_colour("contradiction")
    assert "possibly one figure told twice" in label.data(Qt.ItemDataRole.ToolTipRole)
    # the pair: its relation quiet, its reason without the marker, why it may be one figure
    pairs = panel.pairs_model
    assert pairs.rowCount() == 1
    relation = pairs.index(0, PAIR_COL_RELATION)
    assert relation.data() == "contradiction"
    assert relation.data(Qt.ItemDataRole.ForegroundRole).color() == muted
    assert relation.data(Qt.ItemDataRole.FontRole).italic()
    # (UI round 52: why the two are possibly one first, then the relation's reason)
    assert pairs.index(0, PAIR_COL_REASON).data() == (
        "people leaving their homes, a day apart; if so, 1,200 vs about 1,500"
    )
    said = panel.relation_label.text()
    assert said.startswith("<i>Possibly the same figure</i> (people leaving their homes")
    assert relation_colour("contradiction").name() not in said
    assert "If so, " in said and "1,200 vs about 1,500" in said
    # the verdicts are the pair's; nothing of a group applies to it
    assert panel.confirm_button.isEnabled() and panel.dismiss_button.isEnabled()
    assert panel.confirm_button.toolTip().startswith("Yes, one figure told twice")
    assert panel.confirm_button.toolTip().endswith("(Ctrl+Shift+M)")
    for button in (panel.unlink_button, panel.accepted_button, panel.link_button):
        assert not button.isEnabled()
    # F9 comes to it as to a found contradiction waiting for a verdict (after them: its row
    # is the list's last)
    assert window.step_open_pair() == panel.current_pair()
    assert panel.current_group().key == TENTATIVE_KEY


def test_a_possible_pair_is_confirmed_or_dismissed_and_undone(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.conflicts import PAIR_COL_DECISION

    path = _flood_project(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path, 1400, 900)
    panel = _possible_pair_shown(window, qtbot)
    pair = panel.current_pair()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.pairs_model.index(0, PAIR_COL_DECISION).data() == "dismissed"
    assert {(p.a, p.b): p.decision for p in window.project.pairs()}[(pair.a, pair.b)] == (
        "dismissed"
    )
    window.undo_action.trigger()
    _settled(window, qtbot)
    assert {(p.a, p.b): p.decision for p in window.project.pairs()}[(pair.a, pair.b)] is None
    panel = _possible_pair_shown(window, qtbot)
    assert panel.pairs_model.index(0, PAIR_COL_DECISION).data() == "open"
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert {(p.a, p.b): p.decision for p in window.project.pairs()}[(pair.a, pair.b)] == (
        "confirmed"
    )
    assert "— confirmed" in panel.relation_label.text()


def test_possible_pairs_can_be_hidden_and_searched(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.conflicts import TENTATIVE_KEY

    path = _flood_project(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path, 1400, 900)
    panel = _possible_pair_shown(window, qtbot)
    action = window.show_possible_pairs_action
    assert action.isChecked()
    action.trigger()
    assert panel.groups_model.row_of(TENTATIVE_KEY) is None
    assert panel.groups_model.tentative_total == 1
    # the choice is kept for the next window
    other = make_window()
    assert not other.show_possible_pairs_action.isChecked()
    assert not other.conflicts_panel.groups_model.tentative_shown
    action.trigger()
    assert panel.groups_model.row_of(TENTATIVE_KEY) is not None
    # the search reads it as a group: by its sides' words, or by its name
    from desktop.ui.search import parse_search

    panel.set_query(parse_search("residents"))
    assert panel.groups_model.row_of(TENTATIVE_KEY) is not None
    panel.set_query(parse_search('"possibly the same"'))
    assert panel.groups_model.row_of(TENTATIVE_KEY) is not None
    panel.set_query(parse_search("schools"))
    assert panel.groups_model.row_of(TENTATIVE_KEY) is None


def test_the_pair_note_says_which_pair(make_window, qtbot, demo_project) -> None:  # type: ignore[no-untyped-def]
    # "Note on this pair:" over an empty box, the pairs list hidden behind the dialog: which
    # two figures it was about was left to memory (a group's note names its quantity).
    from desktop.ui.dialogs.entry import TextEntryDialog

    window = _opened(make_window, qtbot, demo_project, 1280, 720)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None)
    pair = panel.current_pair()
    qtbot.mouseClick(panel.pair_note_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in panel.findChildren(TextEntryDialog) if d.isVisible()]
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert panel.pairs_model.side(pair.a) in shown
    assert panel.pairs_model.side(pair.b) in shown
    assert pair.relation in shown
    dialog.reject()


def test_getting_started_shows_its_whole_text_when_the_screen_has_room(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Help > Getting Started, the first thing a new analyst reads, was 28 lines of the font
    # tall: its last line was cut and the text scrolled on any screen.
    from desktop.ui.dialogs.help import GettingStartedDialog

    window = make_window()
    window.show()
    window.getting_started_action.trigger()
    [guide] = [d for d in window.findChildren(GettingStartedDialog) if d.isVisible()]
    QApplication.processEvents()
    room = guide.screen().availableGeometry().height() - 60
    assert guide.height() <= room
    # (the offscreen screen, 800 pixels high, has room for it)
    assert room >= 600
    assert guide.text.verticalScrollBar().maximum() == 0
    assert "Open Demo Project" in guide.text.toPlainText()
    guide.close()
