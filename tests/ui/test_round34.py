"""Round 34: the analyst's correction path on an article imported with no outlet and no
date (the shipwreck pack's Harbour Watch report): naming the outlet in the reader, typing
both for an article already in the project, what the status bar says after each and after
Undo; compact date ranges in the facts table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain import DateRange
from desktop.domain.records import FactRecord
from desktop.ui.format import date_range_forms, set_date_style
from desktop.ui.models import facts as facts_model
from desktop.ui.models.facts import FactIdRole
from desktop.ui.models.figures import COL_AS_OF, COL_SOURCE, COL_TEXT
from tests.ui.test_review import open_at
from tests.ui.test_round20 import _imported
from tests.ui.test_round22 import styled  # noqa: F401  (a fixture)

PACKS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "packs"
SHIPWRECK = PACKS / "shipwreck"
UNKNOWN = "(unknown source)"
#: A later report of the pack's shipwreck that names neither its outlet nor its day (written
#: for this test, so that what import learns to read does not date it for us).
UNDATED_STORY = """# Pessano wreck: the search is over

The coastguard called off its search on Friday afternoon.

The toll now stands at 19 dead and 29 missing, going by a passenger list of 91 names that \
reached the coastguard on Thursday.

A rescue charity still says more than 100 people were on board.

Two suspected smugglers were arrested in Pessano on Wednesday.

The island's reception centre opened in March 2019.
"""
UNDATED_NAME = "search_ends.md"


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
    undated = tmp_path / UNDATED_NAME
    undated.write_text(UNDATED_STORY, encoding="utf-8")
    files = [*sorted(SHIPWRECK.glob("j[124]_*")), undated]
    dialog = window.import_paths(files)
    assert dialog is not None
    dialog.accept()
    _imported(window, qtbot)
    return window


def _harbour_watch(window):  # type: ignore[no-untyped-def]
    return next(a for a in window.workspace.project.articles() if a.path.endswith(UNDATED_NAME))


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
    assert _figure_row(window, "91 names")[1] == UNKNOWN

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
    assert _figure_row(window, "91 names")[1] == UNKNOWN
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

    dialog = window.import_paths([tmp_path / UNDATED_NAME])
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
    # Its relative dates are resolved: 'on Friday afternoon' is the day before.
    facts = window.facts_panel.model
    dated = {
        facts.index(r, facts_model.COL_TEXT).data(): (
            facts.index(r, facts_model.COL_DATE).data(),
            facts.index(r, facts_model.COL_SOURCE).data(),
        )
        for r in range(facts.rowCount())
    }
    assert dated["The coastguard called off its search on Friday afternoon."] == (
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


# -- 2. a long date range keeps its meaning in the facts table's date column ----------------


def _range(first: date | None, last: date | None, precision: str = "day") -> DateRange:
    return DateRange("x", first, last, precision)  # type: ignore[arg-type]


def test_a_long_range_has_shorter_forms_that_keep_its_meaning() -> None:
    set_date_style("text")
    # a strike from 10 February to 3 March, a siege over the new year, a lease since a day
    assert date_range_forms(_range(date(2024, 2, 10), date(2024, 3, 3))) == (
        "10 Feb – 3 Mar 2024",
        "10 Feb–3 Mar 2024",
        "Feb–Mar 2024",
    )
    assert date_range_forms(_range(date(2023, 12, 28), date(2024, 1, 3))) == (
        "28 Dec 2023 – 3 Jan 2024",
        "28 Dec 2023–3 Jan 2024",
        "Dec 2023–Jan 2024",
        "Dec '23–Jan '24",
        "2023–2024",
    )
    assert date_range_forms(_range(date(2025, 1, 12), None)) == (
        "since 12 Jan 2025",
        "since Jan 2025",
        "since 2025",
    )
    assert date_range_forms(_range(None, date(2025, 1, 13)))[-1] == "until 2025"
    assert date_range_forms(_range(date(2025, 1, 10), date(2025, 1, 12))) == (
        "10–12 Jan 2025",
        "Jan 2025",
    )
    # what is already short has no other form
    assert date_range_forms(_range(date(2025, 1, 12), date(2025, 1, 12))) == ("12 Jan 2025",)
    assert date_range_forms(_range(date(2025, 1, 1), date(2025, 12, 31), "year")) == ("2025",)
    assert date_range_forms(_range(date(2014, 1, 1), None, "year")) == ("since 2014",)
    set_date_style("iso")
    try:
        assert date_range_forms(_range(date(2023, 12, 28), date(2024, 1, 3))) == (
            "2023-12-28–2024-01-03",
            "2023-12–2024-01",
            "2023–2024",
        )
    finally:
        set_date_style("text")


def _dated_fact(fid: int, dr: DateRange) -> FactRecord:
    return FactRecord(fid, None, 0, 10, f"The dock strike went on, day {fid}", dr, "auto", None)


def test_the_date_column_shows_the_longest_form_that_fits_and_measures_no_row_to_fit(
    qtbot, monkeypatch
):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.ui.models.facts import COL_DATE
    from desktop.ui.widgets.facts_panel import FactsPanel

    set_date_style("text")
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    facts = [
        _dated_fact(1, _range(date(2024, 2, 10), date(2024, 3, 3))),
        _dated_fact(2, _range(date(2023, 12, 28), date(2024, 1, 3))),
        _dated_fact(3, _range(date(2024, 2, 12), date(2024, 2, 12))),
    ]
    panel.set_facts(facts)
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.table
    delegate = table.itemDelegateForColumn(COL_DATE)
    width = table.columnWidth(COL_DATE)
    fm = table.fontMetrics()

    def shown(row: int, cell_width: int) -> str:
        index = panel.model.index(row, COL_DATE)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect.setRect(0, 0, cell_width, 20)
        delegate.initStyleOption(option, index)
        return option.text

    by_id = {panel.model.fact(fid).date.earliest: fid for fid in panel.model.fact_ids()}
    rows = {
        fid: next(r for r in range(3) if panel.model.index(r, COL_DATE).data(FactIdRole) == fid)
        for fid in by_id.values()
    }
    # In the column as fitted, nothing is cut: each date is whole or in a shorter form.
    for fid, row in rows.items():
        text = shown(row, width)
        assert not text.endswith("…")
        assert fm.horizontalAdvance(text) <= width
        assert text in date_range_forms(panel.model.fact(fid).date)
    assert shown(rows[3], width) == "12 Feb 2024"
    assert shown(rows[1], width) in ("10 Feb – 3 Mar 2024", "10 Feb–3 Mar 2024")
    # Wide, the whole date; narrow, the months; narrower still, the shortest.
    assert shown(rows[2], 1000) == "28 Dec 2023 – 3 Jan 2024"
    assert shown(rows[1], fm.horizontalAdvance("Feb–Mar 2024") + 12) == "Feb–Mar 2024"
    assert shown(rows[2], 10) == "2023–2024"
    # Fitting the columns again reads no row's forms (only the rows painted do).
    calls: list[int] = []
    import desktop.ui.widgets.facts_panel as facts_panel_module

    original = facts_panel_module.date_range_forms
    monkeypatch.setattr(
        facts_panel_module, "date_range_forms", lambda dr: (calls.append(1), original(dr))[1]
    )
    panel.resize(700, 400)
    panel.columns.fit()
    assert calls == []


# -- 3. the Preferences dialog at the size it opens -----------------------------------------


@pytest.mark.usefixtures("styled")
def test_the_preferences_note_sits_under_its_check_boxs_words_clear_of_the_buttons(
    qtbot,
):  # type: ignore[no-untyped-def]
    """The note under "Re-extract the facts without asking…" began under the box, flush with
    it, and its last line touched the OK button at the dialog's own height."""
    from desktop.ui.preferences import Preferences, PreferencesDialog, check_box_text_indent

    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    check, hint = dialog.reextract_check, dialog.reextract_hint
    indent = check_box_text_indent(check)
    assert indent > 0
    words_left = check.mapTo(dialog, check.rect().topLeft()).x() + indent
    hint_left = hint.mapTo(dialog, hint.contentsRect().topLeft()).x()
    assert abs(hint_left - words_left) <= 1
    # the note is wrapped whole in what is left of the width
    assert hint.height() >= hint.heightForWidth(hint.width())
    hint_bottom = hint.mapTo(dialog, hint.rect().bottomLeft()).y()
    ok = dialog.buttons.buttons()[0]
    assert ok.mapTo(dialog, ok.rect().topLeft()).y() - hint_bottom >= 10


def test_the_outlet_is_named_from_the_keyboard_through_the_article_menu(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """The reader's outlet link is no Tab stop (the reader's stops are as before); Article >
    Set Outlet… opens the same box for the article chosen in the list."""
    window = _pack_imported(make_window, qtbot, tmp_path)
    assert window.reader.outlet_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    article = _harbour_watch(window)
    other = next(a for a in window.workspace.project.articles() if a.source == "Pessano News")
    window.show_article(other.id)
    window.articles_panel.select_article(article.id)
    QApplication.processEvents()
    window.article_menu.aboutToShow.emit()
    assert window.set_outlet_action.isEnabled()
    window.set_outlet_action.trigger()
    box = window.reader.outlet_box
    assert box is not None and window.reader.detail.record.id == article.id
    box.setTextValue("Harbour Watch")
    box.accept()
    _settled(window, qtbot)
    assert _harbour_watch(window).source == "Harbour Watch"
    assert window.workspace.project.article(other.id).record.source == "Pessano News"
