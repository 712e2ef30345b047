"""Round 46 (6): a search that quotes a phrase or leaves a word out is said as typed.

The export dialog said 'Shown now: facts with “"North Korean" -killed”': the search's own
quotes inside ours, and "with" for a search that leaves "killed" out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import search_words
from tests.ui.test_review import open_at


def test_plain_words_are_quoted_as_before() -> None:
    assert search_words("prisoners") == "facts with “prisoners”"
    assert search_words("zzzz nothing") == "facts with “zzzz nothing”"
    # a dash inside a word or standing alone is no exclusion
    assert search_words("cease-fire") == "facts with “cease-fire”"
    assert search_words("Kyiv - Moscow") == "facts with “Kyiv - Moscow”"


def test_a_quoted_phrase_or_a_word_left_out_is_given_as_typed() -> None:
    said = search_words('"North Korean" -killed')
    assert said == 'facts found by the search "North Korean" -killed'
    assert "“" not in said
    assert search_words("troops -Kursk") == "facts found by the search troops -Kursk"


def test_the_export_dialog_says_the_search_as_typed(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    window.find_edit.setText('"North Korean" -killed')
    qtbot.waitUntil(lambda: window.facts_panel.model.rowCount() < 30, timeout=5000)
    QApplication.processEvents()
    dialog = window.export_dialog()
    assert dialog is not None
    note = dialog.scope_note.text()
    assert note.startswith('Shown now: facts found by the search "North Korean" -killed. ')
    dialog.reject()
