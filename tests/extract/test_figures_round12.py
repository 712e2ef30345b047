"""Round 12: health, migration, energy, transport, crowds and budgets, and round 11's leftovers."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract.numbers import find_numbers, scaled_value
from tests.extract.figure_helpers import figure_containing, figures_in

D = date(2025, 7, 9)


def _figures(text: str) -> list[Figure]:
    return figures_in(text, D)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


# -- a scaled number is the exact value written, not a float product -----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("¥8.7 trillion", 8_700_000_000_000),
        ("$2.3bn", 2_300_000_000),
        ("₹11.1 lakh crore", 11_100_000_000_000),
        ("4.1 million", 4_100_000),
        ("a quarter of a million", 250_000),
    ],
)
def test_a_scaled_number_is_the_value_as_written(text: str, value: float) -> None:
    (mention,) = find_numbers(text)
    assert mention.value == value


def test_scaled_value_leaves_an_unscaled_number_alone() -> None:
    assert scaled_value(0.1, 1.0) == 0.1
    assert scaled_value(8.7, 1e12) == 8.7e12


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The package is worth ¥8.7-9.1 trillion.", 8.7e12, 9.1e12),
        ("The repairs will cost $2-3bn.", 2e9, 3e9),
        ("The repairs will cost 10-12 million euros.", 1e7, 1.2e7),
    ],
)
def test_a_range_borrows_its_scale_behind_a_currency_sign(
    text: str, low: float, high: float
) -> None:
    f = _figures(text)[0]
    assert (f.low, f.high, f.qualifier) == (low, high, "range")


# -- "ranging from 30,000 to 100,000" is a spread; a bare "from ... to" is a change ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands rallied, with estimates ranging from 30,000 to 100,000.",
        "Tickets sold for anywhere from 40 to 60 euros.",
        "Estimates of the crowd varied from 30,000 to 100,000.",
    ],
)
def test_a_spread_from_one_value_to_another_is_one_range(text: str) -> None:
    f = _figure(text, "30,000" if "30,000" in text else "40")
    assert f.qualifier == "range"
    assert f.high is not None and f.low is not None and f.high > f.low


def test_a_change_from_one_value_to_another_stays_two_figures() -> None:
    numbers = [f.number_text for f in _figures("Membership rose from 30,000 to 100,000.")]
    assert len(numbers) == 2


# -- what a measurement measures when the subject is before it ------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Queues stretched for 25km on the A7 on Friday.", "25", "Queues"),
        ("Oil output averaged 1.9 million barrels a day in January.", "1.9", "Oil output"),
        ("The heatwave pushed power demand to a record 62 gigawatts.", "62", "power demand"),
        ("A crowd estimated at 80,000 filled the square.", "80,000", "crowd"),
        ("Each farmer will receive 45,000 rupees in compensation.", "45,000", "compensation"),
        ("The company made $3bn in quarterly revenue last year.", "$3bn", "quarterly revenue"),
    ],
)
def test_what_an_amount_is_of(text: str, number: str, counted: str) -> None:
    assert _figure(text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("They paid $5m in cash for the house.", "$5m"),
        ("It made $3bn in the first quarter.", "$3bn"),
        ("The death toll, estimated at 500, is expected to rise.", "500"),
    ],
)
def test_how_or_when_money_was_paid_names_nothing(text: str, number: str) -> None:
    assert _figure(text, number).counted is None


def test_the_value_a_level_came_from_after_a_record() -> None:
    f = _figure("Net migration fell to 431,000, from a record 906,000 two years earlier.", "906")
    assert f.counted == "Net migration"


# -- measures ----------------------------------------------------------------------------------


def test_people_spend_time_so_the_measure_is_where() -> None:
    text = "Hundreds of homes were damaged and about 2,000 people spent the night in shelters."
    assert _figure(text, "2,000").measure == "sheltered"
    assert _figure("About 300 people spent $2m on tickets.", "300").measure is None
    assert _figure("The firm spent $2bn on buybacks.", "$2bn").measure == "spent"


def test_under_evacuation_orders_is_evacuated() -> None:
    text = "Some 92,000 residents remained under evacuation orders on Wednesday."
    assert _figure(text, "92,000").measure == "evacuated"


def test_took_to_the_roads_is_no_win() -> None:
    text = "Queues built up as 1.6 million holidaymakers took to the roads."
    assert _figure(text, "1.6 million").measure is None
    assert _figure("Labour took 412 seats.", "412").measure == "won"
    assert _figure("Thousands took to the streets on Sunday.", "Thousands").measure == "took part"


def test_it_stood_at_is_the_same_count_earlier() -> None:
    text = (
        "The number of confirmed infections climbed past 10,000 on Thursday, three days after "
        "it stood at 7,450."
    )
    assert _figure(text, "7,450").measure == "infected"


@pytest.mark.parametrize(
    "text",
    [
        "The number of confirmed infections climbed past 10,000.",
        "The number of confirmed infections stood at 7,450 on Monday.",
    ],
)
def test_how_a_count_is_kept_is_no_population(text: str) -> None:
    f = _figures(text)[0]
    assert f.measure == "infected"
    assert f.counted is None


def test_refugees_stay_counted_though_the_noun_is_a_measure() -> None:
    f = _figure("More than 2 million refugees have now fled Ukraine.", "2 million")
    assert (f.counted, f.measure) == ("refugees", "displaced")


# -- elided populations -------------------------------------------------------------------------


def test_a_second_share_after_a_predicate_of_saying_keeps_the_population() -> None:
    text = (
        "Nearly half of voters say the economy is their top concern, and one in five say "
        "immigration, the poll found."
    )
    assert _figure(text, "one in five").counted == "voters"


def test_a_speaker_between_two_shares_still_ends_the_elision() -> None:
    text = "40% of adults are overweight, officials said, and 26% are obese."
    assert _figure(text, "26%").counted is None


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (
            "Doctors gave each child a single 200mg dose, and side effects were reported in "
            "fewer than 2% of them.",
            "children",
        ),
        ("Every patient got a 5mg tablet, and 12% of them reported nausea.", "patients"),
        ("Each child got a single 200mg dose, and fewer than 2% of them fell ill.", "children"),
        ("Each county sent a 20-tonne load, and 30% of them were late.", "counties"),
    ],
)
def test_them_after_a_measurement_is_the_group_named_one_by_one(text: str, counted: str) -> None:
    share = next(f for f in _figures(text) if f.unit == "%")
    assert share.counted == counted


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("The state set aside ₹4,500 crore for flood relief.", "4,500", "flood relief"),
        ("The city will spend €1.4bn on new trams over five years.", "€1.4bn", "new trams"),
        (
            "The government will spend £450m on flood defences in Yorkshire.",
            "£450m",
            "flood defences",
        ),
    ],
)
def test_money_put_to_a_use_is_bounded_by_it(text: str, number: str, scope: str) -> None:
    f = _figure(text, number)
    assert f.scope == scope
    assert f.counted is None


def test_a_named_trial_bounds_its_participants_and_an_unnamed_one_does_not() -> None:
    assert _figure("The malaria vaccine trial enrolled 4,800 children.", "4,800").scope == (
        "malaria vaccine trial"
    )
    assert _figure("A new study followed 12,000 smokers.", "12,000").scope is None
