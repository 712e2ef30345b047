"""UI round 56: an empty project's words name the ways in that import round 61 added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from tests.ui.test_review import open_at


def test_an_empty_project_says_an_article_can_be_pasted_or_fetched(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The articles list and the reader of an empty project told only of File > Import
    Articles and dropping files: an analyst reading in a browser was not told of Edit > Paste
    as Article (Ctrl+Shift+V) nor of File > Import from Web Address."""
    window = open_at(make_window, qtbot, tmp_path / "Empty.factlane", 1366, 768)
    paste = window.paste_article_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    fetch = window.import_address_action.text().replace("&", "")
    hint = window.articles_panel.empty_hint
    assert hint.isVisible()
    assert f"({paste})" in hint.text() and "browser" in hint.text()
    reader = window.reader
    assert reader.title.text() == "No articles yet"
    words = reader.byline.text()
    assert f"Edit > {window.paste_article_action.text().replace('&', '')}, {paste}" in words
    assert f"File > {fetch}" in words
    # every way told of is one the menus have, under the key they show
    assert "(Ctrl+I)" in hint.text()
    assert window.import_action.shortcut().toString() == "Ctrl+I"
