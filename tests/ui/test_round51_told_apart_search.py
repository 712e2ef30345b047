"""UI round 51: the name that tells two rows of one label apart is searched, and read only
when the Conflicts tab is shown.

UI round 50 wrote "workers injured · Corran" and "workers injured · Velmont" for two stories'
groups of one label, but the facts search read the plain label only: "Corran" found neither
row (nor any other: no figure of the mill fire writes the town's name). And the name was
worked out at every refresh, reading the project's figures and articles' texts while the tab
was behind another, where everything else the tab reads waits until it is looked at. The
project is round 50's (round 58 (4)'s short reports and round 57's stories).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.domain import Figure
from desktop.domain.records import ArticleRecord, FigureRecord, GroupRecord, PairRecord
from desktop.ui.models.conflicts import TENTATIVE_KEY, ConflictGroupsModel, prepare_conflicts
from desktop.ui.search import conflict_matches, parse_search
from tests.ui.test_review import open_at
from tests.ui.test_round50_told_apart import _project, _rows


def record(fid: int, source: str, text: str) -> FigureRecord:
    article = ArticleRecord(
        fid, f"a{fid}.txt", f"a{fid}", source, None, None, date(2025, 1, 1), "text", "txt",
        datetime(2025, 1, 1),
    )  # fmt: skip
    return FigureRecord(fid, article, Figure(0, len(text), text, "3", 3, 3, "exact"))


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        qtbot.wait(60)
        QApplication.processEvents()


def _search(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.find_edit.setText(text)
    window._filters_changed()
    QApplication.processEvents()


def test_a_search_for_the_name_finds_the_row_that_shows_it(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1366, 768)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.rowCount() > 0, timeout=5000)
    _settle(qtbot)
    assert "workers injured · Corran" in {s for _, s in _rows(panel)}
    _search(window, "Corran")
    _settle(qtbot)
    assert [s for _, s in _rows(panel)] == ["workers injured · Corran"]
    # the row found is chosen, its pairs listed
    chosen = panel.current_group()
    assert chosen is not None and panel.groups_model.shown_label(chosen).endswith("Corran")
    assert panel.pairs_model.rowCount() > 0
    window.grab().save("/tmp/r51/search_corran.png")
    # a word left out leaves the row out; the other story's row is still found by its name
    _search(window, "injured -corran")
    _settle(qtbot)
    assert [s for _, s in _rows(panel)] == ["workers injured · Velmont"]
    # a refresh (a decision taken, a project read anew) keeps the search finding the name
    panel.refresh()
    _settle(qtbot)
    assert [s for _, s in _rows(panel)] == ["workers injured · Velmont"]
    _search(window, "")
    _settle(qtbot)
    assert len(_rows(panel)) > 2


def test_the_model_finds_a_group_by_the_name_it_shows() -> None:
    figures = {1: record(1, "Reuters", "3 injured"), 2: record(2, "AP", "5 injured")}
    mill = GroupRecord(7, "m", "workers injured", [1, 2])
    quarry = GroupRecord(8, "q", "workers injured", [1, 2])
    pairs = [PairRecord(1, 2, "contradiction", "3 vs 5", "m", note="")]
    query = parse_search("corran")
    assert conflict_matches(query, mill, pairs, figures) == (False, [])
    shown = "workers injured · Corran"
    assert conflict_matches(query, mill, pairs, figures, label=shown) == (True, pairs)
    assert conflict_matches(parse_search("-corran"), mill, pairs, figures, label=shown)[0] is False

    model = ConflictGroupsModel()
    model.set_prepared(prepare_conflicts([mill, quarry], pairs))
    model.set_query(query, figures)
    assert model.rowCount() == 0
    # the names come after the search (the tab tells the rows apart once shown): found then
    model.set_told_apart({"m": "Corran", "q": "Velmont"})
    keys = [model.group_at(r).key for r in range(model.rowCount())]
    assert [k for k in keys if k != TENTATIVE_KEY] == ["m"]
    # new groups drop the old names: which groups share a label is theirs to say
    model.set_prepared(prepare_conflicts([mill, quarry], pairs))
    assert model.rowCount() == 0
    model.set_query(parse_search(""), {})
    assert {model.shown_label(model.group_at(r)) for r in range(model.rowCount())} == {
        "workers injured"
    }


def test_the_names_are_read_when_the_tab_is_shown(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1366, 768)
    panel = window.conflicts_panel
    assert not panel.isVisible()  # the window opens on another tab
    qtbot.waitUntil(lambda: panel.groups_model.rowCount() > 0, timeout=5000)
    _settle(qtbot)
    reads: list[str] = []
    workspace = window.workspace
    article, figures = workspace.article, workspace.figures
    workspace.article = lambda i: (reads.append("article"), article(i))[1]
    workspace.figures = lambda: (reads.append("figures"), figures())[1]
    panel.refresh()  # as after a decision taken on another tab
    _settle(qtbot)
    # behind another tab: nothing read, the rows not yet named
    assert reads == []
    assert all(label == shown for label, shown in _rows(panel))
    window.show_tab(2)
    _settle(qtbot)
    assert "article" in reads and "figures" in reads
    shown = {s for _, s in _rows(panel)}
    assert {"workers injured · Corran", "workers injured · Velmont"} <= shown
    # read once: shown again with nothing new, nothing is read again
    reads.clear()
    window.show_tab(0)
    _settle(qtbot)
    window.show_tab(2)
    _settle(qtbot)
    assert reads == []
    # shown, a refresh names the rows at once
    panel.refresh()
    assert {"workers injured · Corran", "workers injured · Velmont"} <= {s for _, s in _rows(panel)}
