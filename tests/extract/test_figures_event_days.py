"""An event that wears its day ("Monday's ambush"), scopes told by direction, "the number of"."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from tests.extract.figure_helpers import figure_numbered

THURSDAY = date(2025, 9, 11)
WEDNESDAY = date(2025, 9, 10)


def _figure(text: str, number: str, published: date = THURSDAY) -> Figure:
    return figure_numbered(text, number, published)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The death toll from Wednesday's market bombing stands at 48, police said.", "48"),
        ("The rebels said they had killed 40 soldiers in Wednesday's ambush.", "40"),
        ("A total of 1,450 people voted in Wednesday’s by-election.", "1,450"),
        ("Wednesday's market bombing killed 33 people, police said on Thursday.", "33"),
    ],
)
def test_a_count_of_an_event_named_by_its_day_is_that_days_count(text: str, number: str) -> None:
    figure = _figure(text, number)
    assert (figure.period, figure.as_of) == ("day", WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a stretch that starts with the event runs up to the report
        ("Police have arrested 120 people since Wednesday's protest.", "120"),
        # a report dated by its day tells the running count it gives
        ("Wednesday's figures put the death toll at 230.", "230"),
    ],
)
def test_a_possessive_day_that_bounds_or_reports_a_count_is_no_event(
    text: str, number: str
) -> None:
    assert _figure(text, number).period == "cumulative"


def test_a_days_count_is_dated_by_its_day_not_by_when_it_was_said() -> None:
    figure = _figure(
        "Strikes killed 140 people on Monday night, officials said on Thursday.", "140"
    )
    assert (figure.period, figure.as_of) == ("day", date(2025, 9, 8))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The typhoon killed 90 people in the northern provinces, officials said.", "the north"),
        ("Floods killed 12 people in the north-east of the country.", "the north-east"),
        ("Storms left 3,000 homes without power in coastal areas.", "the coast"),
        ("In the south, 40 people died in the fighting.", "the south"),
    ],
)
def test_a_region_told_by_its_direction_is_a_scope(text: str, scope: str) -> None:
    assert find_figures(text, THURSDAY)[0].scope == scope


def test_a_direction_before_a_name_leaves_the_name_to_say_the_place() -> None:
    assert (
        find_figures("Strikes killed 30 people in northern Gaza.", THURSDAY)[0].scope != "the north"
    )


def test_the_number_of_a_measure_since_an_event_counts_no_population() -> None:
    figure = _figure(
        "The number of arrests since the unrest began has reached 1,040, the ministry said.",
        "1,040",
    )
    assert (figure.measure, figure.counted) == ("arrested", None)


def test_the_number_of_people_with_a_measure_keeps_its_population() -> None:
    figure = _figure("The number of people killed since the war began has risen to 2,300.", "2,300")
    assert (figure.measure, figure.counted) == ("killed", "people")


def test_a_count_of_the_night_before_is_as_of_the_morning_it_is_reported() -> None:
    figure = _figure("Kyiv said it shot down 52 of the 60 drones launched overnight.", "52")
    assert (figure.period, figure.as_of) == ("day", THURSDAY)
