"""Figures whose counted noun is shared, fronted, set aside or named by a verb's object, and
changes given with the level they reached (the dev4 rule families)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from tests.extract.figure_at import figure_at

PUBLISHED = date(2025, 3, 3)


def _at(text: str, number: str) -> Figure:
    return figure_at(text, number, PUBLISHED)


def test_a_change_by_then_the_level_reached_is_no_range() -> None:
    text = "Measles infections rose by 300 to 2,450 over the month, the agency said."
    change, level = _at(text, "300"), _at(text, "2,450")
    assert (change.low, change.high, change.qualifier) == (300, 300, "exact")
    assert (level.low, level.high, level.qualifier) == (2450, 2450, "exact")
    assert change.measure == level.measure == "infected"


def test_close_ends_after_by_still_bound_one_change() -> None:
    f = _at("The firm will cut prices by 10 to 15% next year.", "10 to 15%")
    assert (f.low, f.high, f.qualifier) == (10, 15, "range")


@pytest.mark.parametrize("verb", ["edged up", "ticked up", "crept up", "went up"])
def test_up_to_after_a_movement_verb_is_the_level_not_a_ceiling(verb: str) -> None:
    f = _at(f"The jobless rate {verb} to 5.2% in June.", "5.2%")
    assert (f.low, f.high, f.qualifier) == (5.2, 5.2, "exact")


def test_up_to_before_a_count_stays_a_ceiling() -> None:
    f = _at("The storm could leave up to 9,000 people homeless.", "9,000")
    assert (f.low, f.high, f.qualifier) == (None, 9000, "at_most")


def test_the_number_of_a_measure_noun_names_the_measure() -> None:
    text = "The number of injured in the district reached 540, medics said."
    f = _at(text, "540")
    assert f.measure == "injured"
    assert f.counted is None


def test_a_disease_before_cases_in_a_subject_is_not_who_is_counted() -> None:
    f = _at("Typhoid cases in the region climbed to 1,310 this week.", "1,310")
    assert f.measure == "infected"
    assert f.counted is None


def test_a_subject_starts_after_the_clause_joiner() -> None:
    text = "The firm hired 2,000 staff in May and the wage bill edged up to 3.4%."
    assert _at(text, "3.4%").counted == "wage bill"


def test_the_noun_before_of_heads_a_subject() -> None:
    assert _at("Survivors of the shipwreck numbered 41.", "41").counted == "Survivors"


def test_a_fronted_whole_names_the_later_parts() -> None:
    text = "Of the 240 workers at the site, 180 were sent home and 12 stayed on."
    assert _at(text, "180").counted == "workers"
    assert _at(text, "12").counted == "workers"


def test_a_part_named_in_an_aside_has_its_own_kind_and_the_whole_keeps_its_verb() -> None:
    text = "Twenty miners, six of them teenagers, were trapped by the flood."
    whole, part = _at(text, "Twenty"), _at(text, "six")
    assert (whole.counted, whole.measure) == ("miners", "trapped")
    assert (part.counted, part.measure) == ("teenagers", "trapped")


def test_a_kind_in_an_aside_is_no_new_population() -> None:
    text = "The team won 31 medals, 12 of them silver, at the championships."
    assert _at(text, "12").counted == "medals"


def test_the_object_of_put_at_is_what_is_counted() -> None:
    text = "About 800 people took part, police said, though organisers put the turnout at 6,000."
    assert _at(text, "6,000").counted == "turnout"


def test_only_between_the_verb_and_the_number() -> None:
    text = "The ruling bloc won 88 seats and the opposition took only 27."
    f = _at(text, "27")
    assert (f.counted, f.measure) == ("seats", "won")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The tornado flattened 60 homes in the county.", "60", "destroyed"),
        ("The navy will deploy 1,200 sailors to the strait.", "1,200", "deployed"),
        ("Analysts said profits could drop by as much as 8% this year.", "8%", "fell"),
    ],
)
def test_measure_words(text: str, number: str, measure: str) -> None:
    assert _at(text, number).measure == measure


@pytest.mark.parametrize("verb", ["reached", "hit", "passed"])
def test_a_value_reached_on_a_day_is_no_day_count(verb: str) -> None:
    from desktop.extract.timex import find_timexes

    text = f"Dengue cases in the state {verb} 4,100 on Sunday, officials said."
    figures = find_figures(text, PUBLISHED, find_timexes(text, PUBLISHED))
    assert [f.period for f in figures] == [None]


def test_a_count_on_a_day_stays_a_day_count() -> None:
    from desktop.extract.timex import find_timexes

    text = "Police arrested 45 people on Sunday, officials said."
    figures = find_figures(text, PUBLISHED, find_timexes(text, PUBLISHED))
    assert [f.period for f in figures] == ["day"]
