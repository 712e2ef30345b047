"""Round 24: the import dialog at 1024x640 and at its default size (long file names, the body's
heading, the notes beside the fields, list ticks on the dark palette) and the reader's heading
at 1024 and 1280 (the date, Apply, Set aside and where the date came from in fewer rows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListView, QWidget

from desktop.domain import Block
from desktop.ui.format import long_day
from desktop.ui.models.blocks import BlocksListModel
from tests.services.multi_item_documents import rss_feed
from tests.ui.test_review import open_at, rect_in
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

LONG_NAME = (
    "harbourside_echo_2025-05-06_ferry_terminal_rebuild_delayed_after_survey_finds_cracks.html"
)

PAGE = """<html><head><title>Ferry terminal rebuild delayed | Harbourside Echo</title>
<meta property="og:site_name" content="Harbourside Echo">
<meta name="author" content="Tomas Reyes">
<meta property="article:published_time" content="2025-05-06T07:00:00Z">
<link rel="canonical" href="https://harbourside.example/news/2025/05/06/ferry-terminal-rebuild">
</head><body><nav>Home | News | Sport | Weather</nav>
<article><h1>Ferry terminal rebuild delayed</h1>
<p>The rebuild of the north ferry terminal will not start before September, the port board
said on Monday, after a survey last week found cracks in the old quay wall.</p>
<p>The work, costed at 52 million euros, was due to begin in June.</p>
</article><footer>Copyright Harbourside Echo. All rights reserved.</footer>
<div>Cookie settings</div><div>Read more: Storm warning for the weekend</div></body></html>
"""

UNDATED = (
    "Library closes for repairs\n\nThe town library said on Friday that it would close for "
    "three weeks while its roof is repaired.\n"
)


@pytest.fixture
def import_files(tmp_path: Path) -> list[Path]:
    """Files of several kinds, as an analyst drops them: a saved page with a long name and
    page furniture, a note with no date in it, a feed of three stories, a short wire item."""
    folder = tmp_path / "drop"
    folder.mkdir()
    files = {
        LONG_NAME: PAGE.encode(),
        "library_note.txt": UNDATED.encode(),
        "westholm_islands_feed.xml": rss_feed(),
        "wire_2025-02-11.txt": (
            b"PORT ELLIS, Feb 11 (Northline) - Two fishing boats were towed back to port on "
            b"Monday after their engines failed in heavy seas, the coastguard said.\n"
        ),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return sorted(folder / name for name in files)


def _dialog(qtbot, paths: list[Path], width: int, height: int):  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(paths)
    qtbot.addWidget(dialog)
    dialog.resize(width, height)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


# 1024x640 less the share a dialog leaves for its frame (dialogs.SCREEN_SHARE), and the
# dialog's own default size.
SIZES = [(921, 576), (1000, 680)]


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", SIZES)
def test_a_long_file_name_keeps_its_end_and_is_read_whole_in_its_tooltip(qtbot, import_files, size):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, import_files, *size)
    listed = dialog.file_list
    row = next(r for r, e in enumerate(dialog.files.entries()) if e.path.name == LONG_NAME)
    index = dialog.files.index(row, 0)
    # Too long for the list at either size: it loses its middle, so its date at the start
    # and '…cracks.html' at the end both show.
    assert listed.fontMetrics().horizontalAdvance(LONG_NAME) > listed.viewport().width()
    assert listed.textElideMode() == Qt.TextElideMode.ElideMiddle
    shown = listed.fontMetrics().elidedText(
        LONG_NAME, listed.textElideMode(), listed.visualRect(index).width()
    )
    assert shown.startswith("harbourside_echo_2025-05-06") and shown.endswith("cracks.html")
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.splitlines()[0] == LONG_NAME
    assert str(import_files[0].parent) in tip
    dialog.reject()


def test_a_file_that_cannot_be_read_names_itself_and_why_in_its_tooltip(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    broken = tmp_path / "council_minutes_march_2025_scanned_copy_from_the_clerks_office.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a whole PDF file")
    dialog = _dialog(qtbot, [broken], 760, 520)
    entry = dialog.files.entries()[0]
    assert entry.error
    tip = str(dialog.files.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    # The error alone used to be the tooltip: the cut name was read nowhere whole.
    assert tip.splitlines()[0] == broken.name
    assert entry.error in tip
    dialog.reject()


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", SIZES)
def test_the_body_heading_wraps_inside_the_dialog(qtbot, import_files, size):  # type: ignore[no-untyped-def]
    """'Body — 5 paragraphs set aside as page furniture; check one to restore it' was one
    bold line that ran to the dialog's right edge at 1024x640."""
    dialog = _dialog(qtbot, import_files, *size)
    row = next(r for r, e in enumerate(dialog.files.entries()) if e.path.name == LONG_NAME)
    dialog.select_file(row)
    QApplication.processEvents()
    removed = dialog.blocks.removed_count()
    assert removed >= 2
    title, hint = dialog.body_label, dialog.body_hint
    assert title.text() == "Body" and title.font().bold()
    assert hint.text().startswith(f"{removed} paragraphs set aside as page furniture")
    assert "restore" in hint.text()
    # The hint is in the muted tone, not bold, and stops short of the list's right edge.
    assert not hint.font().bold()
    body = rect_in(dialog.body, dialog)
    placed = rect_in(hint, dialog)
    assert placed.right() <= body.right()
    # Wrapped, all of it is shown: the label is as tall as its text needs at its width.
    assert hint.height() >= hint.heightForWidth(hint.width())
    # And it stands beside the title, on the title's first line.
    assert abs(rect_in(title, dialog).top() - placed.top()) <= 2
    dialog.reject()


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", SIZES)
def test_the_fields_boxes_end_in_one_column(qtbot, import_files, size):  # type: ignore[no-untyped-def]
    """Each 'from …' note took its own text's width, so the Published box ended 35 pixels
    short of the URL box above it."""
    dialog = _dialog(qtbot, import_files, *size)
    for row in range(dialog.files.rowCount()):
        dialog.select_file(row)
        QApplication.processEvents()
        edits = [*dialog.field_edits.values(), dialog.published_edit]
        rights = {rect_in(e, dialog).right() for e in edits}
        assert len(rights) == 1, (dialog.files.entry(row).path.name, rights)
        # No note is cut: a long one wraps, and its tooltip holds it.
        for note in dialog._origin_column():
            assert note.height() >= note.heightForWidth(note.width())
    dialog.reject()


@pytest.fixture
def dark() -> Iterator[None]:
    from desktop.ui.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style, font = app.palette(), app.styleSheet(), app.style().name(), app.font()
    apply_look(app, "dark")
    yield
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)


@pytest.mark.usefixtures("dark")
def test_an_unticked_paragraph_shows_its_box_on_the_dark_palette(qtbot):  # type: ignore[no-untyped-def]
    """Fusion drew no box for an unticked list item on the dark palette: a paragraph set
    aside showed nothing to click to restore it."""
    model = BlocksListModel()
    model.set_blocks([Block("Subscribe to our newsletter", kept=False, reason="newsletter")])
    view = QListView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    picture = view.viewport().grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    row = view.visualRect(model.index(0, 0))
    # Left of the text, where the box is: some pixels stand out from the background.
    box = QRect(row.left(), row.top(), view.fontMetrics().height() + 8, row.height())
    seen = 0
    for x in range(box.left(), box.right()):
        for y in range(box.top(), box.bottom()):
            c = QColor(picture.pixel(x, y))
            seen += abs(c.lightness() - base.lightness()) > 40
    assert seen >= 10, seen


def _bottom(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, widget.height())).y()


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_the_readers_heading_leaves_the_article_room(make_window, qtbot, demo_project, size):  # type: ignore[no-untyped-def]
    """At 1024 and 1280 the title, link, date, Apply, Set aside and the date's origin took
    five or six rows before the article's first word."""
    window = open_at(make_window, qtbot, demo_project, *size)
    reader = window.reader
    article = next(a for a in window.project.articles() if a.url and a.author)
    window.show_article(article.id)
    qtbot.waitUntil(lambda: reader.furniture_button.text().startswith("Set aside ("))
    QApplication.processEvents()
    edit, apply, furniture = reader.published_edit, reader.published_apply, reader.furniture_button
    origin = reader.published_origin
    for w in (edit, apply, furniture, origin, reader.address):
        assert w.isVisible()
        assert rect_in(w, reader).right() <= reader.width() - 8
    # Published and Apply on one row, Set aside beside where the date came from.
    assert abs(rect_in(apply, reader).center().y() - rect_in(edit, reader).center().y()) <= 2
    assert abs(rect_in(furniture, reader).center().y() - rect_in(origin, reader).center().y()) <= 2
    assert rect_in(furniture, reader).top() > rect_in(edit, reader).bottom()
    # The origin is one line of the smaller type, whole in its tooltip and the field's.
    fm = origin.fontMetrics()
    assert not origin.wordWrap() and origin.sizeHint().height() <= fm.height() * 3 // 2
    assert fm.height() < reader.published_label.fontMetrics().height()
    text = origin.text()
    assert article.published is not None and text.startswith(long_day(article.published))
    assert text in origin.toolTip() and text in edit.toolTip()
    # The article starts under the heading, with more of the reader for it than before.
    assert _bottom(furniture, reader) <= reader.body.mapTo(reader, QPoint(0, 0)).y()
    heading = reader.body.mapTo(reader, QPoint(0, 0)).y()
    # Title, outlet, link, the date row and the origin row, and margins: no more (before,
    # a row for Set aside and two wrapped lines of origin came on top of these).
    rows = reader.byline.height() + reader.address.height() + edit.height() + furniture.height()
    assert heading <= reader.title.height() + rows + 40, heading
    # The tab order still follows the eye: the date, Apply, Set aside, the article.
    chain = [edit]
    while len(chain) < 4:
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain[1:] == [apply, furniture, reader.body]


@pytest.mark.usefixtures("styled")
def test_a_cut_origin_is_read_whole_and_a_typing_slip_wraps(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    reader = window.reader
    origin = reader.published_origin
    with_evidence = next(
        a for a in window.project.articles() if a.published_origin == "metadata" and a.published
    )
    window.show_article(with_evidence.id)
    qtbot.waitUntil(
        lambda: reader.detail is not None and reader.detail.record.id == with_evidence.id
    )
    QApplication.processEvents()
    # 'Tue 14 Jan 2025, from the page metadata: meta article:published_time' is longer than
    # the reader is wide at 1024: cut with an ellipsis on its one line, whole in its tooltip.
    assert origin.is_cut()
    assert origin.shown_text().endswith("…")
    assert origin.toolTip() == origin.text()
    assert "published_time" in origin.text() or "metadata" in origin.text()
    # What the analyst must act on is not cut: a date the reader cannot read wraps whole.
    reader.published_edit.setText("the fourteenth")
    qtbot.keyClick(reader.published_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert origin.text() == "Type a day, e.g. 2025-01-13 or 13 Jan 2025"
    assert origin.wordWrap() and not origin.is_cut()
    assert origin.height() >= origin.heightForWidth(origin.width())


@pytest.mark.usefixtures("styled")
def test_an_empty_projects_reader_has_no_blank_line_under_its_import_button(
    make_window, qtbot, tmp_path: Path
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Empty.factlane", 1024, 640)
    reader = window.reader
    assert reader.import_button.isVisible()
    assert not reader.published_origin.isVisible() and not reader.furniture_button.isVisible()
    under = reader.body.mapTo(reader, QPoint(0, 0)).y() - _bottom(reader.import_button, reader)
    # The header's bottom margin and border only (the empty origin line took a row).
    assert under <= 10, under
