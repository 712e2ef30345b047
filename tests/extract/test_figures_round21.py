"""Round 21 figure rules: round 20's leftovers and dev19's first-run errors (long-form prose)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2024, 5, 1)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_civilian_deaths_count_the_civilians() -> None:
    f = _figure(
        "The UN has verified 12,162 civilian deaths in Ukraine since February 2022.", "12,162"
    )
    assert (f.counted, f.measure) == ("civilian", "killed")


def test_an_appeal_of_a_sum_counts_the_appeal_as_a_sum_appeal_does() -> None:
    after = _figure("Donors pledged $1.5bn, against an appeal of $3bn.", "$3bn")
    before = _figure("The $4.1 billion appeal for Sudan was only 18% funded.", "$4.1 billion")
    assert after.counted == before.counted == "appeal"


def test_a_package_of_aid_is_the_aid() -> None:
    f = _figure("The House approved a $61 billion package of aid for Ukraine.", "$61 billion")
    assert f.counted == "aid"
    military = _figure("Congress approved a $95 billion package of military aid.", "$95 billion")
    assert military.counted == "military aid"


def test_a_package_with_nothing_of_keeps_its_own_name() -> None:
    f = _figure("The EU agreed a $50 billion package for Ukraine.", "$50 billion")
    assert f.counted == "package"


def test_the_number_of_people_then_the_participle_counts_the_people() -> None:
    f = _figure("The UN put the number of people displaced at 120,000.", "120,000")
    assert (f.counted, f.measure) == ("people", "displaced")


def test_a_relative_clause_after_the_number_of_people_leaves_the_people_counted() -> None:
    f = _figure(
        "The number of people in the region who depend on food aid has risen to 3.4 million.",
        "3.4 million",
    )
    assert f.counted == "people"


def test_a_part_of_a_whole_led_by_original_counts_the_whole_noun() -> None:
    f = _figure(
        "Fewer than a hundred of the original 2,000 residents have returned since the ceasefire.",
        "a hundred",
    )
    assert (f.high, f.qualifier, f.counted) == (100, "less_than", "residents")


def test_eligible_before_a_plural_is_a_kind_of_it() -> None:
    f = _figure("Just over 60% of eligible voters cast ballots in the election.", "60%")
    assert (f.qualifier, f.counted, f.measure) == ("more_than", "eligible voters", "voted")


def test_eligible_with_no_noun_after_names_nothing() -> None:
    f = _figure("Some 300 eligible to vote stayed home.", "300")
    assert f.counted is None
