"""Round 34: the analyst's correction path on an article imported with no outlet and no
date (the shipwreck pack's Harbour Watch report): naming the outlet in the reader, typing
both for an article already in the project, what the status bar says after each and after
Undo; compact date ranges in the facts table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.models import facts as facts_model
from desktop.ui.models.figures import COL_AS_OF, COL_SOURCE, COL_TEXT
from tests.ui.test_review import open_at
from tests.ui.test_round20 import _imported

PACKS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "packs"
SHIPWRECK = PACKS / "shipwreck"
UNDATED = SHIPWRECK / "j3_harbour_watch.md"
UNKNOWN = "(unknown source)"


def _settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.flush_refresh()
    qtbot.waitUntil(lambda: not window.runner.busy() and window.facts_loaded(), timeout=20000)
    QApplication.processEvents()


def _lanes(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {it.lane for it in window.timeline.shown_data()}


def _figure_row(window, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The Figures tab's row for ``text``: its "As of" and its outlet, as shown."""
    model = window.figures_panel.model
    rows = [r for r in range(model.rowCount()) if model.index(r, COL_TEXT).data() == text]
    assert len(rows) == 1
    row = rows[0]
    return model.index(row, COL_AS_OF).data() or "", model.index(row, COL_SOURCE).data() or ""


def _pack_imported(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Shipwreck.factlane", 1400, 900)
    dialog = window.import_paths(sorted(SHIPWRECK.glob("j*")))
    assert dialog is not None
    dialog.accept()
    _imported(window, qtbot)
    return window


def _harbour_watch(window):  # type: ignore[no-untyped-def]
    return next(a for a in window.workspace.project.articles() if a.path.endswith(UNDATED.name))


def test_the_outlet_is_named_in_the_reader_and_every_view_follows_and_undo_returns(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """The reader had a field for the date but none for the outlet: an article read with no
    outlet stayed in the 'Unknown source' lane."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    article = _harbour_watch(window)
    assert article.source is None
    # The import shows the undated article, and its button says what is missing.
    assert window.reader.detail.record.id == article.id
    button = window.reader.outlet_button
    assert button.isVisible() and button.isEnabled() and "Name" in button.text()
    assert UNKNOWN in _lanes(window)
    assert _figure_row(window, "91 names")[1] == ""

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = window.reader.outlet_box
    assert box is not None and box.textValue() == ""
    box.setTextValue("  Harbour   Watch ")
    box.accept()
    _settled(window, qtbot)
    assert _harbour_watch(window).source == "Harbour Watch"
    assert "Harbour Watch" in _lanes(window) and UNKNOWN not in _lanes(window)
    assert _figure_row(window, "91 names")[1] == "Harbour Watch"
    assert window.reader.byline.text().startswith("Harbour Watch")
    assert window.reader.outlet_button.text() == "Outlet…"
    assert window.statusBar().currentMessage() == "Outlet set to Harbour Watch."

    window.undo_action.trigger()
    _settled(window, qtbot)
    assert _harbour_watch(window).source is None
    assert UNKNOWN in _lanes(window) and "Harbour Watch" not in _lanes(window)
    assert _figure_row(window, "91 names")[1] == ""
    assert window.statusBar().currentMessage() == "Undone: Edit article details."


def test_an_outlet_and_date_typed_for_an_article_already_in_are_set_and_undone(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """The import dialog says "an outlet or date typed here is set on that article": the
    outlet was dropped, and the date could not be undone."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    counts_before = window.counts_label.text()
    assert "1 need a date" in counts_before
    pairs_before = sorted((p.a, p.b, p.relation) for p in window.workspace.project.pairs())

    dialog = window.import_paths([UNDATED])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    assert dialog.current_entry().already_in is not None
    qtbot.keyClicks(dialog.field_edits["source"], "Harbour Watch")
    qtbot.keyClicks(dialog.published_edit, "2026-09-19")
    dialog.accept()
    _imported(window, qtbot)
    _settled(window, qtbot)

    article = _harbour_watch(window)
    assert article.source == "Harbour Watch" and article.published == date(2026, 9, 19)
    assert len(window.workspace.project.articles()) == 4
    assert UNKNOWN not in _lanes(window)
    # Its relative dates are resolved: 'on Friday evening' is the day before.
    facts = window.facts_panel.model
    dated = {
        facts.index(r, facts_model.COL_TEXT).data(): (
            facts.index(r, facts_model.COL_DATE).data(),
            facts.index(r, facts_model.COL_SOURCE).data(),
        )
        for r in range(facts.rowCount())
    }
    assert dated["The coastguard ended its search on Friday evening."] == (
        "18 Sep 2026",
        "Harbour Watch",
    )
    # The Figures' "As of" dates and the conflicts are recomputed.
    assert _figure_row(window, "91 names") == ("17 Sep 2026", "Harbour Watch")
    # The status bar's counts and the conflicts follow: the undated report's figures are
    # compared by their day now.
    counts = window.counts_label.text()
    assert "need a date" not in counts and counts != counts_before
    assert sorted((p.a, p.b, p.relation) for p in window.workspace.project.pairs()) != (
        pairs_before
    )
    message = window.statusBar().currentMessage()
    assert "outlet set to Harbour Watch" in message
    assert "publication date set to 19 Sep 2026" in message

    # Two steps of Edit > Undo take both back.
    window.undo_action.trigger()
    window.undo_action.trigger()
    _settled(window, qtbot)
    article = _harbour_watch(window)
    assert article.source is None and article.published is None
    assert UNKNOWN in _lanes(window)
    assert window.counts_label.text() == counts_before
    assert sorted((p.a, p.b, p.relation) for p in window.workspace.project.pairs()) == (
        pairs_before
    )


def test_a_date_typed_in_the_reader_replaces_the_imports_undated_message(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    window = _pack_imported(make_window, qtbot, tmp_path)
    assert "1 without a publication date" in window.statusBar().currentMessage()
    window.apply_preferences(replace(window.preferences, reextract_without_asking=True))
    window.reader.published_edit.setText("2026-09-19")
    window.reader.published_apply.click()
    _settled(window, qtbot)
    assert _harbour_watch(window).published == date(2026, 9, 19)
    message = window.statusBar().currentMessage()
    assert "without a publication date" not in message
    assert message == "Publication date set to 19 Sep 2026: relative dates resolved again."
