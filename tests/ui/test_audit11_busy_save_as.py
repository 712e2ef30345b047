"""Audit round 11: File > Save As while an import runs in the window.

Save As copied the project, then opened the copy, which cancels the window's work: the
import, two articles in of 24, was stopped with 21 files cancelled (said for a moment in the
status bar), the article stored between the copy and the cancel went to the old file only
(the copy held 2 articles, the file left behind 3), and the copy opened with the warning
that its last changes may be missing. Save As now waits for no one: while work that writes
to the project runs (an import, a re-extraction) it says why it cannot copy yet and what
to do, and changes nothing; the import goes on to its end. The stories are invented.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at

TOWNS = ["Ashby", "Brinmore", "Calder", "Dunholt", "Elswick", "Farrow", "Glenmere", "Hadley"]


def _stories(folder: Path, rounds: int = 3) -> list[Path]:
    paths = []
    for k in range(rounds):
        for i, town in enumerate(TOWNS):
            path = folder / f"{k}_{i:02d}_{town.lower()}.txt"
            path.write_text(
                f"{town} council {k} approves new bridge\n\n"
                f"{town}, March {i + 3}, 2025 - The {town} council (ward {k}) voted on Tuesday "
                f"to build a footbridge over the river, the mayor said. About {120 + i + 10 * k} "
                "residents attended the meeting, which lasted three hours.\n\n"
                f"Work is due to start in June and cost at least {2 + i} million pounds, "
                "according to the council's budget papers published last week.\n",
                encoding="utf-8",
            )
            paths.append(path)
    return paths


def test_save_as_while_an_import_runs_copies_nothing_and_the_import_goes_on(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.project import ProjectService

    original = tmp_path / "Bridges.factlane"
    window = open_at(make_window, qtbot, original, 1280, 800)
    said: list[tuple[str, str]] = []
    window.show_error = lambda title, text, advice="", details="": said.append(  # type: ignore[method-assign]
        (title, f"{text} {advice}")
    )
    paths = _stories(tmp_path)
    dialog = window.import_paths(paths)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: window.articles_panel.model.rowCount() >= 1, timeout=60000)
    assert window.runner.busy()
    copy = tmp_path / "Copy.factlane"
    assert not window.save_as(copy)
    # said, in the analyst's words: what runs, and what to do
    assert len(said) == 1, said
    title, text = said[0]
    assert title == "Cannot save a copy yet"
    assert "Importing" in text and "Bridges.factlane" in text and "Cancel" in text
    # nothing copied, nothing stopped: the window is on its project, the import goes on
    assert not copy.exists()
    assert window.project is not None and window.project.path == original
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=120000)
    QApplication.processEvents()
    assert [o.status for o in window.last_import] == ["imported"] * len(paths)
    # once it is done, Save As copies every article and opens the copy, with no warning
    assert window.save_as(copy)
    assert window.project.path == copy and window.project.store.open_warnings == ()
    assert len(window.project.articles()) == len(paths)
    window.close_project()
    with ProjectService.open(original) as left:
        assert len(left.articles()) == len(paths)


def test_save_as_while_the_facts_are_read_copies_at_once(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """Reading work (the facts table filled in the background) writes nothing: Save As goes
    ahead as before."""
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    copy = demo_project.with_name("Copy.factlane")
    assert window.save_as(copy)
    assert window.project is not None and window.project.path == copy
