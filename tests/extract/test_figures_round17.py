"""Round 17 figure rules: round 16's leftovers."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2025, 3, 3)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_troops_a_plan_sends_are_no_deployment_of_a_force_named_later() -> None:
    text = (
        "NATO will send 24 Apache attack helicopters and about 2,000 troops to Albania, "
        "bringing its force in the region to more than 400 aircraft."
    )
    assert _figure(text, "2,000").measure is None
    assert _figure(text, "24").measure is None
    # a force named before the troops, or troops sent in their own clause, still are
    assert _figure("Officials put the size of the force at 12,000 troops.", "12,000").measure == (
        "deployed"
    )
    assert _figure("About 2,000 troops sent to Albania arrived.", "2,000").measure == "deployed"


def test_people_left_homeless_with_no_noun_are_displaced() -> None:
    f = _figure("The storm left 20,000 homeless, officials said.", "20,000")
    assert (f.counted, f.measure) == (None, "displaced")
    assert _figure("The quake left 3,000 people homeless.", "3,000").measure == "displaced"
    # homeless people counted with no one leaving them so are a level, no measure
    assert _figure("The city counted 20,000 homeless in January.", "20,000").measure is None


def test_a_sum_a_year_in_taxes_counts_the_taxes() -> None:
    assert _figure("The budget raises £40bn a year in taxes.", "£40bn").counted == "taxes"
    assert _figure("The scheme pays $2m per year in subsidies.", "$2m").counted == "subsidies"
    # a form of payment is still no noun
    assert _figure("He was paid $5m a year in cash.", "$5m").counted is None


def test_a_total_to_come_counts_its_subject() -> None:
    f = _figure("Spending on the program will total $1.2 trillion over five years.", "1.2")
    assert f.counted == "Spending"
    assert _figure("Exports totalled $4bn in March.", "$4bn").counted == "Exports"


def test_a_name_doing_the_counted_thing_bounds_it() -> None:
    assert _figure("Gallup surveyed 1,009 adults for the poll.", "1,009").scope == "Gallup"
    assert _figure("Russia has lost more than 2,900 tanks.", "2,900").scope == "Russia"
    # not a reporting verb, an ordinary opening word, a noun before an auxiliary, or a toll
    assert _figure("Russia said it destroyed 30 tanks.", "30").scope is None
    assert _figure("There were 40 tanks in the column.", "40").scope is None
    assert _figure("Health officials have confirmed 2,400 cases.", "2,400").scope is None
    assert _figure("Russia has suffered nearly 200,000 casualties.", "200,000").scope is None
