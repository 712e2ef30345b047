"""What a figure counts over time, and the measures a report's wording gives it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_numbered, figures_in

PUBLISHED = date(2025, 3, 4)  # a Tuesday


def _figures(text: str, published: date = PUBLISHED) -> list[Figure]:
    return figures_in(text, published)


def _figure(text: str, number: str) -> Figure:
    return figure_numbered(text, number, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        ("About 700 migrants crossed the Aegean on Sunday, officials said.", "700", "day"),
        (
            "About 700 migrants crossed the Aegean on Sunday, bringing the total so far this "
            "year to 9,100.",
            "9,100",
            "cumulative",
        ),
        ("More than 9,000 migrants have crossed the Aegean this year.", "9,000", "cumulative"),
        ("The quake has killed 212 people since Friday, officials said.", "212", "cumulative"),
        ("Rescuers reported 41 new infections in the past 24 hours.", "41", "day"),
        ("Firms cut 30,000 jobs in November, the ministry said.", "30,000", "month"),
        ("Some 2,500 people were arrested in the past week.", "2,500", "week"),
        ("Drones struck 14 substations overnight.", "14", "day"),
        ("About 4,000 people are still in shelters in the valley.", "4,000", "current"),
        ("Sixty climbers remain missing on the glacier.", "Sixty", "current"),
        ("About 2,000 soldiers are stationed in Latvia.", "2,000", "current"),
        # the day a speaker gave a running total is not a window for the count
        ("The fires have destroyed 900 homes, firefighters said on Monday.", "900", "cumulative"),
        ("The storm killed 30 people, officials said on Monday.", "30", None),
        # "rose to 20 on Saturday": the day the count was reached
        ("The number of arrests rose to 85 on Saturday.", "85", None),
    ],
)
def test_the_period_a_count_covers(text: str, number: str, period: str | None) -> None:
    assert _figure(text, number).period == period


def test_a_part_of_a_days_count_is_that_days_too() -> None:
    text = "Air strikes killed 91 people in the city on Monday, including 17 children."
    assert _figure(text, "17").period == "day"


def test_a_date_put_first_belongs_to_the_clause() -> None:
    assert _figure("On Sunday, gunmen killed 11 villagers.", "11").period == "day"


def test_a_measure_verb_before_the_number_beats_one_past_a_comma() -> None:
    text = "The blast killed six workers, injured more than 80 and damaged 40 shops."
    assert [f.measure for f in _figures(text)] == ["killed", "injured", "damaged"]


def test_refugees_yield_to_the_verb_that_says_what_they_did() -> None:
    arrived = _figure("Nearly 1,900 refugees arrived in Malta last month.", "1,900")
    assert (arrived.counted, arrived.measure) == ("refugees", "arrived")
    fled = _figure("About 40,000 refugees crossed into Chad this week.", "40,000")
    assert fled.measure == "crossed"
    plain = _figure("The camp now holds 75,000 refugees.", "75,000")
    assert plain.measure == "displaced"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The governor received 2.4 million votes.", "2.4 million"),
        ("Her party got nearly 900,000 ballots in the capital.", "900,000"),
        ("The Greens polled 1.1 million votes.", "1.1 million"),
    ],
)
def test_votes_a_candidate_received_are_votes_won(text: str, number: str) -> None:
    assert _figure(text, number).measure == "won"


def test_the_seats_of_a_whole_chamber_are_not_won() -> None:
    text = "The coalition won 180 of the 350 seats."
    assert [f.measure for f in _figures(text)] == ["won", None]


def test_people_who_voted() -> None:
    assert _figure("About 6.2 million people voted in the referendum.", "6.2 million").measure == (
        "voted"
    )


def test_people_in_shelters_is_a_measure() -> None:
    text = "Some 12,000 people were staying in evacuation centres, officials said."
    assert _figure(text, "12,000").measure == "sheltered"


def test_a_disease_before_cases_is_no_population() -> None:
    figure = _figure("The ministry has recorded 3,400 measles cases.", "3,400")
    assert (figure.counted, figure.measure) == (None, "infected")


def test_a_town_of_is_a_scope() -> None:
    figure = _figure("The flood killed nine people in the town of Tarbes.", "nine")
    assert figure.scope == "Tarbes"
