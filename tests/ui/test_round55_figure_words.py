"""UI round 55: a figure reads in the window as the news told it.

Looked at on two projects (the demo, and every article of pack rounds 1-10 imported) at
1366x768 and 1920x1080:

* a rate (figures round 54: "The bridge carried about 42,000 vehicles a day") showed
  "about 42,000 — Corrandale Chronicle" in the pairs table, "about 42,000 vehicles" on its
  sentence card and a bare "about 42,000" in the Figures table: only the group's label said
  "per day", and a figure met on its own (the Figures tab, the reader's tooltip) read as a
  count. Now "about 42,000 per day", "about 42,000 vehicles per day".
* a duration (figures round 56: "The fire burned for 19 hours") read "19 hours burned for"
  in the pairs table and on its card; now "burned for 19 hours", as it was written.
* a share told in words ("a fifth", "two thirds") showed "0.2 fraction"; now "20%", as the
  shares told in per cent beside it. "43.9C" showed "43.9 C"; now "43.9°C". A quake's
  "magnitude 6.4" showed "6.4 magnitude".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop.domain import Figure
from desktop.domain.records import ArticleRecord, FigureRecord, PairRecord
from desktop.ui.format import figure_reading, figure_value
from desktop.ui.models.conflicts import ConflictPairsModel
from desktop.ui.models.figures import COL_VALUE, FiguresTableModel
from desktop.ui.widgets.conflicts_panel import SentenceCard
from desktop.ui.widgets.reader import ReaderView

BRIDGE = "The bridge carried about 42,000 vehicles a day between the two banks."
FIRE = "The fire at Dunmere Mill burned for 19 hours, the brigade said."


def _article(aid: int, source: str) -> ArticleRecord:
    return ArticleRecord(
        aid, f"a{aid}.txt", f"Story {aid}", source, None, None, date(2031, 4, 2), "text", "txt",
        datetime(2031, 4, 2),
    )  # fmt: skip


def _figure(text: str, words: str, low: float, qualifier: str = "exact", **kw: object) -> Figure:
    start = text.index(words)
    return Figure(start, start + len(words), words, words, low, low, qualifier, **kw)  # type: ignore[arg-type]


def _rate(fid: int = 1) -> FigureRecord:
    fig = _figure(BRIDGE, "about 42,000 vehicles", 42000, "approximate", counted="vehicles")
    fig.rate = "day"
    return FigureRecord(fid, _article(fid, "Corrandale Chronicle"), fig)


def _length(fid: int = 2) -> FigureRecord:
    fig = _figure(FIRE, "19 hours", 19, unit="hours", counted="fire", measure="burned for")
    return FigureRecord(fid, _article(fid, "Tarrow Gazette"), fig)


def test_a_rate_says_the_stretch_it_is_told_per() -> None:
    assert figure_value(_rate().figure) == "about 42,000 per day"
    # a caller that writes what is counted puts the stretch after it
    assert figure_value(_rate().figure, rate=False) == "about 42,000"
    year = Figure(0, 5, "620,000", "620,000", 620000, 620000, "exact", rate="year")
    assert figure_value(year) == "620,000 per year"
    # a count is as it was
    assert figure_value(Figure(0, 3, "300", "300", 300, None, "more_than")) == "more than 300"


def test_units_read_as_news_writes_them() -> None:
    fifth = Figure(0, 7, "a fifth", "a fifth", 0.2, 0.2, "exact", unit="fraction")
    assert figure_value(fifth) == "20%"
    half = Figure(0, 4, "less than half", "half", None, 0.5, "less_than", unit="fraction")
    assert figure_value(half) == "less than 50%"
    heat = Figure(0, 5, "43.9C", "43.9", 43.9, 43.9, "exact", unit="C")
    assert figure_value(heat) == "43.9°C"
    quake = Figure(0, 3, "6.4", "6.4", 6.4, 6.4, "approximate", unit="magnitude")
    assert figure_value(quake) == "about magnitude 6.4"
    hours = Figure(0, 5, "two to three hours", "2", 2, 3, "range", unit="hours")
    assert figure_value(hours) == "2–3 hours"
    # units written as words keep their space; a per cent keeps none
    assert figure_value(Figure(0, 3, "30%", "30", 30, 30, "approximate", unit="%")) == "about 30%"
    tonnes = Figure(0, 9, "90 tonnes", "90", 90, 90, "exact", unit="tonnes")
    assert figure_value(tonnes) == "90 tonnes"


def test_the_pairs_table_tells_a_rate_and_a_length_in_order() -> None:
    model = ConflictPairsModel()
    other_rate = _rate(3)
    other_rate.figure.low = other_rate.figure.high = 40000
    other_length = _length(4)
    other_length.figure.low = other_length.figure.high = 15
    figures = {1: _rate(), 2: _length(), 3: other_rate, 4: other_length}
    model.set_pairs(
        [PairRecord(1, 3, "consistent", "ranges overlap", "g1"),
         PairRecord(2, 4, "contradiction", "ranges cannot both hold", "g2")],
        figures, presorted=True,
    )  # fmt: skip
    assert model.side_lines(1)[0] == "about 42,000 per day"
    assert model.side_lines(2)[0] == "burned for 19 hours"
    assert model.side_lines(4)[0] == "burned for 15 hours"


def test_the_sentence_card_reads_the_figure_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show_figure(_rate(), BRIDGE, "Left")
    assert "about 42,000 vehicles per day" in card.toPlainText()
    card.show_figure(_length(), FIRE, "Right")
    assert "fire burned for 19 hours" in card.toPlainText()
    assert "19 hours fire" not in card.toPlainText()


def test_the_figures_table_and_the_readers_tip_say_per_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = FiguresTableModel()
    model.set_figures([_rate(), _length()])
    rows = {model.figure_at(r).id: r for r in range(model.rowCount())}
    assert model.index(rows[1], COL_VALUE).data() == "about 42,000 per day"
    assert model.index(rows[2], COL_VALUE).data() == "19 hours"
    rate_tip = model.index(rows[1], COL_VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "about 42,000 vehicles per day" in rate_tip
    length_tip = model.index(rows[2], COL_VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "fire burned for 19 hours" in length_tip
    # the reader's tip over the underlined figure
    assert ReaderView._figure_tip(_rate()).splitlines()[0] == "about 42,000 per day"


def test_one_phrase_for_the_figure_and_what_it_counts() -> None:
    """Said where a figure is chosen from a list (Link a figure…) and in the Figures tab's
    tooltip: the list read '#2  19 hours fire burned for — Tarrow Gazette'."""
    assert figure_reading(_rate().figure) == "about 42,000 vehicles per day"
    assert figure_reading(_length().figure) == "fire burned for 19 hours"
    killed = Figure(0, 9, "38 people", "38", 38, None, "at_least", counted="people")
    killed.measure = "killed"
    assert figure_reading(killed) == "at least 38 people killed"
