"""Figures round 57: a figure's as-of reads as finely as its text told it. A figure "in 1962"
is stored as of 31 Dec 1962 and on HEAD f0bb6211 every view said "as of 31 Dec 1962", as if
the day were known: the figures table, its tooltip, the reader's tip, a conflict's side line
and its sentence card now say 1962 (a month "March 2024", a quarter "Q3 2032", the decade "the
1990s", a week "6–12 Jan 2025"), and a day still reads as a day ("12 May 2025"; "Mon 12 May 2025" on a card). A figure
stored before the precision was kept (None) reads as a day, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain import Figure
from desktop.domain.records import FigureRecord, PairRecord
from desktop.ui.format import date_style, set_date_style, shown_as_of
from desktop.ui.models.conflicts import ConflictPairsModel
from desktop.ui.models.figures import COL_AS_OF, FiguresTableModel
from desktop.ui.widgets.conflicts_panel import SentenceCard
from desktop.ui.widgets.reader import ReaderView
from tests.ui.test_models import article

TEXT = "Harlow Vale had 4,200 residents in 1962, the census office said."
AT = TEXT.index("4,200")


def _record(fid: int, as_of: date, precision: str | None) -> FigureRecord:
    figure = Figure(
        AT, AT + 15, "4,200 residents", "4,200", 4200.0, 4200.0, "exact", counted="residents",
        as_of=as_of, as_of_precision=precision,  # type: ignore[arg-type]
    )  # fmt: skip
    return FigureRecord(fid, article(fid, "Vale Courier", date(2033, 3, 12)), figure)


@pytest.fixture(autouse=True)
def _text_dates():  # type: ignore[no-untyped-def]
    before = date_style()
    set_date_style("text")
    yield
    set_date_style(before)


@pytest.mark.parametrize(
    ("day", "precision", "text", "iso"),
    [
        (date(1962, 12, 31), "year", "1962", "1962"),
        (date(2024, 3, 31), "month", "March 2024", "2024-03"),
        (date(2032, 9, 30), "quarter", "Q3 2032", "2032-Q3"),
        (date(1999, 12, 31), "decade", "the 1990s", "the 1990s"),
        (date(1998, 8, 14), "season", "summer 1998", "summer 1998"),
        (date(2025, 3, 9), "week", "3–9 Mar 2025", "2025-W10"),
        # a week over two months, over two years, and one not over when told on its Monday
        (date(2025, 3, 2), "week", "24 Feb–2 Mar 2025", "2025-W09"),
        (date(2025, 1, 5), "week", "30 Dec 2024–5 Jan 2025", "2025-W01"),
        (date(2025, 3, 3), "week", "3 Mar 2025", "2025-W10"),
        (date(2025, 5, 12), "day", "12 May 2025", "2025-05-12"),
        (date(2025, 5, 12), None, "12 May 2025", "2025-05-12"),
    ],
)
def test_an_as_of_reads_as_finely_as_it_was_told(
    day: date, precision: str | None, text: str, iso: str
) -> None:
    assert shown_as_of(day, precision) == text
    set_date_style("iso")
    assert shown_as_of(day, precision) == iso


def test_a_short_as_of_is_never_wider_than_a_day() -> None:
    assert shown_as_of(date(2024, 3, 31), "month", short=True) == "Mar 2024"
    assert shown_as_of(date(1962, 12, 31), "year", short=True) == "1962"
    # a week by its last day, as a day is (a conflict's side has no room for its days)
    assert shown_as_of(date(2025, 3, 9), "week", short=True) == "9 Mar 2025"


def test_the_figures_table_and_the_readers_tip_say_1962(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = FiguresTableModel()
    model.set_figures([_record(1, date(1962, 12, 31), "year")])
    assert model.index(0, COL_AS_OF).data() == "1962"
    tip = model.index(0, COL_AS_OF).data(Qt.ItemDataRole.ToolTipRole)
    assert "as of 1962" in tip and "31 Dec" not in tip
    assert "as of 1962" in ReaderView._figure_tip(_record(1, date(1962, 12, 31), "year"))


def test_a_figure_stored_before_the_precision_reads_as_a_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = FiguresTableModel()
    model.set_figures([_record(1, date(1962, 12, 31), None)])
    assert model.index(0, COL_AS_OF).data() == "31 Dec 1962"


def test_a_conflicts_side_line_and_card_say_1962(qtbot) -> None:  # type: ignore[no-untyped-def]
    old, new = _record(1, date(1962, 12, 31), "year"), _record(2, date(2033, 3, 10), "day")
    model = ConflictPairsModel()
    model.set_pairs(
        [PairRecord(1, 2, "contradiction", "4,200 vs 9,000", "g1")], {1: old, 2: new},
        presorted=True,
    )  # fmt: skip
    assert model.side_lines(1)[1].endswith(", 1962")
    assert model.side_lines(2)[1].endswith(", 10 Mar 2033")
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show_figure(old, TEXT, "Left")
    shown = card.toPlainText()
    assert "Vale Courier · 1962" in shown and "31 Dec" not in shown
    card.show_figure(new, TEXT, "Right")
    assert "Vale Courier · Thu 10 Mar 2033" in card.toPlainText()
