"""Round 32 figure rules: ISO codes of more currencies before an amount ("SEK 200m", "NOK
4.5 billion"), and a currency's level reached with a currency verb or past "further"
("The lira weakened to 41.7 per dollar", "The rand fell further to 19.3")."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extract.numbers import find_numbers
from tests.extract.figure_helpers import figure_containing

D = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("SEK 200m", 2e8, "SEK"),
        ("NOK 4.5 billion", 4.5e9, "NOK"),
        ("DKK 750,000", 750000, "DKK"),
        ("PLN 12bn", 12e9, "PLN"),
        ("BRL 3.2 million", 3.2e6, "BRL"),
    ],
)
def test_more_iso_codes_before_an_amount(text: str, value: float, unit: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.unit, mention.text) == (value, unit, text)


def test_a_lower_case_word_spelling_a_new_code_is_no_currency() -> None:
    # "sek" is no code in lower case: only the amount is read
    (mention,) = find_numbers("they sek 40 more")
    assert (mention.value, mention.unit) == (40, None)


def test_an_amount_in_crowns_is_a_figure_with_its_currency() -> None:
    f = figure_containing("The insurer set aside SEK 350m for claims after the storm.", "350m", D)
    assert (f.low, f.unit) == (3.5e8, "SEK")


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The lira weakened to 41.7 per dollar on Tuesday, dealers said.", "41.7", "lira"),
        ("The forint strengthened to 362 against the euro.", "362", "forint"),
        ("The rand fell further to 19.3 to the dollar on Friday.", "19.3", "rand"),
        ("The shekel depreciated to 3.9 per dollar last week.", "3.9", "shekel"),
    ],
)
def test_a_currencys_level_names_the_currency(text: str, number: str, counted: str) -> None:
    f = figure_containing(text, number, D)
    assert f.counted == counted


def test_a_change_told_with_further_stays_a_change() -> None:
    # "fell a further 2%" is the size of the move, not a level reached
    f = figure_containing("Shares in the miner fell a further 2% on Monday.", "2%", D)
    assert f.measure == "fell"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The peso weakened further to 19.8 per dollar on Tuesday.", "19.8"),
        ("The krona strengthened to 10.4 against the euro on Friday.", "10.4"),
    ],
)
def test_a_currencys_new_level_on_a_day_is_a_changing_level(text: str, number: str) -> None:
    # the day the rate reached its level, not a count limited to that day
    f = figure_containing(text, number, D)
    assert f.period is None
    assert f.change_cue is not None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Volta Cars expanded its airbag recall to 88,000 cars on Monday.", "88,000"),
        ("The county widened the evacuation order to 12,000 homes on Sunday.", "12,000"),
    ],
)
def test_a_recall_or_order_widened_to_a_total_is_a_new_value(text: str, number: str) -> None:
    f = figure_containing(text, number, D)
    assert f.period is None
    assert f.change_cue is not None


def test_a_plain_day_count_keeps_its_day() -> None:
    # nothing widened or moved: the cars recalled that day are that day's count
    f = figure_containing("Volta Cars recalled 88,000 cars on Monday.", "88,000", D)
    assert f.period == "day"
    assert f.change_cue is None


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The average flat in the city now costs £287,500, the survey found.", "£287,500",
         "average flat"),
        ("A monthly bus pass costs €49 from January.", "€49", "monthly bus pass"),
        ("A season ticket costs $640 and a match ticket costs $55.", "$55", "match ticket"),
    ],
)  # fmt: skip
def test_what_a_thing_costs_names_the_thing(text: str, number: str, counted: str) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_costs_of_is_a_noun_not_the_verb() -> None:
    # "Cleanup costs of £6m": the costs are the noun, not a verb whose subject is "Cleanup"
    f = figure_containing("Cleanup costs of £6m were shared by the councils.", "£6m", D)
    assert f.counted != "Cleanup"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Firefighters had the Juniper Flats fire 35% contained by Sunday night.", "35%",
         "Juniper Flats fire"),
        ("Crews have the blaze 70% contained, the forest service said.", "70%", "blaze"),
        ("By Monday they had got the Oak Hollow fire 90% contained.", "90%", "Oak Hollow fire"),
    ],
)  # fmt: skip
def test_the_object_held_to_a_share_contained_is_what_is_measured(
    text: str, number: str, counted: str
) -> None:
    assert figure_containing(text, number, D).counted == counted


def test_a_share_owned_is_no_share_contained() -> None:
    # "have a 25% stake": no share done follows the number, so the stake is what is counted
    f = figure_containing("The pension funds have a 25% stake in the port.", "25%", D)
    assert f.counted != "a"
    assert f.counted is None or "stake" in f.counted
