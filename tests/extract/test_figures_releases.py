"""Economic releases: changes someone makes to a named thing, and how a change is expressed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.figure_at import figure_at

PUBLISHED = date(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "number", "counted", "measure"),
    [
        ("The central bank cut its main rate by 25 basis points.", "25", "main rate", "cut"),
        ("The team raised ticket prices by 8% this season.", "8%", "ticket prices", "raised"),
        ("The government cut spending by £12bn.", "£12bn", "spending", "cut"),
        ("The firm lowered its dividend by 5%, citing weak demand.", "5%", "dividend", None),
    ],
)
def test_a_change_made_to_a_named_thing_counts_that_thing(
    text: str, number: str, counted: str, measure: str | None
) -> None:
    figure = figure_at(text, number, PUBLISHED)
    assert figure.counted == counted
    # the verb is the measure only where _figure_words gives it a canonical form
    assert figure.measure == measure


def test_the_level_a_made_change_reaches_is_a_level_of_the_same_thing() -> None:
    text = "The central bank cut its main rate by 25 basis points to 4.25%."
    level = figure_at(text, "4.25%", PUBLISHED)
    assert (level.counted, level.measure) == ("main rate", None)


def test_a_level_set_directly_is_a_level_of_what_was_set() -> None:
    figure = figure_at("The IMF cut its growth forecast to 0.8%.", "0.8%", PUBLISHED)
    assert (figure.counted, figure.measure) == ("growth forecast", None)


def test_a_count_the_verb_takes_directly_keeps_its_own_noun() -> None:
    figure = figure_at("The bank will cut 3,500 jobs this year.", "3,500", PUBLISHED)
    assert (figure.counted, figure.measure) == ("jobs", "cut")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The economy shrank by an annualised 2.1% in the first quarter.", "fell"),
        ("Output grew a seasonally adjusted 0.7% in March.", "rose"),
    ],
)
def test_how_a_change_is_expressed_may_stand_between_verb_and_number(
    text: str, measure: str | None
) -> None:
    assert figure_at(text, "%", PUBLISHED).measure == measure


def test_an_amount_in_lakh_or_crore_is_read_at_its_scale() -> None:
    figure = figure_at("The court ordered the developer to pay Rs 2 crore.", "Rs", PUBLISHED)
    assert (figure.low, figure.unit) == (20_000_000, "INR")
    pilgrims = figure_at("Nearly 1.5 lakh pilgrims bathed in the river.", "1.5", PUBLISHED)
    assert (pilgrims.low, pilgrims.counted, pilgrims.qualifier) == (
        150_000,
        "pilgrims",
        "approximate",
    )
