"""Round 45: a batch import shows each article in the list as it is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
    # (round 46: the articles stored are added to the list as rows, not by a reset of it)
    for signal in (model.modelReset, model.rowsInserted):
        signal.connect(lambda *_: seen.append((model.rowCount(), window.runner.busy())))
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


def test_the_stored_articles_are_added_without_reading_the_list_again(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Round 46 (3): each article stored is read alone and added where the list would show
    it (sorted by title, Z to A, here); the list is not read whole, nor reset, until the batch ends,
    and the article the analyst is reading stays current."""
    from desktop.services.project import ProjectService
    from desktop.ui.models.articles import COL_TITLE

    window = open_at(make_window, qtbot, tmp_path / "Bridges.factlane", 1280, 800)
    first, *rest = _stories(tmp_path)
    dialog = window.import_paths([first])
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    QApplication.processEvents()
    reading = window.articles_panel.current_article()
    assert reading is not None
    panel = window.articles_panel
    panel.model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    whole_reads: list[bool] = []
    real_articles = ProjectService.articles

    def articles(self):  # type: ignore[no-untyped-def]
        whole_reads.append(not window.last_import)  # (set as the batch ends)
        return real_articles(self)

    monkeypatch.setattr(ProjectService, "articles", articles)
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(not window.last_import))
    window.last_import = []
    dialog = window.import_paths(rest)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=60000)
    assert window.runner.busy()
    # added in the list's order (each new town at the top), the current article still the
    # one being read
    titles = [panel.model.article_at(r).title for r in range(panel.model.rowCount())]
    assert titles == sorted(titles, reverse=True)
    assert titles[-1].startswith("Ashby")
    assert panel.current_article() == reading
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    QApplication.processEvents()
    # while the batch ran, the project's list was never read whole, nor the view reset (its
    # end reads everything again, as before)
    assert whole_reads and True not in whole_reads
    assert True not in resets
    # what was added is what the project's list says, counts and all
    shown = {panel.model.article_at(r).id: panel.model.article_at(r) for r in range(8)}
    assert shown == {a.id: a for a in window.project.articles()}
