"""The Figures tab marks a number its sentence denies ("8 migrants, not 80"): struck through,
tagged "denied", and its tooltip quotes the sentence and says why it is in no conflict."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.domain import Figure
from desktop.domain.records import ArticleRecord, FigureRecord
from desktop.services.project import ProjectService
from desktop.ui.models.figures import (
    COL_TEXT,
    COL_VALUE,
    DENIED_HINT,
    DENIED_LEAD,
    DENIED_TAG,
    DeniedRole,
    FiguresTableModel,
)
from desktop.ui.widgets.figures_panel import DeniedValueDelegate, FiguresPanel, denied_colour
from tests.ui.test_review import open_at

SENTENCE = "The coastguard said 8 migrants, not 80, drowned off the island on Sunday."
BODY = f"Coastguard gives the toll. {SENTENCE} Searches go on."
AT = BODY.index("80,")


def _article() -> ArticleRecord:
    return ArticleRecord(
        id=4,
        path="coastguard.txt",
        title="Coastguard gives the toll",
        source="Island Herald",
        author=None,
        url=None,
        published=date(2025, 9, 8),
        published_origin="text",
        format="txt",
        imported_at=datetime(2025, 9, 8, 12, 0),
    )


def _records() -> list[FigureRecord]:
    said = dict(counted="migrants", measure="killed", attributed_to="The coastguard")
    own = Figure(AT - 14, AT - 4, "8 migrants", "8", 8, 8, "exact", **said)  # type: ignore[arg-type]
    denied = Figure(AT, AT + 2, "80", "80", 80, 80, "exact", denied=True, **said)  # type: ignore[arg-type]
    return [FigureRecord(1, _article(), own), FigureRecord(2, _article(), denied)]


def test_the_model_marks_only_the_denied_number() -> None:
    model = FiguresTableModel(article_text=lambda article_id: BODY if article_id == 4 else "")
    model.set_figures(_records())
    own, denied = (model.index(row, COL_VALUE) for row in range(2))
    assert (own.data(DeniedRole), denied.data(DeniedRole)) == (False, True)
    assert denied.data() == "80", "the value reads as written; the mark is beside it"
    assert denied.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert own.data(Qt.ItemDataRole.FontRole) is None
    assert denied.data(Qt.ItemDataRole.AccessibleTextRole) == f"80, {DENIED_TAG}"
    # only the value is struck: the sentence as written stays readable
    assert model.index(1, COL_TEXT).data(Qt.ItemDataRole.FontRole) is None


def test_the_tooltip_quotes_the_sentence_that_denies_the_number() -> None:
    model = FiguresTableModel(article_text=lambda _id: BODY)
    model.set_figures(_records())
    tip = str(model.index(1, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole))
    lines = tip.splitlines()
    assert lines[0] == DENIED_LEAD
    assert lines[1] == f"“{SENTENCE}”"
    assert "denied by the coastguard" in lines[2]
    assert lines[-1] == DENIED_HINT
    own_tip = str(model.index(0, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole))
    assert DENIED_LEAD not in own_tip and "according to the coastguard" in own_tip


def test_without_the_article_text_the_tooltip_quotes_the_figure_itself() -> None:
    model = FiguresTableModel()
    model.set_figures(_records())
    tip = str(model.index(1, COL_VALUE).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.splitlines()[:2] == [DENIED_LEAD, "“80”"]
    # a body edited since (the figure's words are no longer where they were) is not quoted
    model.article_text = lambda _id: "Another body altogether, shorter."
    tip = str(model.index(1, COL_VALUE).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.splitlines()[1] == "“80”"


def _tinted_like(image: QImage, colour: QColor) -> int:
    """Pixels of ``colour``'s hue (antialiased text and a translucent fill are blends of it)."""
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.hsvSaturation() > 60 and abs(c.hsvHue() - colour.hsvHue()) <= 12:
                found += 1
    return found


def test_the_panel_draws_a_denied_tag_beside_the_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.set_figures(_records())
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    table = panel.table
    rows = {
        table.model().index(r, COL_VALUE).data(DeniedRole): r
        for r in range(table.model().rowCount())
    }
    tag = DeniedValueDelegate.tag_width(table.font())
    value = table.fontMetrics().horizontalAdvance("80")
    assert table.columnWidth(COL_VALUE) >= value + tag, "the tag fits beside the value"

    shot = table.viewport().grab().toImage()
    amber = denied_colour(table.palette())

    def cell(row: int) -> QImage:
        rect = table.visualRect(table.model().index(row, COL_VALUE))
        return shot.copy(rect)

    assert _tinted_like(cell(rows[True]), amber) > 20, "the denied value carries its tag"
    assert _tinted_like(cell(rows[False]), amber) == 0, "a claimed value carries none"


def test_the_window_marks_a_denied_number_read_from_the_project(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path
):
    claim = tmp_path / "aid.txt"
    claim.write_text(
        "Migrants drown\n\nAid groups said 80 migrants drowned off the island on Sunday.\n",
        encoding="utf-8",
    )
    denial = tmp_path / "coastguard.txt"
    denial.write_text(f"Coastguard gives the toll\n\n{SENTENCE}\n", encoding="utf-8")
    path = tmp_path / "Island.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files([claim, denial], published=date(2025, 9, 8))

    window = open_at(make_window, qtbot, path, 1440, 900)
    window.show_tab(1)
    qtbot.waitUntil(lambda: window.figures_panel.table.isVisible())
    model = window.figures_panel.model
    marked = [
        (model.rows[r].article.path, model.rows[r].figure.number_text)
        for r in range(model.rowCount())
        if model.index(r, COL_VALUE).data(DeniedRole)
    ]
    assert marked == [(str(denial), "80")]
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_VALUE).data(DeniedRole))
    tip = str(model.index(row, COL_VALUE).data(Qt.ItemDataRole.ToolTipRole))
    assert f"“{SENTENCE}”" in tip.splitlines()
    # and it is the number the conflicts tab leaves out
    grouped = {fid for g in window.project.groups() for fid in g.figure_ids}
    assert model.rows[row].id not in grouped
