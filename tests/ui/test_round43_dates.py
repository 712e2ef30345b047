"""Round 43: the Edit date dialog is prefilled with the date as the table shows it, and still
reads the ISO form typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain import DateRange
from desktop.ui import format as fmt
from desktop.ui.models.facts import COL_DATE
from tests.ui.test_review import open_at, select_first_fact

WEEK = DateRange("2025-W03", date(2025, 1, 13), date(2025, 1, 19), "week")


@pytest.fixture(autouse=True)
def _text_style():  # type: ignore[no-untyped-def]
    before = fmt.date_style()
    fmt.set_date_style("text")
    yield
    fmt.set_date_style(before)


@pytest.mark.parametrize(
    ("dr", "shown"),
    [
        (WEEK, "13–19 Jan 2025"),
        (DateRange("2025-01-13", date(2025, 1, 13), date(2025, 1, 13), "day"), "13 Jan 2025"),
        (DateRange("2024-11", date(2024, 11, 1), date(2024, 11, 30), "month"), "Nov 2024"),
        (DateRange("x", date(2025, 2, 10), date(2025, 3, 3), "day"), "10 Feb – 3 Mar 2025"),
        (DateRange("x", date(2024, 12, 28), date(2025, 1, 3), "day"), "28 Dec 2024 – 3 Jan 2025"),
        (DateRange("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), "quarter"), "Jan–Mar 2025"),
    ],
)
def test_the_date_to_edit_is_the_date_shown_and_reads_back_as_the_same_days(
    dr: DateRange, shown: str
) -> None:
    assert fmt.date_range_text(dr) == shown
    assert fmt.date_dialog_text(dr) == shown
    again = fmt.parse_date_range(shown)
    assert again is not None and (again.earliest, again.latest) == (dr.earliest, dr.latest)


def test_a_span_with_a_dash_borrows_the_year_of_its_end() -> None:
    found = fmt.parse_date_range("30 Nov – 2 Dec 2023")
    assert found is not None
    assert (found.earliest, found.latest) == (date(2023, 11, 30), date(2023, 12, 2))
    months = fmt.parse_date_range("Sep–Oct 2022")
    assert months is not None and months.precision == "month"
    assert (months.earliest, months.latest) == (date(2022, 9, 1), date(2022, 10, 31))
    # an end that is no date is no span
    assert fmt.parse_date_range("soon – 2 Dec 2023") is None


def test_in_the_iso_style_the_date_to_edit_is_iso_too() -> None:
    fmt.set_date_style("iso")
    assert fmt.date_dialog_text(WEEK) == "2025-01-13–2025-01-19"
    found = fmt.parse_date_range("2025-01-13–2025-01-19")
    assert found is not None and (found.earliest, found.latest) == (WEEK.earliest, WEEK.latest)


def test_an_open_span_is_still_given_in_a_form_that_reads() -> None:
    since = DateRange("2024-12", date(2024, 12, 1), None, "month")
    assert fmt.date_dialog_text(since) == "2024-12"


def test_edit_date_prefills_what_the_table_shows_and_takes_the_iso_form(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    fact = select_first_fact(qtbot, window)
    window.workspace.edit_dates([fact.id], WEEK)
    qtbot.waitUntil(lambda: window.facts_panel.model.fact(fact.id).date.latest == WEEK.latest)
    window.facts_panel.select_fact(fact.id, emit=True)
    row = window.facts_panel.model.row_of(fact.id)
    cell = window.facts_panel.model.index(row, COL_DATE)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "13–19 Jan 2025"

    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    assert dialog.date_edit.text() == "13–19 Jan 2025"
    assert dialog.ok_button().isEnabled()
    assert "13–19 Jan 2025" in dialog.reading.text()
    # OK on the date as it was changes nothing (the week stays a week)
    dialog.accept()
    qtbot.wait(50)
    assert window.facts_panel.model.fact(fact.id).date == WEEK

    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    dialog.date_edit.setText("2025-01-14..2025-01-16")
    assert dialog.ok_button().isEnabled()
    dialog.accept()
    qtbot.waitUntil(
        lambda: window.facts_panel.model.fact(fact.id).date.earliest == date(2025, 1, 14)
    )
    assert window.facts_panel.model.fact(fact.id).date.latest == date(2025, 1, 16)


def test_several_facts_of_one_week_keep_it_when_ok_meets_the_date_they_share(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1400, 900)
    model = window.facts_panel.model
    ids = [model.fact_at(0).id, model.fact_at(1).id]
    window.workspace.edit_dates(ids, WEEK)
    qtbot.waitUntil(lambda: all(model.fact(i).date == WEEK for i in ids))
    window.facts_panel.select_facts(ids)
    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    assert dialog.date_edit.text() == "13–19 Jan 2025"
    dialog.accept()
    qtbot.wait(50)
    assert all(model.fact(i).date == WEEK for i in ids)
    assert model.fact(ids[0]).date.precision == "week"
