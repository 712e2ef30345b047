"""Round 29: a big project stays quick and readable. Confirming, rejecting and undoing reads
no fact again from the project (each read passed over every contradiction: 130 ms a fact in
a project of 20,000 facts)."""

from __future__ import annotations

from typing import Any

from tests.ui.test_review import open_at


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
