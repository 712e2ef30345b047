"""Figures round 57: a figure's as-of has a precision, the one of the time expression that
dates it. "Harlow Vale had 4,200 residents in 1962" is as of 1962 (stored as 31 Dec 1962,
which on HEAD f0bb6211 was all the figure said, read as if the day were known), "Last month the
port handled 61,000 containers" as of February 2033, "In the third quarter of 2032" a quarter;
a figure dated by a day, or by its article, is as of that day."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract import extract

DAY = date(2033, 3, 12)


def _dated(text: str) -> list[tuple[str, date | None, str | None]]:
    return [(f.number_text, f.as_of, f.as_of_precision) for f in extract(text, DAY).figures]


@pytest.mark.parametrize(
    ("text", "number", "as_of", "precision"),
    [
        ("Harlow Vale had 4,200 residents in 1962.", "4,200", date(1962, 12, 31), "year"),
        ("The Corbel shelter housed 85 families last year.", "85", date(2032, 12, 31), "year"),
        (
            "Last month the port of Quillan handled 61,000 containers.",
            "61,000",
            date(2033, 2, 28),
            "month",
        ),
        (
            "In the third quarter of 2032, Tessary Motors sold 18,000 cars.",
            "18,000",
            date(2032, 9, 30),
            "quarter",
        ),
        (
            "The mill at Pennock employed 1,100 workers in the 1990s.",
            "1,100",
            date(1999, 12, 31),
            "decade",
        ),
        ("Police arrested 312 people on Thursday.", "312", date(2033, 3, 10), "day"),
        ("The stranded ferry was carrying 212 passengers.", "212", DAY, "day"),
        # a month not over when told is as of the report, and still a month's
        ("Exports rose to $3.1 billion this month.", "$3.1 billion", DAY, "month"),
        # the window a count is told in: a week's
        ("Flu admissions reached 38 per 100,000 people last week.", "38", date(2033, 3, 6), "week"),
    ],
)
def test_the_as_of_keeps_the_precision_of_its_date(
    text: str, number: str, as_of: date, precision: str
) -> None:
    [(_told, day, fine)] = [x for x in _dated(text) if x[0] == number]
    assert (day, fine) == (as_of, precision)


def test_each_figure_keeps_the_precision_of_its_own_date() -> None:
    assert _dated("Unemployment in Dorrin was 6.2% in 2029, down from 7.1% in March 2028.") == [
        ("6.2%", date(2029, 12, 31), "year"),
        ("7.1%", date(2028, 3, 31), "month"),
    ]


def test_a_figure_with_no_day_at_all_has_no_precision() -> None:
    figures = extract("Harlow Vale had 4,200 residents.", None).figures
    assert [(f.as_of, f.as_of_precision) for f in figures] == [(None, None)]


def test_the_precision_is_in_the_json() -> None:
    [figure] = extract("Harlow Vale had 4,200 residents in 1962.", DAY).figures
    assert figure.to_json()["as_of_precision"] == "year"
    assert figure.to_json()["as_of"] == "1962-12-31"
