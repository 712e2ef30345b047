"""Round 9: frames in the dark theme, the formats the welcome names, the room each pane gets,
and a long PDF imported without freezing the window."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QListView

from desktop.ingest import SUPPORTED_SUFFIXES
from desktop.services.project import ProjectService
from desktop.ui.main_window import TAB_CONFLICTS, MainWindow
from desktop.ui.widgets.welcome import FORMAT_NAMES, readable_formats
from tests.ingest.documents import flowed, pdf
from tests.ui.test_window import wait_loaded


@pytest.fixture
def dark_look() -> Iterator[None]:
    """The dark palette and the style sheet for one test, then the application as it was."""
    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style = app.palette(), app.styleSheet(), app.style().name()
    apply_look(app, "dark")
    yield
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("which", ["text", "add"])
def test_multi_line_boxes_have_a_visible_frame_in_the_dark_theme(
    dark_look: None, qtbot: Any, which: str
) -> None:
    from desktop.ui.dialogs.entry import AddFactDialog, TextEntryDialog

    dialog = (
        TextEntryDialog(None, "Fact text", "&Fact:", "Troops crossed on Thursday.")
        if which == "text"
        else AddFactDialog(None)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setFocus()  # the frame unfocused: the focused one is the accent colour
    dialog.ok_button().setFocus()
    box = dialog.text_edit
    image = dialog.grab().toImage()
    top_left = box.mapTo(dialog, QPoint(0, 0))
    middle = top_left.y() + box.height() // 2
    edge = image.pixelColor(top_left.x(), middle)
    outside = image.pixelColor(top_left.x() - 3, middle)
    inside = image.pixelColor(top_left.x() + 6, middle)
    # Fusion's own frame is a shade off the dark window (a distance of about 30): one that
    # reads is well clear of both the window around the box and the box's inside.
    assert _distance(edge, outside) >= 60, (edge.name(), outside.name())
    assert _distance(edge, inside) >= 60, (edge.name(), inside.name())


def test_every_format_the_import_reads_has_a_name_in_the_welcome_tip(make_window: Any) -> None:
    unnamed = sorted(set(SUPPORTED_SUFFIXES.values()) - set(FORMAT_NAMES))
    assert not unnamed, f"add these formats to welcome.FORMAT_NAMES: {unnamed}"
    tip = make_window().welcome.hint.text()
    assert "(text, Markdown, web pages, " in tip and ", e-mail and news feeds)" in tip
    for name in FORMAT_NAMES.values():
        assert name in tip
    assert readable_formats() in tip
    assert ".txt" not in tip  # named in words, not by suffix


def _open(qtbot: Any, window: MainWindow, project: Path, size: tuple[int, int]) -> None:
    window.resize(*size)
    assert window.open_project(project)
    wait_loaded(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._sized_once)
    qtbot.wait(20)


def test_conflict_pairs_get_about_four_rows_at_1440x900(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    window.tabs.setCurrentIndex(TAB_CONFLICTS)
    _open(qtbot, window, demo_project, (1440, 900))
    pairs = window.conflicts_panel.pairs
    row = pairs.verticalHeader().defaultSectionSize()
    # Two rows was all the fixed stretches left them (about four now, whatever the fonts);
    # the sentences keep four lines or more.
    assert pairs.viewport().height() >= 3.5 * row
    cards = window.conflicts_panel.left_card
    assert cards.height() >= 4 * cards.fontMetrics().lineSpacing()


@pytest.mark.parametrize(("width", "least", "most"), [(1024, 220, 220), (1440, 240, 240), (1920, 360, 400), (2560, 470, 480)])  # fmt: skip
def test_the_articles_list_widens_with_the_window(
    make_window: Any, qtbot: Any, demo_project: Path, width: int, least: int, most: int
) -> None:
    window = make_window()
    _open(qtbot, window, demo_project, (width, 900))
    assert least <= window.main_splitter.sizes()[0] <= most


def test_a_dragged_pairs_splitter_is_remembered(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = make_window()
    window.tabs.setCurrentIndex(TAB_CONFLICTS)
    _open(qtbot, window, demo_project, (1440, 900))
    split = window.conflicts_panel.pair_splitter
    handle = split.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(0, -30))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(0, -30))
    dragged = split.sizes()
    window.close()
    assert QSettings().contains("window/conflictPairSplitter")
    again = make_window()
    again.tabs.setCurrentIndex(TAB_CONFLICTS)
    _open(qtbot, again, demo_project, (1440, 900))
    qtbot.waitUntil(lambda: again.conflicts_panel.pair_splitter.sizes() == dragged)


def long_report(path: Path, pages: int = 300) -> Path:
    """A report of ``pages`` pages of dated, counted sentences, as a PDF."""
    rng = random.Random(9)
    said = [
        "On January {d}, officials said that about {n} soldiers had been deployed.",
        "The ministry reported on Thursday that at least {n} people were killed.",
        "Last month the agency estimated that more than {n} troops had crossed the border.",
    ]
    paragraphs = [("title", "Annual report on the conflict")]
    while True:
        text = " ".join(
            rng.choice(said).format(d=rng.randint(1, 28), n=rng.randint(100, 20000))
            for _ in range(4)
        )
        paragraphs.append(("para", text))
        if len(paragraphs) % 50 == 0 and len(flowed(paragraphs)) > pages:
            break
    path.write_bytes(pdf(flowed(paragraphs)[:pages], {"Title": "Annual report"}))
    return path


def test_a_300_page_pdf_imports_without_freezing_and_cancel_leaves_the_project(
    make_window: Any, qtbot: Any, demo_project: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from desktop.ui.dialogs import import_dialog

    report = long_report(tmp_path / "report.pdf")
    window = make_window()
    _open(qtbot, window, demo_project, (1440, 900))
    before = len(window.project.articles())
    # The window stays live because of how the work is arranged, which is what is checked
    # here (wall-clock limits fail on a loaded machine): the file is read off the GUI thread,
    # and its paragraphs are laid out over several turns of the event loop. Reading it takes
    # about 8.5 s of CPU, which at a load of 9 on two cores passed 30 s: the wait is long.
    readers: list[bool] = []
    real_preview = import_dialog.read_article_items

    def preview(path: Path) -> Any:
        readers.append(threading.current_thread() is threading.main_thread())
        return real_preview(path)

    monkeypatch.setattr(import_dialog, "read_article_items", preview)
    dialog = window.import_paths([report])
    assert dialog is not None
    assert dialog.reading_label.isVisible()
    assert "being read" in dialog.summary.text()
    qtbot.waitUntil(lambda: not dialog.reading_label.isVisible(), timeout=120000)
    assert readers and not any(readers), "the long file was read on the GUI thread"
    assert dialog.files.entries()[0].raw is not None
    assert dialog.blocks.rowCount() > 300
    # Showing the report's 1,500 paragraphs at once froze the window for 0.7 s: the list lays
    # them out in batches, with the event loop running in between.
    assert dialog.body.layoutMode() == QListView.LayoutMode.Batched
    assert dialog.body.batchSize() <= 200

    dialog.accept()
    qtbot.waitUntil(lambda: window.cancel_button.isVisible())
    qtbot.wait(100)
    assert window.progress.isVisible()
    window.cancel_button.click()
    assert window.progress.format() == "Cancelling…"
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    assert [o.status for o in window.last_import] == ["cancelled"]
    assert "1 cancelled" in window.statusBar().currentMessage()
    assert len(window.project.articles()) == before


def test_an_import_not_cancelled_stores_the_long_report(demo_project: Path, tmp_path: Path) -> None:
    """The service's cancel hook: asked once extraction is done, it keeps the article out;
    never asked to stop, the same file is stored."""
    report = long_report(tmp_path / "report.pdf", pages=40)
    steps: list[str] = []
    with ProjectService.open(demo_project) as project:
        before = len(project.articles())
        late = project.import_file(
            report, cancelled=lambda: "extracting" in steps, stage=steps.append
        )
        assert late.status == "cancelled"
        assert steps == ["reading", "extracting"]
        assert len(project.articles()) == before
        steps.clear()
        done = project.import_file(report, cancelled=lambda: False, stage=steps.append)
        assert done.status == "imported"
        assert steps == ["reading", "extracting", "saving"]
        assert len(project.articles()) == before + 1
