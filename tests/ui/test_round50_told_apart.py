"""UI round 50: two stories, two rows with one label.

Since Conflicts round 58 split a project into stories by what its articles are about, the
Conflicts tab could list two rows of one label ("workers injured" of a fire at the Corran
flour mill, and of an explosion at the Velmont quarry, the same week), and only opening a row
told which story it was of. A row whose label another row shares now says the name its
story's articles give and the other's do not ("workers injured · Corran"); a row whose label
is its own stays as it was. The articles are round 58 (4)'s short reports and round 57's three
stories (a bridge collapse, a dock strike, a measles outbreak), imported as text files; the
names expected (Corran, Velmont) were written before the first run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.analysis._about import telling_names
from desktop.services.project import ProjectService
from desktop.ui.models.conflicts import GROUP_COL_LABEL, TENTATIVE_KEY, told_apart
from tests.analysis.test_conflict_round58_short_stories import REPORTS
from tests.services.test_conflicts_round58_stories import _write
from tests.ui.test_review import open_at
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)
from tests.ui.test_round44_conflicts import LAPTOPS, _cut_cells


def _project(folder: Path) -> Path:
    paths = _write(folder / "stories")
    for article_id, _, day, text in REPORTS:
        title, _, body = text.partition("\n")
        path = folder / f"report{article_id}.txt"
        path.write_text(f"{title}\n\nPublished {day:%d %B %Y}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    project = folder / "Two stories.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(paths)
        service.pairs()
    return project


def _rows(panel) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each row's (group label, label shown), the tentative row left out."""
    model = panel.groups_model
    rows = []
    for row in range(model.rowCount()):
        g = model.group_at(row)
        if g.key != TENTATIVE_KEY:
            rows.append((g.label, str(model.index(row, GROUP_COL_LABEL).data())))
    return rows


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", LAPTOPS)
def test_two_rows_of_one_label_say_their_story(
    make_window, qtbot, tmp_path: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), *size)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.rowCount() > 0, timeout=5000)
    for _ in range(4):
        qtbot.wait(80)
        QApplication.processEvents()
    rows = _rows(panel)
    labels = Counter(label.casefold() for label, _ in rows)
    shown = {s for _, s in rows}
    assert "workers injured · Corran" in shown and "workers injured · Velmont" in shown
    for label, said in rows:
        if labels[label.casefold()] == 1:
            assert said == label  # a label of its own is left as it was
        else:
            assert said.startswith(f"{label} · ")
    # every row now reads apart from the others
    assert len(shown) == len(rows)
    # and whole in its column at a laptop's size (the tooltip says the name too)
    assert _cut_cells(panel.groups, panel.groups.fontMetrics().height() // 2) == []
    row = next(i for i, (_, s) in enumerate(rows) if s.endswith("· Corran"))
    tip = panel.groups_model.index(row, GROUP_COL_LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("workers injured · Corran")
    # chosen, the row is in view for the picture (looked at: /tmp/r50)
    assert panel.select_group(panel.groups_model.group_at(row).key)
    for _ in range(4):
        qtbot.wait(80)
        QApplication.processEvents()
    panel.groups.scrollToBottom()
    window.grab().save(f"/tmp/r50/conflicts_{size[0]}x{size[1]}.png")


def test_the_name_is_one_the_story_gives_and_the_other_does_not() -> None:
    texts = {
        "mill": [t for _, s, _, t in REPORTS if s == "mill"],
        "quarry": [t for _, s, _, t in REPORTS if s == "quarry"],
    }
    assert telling_names(texts) == {"mill": "Corran", "quarry": "Velmont"}
    # a name both give tells neither apart; a name of two words is said whole; a headline in
    # headline case and a sentence's first word name nothing
    assert telling_names(
        {
            "a": ["Dock Strike Goes On\nDockers at Port Kellin in Harl walked out."],
            "b": ["Harl dockers\nDockers in Harl and Ostry stayed at work, Tessa Marr said."],
        }
    ) == {"a": "Port Kellin", "b": "Ostry"}
    # no name of its own: none
    assert telling_names({"a": ["Fire in Harl, a town."], "b": ["Harl fire, in Harl."]}) == {}


def test_with_no_name_of_its_own_a_group_is_told_by_its_teller(tmp_path: Path) -> None:
    """Where the articles write no name (here their texts withheld and titles taken off), the
    group is told by what its figures give that the other's do not: the mill's injured are
    told by the fire service, the quarry's by its operator."""
    paths = []
    for article_id, _, day, text in REPORTS:
        title, _, body = text.partition("\n")
        path = tmp_path / f"{article_id}.txt"
        path.write_text(f"{title}\n\nPublished {day:%d %B %Y}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    with ProjectService.open(tmp_path / "Short.factlane", create=True) as service:
        service.import_files(paths)
        groups = service.groups()
        figures = {
            r.id: replace(r, article=replace(r.article, title=None)) for r in service.figures()
        }
    assert [g.label for g in groups] == ["workers injured", "workers injured"]
    told = told_apart(groups, figures, lambda _article: "")
    assert sorted(told.values()) == ["the fire service", "the operator"]
    # and with the texts, by the name each story writes
    with ProjectService.open(tmp_path / "Short.factlane") as service:
        texts = {a.id: service.article(a.id).text for a in service.articles()}
        named = told_apart(groups, {r.id: r for r in service.figures()}, texts.__getitem__)
    assert sorted(named.values()) == ["Corran", "Velmont"]
    # a label of its own is told apart from nothing
    assert told_apart(groups[:1], figures, lambda _article: "") == {}
