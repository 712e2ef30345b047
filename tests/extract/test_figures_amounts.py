"""Money: verbs that take a payer or payee before the amount, and how round an amount is."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.figures import find_figures

PUBLISHED = date(2025, 5, 3)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The regulator fined the bank $3bn over money laundering failures.", "fined"),
        ("The club paid its former manager £2m in compensation.", "paid"),
        ("The charity raised £450m last year.", "raised"),
        ("The company was ordered to pay the workers a total of $9 million.", "paid"),
    ],
)
def test_a_money_verb_names_the_measure_of_its_amount(text: str, measure: str) -> None:
    assert find_figures(text, PUBLISHED)[0].measure == measure


def test_a_person_between_a_people_verb_and_an_amount_is_not_read_as_payment() -> None:
    # "killed" takes people, never an amount: the payment reading is for money verbs only
    figure = find_figures("Police said the gang had robbed the bank of $3m.", PUBLISHED)[0]
    assert figure.measure is None


@pytest.mark.parametrize(
    ("text", "tolerance"),
    [
        ("£450m", 5 / 450),  # to the nearest ten million
        ("£452m", 0.5 / 452),  # to the nearest million
        ("£4.5 million", 0.05 / 4.5),  # to the nearest hundred thousand
        ("$20 million", 0.5 / 20),  # two digits: may be exact
    ],
)
def test_a_scaled_amount_is_as_round_as_it_is_written(text: str, tolerance: float) -> None:
    figure = find_figures(f"The fund holds {text}.", PUBLISHED)[0]
    assert figure.tolerance == pytest.approx(tolerance, abs=1e-4)


def test_an_unscaled_count_is_exact() -> None:
    assert find_figures("Some 11,000 troops were sent.", PUBLISHED)[0].qualifier == "approximate"
    assert find_figures("11,000 troops were sent.", PUBLISHED)[0].tolerance == 0.0
