"""Round 37: the selection follows the article chosen in the list; a fact's new date is said
in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_round34 import _settled
from tests.ui.test_round36 import _article, _stories_imported


def _fact_with(window, words: str):  # type: ignore[no-untyped-def]
    model = window.facts_panel.model
    return next(f for f in (model.fact_at(r) for r in range(model.rowCount())) if words in f.text)


def test_an_article_chosen_in_the_list_leaves_the_fact_of_another(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The earthquake's rescue fact chosen, then the shipwreck's Harbour Watch report chosen
    in the list: the table and the timeline still highlighted the earthquake's fact, and
    Confirm or Edit date acted on it while the analyst read the shipwreck."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    fact = _fact_with(window, "rubble")
    window.facts_panel.select_fact(fact.id, emit=True)
    QApplication.processEvents()
    assert window.timeline.selected_fact() == fact.id
    assert window.facts_panel.selected_ids() == [fact.id]
    watch = _article(window, "j3_harbour_watch.md")
    window.articles_panel.select_article(watch.id, emit=True)
    QApplication.processEvents()
    assert window.reader.detail.record.id == watch.id
    assert window.current_fact() is None
    assert window.timeline.selected_fact() is None
    assert window.facts_panel.selected_ids() == []
    assert not window.facts_panel.confirm_action.isEnabled()
    assert not window.facts_panel.edit_date_action.isEnabled()
    # A read of the project after it brings nothing back.
    _settled(window, qtbot)
    assert window.facts_panel.selected_ids() == [] and window.timeline.selected_fact() is None
    assert window.reader.detail.record.id == watch.id


def test_the_article_of_the_chosen_fact_chosen_keeps_the_fact(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Choosing the very article the fact is read in leaves the fact chosen (a guard)."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    fact = _fact_with(window, "rubble")
    window.facts_panel.select_fact(fact.id, emit=True)
    QApplication.processEvents()
    assert fact.article is not None
    window.articles_panel.select_article(fact.article.id, emit=True)
    QApplication.processEvents()
    assert window.current_fact() == fact.id
    assert window.facts_panel.selected_ids() == [fact.id]
    assert window.timeline.selected_fact() == fact.id


def test_a_new_fact_date_is_said_with_undo(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Edit date on the rescue fact: the row moved (the table is sorted by date) and nothing
    said the edit took, where an outlet or a publication date typed is said in the status
    bar."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    fact = _fact_with(window, "rubble")
    before = window.facts_panel.model.fact(fact.id)
    window.facts_panel.select_fact(fact.id, emit=True)
    QApplication.processEvents()
    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    dialog.date_edit.setText("14 March 2026")
    dialog.accept()
    _settled(window, qtbot)
    said = window.statusBar().currentMessage()
    assert "set to 14 Mar 2026" in said, said
    assert "Rescuers pulled" in said
    assert "Undo" in said
    from desktop.ui.format import date_range_text

    assert f"(was {date_range_text(before.date)})" in said
    assert window.undo_stack.canUndo()
    assert window.undo_stack.undoText() == "Edit fact date"
    # Several facts dated at once are said as well.
    other = _fact_with(window, "Schools across")
    window.facts_panel.select_facts([fact.id, other.id])
    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    dialog.date_edit.setText("2026-03-15")
    dialog.accept()
    _settled(window, qtbot)
    said = window.statusBar().currentMessage()
    assert said.startswith("2 facts dated 15 Mar 2026"), said


def test_a_date_typed_in_the_table_is_said_too(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The Date cell edited in place goes the same way as the dialog; a word that is no date
    keeps its own message."""
    from desktop.ui.models.facts import COL_DATE

    window = _stories_imported(make_window, qtbot, tmp_path)
    fact = _fact_with(window, "rubble")
    assert window.workspace.edit_fact_field(fact.id, COL_DATE, "2026-03-13")
    _settled(window, qtbot)
    assert "set to 13 Mar 2026" in window.statusBar().currentMessage()
    assert not window.workspace.edit_fact_field(fact.id, COL_DATE, "soonish")
    assert "is not a date" in window.statusBar().currentMessage()


def test_a_narrow_articles_list_gives_titles_two_lines(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """At 1280x720 the list (220 pixels) cut every title to 16-18 characters ('Halvor quake
    toll rises …'), too few to tell one story's articles apart; each now has two lines,
    and a wide list keeps one."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.models.articles import COL_TITLE
    from desktop.ui.widgets.articles_panel import title_lines

    window = _stories_imported(make_window, qtbot, tmp_path, 1280, 720)
    panel = window.articles_panel
    delegate = panel.delegate
    assert delegate.title_line_count == 2
    fm = panel.table.fontMetrics()
    two = panel.table.rowHeight(0)
    bold = QFont(panel.table.font())
    bold.setBold(True)
    width = panel.table.columnWidth(COL_TITLE) - 16
    title = _article(window, "f2_meridian_wire.txt").title
    lines = title_lines(title, QFontMetrics(bold), width, delegate.title_line_count)
    assert len(lines) == 2
    shown = " ".join(lines).rstrip("…")
    assert len(shown) >= 35, lines
    assert title.startswith(shown.rstrip())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: panel.width() >= 320, timeout=3000)
    assert delegate.title_line_count == 1
    assert panel.table.rowHeight(0) == two - fm.height()


def test_title_lines_break_between_words() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.widgets.articles_panel import title_lines

    fm = QFontMetrics(QFont())
    width = fm.horizontalAdvance("Flood barriers hold as river")
    title = "Flood barriers hold as river peaks at record level in Kelso Bay overnight"
    first, second = title_lines(title, fm, width, 2)
    assert first == "Flood barriers hold as river"
    assert second.startswith("peaks at") and second.endswith("…")
    assert title_lines("Short title", fm, width, 2) == ["Short title"]
    # A word wider than the line is cut, the rest on the next line.
    long_word = "https://example.org/news/" + "x" * 80
    lines = title_lines(long_word, fm, width, 2)
    assert len(lines) == 2 and all(fm.horizontalAdvance(t) <= width for t in lines)
