"""Round 45: a batch import shows each article in the list as it is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at

TOWNS = ["Ashby", "Brinmore", "Calder", "Dunholt", "Elswick", "Farrow", "Glenmere", "Hadley"]


def _stories(folder: Path) -> list[Path]:
    paths = []
    for i, town in enumerate(TOWNS):
        path = folder / f"{i:02d}_{town.lower()}.txt"
        path.write_text(
            f"{town} council approves new bridge\n\n"
            f"{town}, March {i + 3}, 2025 - The {town} council voted on Tuesday to build a "
            f"footbridge over the river, the mayor said. About {120 + i} residents attended "
            "the meeting, which lasted three hours.\n\n"
            f"Work is due to start in June and cost at least {2 + i} million pounds, "
            "according to the council's budget papers published last week.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_each_article_appears_in_the_list_as_it_is_stored(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Bridges.factlane", 1280, 800)
    paths = _stories(tmp_path)
    model = window.articles_panel.model
    seen: list[tuple[int, bool]] = []
    model.modelReset.connect(lambda: seen.append((model.rowCount(), window.runner.busy())))
    dialog = window.import_paths(paths)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    QApplication.processEvents()
    # while the batch was still running, the list already held some of its articles, and
    # the count only grew
    during = [rows for rows, busy in seen if busy and 0 < rows < len(TOWNS)]
    assert during, seen
    assert during == sorted(during)
    # the end is as it was: every article, in the project's order
    assert model.rowCount() == len(TOWNS)
    listed = [model.article_at(r).id for r in range(model.rowCount())]
    assert sorted(listed) == sorted(a.id for a in window.project.articles())
    assert [o.status for o in window.last_import] == ["imported"] * len(TOWNS)
    assert window.articles_panel.title.toolTip().startswith(f"Articles ({len(TOWNS)})")
