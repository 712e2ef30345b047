"""Round 19 figure rules: round 18's leftovers and dev17's first-run errors (1998-2000 wire)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from desktop.extract.figures import find_figures
from tests.extract.figure_helpers import figure_containing

D = date(1999, 3, 3)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def _numbers(text: str) -> list[str]:
    return [f.number_text for f in find_figures(text, D, [])]


def test_a_change_made_by_a_fraction_is_a_figure() -> None:
    text = "Shell cut its dividend by a third to 16 cents a share."
    third = _figure(text, "a third")
    assert (third.low, third.counted, third.measure) == (0.3333, "dividend", "cut")
    assert _figure("The firm reduced its workforce by a quarter.", "a quarter").low == 0.25
    # a fraction after "by" that is a share of a group stays what it was
    assert _figure("The plan was backed by a third of shareholders.", "a third").counted == (
        "shareholders"
    )
    # "the third" is an ordinal, whatever comes before it
    assert "third" not in " ".join(_numbers("He was beaten by the third seed."))


def test_a_change_made_in_the_passive_names_what_changed() -> None:
    text = "The city's transit budget was cut by a fifth, to $640 million."
    fifth = _figure(text, "a fifth")
    assert fifth.measure == "cut"
    assert fifth.counted is not None and fifth.counted.endswith("transit budget")
    assert _figure("Fuel prices were raised by 8% on Monday.", "8%").counted == "Fuel prices"
    # "lowered" has no canonical measure, as in the active voice
    assert _figure("Fuel prices were lowered by 8% on Monday.", "8%").measure is None


def test_two_modifiers_joined_by_and_share_the_noun_after_them() -> None:
    text = "The NHS had 99,400 general and acute beds in the winter."
    assert _figure(text, "99,400").counted == "general and acute beds"
    assert _figure("The fair drew 40 local and foreign journalists.", "40").counted == (
        "local and foreign journalists"
    )
    # two plural nouns, or a count and a verb, are not one modifier pair
    assert _figure("Some 300 soldiers and police were deployed.", "300").counted == "soldiers"
    assert _figure("About 50 men and women were arrested.", "50").counted == "men"


def test_a_part_after_of_which_with_a_qualifier_counts_the_group() -> None:
    text = "The NHS had 99,400 general and acute beds, of which about 94% were occupied."
    share = _figure(text, "94%")
    assert share.counted == "general and acute beds"
    assert share.qualifier == "approximate"
    # a share of an amount of money is not a share of what the money buys
    text = "The fund holds $40 billion, of which about 60% is in bonds."
    assert _figure(text, "60%").counted is None


def test_a_part_skips_a_change_told_in_passing() -> None:
    text = (
        "There were 4,650 patients in hospital with flu on Monday, up 30% on the previous "
        "week, including 200 in critical care."
    )
    assert _figure(text, "200").counted == "patients"
    # with no change between, the part still counts the group
    text = "There were 4,650 patients in hospital, including 200 in critical care."
    assert _figure(text, "200").counted == "patients"


def test_a_share_of_it_counts_what_it_stands_for_and_making_up_is_no_rise() -> None:
    text = (
        "Japan's cabinet approved a record ¥115.5 trillion budget, with debt-servicing costs "
        "making up about a quarter of it."
    )
    quarter = _figure(text, "a quarter")
    assert (quarter.counted, quarter.measure) == ("budget", None)
    # "up" with a subject and its copula is still a rise; set off on its own after a comma it
    # names no verb, and no measure (round 29, as the convention and dev6's r46 have it)
    assert _figure("Sales were up a third on the year.", "a third").measure == "rose"
    assert _figure("Sales jumped to 300 units, up a third on the year.", "a third").measure is None


def test_a_market_closing_at_a_level_names_its_subject() -> None:
    text = "The Nasdaq composite index closed at a record 5,048.62 on Friday."
    assert _figure(text, "5,048.62").counted == "Nasdaq composite index"
    text = "The Dow Jones industrial average ended at 7,726.24 on Monday."
    assert _figure(text, "7,726.24").counted == "Dow Jones industrial average"
    # a shop that closed is still a measure, not a level
    assert _figure("Some 300 schools closed on Monday.", "300").measure == "closed"
