"""Round 39: the Conflicts tab names the analyst's decisions that attach to no group now, and
lets the analyst put each on a group shown now (undoably), link its figure again, or hand it
back to the engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.analysis import conflicts
from desktop.domain.records import GroupRecord
from desktop.services.project import ProjectService
from desktop.storage.store import DetachedDecision
from desktop.ui.widgets import detached_decisions as detached_module
from desktop.ui.widgets.detached_decisions import (
    STRIP_DETAIL,
    DetachedDecisionsStrip,
    group_choices,
    made_on_figures,
    sentence,
    strip_text,
)
from desktop.ui.workspace import Workspace

SANK = """Ferry sinks off Marren Point

Published 9 June 2026

At least 12 people died when a passenger ferry sank off Marren Point on Monday, the coast guard
said.

Fishing boats rescued 40 people from the water, the harbour master said.
"""

RISES = """Marren ferry death toll rises

Published 10 June 2026

The number of people who died in the Marren ferry sinking has risen to 17, the port authority
said on Tuesday.

Fishing boats rescued 43 people from the water, the harbour master said.
"""

BURIED = """Marren buries ferry victims

Published 11 June 2026

Families in Marren buried the first of the 18 people who died in Monday's sinking, the mayor said
on Wednesday.

Eleven survivors were still in hospital in Dunlow, a nurse said.
"""

KILLED, RESCUED = "killed|people|count|", "rescued|people|count|"
KILLED_NOW, RESCUED_NOW = "killed|person|count|", "rescued|person|count|"


def _respell(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis spells its keys anew (as an upgrade's better grouping does): the same
    groups of figures under other keys."""
    spelled = conflicts.Quantity.key.fget
    assert spelled is not None
    monkeypatch.setattr(
        conflicts.Quantity, "key", property(lambda q: spelled(q).replace("people", "person"))
    )


def _build(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ferry project with two decisions that attach to no group after a respelling: the
    mayor's count on the deaths (their group, spelled anew, has a note of its own) and the
    survivors put by hand among the rescued (a link saved before links kept their figures)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (("sank.txt", SANK), ("rises.txt", RISES), ("buried.txt", BURIED)):
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    path = folder / "Marren.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(paths)
        assert {g.key for g in service.groups()} == {KILLED, RESCUED}
        service.set_group_decision(KILLED, accepted_value="18", note="the mayor's count")
        service.set_group_decision(KILLED_NOW, accepted_value="", note="check the port's list")
        [eleven] = [f.id for f in service.figures() if f.figure.number_text == "Eleven"]
        service.link_figure(eleven, RESCUED)
    con = sqlite3.connect(path)
    con.execute("UPDATE figure_link SET figure_keys_json = '[]'")
    con.commit()
    con.close()
    _respell(monkeypatch)
    with ProjectService.open(path) as service:
        service.refresh_conflicts(force=True)
        assert {g.key for g in service.groups()} == {KILLED_NOW, RESCUED_NOW}
        assert {(d.kind, d.reason) for d in service.detached_decisions()} == {
            ("group", "taken"),
            ("link", "gone"),
        }
    return path


# -- without a window -----------------------------------------------------------------------------


def _group(key: str, ids: list[int], value: str = "", note: str = "") -> GroupRecord:
    return GroupRecord(1, key, key.split("|")[0], ids, value, note)


def test_the_strip_counts_in_words() -> None:
    assert strip_text(1) == "1 of your decisions attaches to no group now"
    assert strip_text(3) == "3 of your decisions attach to no group now"
    assert strip_text(1200) == "1,200 of your decisions attach to no group now"


def test_groups_holding_the_figures_come_first_and_a_taken_one_says_so() -> None:
    d = DetachedDecision("group", "deaths|old", "taken", "18", figure_ids=(5, 7), groups=("b",))
    groups = [
        _group("a", [1, 2]),
        _group("b", [5, 7, 9], note="the governor's"),
        _group("c", [3, 7]),
    ]
    choices = dict((key, text) for text, key in group_choices(d, groups))
    # the one holding its figures but taken comes last: the first offered can take it
    assert list(choices) == ["c", "a", "b"]
    assert "has a decision of its own" in choices["b"]
    assert "2 of those it was made on" in choices["b"]
    assert "1 of those it was made on" in choices["c"]
    assert "of those" not in choices["a"] and "(2 figures)" in choices["a"]
    assert "decision of its own" not in choices["a"] + choices["c"]
    assert sentence(d).startswith("The decision on the group 'deaths|old'")
    assert sentence(d).endswith("kept in the project.")


def test_a_link_is_offered_every_group_but_its_own() -> None:
    d = DetachedDecision("link", "b", "gone", figure_id=4, figure_ids=(4,))
    choices = group_choices(d, [_group("a", [1]), _group("b", [2], "9"), _group("c", [4, 6])])
    assert [key for _, key in choices] == ["c", "a"]
    # a link may go where a decision stands: no warning for it
    assert all("decision of its own" not in text for text, _ in choices)


def test_the_dialog_puts_a_decision_on_a_group_and_undo_detaches_it_again(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = _build(tmp_path, monkeypatch)
    with ProjectService.open(path) as project:
        undo = QUndoStack()
        workspace = Workspace(project, undo)
        strip = DetachedDecisionsStrip()
        qtbot.addWidget(strip)

        def settle() -> None:
            strip.set_state(workspace, project.detached_decisions(), project.groups())

        said: list[str] = []
        workspace.message.connect(said.append)
        settle()
        assert not strip.isHidden()
        assert strip.title.text() == "2 of your decisions attach to no group now"
        dialog = strip.review()
        assert dialog.model.rowCount() == 2
        [row] = [r for r in range(2) if dialog.model.decision(r).kind == "group"]
        dialog.choose(row)
        numbers = sorted(r.figure.number_text for r in dialog.made_on.figure_rows())
        assert numbers == ["12", "17", "18"]
        assert len(dialog.figures_view.selectionModel().selectedRows()) == 3
        assert dialog.put_button.isEnabled() and dialog.link_button.isHidden()

        # the deaths' group has a note of its own: said plainly, nothing changes
        assert not dialog.put_on_group(KILLED_NOW)
        assert not dialog.error_label.isHidden()
        assert "has a decision of its own" in dialog.error_label.text()
        assert undo.count() == 0
        assert len(project.detached_decisions()) == 2

        assert said == []
        assert dialog.put_on_group(RESCUED_NOW)
        assert dialog.error_label.isHidden()
        # round 40: the group is said by its label, as the Conflicts tab shows it
        assert "now on the group 'people rescued'" in said[-1] and "Undo" in said[-1]
        assert undo.undoText() == "Put decision on group"
        values = {g.key: (g.accepted_value, g.note) for g in project.groups()}
        assert values[RESCUED_NOW] == ("18", "the mayor's count")
        settle()
        assert strip.title.text() == "1 of your decisions attaches to no group now"
        assert dialog.model.rowCount() == 1 and dialog.current().kind == "link"

        undo.undo()
        settle()
        assert {g.key: g.accepted_value for g in project.groups()}[RESCUED_NOW] == ""
        assert {(d.kind, d.group_key) for d in project.detached_decisions()} == {
            ("group", KILLED),
            ("link", RESCUED),
        }
        assert strip.title.text() == "2 of your decisions attach to no group now"
        undo.redo()
        assert {g.key: g.accepted_value for g in project.groups()}[RESCUED_NOW] == "18"
        dialog.close()


def test_the_strip_line_is_cut_short_with_an_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = DetachedDecisionsStrip()
    qtbot.addWidget(strip)
    d = DetachedDecision("group", "k", "gone", "18")
    strip.set_state(None, [d], [])
    strip.resize(1400, 40)
    strip.show()
    qtbot.waitUntil(lambda: strip.detail.width() > 400)
    assert strip.detail.text() == STRIP_DETAIL
    strip.resize(strip.title.sizeHint().width() + strip.review_button.sizeHint().width() + 150, 40)
    qtbot.waitUntil(lambda: strip.detail.text() != STRIP_DETAIL)
    assert strip.detail.text().endswith("…")
    assert strip.detail.fontMetrics().horizontalAdvance(strip.detail.text()) <= strip.detail.width()
    assert "'18'" in strip.toolTip()
    strip.set_state(None, [], [])
    assert strip.isHidden()


def test_made_on_figures_put_a_links_own_figure_first(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "p.factlane", create=True) as project:
        (tmp_path / "sank.txt").write_text(SANK, encoding="utf-8")
        project.import_files([tmp_path / "sank.txt"])
        figures = project.figures()
        last = figures[-1].id
        d = DetachedDecision("link", "x", "gone", figure_id=last, figure_ids=(figures[0].id,))
        assert [f.id for f in made_on_figures(d, figures)] == [last, figures[0].id]


# -- in the window ----------------------------------------------------------------------------------


def _settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.flush_refresh()
    qtbot.waitUntil(lambda: not window.runner.busy() and window.facts_loaded(), timeout=20000)
    QApplication.processEvents()


def _opened(make_window, qtbot, path: Path, w: int = 1400, h: int = 900):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(w, h)
    window.show()
    assert window.open_project(path)
    _settled(window, qtbot)
    return window


def test_the_conflicts_tab_names_detached_decisions_and_places_them(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = _build(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path)
    strip = window.detached_strip
    assert strip.isVisibleTo(window.conflicts_panel)
    assert strip.title.text() == "2 of your decisions attach to no group now"
    chosen: list[list[tuple[str, str]]] = []

    def choose(parent, title, choices):  # type: ignore[no-untyped-def]
        chosen.append(choices)
        return RESCUED_NOW

    monkeypatch.setattr(detached_module, "choose_group", choose)
    assert window.conflicts_panel.select_group(KILLED_NOW)
    dialog = strip.review()
    [row] = [r for r in range(2) if dialog.model.decision(r).kind == "group"]
    dialog.choose(row)
    dialog.put_button.click()
    # the deaths' group, holding its figures but with a note of its own, offered last
    assert [key for _, key in chosen[0]] == [RESCUED_NOW, KILLED_NOW]
    _settled(window, qtbot)
    assert strip.title.text() == "1 of your decisions attaches to no group now"
    groups = window.conflicts_panel.groups_model
    decided = {
        g.key: g.accepted_value for g in (groups.group_at(r) for r in range(groups.rowCount()))
    }
    assert decided[RESCUED_NOW] == "18"
    # the tab shows the group the decision went to (it showed the deaths before)
    assert window.conflicts_panel.current_group().key == RESCUED_NOW
    assert window.undo_stack.undoText() == "Put decision on group"
    said = window.statusBar().currentMessage()
    # round 40: the status bar says the group by its label, as the Conflicts tab shows it
    assert "now on the group 'people rescued'" in said and "Undo" in said

    window.undo_stack.undo()
    _settled(window, qtbot)
    assert strip.title.text() == "2 of your decisions attach to no group now"
    window.undo_stack.redo()
    _settled(window, qtbot)
    assert strip.title.text() == "1 of your decisions attaches to no group now"

    # the survivors' link: put among the rescued shown now, and nothing is left to name
    assert dialog.current().kind == "link"
    assert not dialog.link_button.isHidden() and dialog.put_button.isHidden()
    dialog.link_button.click()
    _settled(window, qtbot)
    assert strip.isHidden()
    assert not dialog.isVisible()


def test_a_link_left_automatic_leaves_the_strip(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = _build(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path)
    dialog = window.detached_strip.review()
    [row] = [r for r in range(2) if dialog.model.decision(r).kind == "link"]
    dialog.choose(row)
    read: list[object] = []
    window.detached_strip.figureActivated.connect(read.append)
    dialog.read_button.click()
    assert [r.figure.number_text for r in read] == ["Eleven"]
    assert window.reader.detail is not None and "Dunlow" in window.reader.detail.text
    dialog.auto_button.click()
    _settled(window, qtbot)
    assert window.detached_strip.title.text() == "1 of your decisions attaches to no group now"
    assert dialog.model.rowCount() == 1 and dialog.current().kind == "group"
    assert window.undo_stack.undoText() == "Link figure"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_strip_at_common_sizes(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    path = _build(tmp_path, monkeypatch)
    window = _opened(make_window, qtbot, path, *size)
    from desktop.ui.main_window import TAB_CONFLICTS

    window.tabs.setCurrentIndex(TAB_CONFLICTS)
    _settled(window, qtbot)
    qtbot.wait(50)
    strip = window.detached_strip
    assert strip.isVisible()
    # one line: the title whole, the button whole, inside the tab
    assert strip.height() <= 2 * strip.review_button.sizeHint().height()
    assert strip.title.width() >= strip.title.sizeHint().width()
    assert strip.review_button.geometry().right() <= strip.width()
    # the line beside the count whole, or cut short with an ellipsis, never mid-word bare
    said = strip.detail.text()
    assert said in ("", detached_module.STRIP_DETAIL) or said.endswith("…")
    assert strip.detail.fontMetrics().horizontalAdvance(said) <= strip.detail.width()
    assert window.conflicts_panel.groups.isVisible()
    dialog = strip.review()
    qtbot.wait(50)
    # each sentence whole in the list (word-wrapped), the buttons inside the dialog
    view = dialog.view
    for r in range(dialog.model.rowCount()):
        rect = view.visualRect(dialog.model.index(r, 0))
        assert rect.height() > view.fontMetrics().height()
    assert dialog.put_button.geometry().right() <= dialog.width()
    dialog.close()


def test_read_only_the_strip_names_them_but_changes_nothing(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.storage.store import ProjectStore

    path = _build(tmp_path, monkeypatch)
    with ProjectStore.open(path):  # another window holds it
        window = make_window()
        window.show()
        window.ask_before_read_only = False
        assert window.open_project(path)
        _settled(window, qtbot)
        assert window.is_read_only()
        strip = window.detached_strip
        assert strip.title.text() == "2 of your decisions attach to no group now"
        dialog = strip.review()
        for row in range(2):
            dialog.choose(row)
            assert not dialog.put_button.isEnabled()
            assert not dialog.link_button.isEnabled() and not dialog.auto_button.isEnabled()
            assert dialog.read_button.isEnabled()
        [row] = [r for r in range(2) if dialog.model.decision(r).kind == "group"]
        dialog.choose(row)
        assert not dialog.put_on_group(RESCUED_NOW)
        assert "read-only" in dialog.error_label.text()
        assert window.undo_stack.count() == 0
        dialog.close()
        window.close_project()
    assert strip.isHidden()


def test_the_review_key_is_taken_by_no_menu_or_tab(make_window) -> None:  # type: ignore[no-untyped-def]
    """'Re&view…' was Alt+V, the View menu's key."""
    window = make_window()

    def key(text: str) -> str:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""

    taken = {key(a.text()) for a in window.menuBar().actions()}
    taken |= {key(window.tabs.tabText(i)) for i in range(window.tabs.count())}
    review = window.detached_strip.review_button
    buttons = window.conflicts_panel.findChildren(QPushButton)
    taken |= {key(b.text()) for b in buttons if b is not review}
    assert key(review.text()) == "w"
    assert key(review.text()) not in taken
