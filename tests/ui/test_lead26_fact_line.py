"""A live entry's fact starts with its stamp on a line of its own ("10 August 2026, 12:05" then
the entry's sentence). On one line (a facts table cell, a timeline label) the line break is
shown as a dash: the cell used to end at the stamp ("10 August 2026, 12:05...", the sentence
hidden) and the timeline painted "12:05Hospitals in Alvera ...". Editing keeps the text as
stored."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.records import TimelineRow
from desktop.ui.format import fact_line
from desktop.ui.models.facts import COL_TEXT, FactsTableModel
from desktop.ui.timeline_source import TimelineSource
from tests.ui.test_models import fact

STAMPED = "10 August 2026, 12:05\nHospitals in Alvera treated 61 people for heatstroke"


def test_a_line_break_reads_as_a_dash_and_plain_text_is_left_alone() -> None:
    assert fact_line(STAMPED) == (
        "10 August 2026, 12:05 \u2014 Hospitals in Alvera treated 61 people for heatstroke"
    )
    assert fact_line("14:05\nBREAKING\n  Police have declared a major incident") == (
        "14:05 \u2014 BREAKING \u2014 Police have declared a major incident"
    )
    assert (
        fact_line("11.02am\r\nThe chancellor has left") == "11.02am \u2014 The chancellor has left"
    )
    plain = "Soldiers captured on Thursday"
    assert fact_line(plain) is plain


def test_the_facts_table_shows_the_whole_entry_and_edits_the_stored_text() -> None:
    stamped = dataclasses.replace(fact(1, date(2026, 8, 10)), text=STAMPED)
    model = FactsTableModel()
    model.set_facts([stamped])
    index = model.index(0, COL_TEXT)
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert "\n" not in shown and "12:05 \u2014 Hospitals" in shown
    assert model.data(index, Qt.ItemDataRole.EditRole) == STAMPED
    assert "\n" not in model.data(index, Qt.ItemDataRole.AccessibleTextRole)


def test_timeline_labels_carry_no_line_break() -> None:
    d = date(2026, 8, 10)
    row = TimelineRow(
        1, 1, "Radio Alvera", "Drought live", d, d, STAMPED, "auto", "day", "2026-08-10"
    )
    source = TimelineSource(rows={1: row})
    for item in [*source.data("source"), source.item(row, "source")]:
        assert "\n" not in item.label
        assert item.label.startswith("10 August 2026, 12:05 \u2014 Hospitals")
