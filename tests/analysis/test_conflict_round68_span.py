"""Conflicts round 68: a figure's as-of is a span of days, not the day it is stored as.

"The Kelso reservoir was 41% full in May" is stored as of 31 May; on HEAD 8e802820 the
comparison read it as later than another outlet's "35% full on 14 May" and called the pair an
update ("the level rose ... as of 31 May 2034, later than 14 May 2034"). A figure known to a
span is later than another only when its span starts after the other's ends; overlapping
spans are two readings of one time. A span still running when told ("so far this year", stored
as of the day it was told) is as of that day: two such counts told a month apart are still
dated apart (dev3 h38, dev16 l04). A pair's reason says each as-of as finely as it is known
("May 2034", "9–15 Jan 2034", "2033"). dev44 (conflicts_eval) holds these pairs."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.analysis.as_of import as_of_words, known_from, span_end, span_start
from desktop.analysis.conflicts import compare
from desktop.domain import FigureRef
from desktop.extract import extract


def _pairs(*told: tuple[str, date]) -> list[tuple[str, str]]:
    refs: list[FigureRef] = []
    for article, (text, day) in enumerate(told):
        for figure in extract(text, day).figures:
            refs.append(FigureRef(len(refs), article, figure, published=day))
    return [(p.relation, p.reason) for p in compare(refs).pairs]


@pytest.mark.parametrize(
    ("precision", "start"),
    [
        (None, date(2033, 8, 14)),
        ("day", date(2033, 8, 14)),
        ("week", date(2033, 8, 8)),
        ("month", date(2033, 8, 1)),
        ("quarter", date(2033, 7, 1)),
        ("season", date(2033, 6, 1)),
        ("year", date(2033, 1, 1)),
        ("decade", date(2030, 1, 1)),
        ("century", date(2000, 1, 1)),
    ],
)
def test_a_span_starts_where_its_precision_says(precision: str | None, start: date) -> None:
    assert span_start(date(2033, 8, 14), precision) == start


def test_winter_starts_in_the_december_before() -> None:
    assert span_start(date(2034, 2, 28), "season") == date(2033, 12, 1)
    assert span_start(date(2034, 12, 31), "season") == date(2034, 12, 1)


def test_an_as_of_in_words_is_as_fine_as_it_is_known() -> None:
    assert as_of_words(date(1962, 12, 31), "year") == "1962"
    assert as_of_words(date(2029, 7, 31), "month") == "July 2029"
    assert as_of_words(date(2029, 7, 31), "month", short=True) == "Jul 2029"
    assert as_of_words(date(2025, 1, 12), "week") == "6–12 Jan 2025"
    assert as_of_words(date(2025, 1, 12), "week", iso=True) == "2025-W02"
    assert as_of_words(date(2025, 1, 12), "day") == "12 Jan 2025"
    assert as_of_words(date(2025, 1, 12), None, iso=True) == "2025-01-12"


def test_a_month_holding_the_other_day_is_no_later_report() -> None:
    pairs = _pairs(
        ("The Kelso reservoir was 41% full in May, the water board said.", date(2034, 6, 20)),
        ("The Kelso reservoir was 35% full on 14 May, the water board said.", date(2034, 6, 21)),
    )
    assert pairs == [
        ("contradiction", "ranges cannot both hold: 41 vs 35 (as of May 2034 and 14 May 2034)")
    ]


def test_a_month_before_the_other_day_is_still_earlier() -> None:
    pairs = _pairs(
        ("The Kelso reservoir was 41% full in May, the water board said.", date(2034, 6, 20)),
        ("The Kelso reservoir was 35% full on 3 June, the water board said.", date(2034, 6, 22)),
    )
    assert pairs == [
        ("update", "later report, the level fell: 41 vs 35 (as of May 2034, then 3 Jun 2034)")
    ]


def test_a_week_holding_the_other_day_is_no_later_report() -> None:
    friday = date(2034, 1, 20)
    pairs = _pairs(
        ("Some 12,000 homes in Dunmere were without power last week, the utility said.", friday),
        ("On 11 January 18,000 homes in Dunmere were without power, the utility said.", friday),
    )
    assert [relation for relation, _ in pairs] == ["contradiction"]
    assert "(as of 9–15 Jan 2034 and 11 Jan 2034)" in pairs[0][1]


def test_two_figures_of_one_year_say_the_year() -> None:
    pairs = _pairs(
        ("The Kelso reservoir was 41% full in 2033, the water board said.", date(2034, 1, 10)),
        ("The Kelso reservoir was 30% full in 2033, the farmers' union said.", date(2034, 1, 11)),
    )
    assert len(pairs) == 1
    assert "31 Dec 2033" not in pairs[0][1]
    assert "2033" in pairs[0][1]


def test_a_span_ends_on_its_last_day() -> None:
    assert span_end(date(2033, 8, 14), "week") == date(2033, 8, 14)
    assert span_end(date(2033, 8, 9), "week") == date(2033, 8, 14)
    assert span_end(date(2034, 2, 3), "month") == date(2034, 2, 28)
    assert span_end(date(2033, 11, 3), "quarter") == date(2033, 12, 31)
    assert span_end(date(2034, 1, 3), "season") == date(2034, 2, 28)
    assert span_end(date(2033, 8, 14), "year") == date(2033, 12, 31)
    assert span_end(date(2033, 8, 14), "decade") == date(2039, 12, 31)


def test_a_span_still_running_when_told_is_known_from_its_telling() -> None:
    # "in 2033" stored as 31 Dec 2033: any day of the year; "so far this year" told on 5
    # August, stored as 5 August: as of that day
    assert known_from(date(2033, 12, 31), "year") == date(2033, 1, 1)
    assert known_from(date(2024, 8, 5), "year") == date(2024, 8, 5)
    assert known_from(date(2034, 5, 31), "month") == date(2034, 5, 1)
    assert known_from(date(2034, 5, 20), "month") == date(2034, 5, 20)


def test_two_counts_so_far_this_year_told_a_month_apart_are_an_update() -> None:
    pairs = _pairs(
        ("So far this year, 21,000 migrants have crossed the Kell Strait.", date(2024, 8, 5)),
        (
            "More than 23,500 migrants have crossed the Kell Strait so far this year.",
            date(2024, 9, 2),
        ),
    )
    assert [relation for relation, _ in pairs] == ["update"]
