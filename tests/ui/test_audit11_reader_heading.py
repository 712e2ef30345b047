"""Audit round 11: the reader's heading keeps its size whatever an article's title, outlet or
author holds.

A page whose <title> held thousands of characters (a scraped page that put its text there),
an outlet named at length with --source or in the Outlet box, a byline listing hundreds of
names: the reader wrapped each whole, so the heading filled the reader (at 1400x900 the
article kept three lines, the title's lines ran over the outlet's), and the Outlet box,
which quotes the title, grew taller than the screen with its buttons out of reach. The
pages and names here are invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_review import open_at

BODY = (
    "<p>On March 3, 2026, officials in Vellmar said 12 people were hurt when a crane fell "
    "at the Orsk quay. By March 5 the quay had reopened, the port agency said.</p>"
    "<p>Rescue teams worked through the night of March 4.</p>"
)
LONG_TITLE = " ".join(f"Orsk quay council session {i}" for i in range(300))
LONG_AUTHOR = ", ".join(f"Reporter {i} Valdane" for i in range(200))
LONG_OUTLET = " ".join(["The Vellmar Evening Courier and Harbour Gazette"] * 110)


def _project(folder: Path, title: str, author: str, outlet: str | None) -> Path:
    from desktop.services.project import ProjectService

    page = folder / "quay.html"
    page.write_text(
        f"<html><head><title>{title}</title><meta name='author' content='{author}'></head>"
        f"<body>{BODY}</body></html>",
        encoding="utf-8",
    )
    path = folder / "Quay.factlane"
    with ProjectService.open(path, create=True) as project:
        outcomes = project.import_files([page], published=date(2026, 3, 6), source=outlet)
        assert [o.status for o in outcomes] == ["imported"]
    return path


def _words(text: str) -> str:
    return " ".join(text.split())


def _rect(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(1400, 900), (1024, 640)])
def test_a_title_outlet_and_byline_of_thousands_of_characters_leave_the_article_room(
    make_window, qtbot, tmp_path, size
):  # type: ignore[no-untyped-def]
    path = _project(tmp_path, LONG_TITLE, LONG_AUTHOR, LONG_OUTLET)
    window = open_at(make_window, qtbot, path, *size)
    reader = window.reader
    window.show_article(window.project.articles()[0].id)
    QApplication.processEvents()
    assert reader.detail is not None
    fm = reader.title.fontMetrics()
    # a few lines each, the article below them with most of the reader's height
    assert reader.title.height() <= 4 * fm.lineSpacing() + 8
    assert reader.byline.height() <= 2 * reader.byline.fontMetrics().lineSpacing() + 8
    assert reader.body.height() >= reader.height() // 2
    # nothing drawn over anything: the title's lines end above the outlet's line
    title, byline = _rect(reader.title, reader), _rect(reader.byline, reader)
    assert title.bottom() < byline.top()
    assert reader.title.heightForWidth(reader.title.width()) <= reader.title.height() + 2
    # cut with an ellipsis, and read (at length) in the tooltips
    assert (
        reader.title.text().endswith("…") and "Orsk quay council session 0" in reader.title.text()
    )
    assert _words(reader.title.toolTip()).startswith(_words(LONG_TITLE[:200]))
    assert reader.byline.text().endswith("…")
    assert _words(reader.byline.toolTip()).startswith(_words(LONG_OUTLET[:200]))
    # in lines that fit a screen
    assert max(len(line) for line in reader.title.toolTip().splitlines()) <= 80
    # the record itself is whole: only what is drawn is cut
    assert reader.detail.record.title == LONG_TITLE
    # a narrower reader cuts again to its width, never wrapping a line of its own
    window.resize(size[0] - 200, size[1])
    qtbot.wait(100)
    QApplication.processEvents()
    assert reader.title.height() <= 4 * fm.lineSpacing() + 8
    assert reader.byline.height() <= 2 * reader.byline.fontMetrics().lineSpacing() + 8


def test_the_outlet_box_of_an_article_with_a_very_long_title_fits_the_screen(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    path = _project(tmp_path, LONG_TITLE, "Ana Ruiz", None)
    window = open_at(make_window, qtbot, path, 1400, 900)
    window.show_article(window.project.articles()[0].id)
    QApplication.processEvents()
    box = window.reader.ask_outlet()
    assert box is not None
    QApplication.processEvents()
    assert box.height() <= 300
    assert "Orsk quay council session 0" in box.labelText() and "…”" in box.labelText()
    box.reject()


def test_an_ordinary_heading_is_shown_as_it_always_was(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    title = "Crane falls at Orsk quay, twelve hurt"
    path = _project(tmp_path, title, "Ana Ruiz", "Vellmar Evening Courier")
    window = open_at(make_window, qtbot, path, 1024, 640)
    window.show_article(window.project.articles()[0].id)
    QApplication.processEvents()
    reader = window.reader
    assert reader.title.text() == title and reader.title.toolTip() == ""
    assert reader.byline.text() == "Vellmar Evening Courier\u00a0 ·  by\u00a0Ana\u00a0Ruiz"
    assert reader.byline.toolTip() == ""
    box = reader.ask_outlet()
    assert box is not None and f"“{title}”" in box.labelText()
    box.reject()
