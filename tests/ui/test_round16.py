"""Round 16: round 15's leftovers (an undated article's facts, search operators, the keyboard
after an import) and a fact-checker's hour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.models.articles import COL_FACTS
from desktop.ui.search import parse_search
from tests.ui.test_review import open_at

FERRY = (
    "Ferry service ends after forty years\n\n"
    "The last ferry crossed the fjord on Thursday, the operator said. "
    "More than 300 passengers were on board.\n"
)


def _import(window, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.import_paths([path])
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import) and window.facts_loaded(), timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    QApplication.processEvents()


def _search(window, qtbot, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    window.find_edit.setText(text)
    window._filters_changed()
    QApplication.processEvents()
    model = window.facts_panel.model
    return {model.facts()[r].id for r in range(model.rowCount())}


def test_an_undated_article_says_its_facts_come_with_a_date_and_offers_to_set_it(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY)
    _import(window, qtbot, article)
    article_id = window.last_import[0].article_id
    panel = window.articles_panel
    record = panel.article(article_id)
    assert record is not None and record.needs_date and record.fact_count == 0
    # The list's second line and the Facts column do not say "0 facts" as if nothing was
    # found: they say the facts wait for the date.
    row = panel.model.row_of(article_id)
    index = panel.proxy.mapFromSource(panel.model.index(row, 0))
    _title, second, _needs = panel.table.itemDelegateForColumn(0)._lines(index)
    assert "0 facts" not in second and "once dated" in second
    facts_cell = panel.model.index(row, COL_FACTS)
    assert facts_cell.data() != "0"
    assert "Set Publication Date" in facts_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "facts come once" in window.reader.published_origin.text()
    # Offered from the Article menu (and the list's context menu): the keyboard lands in the
    # reader's Published field, from wherever it was.
    window.facts_panel.table.setFocus()
    window._update_article_actions()
    action = window.set_date_action
    assert action in panel.table.actions()
    assert action.isEnabled() and action.text() == "Set Publication &Date…"
    action.trigger()
    QApplication.processEvents()
    assert window.focusWidget() is window.reader.published_edit
    # A dated article is offered a change of date, not a missing one.
    dated = next(a for a in panel.model.rows if not a.needs_date)
    panel.select_article(dated.id, emit=True)
    window._update_article_actions()
    assert action.text() == "Change Publication &Date…"


def test_search_reads_phrases_exclusions_and_prefixes() -> None:
    q = parse_search('"the last ferry" -bus source:"Daily Post" tag: -note: 12:30 TAG:Check')
    got = [(t.field, t.value, t.excluded) for t in q.terms]
    assert got == [
        ("any", "the last ferry", False),
        ("any", "bus", True),
        ("source", "daily post", False),
        ("tag", "", False),
        ("note", "", True),
        ("any", "12:30", False),
        ("tag", "check", False),
    ]
    assert parse_search('- "" "unclosed phrase').terms[-1].value == "unclosed phrase"
    assert len(parse_search('- ""').terms) == 0
    ferry = parse_search('"last ferry" -bus')
    assert ferry.matches("The last ferry crossed", note="")
    assert not ferry.matches("The last ferry and the bus")
    assert not ferry.matches("The ferry was the last")
    assert parse_search("ministry").matches("Troops moved", note="Check with the ministry")
    assert parse_search("note:").matches("x", note="a") and not parse_search("note:").matches("x")
    assert parse_search("-tag:").matches("x", tags=()) and not parse_search("-tag:").matches(
        "x", tags=("seen",)
    )
    assert parse_search("source:reut").matches("x", source="Reuters")
    assert not parse_search("text:ministry").matches("x", note="ministry")


def test_the_search_looks_in_notes_tags_and_sources_on_the_table_and_the_timeline(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    model = window.facts_panel.model
    facts = [f for f in model.all_facts() if f.status != "rejected" and f.date.earliest]
    noted, tagged = facts[0], facts[1]
    window.workspace.set_note(noted.id, "Call the port authority")
    window.workspace.set_tags(tagged.id, ["checked"])
    qtbot.waitUntil(
        lambda: model.fact(noted.id).note != "" and model.fact(tagged.id).tags != (),
        timeout=5000,
    )
    # A word in a note finds the fact, in the table and on the timeline.
    assert _search(window, qtbot, "authority") == {noted.id}
    assert {it.id for it in window.timeline.shown_data()} == {noted.id}
    assert _search(window, qtbot, '"port authority"') == {noted.id}
    assert _search(window, qtbot, "note:") == {noted.id}
    assert _search(window, qtbot, "tag:check") == {tagged.id}
    assert {it.id for it in window.timeline.shown_data()} == {tagged.id}
    everything = _search(window, qtbot, "")
    assert noted.id not in _search(window, qtbot, "-note:")
    assert len(_search(window, qtbot, "-note:")) == len(everything) - 1
    source = noted.article.source
    assert source
    from_source = _search(window, qtbot, f'source:"{source}"')
    assert from_source and all(model.fact(i).article.source == source for i in from_source)
    # A word and its exclusion: the facts with the word, less those with the other.
    word = max(noted.text.split(), key=len).strip(".,;:“”\"'").lower()
    with_word = _search(window, qtbot, word)
    assert noted.id in with_word
    assert _search(window, qtbot, f"{word} -authority") == with_word - {noted.id}
    # The box says how.
    assert "source:" in window.find_edit.toolTip() and "-word" in window.find_edit.toolTip()


def test_after_an_import_the_keyboard_is_on_the_imported_article(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.facts_panel.table.setFocus()
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry service ends after forty years\n\nBy Anna Berg, 13 January 2025\n\n"
        "The last ferry crossed the fjord on 9 January 2025, the operator said.\n"
    )
    _import(window, qtbot, article)
    outcome = window.last_import[0]
    assert outcome.status == "imported"
    QApplication.processEvents()
    assert window.focusWidget() is window.articles_panel.table
    assert window.articles_panel.current_article() == outcome.article_id
    assert window.reader.detail is not None
    assert window.reader.detail.record.id == outcome.article_id


def _dialog(window, kind):  # type: ignore[no-untyped-def]
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_a_claim_checked_across_sources_is_tagged_at_once_by_keys_and_undone_in_one_step(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.entry import TagsDialog

    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is window.find_edit
    qtbot.keyClicks(window.find_edit, "captured -wounded")
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    model = window.facts_panel.model
    ids = [model.facts()[r].id for r in range(model.rowCount())]
    sources = {model.fact(i).article.source for i in ids}
    assert len(ids) > 2 and len(sources) > 2
    table = window.facts_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, ctrl)
    assert len(window.facts_panel.selected_ids()) == len(ids)
    assert window.facts_panel.tags_action.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_T, ctrl)
    dialog = _dialog(window, TagsDialog)
    qtbot.keyClicks(dialog.tags_edit, "captured claim")
    qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all("captured claim" in model.fact(i).tags for i in ids), timeout=5000)
    # One undo step takes the tag off every fact; redo puts it back.
    undo = window.undo_stack
    assert undo.undoText() == f"Edit tags of {len(ids)} facts"
    undo.undo()
    qtbot.waitUntil(lambda: not any(model.fact(i).tags for i in ids), timeout=5000)
    undo.redo()
    qtbot.waitUntil(lambda: all(model.fact(i).tags for i in ids), timeout=5000)
    # A second tag on two of them keeps the first; taking the shared tag out of all removes
    # it alone.
    two = ids[:2]
    window.workspace.change_tags(two, ["verified"], [])
    qtbot.waitUntil(lambda: model.fact(two[0]).tags == ("captured claim", "verified"))
    window.workspace.change_tags(ids, [], ["captured claim"])
    qtbot.waitUntil(lambda: model.fact(ids[-1]).tags == ())
    assert model.fact(two[0]).tags == ("verified",)


def test_a_fact_checkers_hour_by_keys_exports_markdown_and_survives_a_reopen(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.entry import DateEntryDialog, TextEntryDialog
    from desktop.ui.dialogs.export_dialog import ExportDialog

    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    window.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier
    ids = _search(window, qtbot, '"more than 300"')
    assert len(ids) == 2
    model = window.facts_panel.model
    fid = min(ids)
    window.select_fact(fid)
    table = window.facts_panel.table
    table.setFocus()
    assert window.facts_panel.selected_ids() == [fid]
    # A wrong date corrected (Ctrl+D), a note written and closed by Ctrl+Return (Ctrl+Alt+M).
    qtbot.keyClick(table, Qt.Key.Key_D, ctrl)
    dialog = _dialog(window, DateEntryDialog)
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, "2025-01-08")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.fact(fid).date.value == "2025-01-08", timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_M, ctrl | Qt.KeyboardModifier.AltModifier)
    note = _dialog(window, TextEntryDialog)
    # The offscreen platform does not move activation to a new dialog as a desktop does.
    note.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is note, timeout=2000)
    qtbot.keyClicks(note.text_edit, "Asked *Ridgeline* desk")
    qtbot.keyClick(note.text_edit, Qt.Key.Key_Return, ctrl)
    qtbot.waitUntil(lambda: model.fact(fid).note == "Asked *Ridgeline* desk", timeout=5000)
    # Export what is shown as Markdown (Ctrl+E); the next export offers Markdown again.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_E, ctrl)
    export = _dialog(window, ExportDialog)
    export.format_combo.setCurrentText("Markdown findings (*.md)")
    export.path_edit.setText(str(tmp_path / "out" / "claim"))
    export.shown_radio.setChecked(True)
    export.accept()
    found = tmp_path / "out" / "claim.md"
    qtbot.waitUntil(found.exists, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    text = found.read_text(encoding="utf-8")
    assert "Asked \\*Ridgeline\\* desk" in text and "2 dated facts" in text
    again = window.export_dialog()
    assert again is not None
    assert again.format() == "markdown"
    assert again.target().parent == tmp_path / "out"
    again.reject()
    # Reopened: the date, the note and the search are as they were left.
    window.close_project()
    assert window.open_project(demo_project)
    qtbot.waitUntil(window.facts_loaded, timeout=20000)
    QApplication.processEvents()
    reopened = window.facts_panel.model.fact(fid)
    assert reopened.date.value == "2025-01-08"
    assert reopened.note == "Asked *Ridgeline* desk"
    assert window.find_edit.text() == '"more than 300"'
    assert {window.facts_panel.model.facts()[r].id for r in range(model.rowCount())} == ids
