"""Round 20 figure rules: dev18's first-run errors (2020-2026 conflict and crisis monitoring)."""

from __future__ import annotations

from datetime import date

from desktop.domain import Figure
from tests.extract.figure_helpers import figure_containing

D = date(2024, 5, 1)


def _figure(text: str, number: str) -> Figure:
    return figure_containing(text, number, D)


def test_a_magnitude_takes_no_measure_from_what_the_quake_did() -> None:
    text = "The magnitude 7.8 earthquake has killed more than 5,000 people in Turkey and Syria."
    magnitude = _figure(text, "7.8")
    assert (magnitude.unit, magnitude.counted, magnitude.measure) == ("magnitude", None, None)
    toll = _figure(text, "5,000")
    assert (toll.counted, toll.measure) == ("people", "killed")


def test_an_iso_currency_code_before_an_amount_is_its_currency() -> None:
    f = _figure("EU leaders agreed a EUR 50 billion support package for Ukraine.", "50 billion")
    assert (f.low, f.unit) == (50e9, "EUR")


def test_a_qualifier_before_an_iso_currency_code_bounds_the_amount() -> None:
    text = "The Commission proposed borrowing up to EUR 150 billion for defence."
    f = _figure(text, "150 billion")
    assert (f.low, f.high, f.qualifier, f.unit) == (None, 150e9, "at_most", "EUR")


def test_a_part_named_after_its_verb_counts_that_noun() -> None:
    text = "An attack on a market killed 43 people, of whom 12 were soldiers, a doctor said."
    assert (_figure(text, "12").counted, _figure(text, "12").measure) == ("soldiers", "killed")


def test_a_part_told_by_what_happened_to_it_keeps_the_group() -> None:
    text = "The army called up 318,000 reservists, of whom 41,000 were already serving."
    assert _figure(text, "41,000").counted == "reservists"


def test_a_count_after_a_part_goes_on_with_the_group() -> None:
    text = "The bombings killed 224 people, among them 12 Americans, and injured more than 4,500."
    assert (_figure(text, "4,500").counted, _figure(text, "4,500").measure) == (
        "people",
        "injured",
    )


def test_a_second_part_coordinated_with_a_part_counts_the_group() -> None:
    text = (
        "The air force said Russia launched 188 drones overnight, of which 76 were shot down "
        "and 96 were lost to electronic warfare."
    )
    assert _figure(text, "76").counted == "drones"
    assert _figure(text, "96").counted == "drones"


def test_a_count_after_but_names_no_population_of_the_clause_before() -> None:
    text = (
        "Officials said 104 people had been rescued and 78 bodies recovered after the trawler "
        "sank, but up to 500 may still be missing."
    )
    f = _figure(text, "500")
    assert (f.counted, f.measure, f.qualifier) == (None, "missing", "at_most")
    # the count before the contrast still shares its noun over a plain "and"
    assert _figure("Floods killed 30 people and injured 41.", "41").counted == "people"


def test_other_before_a_plural_keeps_the_noun_counted() -> None:
    f = _figure("Police detained 45 other officials.", "45")
    assert (f.counted, f.measure) == ("officials", "arrested")


def test_a_verb_reaches_a_count_past_a_name() -> None:
    text = "The military detained Aung San Suu Kyi and at least 45 other officials in a raid."
    f = _figure(text, "45")
    assert (f.counted, f.measure, f.qualifier) == ("officials", "arrested", "at_least")
    sent = _figure("The Pentagon says it has sent Ukraine more than 2 million shells.", "2 million")
    assert (sent.counted, sent.measure) == ("shells", "deployed")


def test_a_capitalised_word_that_spells_a_verb_is_no_verb_before_a_name() -> None:
    f = _figure("The film Saved Private Ryan and 12 others won awards.", "12")
    assert f.measure != "rescued"


def test_a_participle_after_the_people_counted_is_no_part_of_them() -> None:
    text = "The number of people forced to flee worldwide had passed 100 million."
    f = _figure(text, "100 million")
    assert (f.counted, f.measure, f.qualifier) == ("people", "displaced", "more_than")


def test_refugees_a_place_holds_are_a_level_as_of_the_report() -> None:
    text = "UNHCR said 5.9 million refugees from Ukraine had been recorded across Europe."
    assert _figure(text, "5.9 million").period == "current"
    fled = "More than 6 million refugees have fled Ukraine, the agency said."
    assert _figure(fled, "6 million").period == "cumulative"


def test_a_toll_far_before_its_verb_still_names_the_measure_and_no_population() -> None:
    text = "The death toll from Monday's coal mine explosion in Shanxi province rose to 51."
    f = _figure(text, "51")
    assert (f.counted, f.measure) == (None, "killed")


def test_the_number_of_refugees_in_a_place_counts_refugees() -> None:
    text = "Aid workers said the number of refugees in the country had risen to nearly 230,000."
    f = _figure(text, "230,000")
    assert (f.counted, f.measure, f.qualifier) == ("refugees", "displaced", "approximate")
    # a measure that names no people stays a measure alone
    assert _figure("The number of deaths rose to 40.", "40").counted is None
