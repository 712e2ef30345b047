"""Round 52: a currency's rate told with its day is that day's level, not a day's count.
"The peso was trading at 18.1 per dollar on Wednesday" and "One dollar bought 17.3 pesos at
the close on Monday" are the peso's rate as those days left it; Wednesday's rate updates
Monday's, as a level does. A count made on a day ("One family bought 12 tickets on Monday")
keeps its day.

Goods recalled and told by how they were sold ("is recalling 210,000 Zephra kettles sold
between March 2029 and January 2031") get no month window from the dates of their sale; "extended its recall of Zephra kettles to 260,000 units" is a
recall widened to a new total, as "extended its kettle recall to" was."""

from __future__ import annotations

from datetime import date

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef
from desktop.extract import extract

TUE, THU = date(2031, 4, 8), date(2031, 4, 10)


def _one(text: str, published: date) -> Figure:
    figures = extract(text, published).figures
    assert len(figures) == 1, figures
    return figures[0]


def test_a_rate_traded_at_against_another_currency_is_a_level() -> None:
    figure = _one("The peso was trading at 18.1 per dollar on Wednesday afternoon.", THU)
    assert figure.counted == "peso"
    assert figure.period == "current"


def test_a_rate_told_to_the_dollar_is_a_level() -> None:
    figure = _one("The rupee traded at 84.2 to the dollar on Tuesday, dealers said.", THU)
    assert figure.counted == "rupee"
    assert figure.period == "current"


def test_a_rate_told_as_what_one_unit_bought_is_a_level() -> None:
    figure = _one("One dollar bought 17.3 pesos at the close on Monday.", TUE)
    assert figure.counted == "pesos"
    assert figure.period == "current"


def test_a_rate_told_as_what_one_us_dollar_fetched_is_a_level() -> None:
    figure = _one("A US dollar fetched 17.9 pesos on Monday.", TUE)
    assert figure.period == "current"


def test_a_count_bought_on_a_day_keeps_its_day() -> None:
    figure = _one("One family bought 12 tickets on Monday.", TUE)
    assert figure.counted == "tickets"
    assert figure.period == "day"


def test_a_count_made_on_a_day_keeps_its_day() -> None:
    figure = _one("Police arrested 40 people on Monday.", TUE)
    assert figure.period == "day"


def test_a_later_rate_told_the_other_way_round_updates_the_earlier() -> None:
    monday = _one("One dollar bought 17.3 pesos at the close on Monday.", TUE)
    wednesday = _one("The peso was trading at 18.1 per dollar on Wednesday afternoon.", THU)
    refs = [FigureRef(1, 11, monday, published=TUE), FigureRef(2, 12, wednesday, published=THU)]
    pairs = {(p.a, p.b): p.relation for p in compare(refs).pairs}
    assert pairs == {(1, 2): "update"}


def test_two_rates_told_the_same_day_apart_contradict() -> None:
    one = _one("The peso was trading at 18.1 per dollar on Wednesday afternoon.", THU)
    other = _one("One dollar bought 19.6 pesos at the close on Wednesday.", THU)
    refs = [FigureRef(1, 11, one, published=THU), FigureRef(2, 12, other, published=THU)]
    pairs = {(p.a, p.b): p.relation for p in compare(refs).pairs}
    assert pairs == {(1, 2): "contradiction"}


# -- goods recalled, told by how they were sold, and a recall widened to a new total ---------

APR8, APR12 = date(2031, 4, 8), date(2031, 4, 12)


def _numbered(text: str, published: date, number: str) -> Figure:
    found = [f for f in extract(text, published).figures if f.number_text == number]
    assert len(found) == 1, found
    return found[0]


def test_the_months_the_recalled_goods_were_sold_in_are_no_window_of_the_recall() -> None:
    text = "Keltron is recalling 210,000 Zephra kettles sold between March 2029 and January 2031."
    figure = _numbered(text, APR8, "210,000")
    assert figure.counted == "Zephra kettles"
    assert figure.period is None


def test_goods_sold_in_a_month_keep_their_measure_and_month() -> None:
    figure = _numbered("Keltron sold 210,000 Zephra kettles in March.", APR12, "210,000")
    assert figure.measure == "sold"
    assert figure.period == "month"


def test_a_recall_widened_with_what_it_recalls_is_a_change_to_a_new_total() -> None:
    text = "Keltron on Friday extended its recall of Zephra kettles to 260,000 units."
    figure = _numbered(text, APR12, "260,000")
    assert figure.counted == "Zephra kettles"
    assert figure.change_cue is not None and "recall of Zephra kettles to" in figure.change_cue
    assert figure.period is None


def test_a_recall_widened_on_a_day_named_after_it_has_no_day_window() -> None:
    text = "Keltron extended its recall of Zephra kettles to 260,000 units on Friday."
    assert _numbered(text, APR12, "260,000").period is None
