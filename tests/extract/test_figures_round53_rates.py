"""Round 53 figure rules: a figure told per stretch of time ("620,000 patients a year",
"£40 million annually", "900 patients monthly") is read as a rate per year or per month, and the
word that tells how often ("annually", "daily") is never part of what is counted. A rate per day
or per week keeps no period: its window would be the day or week it was told, and the same rate
told a day later would fall in another (the comparison below checks that both still meet)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract.figures import find_figures
from desktop.extract.timex import find_timexes
from tests.extract.figure_helpers import figure_numbered

#: a Wednesday
D = date(2031, 3, 5)


# -- how often is not what is counted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The Hessing mine produces 12,000 tonnes of copper annually.", "12,000", "copper"),
        ("The Orrin works makes 3,000 tonnes of steel daily, the owner said.", "3,000", "steel"),
        ("The Sallow quarry ships 800 tonnes of gravel weekly.", "800", "gravel"),
    ],
)
def test_a_frequency_word_after_the_noun_ends_it(text: str, number: str, counted: str) -> None:
    assert figure_numbered(text, number, D).counted == counted


def test_a_sum_told_annually_counts_nothing() -> None:
    text = "The Drennick scheme pays out £40 million annually, the council said."
    f = figure_numbered(text, "£40 million", D)
    assert f.counted is None
    # figures round 54: a rate per year, no window of its year (was period "year")
    assert (f.rate, f.period) == ("year", None)


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        # before a noun the word names a kind of it
        ("The Fennor app has 300 million monthly active users.", "300 million", "active users"),
        ("The line carries 5,000 daily commuters into Tarl.", "5,000", "daily commuters"),
    ],
)
def test_a_frequency_word_before_a_noun_stays_a_kind_of_it(
    text: str, number: str, counted: str
) -> None:
    assert counted in (figure_numbered(text, number, D).counted or "")


# -- a rate per year or per month ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        ("The Osselt clinic treats 900 patients monthly.", "900", "month"),
        ("The Wendle fund spends $2 billion yearly on roads.", "$2 billion", "year"),
        ("The Carrow levy raises 300 million euros per annum.", "300 million", "year"),
        ("The Osselt clinic treats about 9,000 patients a year.", "9,000", "year"),
    ],
)
def test_a_rate_per_year_or_month(text: str, number: str, period: str) -> None:
    # figures round 54: the stretch is the figure's rate, and it has no period (a window)
    f = figure_numbered(text, number, D)
    assert (f.rate, f.period) == (period, None)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Pellow firm gave 2,000 staff a year-long pay freeze.", "2,000"),
        ("The Tarnby deal gives 500 families a year's free rent.", "500"),
    ],
)
def test_a_year_long_thing_is_no_rate(text: str, number: str) -> None:
    f = figure_numbered(text, number, D)
    assert f.period != "year" and f.rate is None


def test_a_year_ago_is_a_time_not_a_rate() -> None:
    text = "The Osselt clinic saw 4,100 patients a year ago."
    f = figure_numbered(text, "4,100", D)
    assert f.as_of is not None and f.as_of.year == 2030


def test_a_rate_per_day_keeps_no_window() -> None:
    text = "The port of Calder Sound handles 4,000 containers a day."
    f = figure_numbered(text, "4,000", D)
    assert (f.period, f.rate) == (None, "day")


# -- what the comparison makes of them -------------------------------------------------------------


def _ref(text: str, number: str, published: date, ref_id: int) -> FigureRef:
    figures = find_figures(text, published, find_timexes(text, published))
    figure = next(f for f in figures if f.number_text == number)
    return FigureRef(id=ref_id, article_id=ref_id, figure=figure, published=published)


def test_a_day_rate_told_again_the_next_day_is_still_compared() -> None:
    a = _ref(
        "The port of Calder Sound handles 4,000 containers a day, its operator said.",
        "4,000",
        date(2031, 3, 2),
        1,
    )
    b = _ref(
        "The port of Calder Sound handles about 6,500 containers a day, the ministry said.",
        "6,500",
        date(2031, 3, 3),
        2,
    )
    report = compare([a, b])
    assert [p.relation for p in report.pairs] == ["contradiction"]


def test_a_yearly_rate_and_one_events_count_stay_apart() -> None:
    a = _ref("The Osselt clinic treats 9,000 patients annually.", "9,000", date(2031, 3, 2), 1)
    b = _ref(
        "Hackers copied the records of 2,300 patients of the Osselt clinic.",
        "2,300",
        date(2031, 3, 4),
        2,
    )
    assert compare([a, b]).pairs == []
