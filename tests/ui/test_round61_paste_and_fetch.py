"""Import round 61: an article pasted, dropped from a browser, or fetched by its web address
comes into the project through the import dialog, as a file does.

Pages come from a site on this computer (tests/ingest/test_round61_site.py), never the internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ingest.test_round61_fetch import BROWSER_HTML, BROWSER_TEXT
from tests.ingest.test_round61_site import LocalSite, local_site
from tests.ui.test_review import open_at


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


@pytest.fixture(autouse=True)
def _clipboard_emptied() -> Iterator[None]:
    # The clipboard owns the mime data a test put there; left full, the offscreen platform
    # frees it after Python's wrapper at the interpreter's exit (a crash, exit code 139).
    yield
    QApplication.clipboard().clear()


def _window(make_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_at(make_window, qtbot, tmp_path / "Ferry.factlane", 1280, 800)


def _dialog(window, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    return window.import_dialog


def _accept(window, qtbot, dialog):  # type: ignore[no-untyped-def]
    window.last_import = []
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    return window.last_import


def _mime(text: str | None = None, html: str | None = None, urls: list[str] = ()) -> QMimeData:  # type: ignore[assignment]
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    if urls:
        mime.setUrls([QUrl(u) for u in urls])
    return mime


def test_the_menus_offer_paste_and_web_address(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    paste = window.paste_article_action
    assert paste.text() == "Paste as &Article"
    assert paste.shortcut() == QKeySequence("Ctrl+Shift+V") and paste.isEnabled()
    fetch = window.import_address_action
    assert fetch.text() == "Import from &Web Address…" and fetch.isEnabled()
    window.close_project()
    assert not paste.isEnabled() and not fetch.isEnabled()


def test_a_paste_opens_the_dialog_and_is_stored_as_pasted(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    QApplication.clipboard().setMimeData(_mime(BROWSER_TEXT, BROWSER_HTML))
    window.paste_as_article()
    dialog = _dialog(window, qtbot)
    (entry,) = dialog.entries()
    assert entry.name.startswith("Pasted ")
    assert dialog.field_edits["title"].text() == "Ferry to Tarrowby halted after engine fire"
    assert dialog.field_edits["author"].text() == "Mina Okafor"
    assert dialog.origin_labels["author"].text() == "from byline"
    assert dialog.published_edit.text() == "2025-03-14"
    assert dialog.import_button.text() == "&Import 1 article"
    assert dialog.summary.text().startswith("1 pasted article")
    tip = dialog.files.data(dialog.files.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{entry.name}\npasted or dropped into Factlane"
    # the analyst corrects the outlet before importing
    dialog.field_edits["source"].setText("The Harlow Courier")
    dialog.field_edits["source"].textEdited.emit("The Harlow Courier")
    (outcome,) = _accept(window, qtbot, dialog)
    assert outcome.status == "imported" and outcome.path == entry.name
    record = window.project.article(outcome.article_id).record
    assert record.path == entry.name and record.source == "The Harlow Courier"
    assert window.project.store.document_bytes(record.id) == BROWSER_HTML.encode("utf-8")

    # the same paste again: the dialog says it is in, and nothing is added
    window.paste_as_article()
    dialog = _dialog(window, qtbot)
    assert dialog.already_label.isVisible()
    (again,) = _accept(window, qtbot, dialog)
    assert again.status == "duplicate" and again.article_id == record.id
    assert len(window.project.articles()) == 1


def test_ctrl_v_on_the_articles_list_pastes(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    QApplication.clipboard().setMimeData(_mime(BROWSER_TEXT))
    table = window.articles_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qtbot)
    assert dialog.entries()[0].name.startswith("Pasted ")
    assert dialog.field_edits["author"].text() == "Mina Okafor"


def test_a_bad_paste_is_refused_in_a_box_and_nothing_is_stored(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    junk = "".join(chr(c % 32) for c in range(5000))
    QApplication.clipboard().setMimeData(_mime(junk))
    window.paste_as_article()
    qtbot.waitUntil(lambda: getattr(window, "import_problem_box", None) is not None, timeout=30000)
    box = window.import_problem_box
    assert box.text() == "The pasted article could not be read."
    assert "is not text an article is made of" in box.informativeText()
    assert window.import_dialog is None
    assert window.project.articles() == []
    # the clipboard is left as it was
    assert QApplication.clipboard().text() == junk


def _drop(window, mime: QMimeData) -> QDropEvent:  # type: ignore[no-untyped-def]
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event


def test_a_selection_dropped_from_a_browser_is_imported(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    mime = _mime(BROWSER_TEXT, BROWSER_HTML)
    assert window._importable(mime)
    event = _drop(window, mime)
    assert event.isAccepted()
    dialog = _dialog(window, qtbot)
    assert dialog.entries()[0].name.startswith("Dropped ")
    (outcome,) = _accept(window, qtbot, dialog)
    assert outcome.status == "imported"


def test_a_link_dropped_from_a_browser_is_fetched(
    make_window, qtbot, tmp_path: Path, site: LocalSite
) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    address = site.url("/news/ferry-fire")
    _drop(window, _mime(address, urls=[address]))
    dialog = _dialog(window, qtbot)
    (entry,) = dialog.entries()
    assert entry.name == address
    assert dialog.field_edits["url"].text() == address
    assert dialog.origin_labels["url"].text() == "from the web address it was fetched from"
    assert dialog.summary.text().startswith("1 web page")
    tip = dialog.files.data(dialog.files.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{address}\nfetched from this web address"
    (outcome,) = _accept(window, qtbot, dialog)
    record = window.project.article(outcome.article_id).record
    assert record.path == address and record.url == address


def test_a_web_address_that_fails_is_said_in_words(
    make_window, qtbot, tmp_path: Path, site: LocalSite
) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    window.import_addresses([site.url("/gone")])
    qtbot.waitUntil(lambda: getattr(window, "import_problem_box", None) is not None, timeout=30000)
    box = window.import_problem_box
    assert box.text() == "The page could not be fetched."
    assert "has no page at this address (404 Not Found)" in box.informativeText()
    assert window.import_dialog is None and window.project.articles() == []
    window.import_problem_box = None
    window.import_addresses(["harlowcourier"])
    assert "not a web address" in window.import_problem_box.text()


def test_a_copied_address_is_fetched_when_pasted(
    make_window, qtbot, tmp_path: Path, site: LocalSite
) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    address = site.url("/council/notes")
    QApplication.clipboard().setMimeData(_mime(address))
    window.paste_as_article()
    dialog = _dialog(window, qtbot)
    assert dialog.entries()[0].name == address
    assert "1.2 million pounds" in dialog.entries()[0].raw.text


def test_copied_files_are_imported_as_files(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, tmp_path)
    story = tmp_path / "strike.txt"
    story.write_text(BROWSER_TEXT, encoding="utf-8")
    QApplication.clipboard().setMimeData(_mime(urls=[QUrl.fromLocalFile(str(story)).toString()]))
    dialog = window.paste_as_article()
    assert dialog is window.import_dialog
    assert [e.path for e in dialog.entries()] == [story]
