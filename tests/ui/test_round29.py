"""Round 29: a big project stays quick and readable. Confirming, rejecting and undoing reads
no fact again from the project (each read passed over every contradiction: 130 ms a fact in
a project of 20,000 facts)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)


def _count_reads(window: Any) -> list[int]:
    """The fact ids the window reads again from the project from now on."""
    reads: list[int] = []
    workspace = window.workspace
    original = workspace.fact

    def counted(fact_id: int) -> Any:
        reads.append(fact_id)
        return original(fact_id)

    workspace.fact = counted
    return reads


def test_confirming_and_undoing_facts_reads_none_of_them_again(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.facts_panel
    model = panel.model
    chosen = [model.fact_at(row).id for row in range(3)]
    assert all(model.fact(fid).status == "auto" for fid in chosen)
    panel.select_facts(chosen)
    assert sorted(panel.selected_ids()) == sorted(chosen)
    reads = _count_reads(window)

    panel.confirm_selected()
    qtbot.wait(50)
    assert [model.fact(fid).status for fid in chosen] == ["confirmed"] * 3
    assert [window.timeline.data().item(fid).status for fid in chosen] == ["confirmed"] * 3
    window.undo_stack.undo()
    qtbot.wait(50)
    assert [model.fact(fid).status for fid in chosen] == ["auto"] * 3
    assert [window.timeline.data().item(fid).status for fid in chosen] == ["auto"] * 3
    panel.select_facts(chosen[:1])
    panel.reject_selected()
    qtbot.wait(50)
    assert model.fact(chosen[0]).status == "rejected"
    assert reads == []
    # What the project holds is what the window shows.
    assert window.workspace.project.fact(chosen[0]).status == "rejected"
    assert window.workspace.project.fact(chosen[1]).status == "auto"


def test_an_edited_text_is_still_read_again(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """A change of text or date can change the status too (auto -> edited): that fact is read
    again, as before."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    model = window.facts_panel.model
    fact_id = model.fact_at(0).id
    reads = _count_reads(window)
    window.workspace.edit_fact(fact_id, text="The bridge reopened to lorries.")
    qtbot.wait(50)
    assert reads == [fact_id]
    record = model.fact(fact_id)
    assert record.text == "The bridge reopened to lorries." and record.status == "edited"


def test_confirming_many_facts_counts_the_project_once(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """The status bar's counts are read once for a change to many facts, not once a fact."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.facts_panel
    chosen = [panel.model.fact_at(row).id for row in range(6)]
    panel.select_facts(chosen)
    project = window.workspace.project
    original = project.counts
    calls: list[int] = []

    def counted() -> dict[str, int]:
        calls.append(1)
        return original()

    project.counts = counted
    panel.reject_selected()
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=3000)
    qtbot.wait(50)
    assert len(calls) == 1
    # and the count says what the project now holds: six facts fewer (rejected ones are out)
    assert f"{original()['facts']:,} facts" in window.counts_label.text()
    window.undo_stack.undo()
    qtbot.wait(50)
    assert len(calls) == 2


def test_opening_leaves_the_conflicted_facts_to_the_background_read(
    make_window, qtbot, demo_project, monkeypatch
):  # type: ignore[no-untyped-def]
    """Finding the conflicted facts passes over every contradiction of the project (2 s at
    20,000 facts): the window no longer waits for it before drawing the timeline; the
    background read's facts know theirs, and the badges are put on when it lands."""
    from desktop.services.project import ProjectService

    asked: list[int] = []
    original = ProjectService.conflicted_fact_ids

    def counted(self: ProjectService) -> set[int]:
        asked.append(1)
        return original(self)

    monkeypatch.setattr(ProjectService, "conflicted_fact_ids", counted)
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    assert asked == []
    expected = original(window.workspace.project)
    assert expected, "the demo project has contradictions"
    data = window.timeline.data()
    flagged = {it.id for it in data if it.has_conflict}
    assert flagged == {fid for fid in expected if data.item(fid) is not None}
    model = window.facts_panel.model
    assert {f.id for f in model.all_facts() if f.has_conflict} == expected


def test_the_badges_of_many_facts_go_on_in_one_pass(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Thousands of conflict badges arriving at once make one new frame, not one a fact."""
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    view = window.timeline
    ids = [it.id for it in view.data()]
    assert len(ids) > 20
    passes: list[int] = []
    original = view._update_scrollbar

    def counted() -> None:
        passes.append(1)
        original()

    view._update_scrollbar = counted
    window._apply_conflicted(set(ids))
    assert all(view.data().item(fid).has_conflict for fid in ids)
    assert len(passes) <= 1
    window._apply_conflicted(set())
    assert not any(it.has_conflict for it in view.data())
    assert len(passes) <= 2


def test_many_items_replaced_at_once_keep_the_lanes_the_view_and_the_selection(qtbot):  # type: ignore[no-untyped-def]
    """Over REBUILD_AT items the index is made anew: the same lanes in the same order, the
    same zoom and the chosen fact still chosen; a few items change in place."""
    from dataclasses import replace
    from datetime import date, timedelta

    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.view import TimelineView

    lanes = ["Zeta Post", "Alpha Daily", "The Northern Valley Evening Chronicle"]
    day = date(2024, 3, 1)
    days_of = [day + timedelta(days=i % 40) for i in range(300)]
    items = [TimelineItem(i, lanes[i % 3], d, d, f"Fact {i}") for i, d in enumerate(days_of)]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.set_data(TimelineData(items, lanes))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_days(day.toordinal() + 3.25, day.toordinal() + 12.5)
    view.select_fact(7)
    days = view.visible_days()
    flagged = [replace(it, has_conflict=True) for it in items if it.id % 2]
    assert len(flagged) > TimelineView.REBUILD_AT
    old = view.data()
    changes: list[int] = []
    in_place = old.replace
    old.replace = lambda item: changes.append(item.id) or in_place(item)  # type: ignore[method-assign]
    view.replace_items(flagged)
    # no change item by item (each passes over its lane), one new index
    assert changes == []
    data = view.data()
    assert data is not old
    assert data.lane_names == lanes
    assert len(data) == 300
    assert {it.id for it in data if it.has_conflict} == {it.id for it in flagged}
    assert view.visible_days() == days
    assert view.selected_fact() == 7
    # a few, in place
    view.replace_items([replace(items[1], status="confirmed")])
    assert view.data() is data and data.item(1).status == "confirmed"


@pytest.mark.usefixtures("styled")
def test_the_highlighted_sentence_reads_after_the_theme_changes(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Preferences > Theme > Dark with a fact shown: its highlight stayed pale yellow behind
    the dark theme's white text (contrast 1.1:1); it takes the new theme's colour."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.ui.style import apply_look, contrast_ratio

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    fact_id = window.facts_panel.model.fact_at(0).id
    window.select_fact(fact_id, origin="table")
    reader = window.reader
    assert reader.highlighted_range() is not None
    body = reader.body
    app = QApplication.instance()

    def legible() -> float:
        chosen = body.extraSelections()
        fmt = chosen[0].format
        ground = QColor(fmt.background().color())
        text = body.palette().color(QPalette.ColorRole.Text)
        return contrast_ratio(text, ground)

    assert legible() >= 4.5
    top = body.verticalScrollBar().value()
    apply_look(app, "dark")
    qtbot.wait(20)
    assert legible() >= 4.5
    assert body.verticalScrollBar().value() == top
    apply_look(app, "light")
    qtbot.wait(20)
    assert legible() >= 4.5


def test_a_pairs_decision_shows_at_once_and_its_undo_too(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Deciding on a pair read the whole project again before the list said so (a second in
    a project of 20,000 facts): the row, the explanation, the buttons and the group's open
    count change at once; the background read follows."""
    from desktop.ui.main_window import TAB_CONFLICTS

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    window.show_tab(TAB_CONFLICTS)
    panel = window.conflicts_panel
    pair = panel.step_open_pair(True)
    assert pair is not None and pair.decision is None
    group = panel.current_group()
    assert group is not None
    groups = panel.groups_model
    row = groups.row_of(group.key)
    assert row is not None
    before = groups._open[group.key]

    panel.dismiss_button.click()
    # no event handled yet: nothing has been read again
    current = panel.current_pair()
    assert current is not None and (current.a, current.b) == (pair.a, pair.b)
    assert current.decision == "dismissed"
    assert "dismissed" in panel.relation_label.text()
    assert not panel.dismiss_button.isEnabled() and panel.reopen_button.isEnabled()
    assert groups._open[group.key] == before - 1
    assert [p.decision for p in groups.pairs_of(group.key) if (p.a, p.b) == (pair.a, pair.b)] == [
        "dismissed"
    ]

    window.undo_stack.undo()
    current = panel.current_pair()
    assert current is not None and current.decision is None
    assert panel.dismiss_button.isEnabled() and not panel.reopen_button.isEnabled()
    assert groups._open[group.key] == before
    # and the project read again agrees
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    qtbot.wait(100)
    pairs = {(p.a, p.b): p for p in window.workspace.project.pairs()}
    assert pairs[(pair.a, pair.b)].decision is None
